import type { CallPlanInput } from "../../../src/core/contracts";
import type { OutputTable } from "../../../src/core/output";
import { planCalls } from "../../../src/core/plan/planCalls";
import { defaultSettings } from "../../../src/core/settings";
import { HOSPITALS, TARGETS, TODAY } from "./fixtures";

function input(change: Partial<CallPlanInput> = {}): CallPlanInput {
  return {
    targets: TARGETS,
    others: [],
    hospitals: HOSPITALS,
    departments: [],
    settings: defaultSettings(),
    today: TODAY,
    lang: "zh",
    ...change,
  };
}

function table(tables: OutputTable[], id: OutputTable["id"]): OutputTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** Column values of a table by key. */
function column(t: OutputTable, key: string): unknown[] {
  const i = t.columns.findIndex((c) => c.key === key);
  return t.rows.map((r) => r[i]);
}

describe("key messages follow the deck's call steps", () => {
  it("call 1 opens and probes, 2 presents FAB, 3 handles objections, 4 closes and reinforces", () => {
    const t = table(planCalls(input()).tables, "callPlan");
    const wang = t.rows.filter((r) => r[5] === "王医生").map((r) => String(r[8]));
    expect(wang.map((m) => m.split("：")[0])).toEqual([
      "开场与探询需求",
      "特性利益（FAB）",
      "处理异议",
      "缔结与加强印象",
    ]);
    // the doctor's tactic (quadrant, status, stage) follows the step
    for (const m of wang) expect(m).toContain("重点开发");
  });

  it("the doctor type changes the message, and the user's tactics override each part", () => {
    const typed = TARGETS.map((d, i) =>
      i === 0 ? { ...d, record: { ...d.record, doctorType: "太忙/有影响型" } } : d,
    );
    const s = defaultSettings();
    s.tactics = { "step:opening": "先问候", "type:busy": "两分钟讲完", "quadrant:LH": "" };
    const plan = planCalls(input({ targets: typed, settings: s }));
    const wang = table(plan.tables, "callPlan")
      .rows.filter((r) => r[5] === "王医生")
      .map((r) => String(r[8]));
    expect(wang[0].startsWith("先问候；")).toBe(true);
    expect(wang[0]).toContain("两分钟讲完");
    expect(wang[0]).toContain("有影响型");
    expect(wang[0]).not.toContain("重点开发");
    expect(plan.targetListValues[0][5]).toContain("两分钟讲完");
  });
});

describe("planCalls", () => {
  const result = planCalls(input());

  it("plans the next calendar month at 8 calls a day", () => {
    expect(result.cycle.start).toBe("2026-12-01");
    expect(result.cycle.end).toBe("2026-12-31");
    expect(result.capacity).toBe(8 * 23);
    expect(result.placed).toBe(14);
    expect(result.unplaced).toBe(0);
  });

  it("adds SMART columns to the Target List, one row per target in input order", () => {
    expect(result.targetListColumns.map((c) => c.key)).toEqual([
      "action",
      "targetRx",
      "objective",
      "dueDate",
      "callsPlanned",
      "tactic",
      "smartCheck",
    ]);
    const [wang, li, zhao, zhang] = result.targetListValues;
    expect(wang.slice(0, 2)).toEqual(["二线→首选", 12]);
    expect(wang[2]).toBe("协和医院 心内科 王医生：本品由二线转为首选，月处方量从10提升到12（2026-12-31前）");
    expect(wang.slice(3, 5)).toEqual(["2026-12-31", 4]);
    expect(wang[5]).toContain("重点开发");
    expect(wang[5]).toContain("成长期");
    expect(wang[6]).toBe("");
    expect(li.slice(0, 2)).toEqual(["首次试用", 3]);
    expect(zhao.slice(0, 2)).toEqual(["保守→二线", 30]);
    expect(zhao[5]).toContain("药剂科主任");
    // potential 11 caps the target below volume × 1.2: not Ambitious
    expect(zhang.slice(0, 2)).toEqual(["提升月处方量", 11]);
    expect(zhang[6]).toBe("A");
  });

  it("uses the product name when set", () => {
    const s = defaultSettings();
    s.product = "络活喜";
    expect(planCalls(input({ settings: s })).targetListValues[0][2]).toContain("络活喜由二线转为首选");
  });

  it("reports unreadable availability with the doctor's cell", () => {
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "unparsed-availability", sheet: "医生", row: 5, value: "看情况再说" }),
    ]);
  });

  it("writes the Call Plan sorted by date, AM/PM, hospital, next to the clinic sessions (clinicHours around)", () => {
    const t = table(result.tables, "callPlan");
    expect(t.sheetName).toBe("拜访计划");
    expect(t.rows).toHaveLength(14);
    const dates = column(t, "date") as string[];
    expect(dates).toEqual([...dates].sort());
    const wang = t.rows.filter((r) => r[5] === "王医生");
    expect(
      // clinics 周一上午、周三下午: calls after the Monday clinic, before the Wednesday one
      wang.map((r) => `${String(r[1])}${String(r[2])}`).every((s) => s === "周一下午" || s === "周三上午"),
    ).toBe(true);
    expect(wang.map((r) => r[9])).toEqual(["第1/4次", "第2/4次", "第3/4次", "第4/4次"]);
    const zhang = t.rows.filter((r) => r[5] === "张医生");
    expect(zhang.map((r) => `${String(r[1])}${String(r[2])}`)).toEqual(["周二上午", "周二上午"]);
    expect(t.columns.find((c) => c.key === "doctor")?.format).toBe("text");
  });

  it("draws a weeks × Mon–Fri calendar with hospitals and counts", () => {
    const t = table(result.tables, "calendar");
    expect(t.sheetName).toBe("拜访日历");
    expect(column(t, "weekStart")).toEqual([
      "2026-11-30",
      "2026-12-07",
      "2026-12-14",
      "2026-12-21",
      "2026-12-28",
    ]);
    expect(t.rows[0][2]).toBe(""); // Monday 30 November is outside the cycle
    expect((column(t, "total") as number[]).reduce((a, b) => a + b, 0)).toBe(14);
    const cells = t.rows.flatMap((r) => r.slice(2, 7)).filter((c) => c !== "");
    for (const c of cells) expect(c).toMatch(/^(协和医院|仁济医院)×\d+(; (协和医院|仁济医院)×\d+)?$/);
  });

  it("marks holidays in the calendar", () => {
    const s = defaultSettings();
    s.cycle.holidays = ["2026-12-25"];
    const t = table(planCalls(input({ settings: s })).tables, "calendar");
    expect(t.rows[3][6]).toBe("休息");
  });

  it("lists the weekly prospects: LH or 二线/保守 doctors with a call that week, by expected gain × status", () => {
    const t = table(result.tables, "weeklyProspects");
    expect(t.sheetName).toBe("每周准客户");
    expect(column(t, "doctor")).not.toContain("张医生");
    for (const w of new Set(column(t, "week"))) {
      const rows = t.rows.filter((r) => r[0] === w);
      expect(rows.map((r) => r[2])).toEqual(rows.map((_r, i) => i + 1));
    }
    const s = defaultSettings();
    s.weeklyProspects = 1;
    const top1 = table(planCalls(input({ settings: s })).tables, "weeklyProspects");
    expect(new Set(column(top1, "week")).size).toBe(top1.rows.length);
  });

  it("ranks by expected gain (target Rx − volume) weighted 二线 > 保守 > 未用, and rotates over the weeks", () => {
    // 王 二线 10→12: gain 2 × 1.5 = 3; 李 未用 0→3: 3 × 1; 赵 保守 25→30: 5 × 1.25 = 6.25
    const s = defaultSettings();
    s.weeklyProspects = 1;
    const t = table(planCalls(input({ settings: s })).tables, "weeklyProspects");
    const doctors = column(t, "doctor");
    expect(column(t, "expectedGain")[0]).toBe(doctors[0] === "赵医生" ? 5 : doctors[0] === "王医生" ? 2 : 3);
    expect(doctors[0]).toBe("赵医生");
    // rotation: a doctor shown in an earlier week comes back only when no prospect not yet shown has a call that week
    const plan = table(planCalls(input({ settings: s })).tables, "callPlan");
    const weekStarts = column(t, "weekStart") as string[];
    const shown = new Set<unknown>();
    weekStarts.forEach((monday, w) => {
      const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      const withCall = new Set(
        plan.rows.filter((r) => String(r[0]) >= monday && String(r[0]) <= sunday).map((r) => r[5]),
      );
      const fresh = ["王医生", "李医生", "赵医生"].filter((d) => withCall.has(d) && !shown.has(d));
      if (fresh.length > 0) expect(fresh).toContain(doctors[w]);
      shown.add(doctors[w]);
    });
  });

  it("speaks English", () => {
    const en = planCalls(input({ lang: "en" }));
    expect(en.tables.map((t) => t.sheetName)).toEqual(["Call Plan", "Call Calendar", "Weekly Prospects"]);
    expect(en.targetListValues[1][2]).toBe(
      "李医生 (心内科, 协和医院): start a first trial of our product, reaching 3 Rx a month by 2026-12-31",
    );
    expect(table(en.tables, "callPlan").rows[0][2]).toMatch(/^(AM|PM)$/);
  });

  it("guards the daily cap and reports what did not fit", () => {
    const s = defaultSettings();
    s.capacity.callsPerDay = 0;
    const r = planCalls(input({ settings: s }));
    expect(r.placed).toBe(0);
    expect(r.unplaced).toBe(14);
    expect(r.issues.map((i) => i.code)).toEqual([
      "unparsed-availability",
      "call-not-placed",
      "call-not-placed",
      "call-not-placed",
      "call-not-placed",
    ]);
    expect(r.issues[1]).toMatchObject({
      sheet: "医生",
      row: 2,
      params: { doctor: "王医生", calls: 4, wanted: 4 },
    });
    expect(r.targetListValues.map((v) => v[6])).toEqual(["R", "R", "R", "A,R"]);
  });

  it("is deterministic", () => {
    expect(planCalls(input())).toEqual(result);
  });
});
