/**
 * Workbooks on the 1904 date system (old Mac files, or "Use 1904 date system"
 * ticked): a date cell holds a serial 1,462 smaller than in the 1900 system.
 * The Excel host asks the workbook which system it uses and reads and writes
 * dates in it.
 */
import { isoDateToSerial, serialToDate } from "../../src/core/dates";
import { parseDateCell, parseDayCell, parseMonthCell } from "../../src/core/input/dates";
import { generatePlan } from "../../src/app/generate";
import { inputWorkbook } from "../app/inputsFixture";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { FakeWorkbookState } from "./fakeExcel";
import { sampleOutputs } from "./outputsFixture";

function port(wb: FakeWorkbookState): ExcelWorkbookPort {
  return new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => new Date("2026-11-05") });
}

describe("date serials in both systems", () => {
  it.each([
    ["1904-01-01", 1462, 0],
    ["1904-01-02", 1463, 1],
    ["2026-12-01", 46357, 44895],
    ["9999-12-31", 2_958_465, 2_957_003],
  ])("%s is %d in the 1900 system and %d in the 1904 system", (iso, s1900, s1904) => {
    expect(isoDateToSerial(iso, 1900)).toBe(s1900);
    expect(isoDateToSerial(iso, 1904)).toBe(s1904);
    expect(serialToDate(s1900, 1900)?.toISOString().slice(0, 10)).toBe(iso);
    expect(serialToDate(s1904, 1904)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it("keeps the 1900 system's quirks to itself: serial 60 (29 Feb 1900) is no date, 1904 has no such day", () => {
    expect(serialToDate(60, 1900)).toBeNull();
    expect(serialToDate(1, 1900)?.toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(serialToDate(60, 1904)?.toISOString().slice(0, 10)).toBe("1904-03-01");
    expect(serialToDate(-1, 1904)).toBeNull();
    expect(serialToDate(2_957_004, 1904)).toBeNull();
  });
});

describe("every date reader takes the system", () => {
  it("a Call Log day and a Quota month written as 1904 serials read as the same days", () => {
    const noYear = () => 2026;
    expect(parseDayCell(44895, noYear, 1904)).toEqual({ ok: true, iso: "2026-12-01", serial: true });
    expect(parseDayCell(46357, noYear)).toEqual({ ok: true, iso: "2026-12-01", serial: true });
    expect(parseMonthCell(44895, noYear, 1904)).toEqual({ ok: true, month: "2026-12" });
  });
});

describe("Excel host on a 1904 workbook", () => {
  it("writes date columns as serials of the workbook's system", async () => {
    for (const date1904 of [false, true]) {
      const wb = new FakeWorkbookState();
      wb.date1904 = date1904;
      wb.seed("Doctors", [["Doctor"], ["Dr Wang"]]);
      await port(wb).writeOutputs(sampleOutputs());
      // Call Plan A2 is 2026-12-01.
      expect(wb.cell("Call Plan", "A2")?.value).toBe(date1904 ? 44895 : 46357);
    }
  });

  it("reads date cells as the dates the user sees: the sheets carry the workbook's system", async () => {
    const wb = new FakeWorkbookState();
    wb.date1904 = true;
    wb.seed("节假日", [
      ["日期", "类型", "名称"],
      [44895, "休息", "1904 serial of 2026-12-01"],
    ]);
    const sheets = await port(wb).readSheets();
    const holidays = sheets.find((s) => s.name === "节假日")!;
    expect(holidays.dateSystem).toBe(1904);
    expect(parseDateCell(holidays.values[1][0], holidays.dateSystem)).toEqual({
      from: "2026-12-01",
      to: "2026-12-01",
    });
  });

  it("a generation over a 1904 workbook takes a Holidays sheet's dates as the same days", async () => {
    // 2026-12-09, a Wednesday of the default cycle (December), as each system stores it.
    const run = async (date1904: boolean | null) => {
      const wb = inputWorkbook();
      wb.date1904 = date1904 === true;
      if (date1904 !== null) {
        wb.seed("节假日", [
          ["日期", "类型", "名称"],
          [date1904 ? 46365 - 1462 : 46365, "休息", "公司活动"],
        ]);
      }
      const { result } = await generatePlan(port(wb), { today: new Date(Date.UTC(2026, 10, 5)) });
      const plan = result.outputs.find((t) => t.id === "callPlan")!;
      return { capacity: result.plan.capacity, rows: JSON.stringify(plan.rows) };
    };
    const without = await run(null);
    const in1900 = await run(false);
    const in1904 = await run(true);
    expect(in1900.capacity).toBeLessThan(without.capacity); // the holiday counts
    expect(in1904).toEqual(in1900);
  });
});
