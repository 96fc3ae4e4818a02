/**
 * SPEC §9 acceptance, end to end through runEngine: a 2026 cycle on the CN
 * calendar has no call on the holidays, works the make-up Saturday, and its
 * capacity counts it; a Holidays sheet is read like the other inputs.
 */
import type { CellValue, SheetData } from "../../../src/core/cells";
import { runEngine } from "../../../src/core/engine";
import type { OutputTable, OutputValue } from "../../../src/core/output";
import { defaultSettings, type Settings } from "../../../src/core/settings";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  firstRow: 1,
  firstCol: 0,
});

const hospitals = sheet("医院", [
  ["医院名称", "床位数", "日门诊量", "月购金额(万元)", "该类药占比", "我方月销量"],
  ["仁和医院", 620, 1200, 300, "35%", 100],
  ["东方医院", 800, 2000, 90, 0.2, 600],
]);
const departments = sheet("科室", [
  ["医院", "科室", "平均每日病人数", "使用该类药品病人比例", "平均每病人处方量"],
  ["仁和医院", "心内科", 80, "40%", 2],
  ["东方医院", "心内科", 100, 0.5, 2],
]);
const doctorRows: CellValue[][] = [["医院", "科室", "医生", "月处方量", "月潜力", "用药状态"]];
for (let i = 0; i < 24; i++) {
  doctorRows.push([i % 2 ? "仁和医院" : "东方医院", "心内科", `医生${i}`, i % 5, 20 + i, "二线"]);
}
const doctors = sheet("医生", doctorRows);

function run(settings: Settings, extra: SheetData[] = []) {
  return runEngine([hospitals, departments, doctors, ...extra], settings, {
    today: new Date(Date.UTC(2025, 11, 1)),
  });
}

function callDates(tables: OutputTable[]): string[] {
  const plan = tables.find((t) => t.id === "callPlan")!;
  const c = plan.columns.findIndex((x) => x.key === "date");
  return plan.rows.map((r: OutputValue[]) => String(r[c]));
}

function month(from: string, to: string): Settings {
  const s = defaultSettings();
  s.cycle.start = from;
  s.cycle.end = to;
  return s;
}

describe("2026 cycles on the CN calendar", () => {
  it.each([
    ["2026-01-01", "2026-01-31", "2026-01-01", "2026-01-03"],
    ["2026-02-01", "2026-02-28", "2026-02-15", "2026-02-23"],
    ["2026-10-01", "2026-10-31", "2026-10-01", "2026-10-07"],
  ])("the cycle %s–%s plans calls, none from %s to %s", (start, end, from, to) => {
    const dates = callDates(run(month(start, end)).outputs);
    expect(dates.length).toBeGreaterThan(50);
    expect(dates.filter((d) => d >= from && d <= to)).toEqual([]);
  });

  it("works Saturday 10 October 2026, and capacity counts it", () => {
    const oct = run(month("2026-10-01", "2026-10-31"));
    // 22 weekdays − 5 holidays + the make-up Saturday
    expect(oct.plan.capacity).toBe(8 * 18);
    expect(callDates(oct.outputs)).toContain("2026-10-10");
    const calendar = oct.outputs.find((t) => t.id === "calendar")!;
    expect(calendar.columns.map((c) => c.header)).toContain("周六");
  });

  it("the SMART due date is the cycle's last working day: Friday 30 October, not Saturday 31", () => {
    const oct = run(month("2026-10-01", "2026-10-31"));
    const targets = oct.outputs.find((t) => t.id === "targetList")!;
    const due = targets.columns.findIndex((c) => c.key === "dueDate");
    expect(new Set(targets.rows.map((r) => r[due]))).toEqual(new Set(["2026-10-30"]));
  });

  it("a whole-year cycle: 261 weekdays − 19 weekday holidays + 6 make-up days = 248, and no Issues line", () => {
    const year = run(month("2026-01-01", "2026-12-31"));
    expect(year.plan.capacity).toBe(8 * 248);
    expect(year.issues.filter((i) => i.code === "calendar-arrangement-unknown")).toEqual([]);
  });
});

describe("a year without a notice", () => {
  const s = defaultSettings();
  s.cycle.start = "2027-01-01";
  s.cycle.end = "2027-01-31";

  it("plans the statutory days only and says so once on Issues", () => {
    const result = run(s);
    expect(callDates(result.outputs).filter((d) => d === "2027-01-01")).toEqual([]);
    expect(result.plan.capacity).toBe(8 * 20);
    const unknown = result.issues.filter((i) => i.code === "calendar-arrangement-unknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0].params).toEqual({ year: 2027 });
  });

  it("a Holidays sheet (节假日: 日期, 类型, 名称) gives the arrangement: days off, a make-up Sunday, messy dates", () => {
    const holidays = sheet("节假日", [
      ["日期", "类型", "名称"],
      ["2027/1/1", "休息", "元旦"],
      ["2027年1月4日~5日", "休息", "公司年会"],
      [46397, "上班", "调休"], // 2027-01-10, a Sunday, as an Excel date
      ["1月8日", "休息", "no year"],
      ["2027-01-11", "加班?", ""],
    ]);
    const result = run(s, [holidays]);
    const dates = callDates(result.outputs);
    expect(dates.filter((d) => d === "2027-01-04" || d === "2027-01-05")).toEqual([]);
    const calendar = result.outputs.find((t) => t.id === "calendar")!;
    const sunday = calendar.columns.findIndex((c) => c.header === "周日");
    expect(calendar.rows[1][sunday]).toMatch(/^调休上班/);
    expect(result.plan.capacity).toBe(8 * (20 - 2 + 1));
    expect(result.issues.filter((i) => i.code === "calendar-arrangement-unknown")).toEqual([]);
    const bad = result.issues.filter((i) => i.sheet === "节假日").map((i) => [i.row, i.code, i.value]);
    expect(bad).toEqual([
      [5, "invalid-date", "1月8日"],
      [6, "unknown-day-type", "加班?"],
    ]);
    expect(result.detections.find((d) => d.role === "holidays")?.sheet).toBe("节假日");
  });

  it('cycle.calendar "none" plans Monday–Friday and asks nothing', () => {
    const none = defaultSettings();
    none.cycle = { ...s.cycle, calendar: "none" };
    const result = run(none);
    expect(result.plan.capacity).toBe(8 * 21);
    expect(result.issues.filter((i) => i.code === "calendar-arrangement-unknown")).toEqual([]);
  });
});
