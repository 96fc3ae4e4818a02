import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { JsonContract } from "../../src/cli/jsonContract";
import { tempDir } from "../xlsx/helpers";
import { runCli, SAMPLE_EN, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("contract");
afterAll(() => tmp.cleanup());

let zh: JsonContract;
let en: JsonContract;

beforeAll(async () => {
  const a = await runCli(["plan", SAMPLE_ZH, "-o", tmp.path("zh.plan.xlsx"), "--json", "--lang", "zh"]);
  const b = await runCli(["plan", SAMPLE_EN, "-o", tmp.path("en.plan.xlsx"), "--json", "--lang", "en"]);
  expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, "", 0, ""]);
  zh = JSON.parse(a.stdout) as JsonContract;
  en = JSON.parse(b.stdout) as JsonContract;
});

describe("--json on the Chinese sample", () => {
  it("prints only the version 2 contract", () => {
    expect(Object.keys(zh)).toEqual([
      "version",
      "cutoffs",
      "hospitals",
      "departments",
      "doctors",
      "plan",
      "reps",
      "calls",
      "unassignedHospitals",
      "measure",
      "issues",
    ]);
    expect(zh.version).toBe(2);
    expect(zh.cutoffs.method).toBe("median");
    expect([typeof zh.cutoffs.volume, typeof zh.cutoffs.potential]).toEqual(["number", "number"]);
    expect(Object.keys(zh.hospitals[0])).toEqual(["sheet", "row", "name", "tier", "stage", "quadrant"]);
    expect(Object.keys(zh.departments[0])).toEqual([
      "sheet",
      "row",
      "hospital",
      "department",
      "deptTotalRx",
      "ourRx",
      "share",
      "headroom",
    ]);
    expect(Object.keys(zh.doctors[0])).toEqual([
      "sheet",
      "row",
      "name",
      "hospital",
      "department",
      "volume",
      "potential",
      "quadrant",
      "target",
      "callsPerMonth",
      "rep",
      "why",
      "callsInCycle",
      "targetRx",
      "override",
      "overrideReason",
    ]);
    expect(Object.keys(zh.plan)).toEqual(["capacity", "workload", "targets", "callsWanted", "repsNeeded"]);
    expect(Object.keys(zh.reps[0])).toEqual([
      "name",
      "callsPerDay",
      "workingDays",
      "capacity",
      "workload",
      "targets",
      "prescribingTargets",
      "volumeAtRisk",
      "pinned",
      "excluded",
      "feedbackRemoved",
    ]);
    expect(Object.keys(zh.calls[0])).toEqual([
      "date",
      "slot",
      "rep",
      "hospital",
      "department",
      "doctor",
      "city",
    ]);
    expect(Object.keys(zh.issues[0])).toEqual([
      "sheet",
      "row",
      "column",
      "value",
      "code",
      "message",
      "severity",
    ]);
  });

  it("gives rows as Excel shows them and names as written", () => {
    // Title in row 1, blank row 2, header row 3: the first hospital is on row 4.
    expect(zh.hospitals[0]).toMatchObject({ sheet: "医院", row: 4, name: "华东第一人民医院", tier: "A" });
    expect(zh.hospitals).toHaveLength(30);
    // 63 patients/day × 24% × 1 Rx × 22 days.
    expect(zh.departments[0]).toMatchObject({ sheet: "科室", row: 2, hospital: "华东第一人民医院" });
    expect(zh.departments[0].deptTotalRx).toBeCloseTo(332.64, 9);
    expect(zh.doctors[0]).toMatchObject({ sheet: "医生", row: 2, name: "沈涵敏", volume: 7, potential: 45 });
  });

  it("lists the messy cells as issues with sheet, row, column and value", () => {
    const find = (code: string) => zh.issues.find((i) => i.code === code);
    expect(find("excel-error")).toMatchObject({ sheet: "医生", row: 12, column: "月处方量", value: "#N/A" });
    expect(find("total-row")).toMatchObject({ sheet: "医院", value: "合计", severity: "skipped" });
    expect(find("unknown-hospital")).toMatchObject({ sheet: "医生", value: "华东第九十九医院" });
    expect(find("duplicate-key")).toMatchObject({ sheet: "医生" });
    expect(find("excel-error")!.message).toContain("错误值");
  });

  it("keeps the plan within capacity", () => {
    expect(zh.plan.targets).toBe(zh.doctors.filter((d) => d.target).length);
    expect(zh.plan.workload).toBeLessThanOrEqual(zh.plan.capacity);
    expect(zh.plan.workload).toBe(zh.doctors.reduce((s, d) => s + (d.target ? d.callsInCycle : 0), 0));
    for (const rep of zh.reps) {
      expect(rep.capacity).toBe(rep.callsPerDay * rep.workingDays);
      expect(rep.workload).toBeLessThanOrEqual(rep.capacity);
    }
    // Every call is one of a target's; a doctor unavailable on some days may have fewer placed.
    expect(zh.calls.length).toBeGreaterThan(0);
    expect(zh.calls.length).toBeLessThanOrEqual(zh.plan.workload);
    const repOf = new Map(zh.doctors.map((d) => [`${d.hospital}|${d.department}|${d.name}`, d.rep]));
    for (const c of zh.calls) expect(repOf.get(`${c.hospital}|${c.department}|${c.doctor}`)).toBe(c.rep);
  });
});

describe("the sample team (SPEC §8)", () => {
  it("plans eight reps, each with HH, LH and HL doctors on the target list", () => {
    expect(zh.reps.map((r) => r.name)).toEqual([
      "张伟",
      "李娜",
      "王芳",
      "刘洋",
      "陈静",
      "杨磊",
      "赵敏",
      "周杰",
    ]);
    for (const rep of zh.reps) {
      const quadrants = new Set(
        zh.doctors.filter((d) => d.target && d.rep === rep.name).map((d) => d.quadrant),
      );
      expect([rep.name, ["HH", "LH", "HL"].every((q) => quadrants.has(q as "HH"))]).toEqual([rep.name, true]);
      expect(rep.prescribingTargets).toBeGreaterThanOrEqual(30);
    }
  });
  it("takes the three days off of 李娜 from her November capacity", () => {
    const li = zh.reps.find((r) => r.name === "李娜")!;
    const zhang = zh.reps.find((r) => r.name === "张伟")!;
    expect(zhang.workingDays - li.workingDays).toBe(3);
    expect(li.capacity).toBe(8 * li.workingDays);
  });
  it.each([
    ["2027-01-01", "2027-01-31"],
    ["2027-02-01", "2027-02-28"],
  ])("takes 李娜's three days off in the demo's later cycles too (%s)", async (start, end) => {
    // `npm run demo` plans the month after today: her leave falls in each of those months.
    const config = tmp.path(`cycle-${start}.json`);
    writeFileSync(config, JSON.stringify({ cycle: { start, end } }));
    const run = await runCli([
      "plan",
      SAMPLE_ZH,
      "-o",
      tmp.path(`zh-${start}.plan.xlsx`),
      "--json",
      "--config",
      config,
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as JsonContract;
    const li = json.reps.find((r) => r.name === "李娜")!;
    const zhang = json.reps.find((r) => r.name === "张伟")!;
    expect(zhang.workingDays - li.workingDays).toBe(3);
  });
  it("books calls on the make-up Saturday 10 October 2026 and loses none to clinic hours", async () => {
    // Every sample doctor has clinic hours, written by weekday: a make-up day works as a weekday.
    const config = tmp.path("cycle-october.json");
    writeFileSync(config, JSON.stringify({ cycle: { start: "2026-10-01", end: "2026-10-31" } }));
    const run = await runCli([
      "plan",
      SAMPLE_ZH,
      "-o",
      tmp.path("zh-october.plan.xlsx"),
      "--json",
      "--config",
      config,
    ]);
    expect(run.code).toBe(0);
    const calls = run.result!.calls;
    const onMakeUp = calls.filter((c) => c.date === "2026-10-10");
    expect(onMakeUp.length).toBeGreaterThan(0);
    expect(calls.some((c) => c.date >= "2026-10-01" && c.date <= "2026-10-07")).toBe(false);
    // Loaded like an ordinary working day: no fewer calls than the emptiest weekday of the cycle.
    const perDay = new Map<string, number>();
    for (const c of calls) perDay.set(c.date, (perDay.get(c.date) ?? 0) + 1);
    expect(perDay.size).toBe(run.result!.plan.reps[0].workingDays);
    expect(onMakeUp.length).toBeGreaterThanOrEqual(Math.min(...perDay.values()));
    const reps = new Set(calls.map((c) => c.rep));
    expect(new Set(onMakeUp.map((c) => c.rep))).toEqual(reps);
  });
  it("names the reps needed and lists the hospitals without a rep once", () => {
    expect(zh.plan).toMatchObject({ callsWanted: 1398, repsNeeded: 9 });
    expect(zh.unassignedHospitals.map((h) => h.name)).toEqual(["福州市中医院", "华东第九十九医院"]);
    expect(zh.issues.filter((i) => i.code === "no-rep")).toHaveLength(2);
    expect(zh.doctors.filter((d) => d.rep === null).every((d) => !d.target)).toBe(true);
  });
});

describe("the Chinese and English samples", () => {
  it("give the same tiers, stages, quadrants, targets and plan", () => {
    const pick = (j: JsonContract) => ({
      cutoffs: j.cutoffs,
      hospitals: j.hospitals.map((h) => [h.row, h.name, h.tier, h.stage, h.quadrant]),
      departments: j.departments.map((d) => [d.row, d.deptTotalRx, d.ourRx, d.share, d.headroom]),
      doctors: j.doctors.map((d) => [
        d.row,
        d.name,
        d.volume,
        d.potential,
        d.quadrant,
        d.target,
        d.callsPerMonth,
        d.rep,
        d.callsInCycle,
        d.targetRx,
      ]),
      reps: j.reps,
      calls: j.calls.map((c) => [c.date, c.slot, c.rep, c.doctor]),
      unassigned: j.unassignedHospitals.map((h) => [h.row]),
      plan: j.plan,
      issues: j.issues.map((i) => [i.code, i.row]),
    });
    expect(pick(en)).toEqual(pick(zh));
  });

  it("write their plans", () => {
    expect(existsSync(tmp.path("zh.plan.xlsx"))).toBe(true);
    expect(readFileSync(tmp.path("en.plan.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});
