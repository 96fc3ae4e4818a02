/**
 * Who covers whom (SPEC §8), from sheets as a manager keeps them: the
 * doctor's rep column wins over the hospital's, a rep named but not listed
 * gets the default calls per day, and every bad value is an issue naming
 * sheet, row, column and value in both languages.
 */
import type { CellValue } from "../../../src/core/cells";
import { readInputs } from "../../../src/core/input/readInputs";
import { issueMessage } from "../../../src/core/messages";
import { resolveCycle } from "../../../src/core/plan/cycle";
import { defaultSettings } from "../../../src/core/settings";
import { buildTeam } from "../../../src/core/team/roster";

function sheet(name: string, values: CellValue[][]) {
  return { name, values, firstRow: 1, firstCol: 0 };
}

function team(
  extra: { reps?: CellValue[][]; doctors?: CellValue[][]; hospitals?: CellValue[][] } = {},
  capacity?: { callsPerDay: number },
) {
  const settings = defaultSettings();
  if (capacity) settings.capacity = { ...settings.capacity, ...capacity };
  settings.cycle = { ...settings.cycle, start: "2026-11-01", end: "2026-11-30", calendar: "none" };
  const sheets = [
    sheet(
      "医院",
      extra.hospitals ?? [
        ["医院", "床位数", "负责代表"],
        ["协和医院", 800, "张伟"],
        ["仁济医院", 300, "李娜"],
        ["东方医院", 200, null],
        ["西山医院", 100, "张伟/李娜"],
      ],
    ),
    sheet(
      "医生",
      extra.doctors ?? [
        ["医院", "医生", "月处方量", "月潜力", "代表"],
        ["协和医院", "王一", 10, 50, null],
        ["协和医院", "王二", 10, 50, "李娜"],
        ["仁济医院", "王三", 10, 50, null],
        ["东方医院", "王四", 10, 50, null],
        ["东方医院", "王五", 10, 50, null],
        ["西山医院", "王六", 10, 50, null],
        ["仁济医院", "王七", 10, 50, "孙丽"],
      ],
    ),
  ];
  if (extra.reps) sheets.push(sheet("代表", extra.reps));
  const parsed = readInputs(sheets, settings);
  const cycle = resolveCycle(settings, new Date(Date.UTC(2026, 9, 1)));
  const result = buildTeam({ ...parsed, detections: parsed.detections, settings, cycle });
  return { parsed, result, cycle };
}

const REPS: CellValue[][] = [
  ["代表姓名", "每日拜访数", "城市", "休假"],
  ["张伟", 8, "上海", "2026-11-11~11-13"],
  ["李娜", "0", "杭州", null],
  ["赵敏", 6, "南京", "下周"],
];

describe("assignment (SPEC §8)", () => {
  const { result, cycle } = team({ reps: REPS });
  const repOf = (i: number) => (result.doctorRep[i] < 0 ? null : result.reps[result.doctorRep[i]].name);

  it("a doctor's own rep wins over the hospital's; a hospital's rep covers its other doctors", () => {
    expect([repOf(0), repOf(1), repOf(2)]).toEqual(["张伟", "李娜", "李娜"]);
  });
  it("a doctor without a rep at a hospital without one is not planned; the hospital is listed once", () => {
    expect([repOf(3), repOf(4)]).toEqual([null, null]);
    expect(result.unassigned).toEqual([{ sheet: "医院", row: 4, name: "东方医院", doctors: 2 }]);
    expect(result.issues.filter((i) => i.code === "no-rep")).toHaveLength(1);
  });
  it("capacity = calls per day × working days minus days off", () => {
    const zhang = result.reps.find((r) => r.name === "张伟")!;
    expect(cycle.workingDays).toHaveLength(21);
    expect(zhang.daysOff).toEqual(["2026-11-11", "2026-11-12", "2026-11-13"]);
    expect([zhang.workingDays.length, zhang.capacity]).toEqual([18, 144]);
  });
  it("a rep named but not listed gets the default calls per day", () => {
    const sun = result.reps.find((r) => r.name === "孙丽")!;
    expect([sun.listed, sun.callsPerDay, sun.capacity]).toEqual([false, 8, 168]);
  });
});

describe("bad input names sheet, row, column and value, in zh and en", () => {
  const { parsed, result } = team({ reps: REPS });
  const all = [...parsed.issues, ...result.issues];
  const find = (code: string) => all.find((i) => i.code === code)!;

  it.each<[string, object, RegExp, RegExp]>([
    [
      "unknown-rep",
      { sheet: "医生", row: 8, column: "代表", value: "孙丽" },
      /工作表「医生」，第 8 行，列「代表」，值「孙丽」：该代表不在代表表中/,
      /Sheet "医生", row 8, column "代表", value "孙丽": This rep is not in the Representatives table/,
    ],
    [
      "rep-calls-invalid",
      { sheet: "代表", row: 3, column: "每日拜访数", value: "0" },
      /第 3 行，列「每日拜访数」，值「0」：代表「李娜」的每日拜访数须为大于 0 的数字，已按默认值 8 次\/天计算/,
      /row 3, column "每日拜访数", value "0": Calls per day of 李娜 must be a number above 0; the default of 8 a day is used/,
    ],
    [
      "days-off-unreadable",
      { sheet: "代表", row: 4, column: "休假", value: "下周" },
      /值「下周」：无法识别代表「赵敏」的休假日期/,
      /value "下周": Could not read the days off of 赵敏/,
    ],
    [
      "rep-ambiguous",
      { sheet: "医院", row: 5, column: "负责代表", value: "张伟/李娜" },
      /只能有一位负责代表，此处写了 2 位，已使用「张伟」/,
      /has one rep, but 2 are named here; "张伟" is used/,
    ],
    [
      "no-rep",
      { sheet: "医院", row: 4, column: "医院", value: "东方医院" },
      /东方医院没有负责代表，其 2 位医生已细分但未列入计划/,
      /东方医院 has no rep; its 2 doctor\(s\) are segmented but not planned/,
    ],
  ])("%s", (code, where, zh, en) => {
    const issue = find(code);
    expect(issue).toMatchObject(where);
    expect(issueMessage(issue, "zh")).toMatch(zh);
    expect(issueMessage(issue, "en")).toMatch(en);
  });

  it("a negative calls per day is the same message", () => {
    const r = team({
      reps: [
        ["代表", "每日拜访数"],
        ["张伟", -3],
      ],
    });
    expect(r.parsed.issues.find((i) => i.code === "rep-calls-invalid")).toMatchObject({
      row: 2,
      value: "-3",
    });
    expect(r.result.reps[0].callsPerDay).toBe(8);
  });

  it("an unreadable calls per day says which default is used, the settings' own", () => {
    const r = team(
      {
        reps: [
          ["代表", "每日拜访数"],
          ["张伟", "很多"],
          ["李娜", "lots"],
        ],
      },
      { callsPerDay: 6 },
    );
    const issues = r.parsed.issues.filter((i) => i.code === "rep-calls-invalid");
    expect(issues.map((i) => [i.row, i.value])).toEqual([
      [2, "很多"],
      [3, "lots"],
    ]);
    expect(issueMessage(issues[0], "zh")).toContain("已按默认值 6 次/天计算");
    expect(issueMessage(issues[1], "en")).toContain("the default of 6 a day is used");
    const calls = new Map(r.result.reps.map((x) => [x.name, x.callsPerDay]));
    expect([calls.get("张伟"), calls.get("李娜")]).toEqual([6, 6]);
  });
});

describe("no rep data at all", () => {
  it("is one rep, exactly the single plan", () => {
    const { result, cycle } = team({
      hospitals: [
        ["医院", "床位数"],
        ["协和医院", 800],
      ],
      doctors: [
        ["医院", "医生", "月处方量"],
        ["协和医院", "王一", 1],
      ],
    });
    expect(result.hasReps).toBe(false);
    expect(result.reps).toEqual([
      expect.objectContaining({ name: null, capacity: 8 * cycle.workingDays.length }),
    ]);
    expect([...result.doctorRep]).toEqual([0]);
    expect(result.issues).toEqual([]);
  });
});
