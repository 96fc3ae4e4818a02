import { callsFor } from "../../src/core/method/targeting";
import { cycleCapacity, parseIsoDate, workingDaysBetween } from "../../src/core/plan/cycle";
import {
  formatSmart,
  smartCheck as coreSmartCheck,
  targetRx as coreTargetRx,
} from "../../src/core/plan/smart";
import { DEFAULT_SETTINGS, QUADRANTS, defaultSettings } from "../../src/core/settings";
import { dateFromSerial } from "../../src/core/input/dates";
import { calls, capacity, smartCheck, targetRx } from "../../src/functions/functions";
import { at, column, errorCode, errorMessage, one, row, setDisplayLanguage, shown } from "./shim";

afterEach(() => setDisplayLanguage(undefined));

/** The Excel serial of an ISO date (1900 date system). */
function serial(iso: string): number {
  return (parseIsoDate(iso)!.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("Excel date serials", () => {
  it("maps serials to dates as Excel shows them", () => {
    expect(dateFromSerial(45658)?.toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(dateFromSerial(1)?.toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(dateFromSerial(61)?.toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(dateFromSerial(45658.75)?.toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(dateFromSerial(60)).toBeNull();
    expect(dateFromSerial(0)).toBeNull();
  });
});

describe("MICROSEG.CALLS", () => {
  it("gives SPEC §6's default frequencies by code, zh name or en name", () => {
    expect(calls(column("HH", "LH", "HL", "LL"))).toEqual([[4], [4], [2], [1]]);
    expect(calls(row("用量小潜力大", "High volume · Low potential", "ll", "维护"))).toEqual([[4, 2, 1, 2]]);
  });

  it("takes custom frequencies in the order HH, LH, HL, LL", () => {
    expect(calls(column("HH", "LL"), row(6, 5, 3, 2))).toEqual([[6], [2]]);
    expect(errorCode(calls(one("HH"), row(6, 5))[0][0])).toBe("#VALUE!");
  });

  it("gives 0 for a blank quadrant, as the Target List does, and #VALUE! for an unknown one", () => {
    const result = calls(column("", "XX", "HH"));
    expect(shown(result)).toEqual([[0], ["#VALUE!"], [4]]);
    expect(errorMessage(at(result, "A2"))).toContain("HH, LH, HL, LL");
  });

  it("equals the engine's callsFor", () => {
    for (const q of QUADRANTS) expect(calls(one(q))).toEqual([[callsFor(q, DEFAULT_SETTINGS)]]);
  });
});

describe("MICROSEG.CAPACITY", () => {
  const start = serial("2026-11-01");
  const end = serial("2026-11-30");

  it("is calls per day × working days, weekends excluded (November 2026: 21 days)", async () => {
    expect(await capacity(one(8), one(start), one(end))).toEqual([[168]]);
    expect(await capacity(one(8), one("2026-11-01"), one("2026-11-30"))).toEqual([[168]]);
  });

  it("excludes listed holidays (serials or ISO text) and ignores blanks in the list", async () => {
    expect(
      await capacity(one(8), one(start), one(end), column(serial("2026-11-11"), "", "2026-11-14")),
    ).toEqual([[160]]);
  });

  it("spills over several calls-per-day values", async () => {
    expect(await capacity(row(6, 8, 10), one(start), one(end))).toEqual([[126, 168, 210]]);
  });

  it("rejects an end before the start and a bad date, in position", async () => {
    const result = await capacity(column(8, 8, 8), column(start, end, "soon"), column(end, start, end));
    expect(shown(result)).toEqual([[168], ["#VALUE!"], ["#VALUE!"]]);
  });

  it("equals the engine's cycleCapacity", async () => {
    const settings = defaultSettings();
    const from = parseIsoDate("2026-12-01")!;
    const to = parseIsoDate("2026-12-31")!;
    const cycle = {
      start: "2026-12-01",
      end: "2026-12-31",
      workingDays: workingDaysBetween(from, to, ["2026-12-25"]),
    };
    expect(
      await capacity(one(8), one(serial("2026-12-01")), one(serial("2026-12-31")), one("2026-12-25")),
    ).toEqual([[cycleCapacity(settings, cycle)]]);
  });
});

describe("MICROSEG.CAPACITY calendar argument", () => {
  it("CN counts October 2026 as the State Council arranged it: 18 working days, Saturday 10 October included", async () => {
    expect(
      await capacity(one(8), one(serial("2026-10-01")), one(serial("2026-10-31")), undefined, one("CN")),
    ).toEqual([[8 * 18]]);
    expect(
      await capacity(one(8), one(serial("2026-10-10")), one(serial("2026-10-10")), undefined, one("中国")),
    ).toEqual([[8]]);
  });

  it("omitted, it follows Excel's language: CN in Chinese, Monday to Friday in English", async () => {
    const october = (): Promise<unknown> =>
      capacity(one(8), one(serial("2026-10-01")), one(serial("2026-10-31")));
    setDisplayLanguage("zh-CN");
    expect(await october()).toEqual([[8 * 18]]);
    setDisplayLanguage("en-US");
    expect(await october()).toEqual([[8 * 22]]);
  });

  it("none is Monday to Friday (22 weekdays in October 2026)", async () => {
    expect(
      await capacity(one(8), one(serial("2026-10-01")), one(serial("2026-10-31")), undefined, one("none")),
    ).toEqual([[8 * 22]]);
  });

  it("an unknown calendar is #VALUE! naming the argument", async () => {
    expect(
      shown(
        await capacity(one(8), one(serial("2026-10-01")), one(serial("2026-10-31")), undefined, one("US")),
      ),
    ).toEqual([["#VALUE!"]]);
  });
});

describe("MICROSEG.TARGETRX", () => {
  it("gives SPEC §6's worked targets", () => {
    expect(targetRx(one(10), one(30))).toEqual([[12]]);
    expect(targetRx(one(0), one(30))).toEqual([[3]]);
    expect(targetRx(one(0), one(2))).toEqual([[2]]);
    expect(targetRx(one(4), one(30))).toEqual([[5]]);
    expect(targetRx(one(10), one(11))).toEqual([[11]]);
  });

  it("does not cap by a blank potential, treats a blank volume as none yet, and takes ambition and trial", () => {
    expect(targetRx(one(10), one(""))).toEqual([[12]]);
    expect(targetRx(one(""), one(30))).toEqual([[3]]);
    expect(targetRx(one(10), one(100), one("50%"))).toEqual([[15]]);
    expect(targetRx(one(0), one(100), one(0.2), one(5))).toEqual([[5]]);
  });

  it("spills over a column and marks bad cells only", () => {
    expect(shown(targetRx(column(10, 0, "x"), column(30, 30, 30)))).toEqual([[12], [3], ["#VALUE!"]]);
  });

  it("equals the engine's targetRx", () => {
    for (const [v, p, a, t] of [
      [10, 30, 0.2, 3],
      [7, 100, 0.3, 2],
      [0, 1, 0.2, 3],
      [25, 26, 0.1, 3],
    ]) {
      expect(targetRx(one(v), one(p), one(a), one(t))).toEqual([[coreTargetRx(v, p, a, t)]]);
    }
  });
});

describe("MICROSEG.SMARTCHECK", () => {
  const due = serial("2026-11-30");

  it('is "" when the objective is SMART and lists the failing letters otherwise', async () => {
    expect(await smartCheck(one(12), one(10), one(30), one(due))).toEqual([[""]]);
    expect(await smartCheck(one(11), one(10), one(30), one(due))).toEqual([["A"]]);
    expect(await smartCheck(one(40), one(10), one(30), one(due))).toEqual([["R"]]);
    expect(await smartCheck(one(11), one(10), one(10), one(due))).toEqual([["A,R"]]);
    expect(await smartCheck(one(""), one(10), one(30), one(due))).toEqual([["M"]]);
    expect(await smartCheck(one(12), one(10), one(30), one(""))).toEqual([["T"]]);
  });

  it("uses the ambition asked for", async () => {
    expect(await smartCheck(one(12), one(10), one(30), one(due), one("30%"))).toEqual([["A"]]);
  });

  it("spills over a column", async () => {
    expect(await smartCheck(column(12, 11, 3), column(10, 10, 0), column(30, 30, 30), one(due))).toEqual([
      [""],
      ["A"],
      [""],
    ]);
  });

  it("equals the engine's smartCheck for M, A, R and T", async () => {
    for (const [target, volume, potential] of [
      [12, 10, 30],
      [11, 10, 10],
      [3, 0, 30],
      [0, 0, 30],
    ]) {
      const engine = coreSmartCheck({
        doctor: "Dr Li",
        hospital: "H1",
        product: "P",
        action: "raise",
        target,
        volume,
        potential,
        dueDate: "2026-11-30",
        cycleEnd: "2026-11-30",
        ambition: 0.2,
        callsFit: true,
      });
      expect(await smartCheck(one(target), one(volume), one(potential), one(due))).toEqual([
        [formatSmart(engine)],
      ]);
    }
  });

  it("answers in Chinese when Office is in Chinese", async () => {
    setDisplayLanguage("zh-CN");
    expect(errorMessage((await smartCheck(one("很多"), one(10), one(30), one(due)))[0][0])).toContain(
      "此处应为数字",
    );
  });
});
