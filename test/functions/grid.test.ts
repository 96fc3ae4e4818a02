import { problem } from "../../src/functions/errors";
import { cellsOf, shapeOf, spill, whole, type CellInput, type Grid } from "../../src/functions/grid";
import { displayLang, labelMode } from "../../src/functions/lang";
import { errorCode, errorMessage, setDisplayLanguage, shown } from "./shim";

afterEach(() => setDisplayLanguage(undefined));

const add = (cells: readonly CellInput[]): number => cells.reduce<number>((s, c) => s + Number(c ?? 0), 0);

describe("broadcasting like native Excel", () => {
  it("repeats a single cell over a range", () => {
    expect(spill([[[1], [2], [3]], [[10]]], "en", add)).toEqual([[11], [12], [13]]);
  });

  it("goes cell by cell over equal shapes", () => {
    const a: Grid = [
      [1, 2],
      [3, 4],
    ];
    expect(spill([a, a], "en", add)).toEqual([
      [2, 4],
      [6, 8],
    ]);
  });

  it("crosses a column with a row (m×1 with 1×n)", () => {
    expect(spill([[[1], [2]], [[10, 20, 30]]], "en", add)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it("gives #N/A outside the smaller of two unequal ranges, as =A1:A3+B1:B2 does", () => {
    expect(
      shown(
        spill(
          [
            [[1], [2], [3]],
            [[10], [20]],
          ],
          "en",
          add,
        ),
      ),
    ).toEqual([[11], [22], ["#N/A"]]);
  });

  it("skips omitted arguments and treats an empty grid as one blank cell", () => {
    expect(spill([[[1], [2]], null, undefined], "en", (c) => `${String(c[0])}|${String(c[1])}`)).toEqual([
      ["1|undefined"],
      ["2|undefined"],
    ]);
    expect(shapeOf([])).toEqual({ rows: 1, cols: 1 });
    expect(spill([[]], "en", (c) => String(c[0]))).toEqual([["null"]]);
  });

  it("turns a problem in one cell into an error in that position only, with the message", () => {
    const result = spill([[[1], ["x"], [3]]], "en", ([c]) => {
      if (typeof c !== "number") throw problem("value", "not-a-number", "n", c);
      return c;
    });
    expect(shown(result)).toEqual([[1], ["#VALUE!"], [3]]);
    // Where (parameter and value), then the engine's reason for the code.
    expect(errorMessage(result[1][0])).toMatch(/^"n", value "x": A number belongs here/);
  });

  it("lets other exceptions through (a bug is not a #VALUE!)", () => {
    expect(() =>
      spill([[[1]]], "en", () => {
        throw new TypeError("bug");
      }),
    ).toThrow(TypeError);
  });

  it("reports a whole-call argument problem as one error cell", () => {
    const result = whole("en", () => {
      throw problem("value", "formula-invalid", "labels", "fr", { detail: "zh, en, code" });
    });
    expect(result).toHaveLength(1);
    expect(errorCode(result[0][0])).toBe("#VALUE!");
  });

  it("lists the cells of a whole-range argument row by row", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(cellsOf(null)).toEqual([]);
  });
});

describe("display language and labels", () => {
  it("follows Office.context.displayLanguage: zh* → zh, others and no Office → en", () => {
    expect(displayLang()).toBe("en");
    setDisplayLanguage("zh-CN");
    expect(displayLang()).toBe("zh");
    setDisplayLanguage("zh-TW");
    expect(displayLang()).toBe("zh");
    setDisplayLanguage("en-US");
    expect(displayLang()).toBe("en");
    setDisplayLanguage("de-DE");
    expect(displayLang()).toBe("en");
  });

  it("lets a labels argument override the display language", () => {
    expect(labelMode(undefined, "zh")).toBe("zh");
    expect(labelMode("", "en")).toBe("en");
    expect(labelMode("EN", "zh")).toBe("en");
    expect(labelMode("中文", "en")).toBe("zh");
    expect(labelMode("code", "zh")).toBe("code");
    expect(() => labelMode("fr", "en")).toThrow();
    expect(() => labelMode(1, "en")).toThrow();
  });
});
