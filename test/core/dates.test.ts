/** ISO date cells (t="d") as the serial Excel shows, in either date system (issue #14). */
import { isoDateTimeToSerial, serialToDate } from "../../src/core/dates";

describe("isoDateTimeToSerial", () => {
  it.each<[string, number | null, number | null]>([
    // text, 1900 system, 1904 system
    ["2026-10-01", 46296, 44834],
    ["2026-10-10T09:30:00", 46305 + 9.5 / 24, 44843 + 9.5 / 24],
    ["2026-10-10T09:30", 46305 + 9.5 / 24, 44843 + 9.5 / 24],
    ["2026-10-10 00:00:00.000", 46305, 44843],
    ["2026-10-10T00:00:00Z", 46305, 44843],
    ["2026-10-10T00:00:00+08:00", 46305, 44843],
    ["1904-01-01", 1462, 0],
    ["1903-12-31", 1461, null],
    ["1900-03-01", 61, null],
    ["1900-02-28", 59, null],
    ["1900-01-01", 1, null],
    ["1899-12-31", null, null],
    ["9999-12-31", 2_958_465, 2_957_003],
    ["2026-02-30", null, null],
    ["2026-10-10T25:00:00", null, null],
    ["10/10/2026", null, null],
    ["", null, null],
  ])("%s → %s (1900), %s (1904)", (text, s1900, s1904) => {
    const near = (got: number | null, want: number | null) =>
      want === null ? expect(got).toBeNull() : expect(got).toBeCloseTo(want, 9);
    near(isoDateTimeToSerial(text, 1900), s1900);
    near(isoDateTimeToSerial(text, 1904), s1904);
  });

  it("gives back the same day serialToDate reads, in both systems", () => {
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "1904-01-01", "2026-10-09", "2099-12-31"])
      for (const system of [1900, 1904] as const) {
        const serial = isoDateTimeToSerial(iso, system);
        if (serial === null) continue;
        expect(serialToDate(serial, system)?.toISOString().slice(0, 10)).toBe(iso);
      }
  });
});
