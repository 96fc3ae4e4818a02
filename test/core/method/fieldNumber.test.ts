import fc from "fast-check";
import { fieldNumber } from "../../../src/core/method/fieldNumber";

describe("fieldNumber: a number to store on a result, never changed", () => {
  it("gives back the very same number for any double", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(Object.is(fieldNumber(x), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back whole numbers read from a Float64Array, and the edges", () => {
    const read = new Float64Array([
      0,
      -0,
      1,
      4,
      2 ** 31 - 1,
      -(2 ** 31),
      2 ** 31,
      2 ** 53,
      0.5,
      NaN,
      Infinity,
      -Infinity,
    ]);
    for (const x of read) expect(Object.is(fieldNumber(x), x)).toBe(true);
  });
});
