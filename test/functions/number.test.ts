import { readNumberText } from "../../src/core/input/numberText";
import { number } from "../../src/functions/functions";
import { numberCells } from "../../src/functions/number";
import { column, errorMessage, one, setDisplayLanguage, shown } from "./shim";

afterEach(() => setDisplayLanguage(undefined));

describe("MICROSEG.NUMBER", () => {
  it.each([
    ["1,500", 1500],
    ["１５００", 1500],
    [" 1500 ", 1500],
    ["35%", 0.35],
    ["500万", 5_000_000],
    ["1.2亿", 120_000_000],
  ])("reads %p as %p (SPEC §1)", (text, expected) => {
    expect(number(one(text))).toEqual([[expected]]);
  });

  it("passes numbers through and leaves blanks blank", () => {
    expect(number(column(42, "", "  "))).toEqual([[42], [""], [""]]);
    expect(numberCells([[null], [undefined]])).toEqual([[""], [""]]);
  });

  it("gives #VALUE! with a message, in place, for text that is not a number", () => {
    const result = number(column("1,500", "abc", "1,5", true));
    expect(shown(result)).toEqual([[1500], ["#VALUE!"], ["#VALUE!"], ["#VALUE!"]]);
    expect(errorMessage(result[1][0])).toContain('value "abc"');
    setDisplayLanguage("zh-TW");
    expect(errorMessage(number(one("abc"))[0][0])).toContain("此处应为数字");
  });

  it("equals the engine's readNumberText", () => {
    for (const text of ["2,000", "３５%", "0.5万", "¥3,000", "22天"]) {
      expect(number(one(text))).toEqual([[readNumberText(text)]]);
    }
  });
});
