/**
 * Error cells as arguments (allowErrorForDataTypeAny): an error in a range
 * stays in its own cell of the spill, as in a native formula, instead of
 * turning the whole call into one error.
 */
import { quadrantOf } from "../../src/core/method/quadrant";
import { cutoff as coreCutoff } from "../../src/core/method/cutoff";
import { calls, capacity, cutoff, number as numberOf, quadrant, tier } from "../../src/functions/functions";
import { column, errorCell, errorCode, errorMessage, one, shown, type ExcelCell } from "./shim";

describe("an error cell in a range argument", () => {
  it("QUADRANT over 100,000 rows: one #N/A stays one #N/A, every other row is computed", () => {
    const n = 100_000;
    const bad = 54_321;
    const volumes: ExcelCell[][] = Array.from({ length: n }, (_, i) => [(i * 7919) % 1000]);
    const potentials: ExcelCell[][] = Array.from({ length: n }, (_, i) => [(i * 104_729) % 1000]);
    volumes[bad] = [errorCell("#N/A")];

    const result = quadrant(volumes, potentials, undefined, undefined, one("code"));

    expect(result).toHaveLength(n);
    const errors = result.flatMap((r, i) => (errorCode(r[0]) === null ? [] : [[i, errorCode(r[0])]]));
    expect(errors).toEqual([[bad, "#N/A"]]);
    // The default cut-offs are the medians of the numbers, the error cell left out (as MEDIAN leaves out text).
    const numbers = (g: ExcelCell[][]) => g.map((r) => (typeof r[0] === "number" ? r[0] : null));
    const cuts = {
      volume: coreCutoff(numbers(volumes), { method: "median", percentile: 50, fixed: null })!,
      potential: coreCutoff(numbers(potentials), { method: "median", percentile: 50, fixed: null })!,
    };
    for (const i of [0, 1, bad - 1, bad + 1, n - 1]) {
      expect(result[i][0]).toBe(quadrantOf(volumes[i][0] as number, potentials[i][0] as number, cuts));
    }
  });

  it("keeps the error's own code (#DIV/0!, #NUM!, #NULL!) in its position", () => {
    const result = numberOf(
      column("1,500", errorCell("#DIV/0!"), errorCell("#NUM!"), "500万", errorCell("#NULL!")),
    );
    expect(shown(result)).toEqual([[1500], ["#DIV/0!"], ["#NUM!"], [5_000_000], ["#NULL!"]]);
  });

  it("gives #VALUE! for an error a custom function cannot return (#REF!, #NAME?, #SPILL!)", () => {
    const result = tier(
      column(620, errorCell("#REF!"), errorCell("#NAME?"), errorCell("#SPILL!")),
      one(1200),
      one(3_000_000),
    );
    expect(shown(result)).toEqual([["B"], ["#VALUE!"], ["#VALUE!"], ["#VALUE!"]]);
  });

  it("an error in a whole-range argument (frequencies, holidays) is the call's one error", async () => {
    expect(shown(calls(column("HH", "LL"), column(8, errorCell("#N/A"), 4, 2)))).toEqual([["#N/A"]]);
    const start = 46_327; // 2026-11-01
    expect(shown(await capacity(one(8), one(start), one(start + 29), column(errorCell("#REF!"))))).toEqual([
      ["#VALUE!"],
    ]);
  });

  it("an error as an option (labels, method) is the call's one error, not a message about [object Object]", () => {
    const result = quadrant(column(5, 50), column(50, 5), one(10), one(30), one(errorCell("#N/A")));
    expect(shown(result)).toEqual([["#N/A"]]);
    const cut = cutoff(column(10, 20, 30), one(errorCell("#N/A")));
    expect(shown(cut)).toEqual([["#N/A"]]);
    expect(errorMessage(cut[0][0])).not.toContain("object");
  });

  it("CUTOFF leaves error cells out of the values, as MEDIAN leaves out text", () => {
    expect(shown(cutoff(column(10, errorCell("#N/A"), 20, 30, 40)))).toEqual([[25]]);
  });
});
