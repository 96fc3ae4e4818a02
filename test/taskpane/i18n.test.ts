import { CATALOGS, langFromLocale, translator } from "../../src/taskpane/i18n";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  it("zh and en have exactly the same keys, none empty", () => {
    expect(Object.keys(CATALOGS.zh).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    for (const catalog of Object.values(CATALOGS)) {
      for (const [key, text] of Object.entries(catalog))
        expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it("each message has the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(CATALOGS.en)) {
      expect([key, placeholders(CATALOGS.zh[key as keyof typeof CATALOGS.en])]).toEqual([
        key,
        placeholders(text),
      ]);
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translator("en")("data.rows", { count: 12 })).toBe("12 rows");
    expect(translator("zh")("data.rows", { count: 12 })).toBe("12 行");
    expect(translator("en")("data.rows")).toBe("{count} rows");
  });

  it("follows Office's display language: zh-* is Chinese, anything else English", () => {
    expect(langFromLocale("zh-CN")).toBe("zh");
    expect(langFromLocale("zh-TW")).toBe("zh");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("de-DE")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});
