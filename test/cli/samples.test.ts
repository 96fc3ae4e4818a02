import { writeSamples } from "../../scripts/samples";
import { REGISTRY_SHEET } from "../../src/core";
import { tempDir } from "../xlsx/helpers";
import { readXmlWorkbook } from "../xlsx/sheetXml";
import { SAMPLE_EN, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("samples");
afterAll(() => tmp.cleanup());

describe("npm run samples", () => {
  it("is deterministic and the committed samples are what it writes", async () => {
    const [zh, en] = await writeSamples(tmp.dir);
    for (const [fresh, committed] of [
      [zh, SAMPLE_ZH],
      [en, SAMPLE_EN],
    ]) {
      const [a, b] = await Promise.all([readXmlWorkbook(fresh), readXmlWorkbook(committed)]);
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [name, cells] of a) expect(cells).toEqual(b.get(name));
    }
  });

  it("has the size and the messy cells the demo relies on", async () => {
    const book = await readXmlWorkbook(SAMPLE_ZH);
    // The inputs (with the team's Representatives), the Call Log and Quota of the loop (SPEC §10), and August's plan archived by MicroSeg.
    expect([...book.keys()]).toEqual([
      "医院",
      "科室",
      "医生",
      "代表",
      "拜访记录",
      "指标",
      "计划存档",
      REGISTRY_SHEET,
    ]);
    expect(book.get("代表")!.filter((c) => c.col === 0 && c.row > 1)).toHaveLength(8);
    expect(book.get("代表")!.map((c) => c.value)).toContain("11月11日-13日；1月13日-15日；2月24日-26日");
    expect(book.get("计划存档")!.some((c) => c.value === "2026-08-01" || c.value === 46235)).toBe(true);
    const values = (sheet: string) => book.get(sheet)!.map((c) => c.value);
    expect(values("医院")).toEqual(
      expect.arrayContaining(["华东区医院档案 2026年10月", "500万", "合计", "月购金额(万元)"]),
    );
    expect(book.get("医院")!.filter((c) => c.col === 0 && c.row > 3)).toHaveLength(31);
    expect(book.get("科室")!.filter((c) => c.col === 0 && c.row > 1).length).toBeGreaterThanOrEqual(110);
    expect(book.get("医生")!.filter((c) => c.col === 0 && c.row > 1).length).toBeGreaterThanOrEqual(580);
    expect(book.get("医生")!.some((c) => c.type === "e" && c.value === "#N/A")).toBe(true);
  });
});
