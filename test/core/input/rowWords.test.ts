import type { DoctorStatus } from "../../../src/core/fields";
import { foldKey, isTotalText, parseStatus } from "../../../src/core/input";

describe("parseStatus [seed: 首选 / 二线 / 保守 / 未用]", () => {
  test.each([
    ["首选", "first-line"],
    ["一线", "first-line"],
    ["first-line", "first-line"],
    ["First Line", "first-line"],
    ["ＦＩＲＳＴ－ＬＩＮＥ", "first-line"],
    ["二线", "second-line"],
    ["second-line", "second-line"],
    ["保守", "conservative"],
    ["Conservative", "conservative"],
    ["未用", "not-using"],
    ["未使用", "not-using"],
    ["not using", "not-using"],
    ["None", "not-using"],
    [" 首选 ", "first-line"],
    ["偶尔用", null],
  ] as [string, DoctorStatus | null][])("%j → %s", (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});

describe("isTotalText", () => {
  test.each([
    "合计",
    "总计",
    "小计",
    "合计：",
    "小计(华东)",
    "總計",
    "Total",
    "TOTAL:",
    "Subtotal",
    "Sub-total",
    "Grand Total",
  ])("%j is a total label", (text) => expect(isTotalText(text)).toBe(true));
  test.each(["瑞金医院", "Total Care Clinic", "Sunshine Hospital", "合", "计划", ""])("%j is not", (text) =>
    expect(isTotalText(text)).toBe(false),
  );
});

describe("foldKey (duplicate-key comparison)", () => {
  test("trims, folds full-width and ignores case", () => {
    expect(foldKey("\u3000ＲＵＩＪＩＮ Hospital ")).toBe(foldKey("ruijin hospital"));
    expect(foldKey("瑞金医院 ")).toBe("瑞金医院");
  });
  test("returns the same string when nothing changes (no allocation on clean data)", () => {
    const s = "瑞金医院";
    expect(foldKey(s)).toBe(s);
  });
});
