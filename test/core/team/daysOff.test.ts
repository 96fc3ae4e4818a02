import { parseDaysOff } from "../../../src/core/team/daysOff";

const CYCLE = "2026-10-01";

describe("days off as a manager writes them (SPEC §8)", () => {
  it.each<[string, string[]]>([
    ["2026-10-12~10-14", ["2026-10-12", "2026-10-13", "2026-10-14"]],
    ["2026-10-12~2026-10-14", ["2026-10-12", "2026-10-13", "2026-10-14"]],
    ["10月12日-14日", ["2026-10-12", "2026-10-13", "2026-10-14"]],
    ["10月12日至10月13日", ["2026-10-12", "2026-10-13"]],
    ["2026/10/12", ["2026-10-12"]],
    ["２０２６－１０－１２", ["2026-10-12"]],
    ["2026年10月12日", ["2026-10-12"]],
    ["10-12, 10-20", ["2026-10-12", "2026-10-20"]],
    ["2026-10-12；10月20日、10月21日", ["2026-10-12", "2026-10-20", "2026-10-21"]],
    ["2026-10-30~11-02", ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]],
    ["46307", ["2026-10-12"]],
    ["", []],
  ])("%p", (text, dates) => {
    expect(parseDaysOff(text, CYCLE)).toEqual({ ok: true, dates });
  });

  it("takes the year nearest the cycle for a date written without one", () => {
    expect(parseDaysOff("12月30日", "2027-01-01")).toEqual({ ok: true, dates: ["2026-12-30"] });
    expect(parseDaysOff("1月4日", "2026-12-01")).toEqual({ ok: true, dates: ["2027-01-04"] });
  });

  it.each([
    "下周",
    "2026-13-01",
    "10月12日-9日",
    "2026-10-12~",
    "2026-02-30",
    "2026-01-01~2027-06-01",
    "12 Oct",
  ])("cannot read %p: the whole cell is unreadable, no day is guessed", (text) => {
    expect(parseDaysOff(text, CYCLE)).toEqual({ ok: false });
  });
});
