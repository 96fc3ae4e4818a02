import { deptTotalRx, ourRx as coreOurRx, share as coreShare } from "../../src/core/method/potential";
import { deptRx, ourRx, share } from "../../src/functions/functions";
import { deptRxCells } from "../../src/functions/potential";
import { at, column, errorCode, errorMessage, one, row, setDisplayLanguage, shown } from "./shim";

afterEach(() => setDisplayLanguage(undefined));

describe("MICROSEG.DEPTRX", () => {
  it("gives SPEC §3's worked number: 80 × 40% × 2 × 22 = 1408", () => {
    expect(deptRx(one(80), one(0.4), one(2), one(22))).toEqual([[1408]]);
    expect(deptRx(one(80), one("40%"), one(2), one(22))).toEqual([[1408]]);
    // A rate above 1 is read as a percent, as in the Departments table.
    expect(deptRx(one(80), one(40), one(2), one(22))).toEqual([[1408]]);
  });

  it("defaults working days to 22 when omitted or blank", () => {
    expect(deptRx(one(80), one(0.4), one(2))).toEqual([[1408]]);
    expect(deptRx(one(80), one(0.4), one(2), one(""))).toEqual([[1408]]);
  });

  it("reads text numbers the way the engine does", () => {
    expect(deptRx(one("８０"), one("40%"), one(" 2 "), one("22天"))).toEqual([[1408]]);
    expect(deptRx(one("1,000"), one(0.5), one(1), one(20))).toEqual([[10000]]);
  });

  it("spills over a column, broadcasting single cells", () => {
    const result = deptRx(column(80, 100, 50), one(0.4), one(2), one(22));
    expect(shown(result)).toEqual([[1408], [1760], [880]]);
  });

  it("leaves the result blank when an input is blank, as the engine does", () => {
    expect(deptRx(column(80, ""), one(0.4), one(2))).toEqual([[1408], [""]]);
  });

  it("gives #VALUE! with a message only at the bad cell of a range", () => {
    const result = deptRx(column(80, "many", -5, 100), one(0.4), one(2));
    expect(shown(result)).toEqual([[1408], ["#VALUE!"], ["#VALUE!"], [1760]]);
    expect(errorMessage(at(result, "A2"))).toContain('"dailyPatients", value "many"');
    expect(errorMessage(at(result, "A2"))).toContain("not one");
    expect(errorMessage(at(result, "A3"))).toContain("negative");
    expect(errorCode(deptRx(one(80), one("140%"), one(2))[0][0])).toBe("#VALUE!");
    expect(errorCode(deptRx(one(80), one(true), one(2))[0][0])).toBe("#VALUE!");
  });

  it("writes the message in the Office display language", () => {
    setDisplayLanguage("zh-CN");
    const zh = deptRx(one("很多"), one(0.4), one(2))[0][0];
    expect(errorMessage(zh)).toContain("此处应为数字");
    setDisplayLanguage("en-US");
    expect(errorMessage(deptRx(one("x"), one(0.4), one(2))[0][0])).toContain("A number belongs here");
  });

  it("treats omitted arguments (null, undefined) as blank", () => {
    expect(deptRxCells([[80]], [[0.4]], [[2]], null)).toEqual([[1408]]);
    expect(deptRxCells([[null]], [[0.4]], [[2]])).toEqual([[""]]);
  });

  it("equals the engine's deptTotalRx for the same inputs", () => {
    const cases: [number, number, number, number][] = [
      [80, 0.4, 2, 22],
      [120, 0.35, 1.5, 21],
      [0, 0.5, 2, 22],
      [33, 1, 3, 20],
    ];
    for (const [p, u, r, d] of cases) {
      expect(deptRx(one(p), one(u), one(r), one(d))).toEqual([[deptTotalRx(p, u, r, d)]]);
    }
  });
});

describe("MICROSEG.OURRX", () => {
  it("gives SPEC §3's worked number: 12 × 2 × 22 = 528", () => {
    expect(ourRx(one(12), one(2), one(22))).toEqual([[528]]);
    expect(ourRx(one(12), one(2))).toEqual([[528]]);
  });

  it("spills a row and a column against each other (1×n with m×1)", () => {
    expect(ourRx(column(10, 12), row(1, 2), one(22))).toEqual([
      [220, 440],
      [264, 528],
    ]);
  });

  it("equals the engine's ourRx", () => {
    for (const [p, r, d] of [
      [12, 2, 22],
      [7, 1.5, 20],
      [0, 3, 21],
    ]) {
      expect(ourRx(one(p), one(r), one(d))).toEqual([[coreOurRx(p, r, d)]]);
    }
  });
});

describe("MICROSEG.SHARE", () => {
  it("gives SPEC §3's worked share: 528 / 1408 = 0.375", () => {
    expect(share(one(528), one(1408))).toEqual([[0.375]]);
    expect(share(one("528"), one("1,408"))).toEqual([[0.375]]);
  });

  it("gives #DIV/0! with a message when the department total is 0, in that position only", () => {
    const result = share(column(528, 10), column(1408, 0));
    expect(shown(result)).toEqual([[0.375], ["#DIV/0!"]]);
    expect(errorMessage(at(result, "A2"))).not.toBe("");
  });

  it("is blank when either side is blank", () => {
    expect(share(column("", 5), column(10, ""))).toEqual([[""], [""]]);
  });

  it("equals the engine's share wherever the engine gives one", () => {
    for (const [o, t] of [
      [528, 1408],
      [1, 3],
      [0, 10],
    ]) {
      expect(share(one(o), one(t))).toEqual([[coreShare(o, t)]]);
    }
  });
});
