import { parseDayCell, parseMonthCell } from "../../../src/core/input/dates";
import {
  HISTORY_COLUMNS,
  historyCells,
  mergeHistory,
  readHistory,
  type HistoryRow,
} from "../../../src/core/measure/history";
import { statusLabel } from "../../../src/core/labels";

const row = (start: string, end: string, doctor: string, extra: Partial<HistoryRow> = {}): HistoryRow => ({
  cycleStart: start,
  cycleEnd: end,
  rep: "王芳",
  hospital: "协和医院",
  department: "心内科",
  doctor,
  quadrant: "HH",
  status: "second-line",
  volume: 29,
  potential: 60,
  targetRx: 35,
  plannedCalls: 4,
  ...extra,
});

describe("messy call dates (SPEC §10)", () => {
  const year = () => 2026;
  it.each([
    [46304, "2026-10-09", true],
    [46304.6, "2026-10-09", true],
    ["2026-10-09", "2026-10-09", false],
    ["2026/10/9", "2026-10-09", false],
    ["2026.10.9", "2026-10-09", false],
    ["２０２６／１０／９", "2026-10-09", false],
    ["2026年10月9日", "2026-10-09", false],
    ["10月9日", "2026-10-09", false],
    ["10月9号", "2026-10-09", false],
    ["20261009", "2026-10-09", false],
    ["2026-10-09 14:30", "2026-10-09", false],
  ])("%p → %s", (raw, iso, serial) => {
    expect(parseDayCell(raw, year)).toEqual({ ok: true, iso, serial });
  });

  it.each([["2026-09-31"], ["明天"], ["13月1日"], [true], [-5]])("%p is not a date", (raw) => {
    expect(parseDayCell(raw, year).ok).toBe(false);
  });

  it("a yearless date asks for its year with its month and day", () => {
    const asked: number[][] = [];
    parseDayCell("2月29日", (m, d) => (asked.push([m, d]), 2028));
    expect(asked).toEqual([[2, 29]]);
    expect(parseDayCell("2月29日", () => 2027).ok).toBe(false);
  });

  it.each([
    ["2026-10", "2026-10"],
    ["2026年10月", "2026-10"],
    ["202610", "2026-10"],
    ["10月", "2026-10"],
    [46304, "2026-10"],
    ["2026/10/1", "2026-10"],
  ])("quota month %p → %s", (raw, month) => {
    expect(parseMonthCell(raw, () => 2026)).toEqual({ ok: true, month });
  });
});

describe("Plan History: accumulating, one cycle replaced at a time", () => {
  const sept = [row("2026-09-01", "2026-09-30", "甲"), row("2026-09-01", "2026-09-30", "乙")];
  const oct = [row("2026-10-01", "2026-10-31", "丙")];

  it("a new cycle is added after the earlier ones, which stay as they were", () => {
    const merged = mergeHistory(sept, { start: "2026-10-01", end: "2026-10-31" }, oct);
    expect(merged).toEqual([...sept, ...oct]);
  });

  it("a re-run of a cycle replaces that cycle's rows only", () => {
    const again = [row("2026-10-01", "2026-10-31", "丁"), row("2026-10-01", "2026-10-31", "戊")];
    const merged = mergeHistory([...sept, ...oct], { start: "2026-10-01", end: "2026-10-31" }, again);
    expect(merged).toEqual([...sept, ...again]);
    const septAgain = [row("2026-09-01", "2026-09-30", "己")];
    expect(mergeHistory(merged, { start: "2026-09-01", end: "2026-09-30" }, septAgain)).toEqual([
      ...septAgain,
      ...again,
    ]);
  });

  it.each(["zh", "en"] as const)(
    "reads back what was written (%s headers, dates as serials or text)",
    (lang) => {
      const header = HISTORY_COLUMNS.map((c) => c.label[lang]);
      const cells = [...sept, ...oct].map((r) => historyCells(r, (s) => statusLabel(s, lang)));
      cells[0][0] = 46266; // 2026-09-01 as Excel holds a date
      cells[0][1] = 46295;
      expect(readHistory([header, ...cells])).toEqual([...sept, ...oct]);
    },
  );

  it("rows without a cycle or a doctor are not a plan and are left out", () => {
    const header = HISTORY_COLUMNS.map((c) => c.label.en);
    const good = historyCells(sept[0], (s) => statusLabel(s, "en"));
    const noDoctor = historyCells({ ...sept[1], doctor: "" }, (s) => statusLabel(s, "en"));
    const badDate = [...good];
    badDate[0] = "someday";
    expect(readHistory([header, good, noDoctor, badDate, []])).toEqual([sept[0]]);
  });
});
