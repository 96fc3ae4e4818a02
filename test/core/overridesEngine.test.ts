/**
 * Issue 16 through the whole engine: a rep's pins beyond capacity are all
 * kept and reported in both languages, and the Team sheet counts, per rep,
 * the targets pinned, the doctors excluded and those removed by feedback.
 */
import type { SheetData } from "../../src/core/cells";
import { runEngine } from "../../src/core/engine";
import { issueMessage } from "../../src/core/messages";
import { defaultSettings } from "../../src/core/settings";

function sheet(name: string, values: SheetData["values"]): SheetData {
  return { name, values, firstRow: 1, firstCol: 0 };
}

const TODAY = new Date(Date.UTC(2026, 10, 5));

function territory(pins: number): SheetData[] {
  const doctors: SheetData["values"] = [
    ["医院", "科室", "医生", "月处方量", "月潜力", "目标调整", "调整原因", "代表"],
  ];
  for (let i = 0; i < 60; i++)
    doctors.push([
      "瑞金医院",
      "心内科",
      `医生${i + 1}`,
      i % 5,
      // The pins are high-potential doctors (LH or HH: 4 calls a month).
      i < pins ? 500 + i : 40 + i,
      i < pins ? "必选" : i === 59 ? "排除" : null,
      i < pins ? "科主任" : null,
      "张伟",
    ]);
  return [
    sheet("医院", [
      ["医院", "床位数"],
      ["瑞金医院", 800],
    ]),
    sheet("医生", doctors),
    sheet("代表", [
      ["代表姓名", "每日拜访数"],
      ["张伟", 1],
    ]),
  ];
}

it("keeps every pin beyond the rep's capacity and says so in zh and en", () => {
  const settings = {
    ...defaultSettings(),
    cycle: { ...defaultSettings().cycle, start: "2026-12-01", end: "2026-12-31" },
  };
  const result = runEngine(territory(8), settings, { today: TODAY });
  const rep = result.plan.reps[0];
  // 1 call a day × 23 working days; 8 pins at 4 calls = 32 calls.
  expect(rep).toMatchObject({ capacity: 23, targets: 8, workload: 32, pinned: 8, excluded: 1 });
  expect(result.doctors.filter((d) => d.target).every((d) => d.override === "pinned")).toBe(true);
  const issue = result.issues.find((i) => i.code === "pins-over-capacity")!;
  expect(issueMessage(issue, "zh")).toBe(
    "代表「张伟」：经理指定的 8 位医生需要 32 次拜访，超过拜访能力 23 次；按经理决定全部保留，超出 9 次，其他目标医生未列入。",
  );
  expect(issueMessage(issue, "en")).toBe(
    "Rep 张伟: the 8 doctors the manager pinned need 32 calls, above the capacity of 23; all are kept as the manager decided (9 calls over), and no other target fits.",
  );
  const team = result.outputs.find((t) => t.id === "team")!;
  const at = (key: string) => team.columns.findIndex((c) => c.key === key);
  expect([
    team.columns[at("pinned")].header,
    team.columns[at("excluded")].header,
    team.columns[at("feedbackRemoved")].header,
  ]).toEqual(["经理指定", "经理排除", "代表移除"]);
  expect([
    team.rows[0][at("pinned")],
    team.rows[0][at("excluded")],
    team.rows[0][at("feedbackRemoved")],
  ]).toEqual([8, 1, 0]);
});

it("within capacity, pins come first and the shares fill the rest", () => {
  const settings = {
    ...defaultSettings(),
    capacity: { callsPerDay: 8 },
    cycle: { ...defaultSettings().cycle, start: "2026-12-01", end: "2026-12-31" },
  };
  const result = runEngine(territory(2), settings, { today: TODAY });
  const targets = result.doctors
    .filter((d) => d.target)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  expect(targets.slice(0, 2).map((d) => [d.record.name, d.reason])).toEqual([
    ["医生2", "经理指定：科主任"],
    ["医生1", "经理指定：科主任"],
  ]);
  expect(targets.length).toBeGreaterThan(2);
  expect(result.issues.some((i) => i.code === "pins-over-capacity")).toBe(false);
  expect(result.doctors[59]).toMatchObject({ target: false, override: "excluded", reason: "经理排除" });
});
