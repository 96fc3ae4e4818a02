import { chooseLang, workbookLang } from "../../src/cli/lang";
import { tempDir } from "../xlsx/helpers";
import { runCli, SAMPLE_EN, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("lang");
afterAll(() => tmp.cleanup());

describe("the command line's language", () => {
  it("follows --lang, then settings, then the workbook, then LANG", () => {
    expect(chooseLang("en", "zh", { LANG: "zh_CN.UTF-8" }, "zh")).toBe("en");
    expect(chooseLang(undefined, "en", { LANG: "zh_CN.UTF-8" }, "zh")).toBe("en");
    expect(chooseLang(undefined, undefined, { LANG: "en_US.UTF-8" }, "zh")).toBe("zh");
    expect(chooseLang(undefined, undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(chooseLang(undefined, undefined, {})).toBe("en");
  });

  it.each([
    [["医院", "科室", "医生"], "zh"],
    [["Hospitals", "医生名单"], "zh"],
    [["Hospitals", "Departments", "Doctors"], "en"],
    [[], undefined],
  ])("reads sheet names %p as %p", (names, lang) => {
    expect(workbookLang(names)).toBe(lang);
  });

  it("words the Chinese summary as the Issues sheet does (有处方, not 在处方)", async () => {
    const run = await runCli(["plan", SAMPLE_ZH, "-o", tmp.path("summary.xlsx")], { LANG: "en_US.UTF-8" });
    expect(run.stdout).toMatch(/^目标医生：\d+ 位（其中有处方 \d+ 位）/m);
    // One line per rep; the rep with days off in the cycle says so beside her capacity.
    expect(run.stdout).toMatch(
      /^ {2}李娜：目标 \d+ 位（有处方 \d+ 位），拜访 \d+ \/ \d+ 次（休假 3 天），风险处方量/m,
    );
    expect(run.stdout).toMatch(/^ {2}张伟：目标 \d+ 位（有处方 \d+ 位），拜访 \d+ \/ \d+ 次，风险处方量/m);
    const en = await runCli(["plan", SAMPLE_EN, "-o", tmp.path("summary-en.xlsx")], { LANG: "en_US.UTF-8" });
    expect(en.stdout).toMatch(
      /^ {2}李娜: \d+ targets \(\d+ prescribing\), calls \d+ of \d+ \(3 days off\), volume at risk/m,
    );
  });

  it("plans a Chinese workbook in Chinese on an English system, and an English one in English", async () => {
    const zh = await runCli(["plan", SAMPLE_ZH, "-o", tmp.path("zh.xlsx"), "--json"], {
      LANG: "en_US.UTF-8",
    });
    const en = await runCli(["plan", SAMPLE_EN, "-o", tmp.path("en.xlsx"), "--json"], {
      LANG: "zh_CN.UTF-8",
    });
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.result!.outputs.map((t) => t.sheetName)).toContain("目标医生");
    expect(en.result!.outputs.map((t) => t.sheetName)).toContain("Target List");
  });
});
