/**
 * Date arguments in a 1904 workbook: Excel hands CAPACITY and SMARTCHECK the
 * serial of the workbook's own date system, 1,462 days smaller than in the
 * 1900 system. The functions ask the workbook (shared runtime) which one it is.
 */
import { FakeWorkbookState } from "../excel/fakeExcel";
import { capacity, smartCheck } from "../../src/functions/functions";
import { workbookDateSystem } from "../../src/functions/dateSystem";
import { one, setDisplayLanguage, shown } from "./shim";

const OFFSET = 1462;
/** Serials of 2026-11-02 and 2026-11-30 in the 1900 system. */
const NOV_2 = 46328;
const NOV_30 = 46356;

const globals = globalThis as unknown as { Excel?: unknown };
let clock = 1_000_000;

/** Puts a workbook behind Excel.run, as the shared runtime has one. */
function openWorkbook(date1904: boolean): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  wb.date1904 = date1904;
  globals.Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => wb.run({}, batch),
  };
  // Each case is a new recalculation, past the few seconds an answer is kept.
  clock += 60_000;
  jest.spyOn(Date, "now").mockReturnValue(clock);
  return wb;
}

afterEach(() => {
  delete globals.Excel;
  jest.restoreAllMocks();
  setDisplayLanguage(undefined);
});

describe("date arguments follow the workbook's date system", () => {
  it("CAPACITY counts the same November in a 1900 and a 1904 workbook", async () => {
    setDisplayLanguage("en-US");
    openWorkbook(false);
    expect(await capacity(one(8), one(NOV_2), one(NOV_30))).toEqual([[8 * 21]]);
    openWorkbook(true);
    expect(await capacity(one(8), one(NOV_2 - OFFSET), one(NOV_30 - OFFSET))).toEqual([[8 * 21]]);
    // Holidays given as dates are read in the same system.
    expect(
      await capacity(one(8), one(NOV_2 - OFFSET), one(NOV_30 - OFFSET), one(NOV_2 + 9 - OFFSET)),
    ).toEqual([[8 * 20]]);
  });

  it("SMARTCHECK reads serial 0 as 1904-01-01 in a 1904 workbook, and as no date in a 1900 one", async () => {
    openWorkbook(true);
    expect(shown(await smartCheck(one(12), one(10), one(30), one(0)))).toEqual([[""]]);
    openWorkbook(false);
    expect(shown(await smartCheck(one(12), one(10), one(30), one(0)))).toEqual([["#VALUE!"]]);
  });

  it("asks Excel once for a burst of calls, and answers 1900 where there is no workbook", async () => {
    const wb = openWorkbook(true);
    await Promise.all([workbookDateSystem(), workbookDateSystem(), workbookDateSystem()]);
    expect(wb.syncs.filter((s) => s.commands.includes("functions.date"))).toHaveLength(1);
    delete globals.Excel;
    clock += 60_000;
    jest.spyOn(Date, "now").mockReturnValue(clock);
    await expect(workbookDateSystem()).resolves.toBe(1900);
  });
});
