/**
 * The independent formula check: the written workbook is read back by a
 * second reader (raw sheet XML through JSZip, not exceljs) and every native
 * formula on the output sheets is evaluated by a second formula engine
 * (HyperFormula). Each result must equal the value MicroSeg computed.
 */
import { tempDir } from "../xlsx/helpers";
import { readXmlWorkbook } from "../xlsx/sheetXml";
import { check } from "./formulaCheck";
import { runCli, SAMPLE_EN, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("formulas");
afterAll(() => tmp.cleanup());

describe.each([
  ["zh", SAMPLE_ZH],
  ["en", SAMPLE_EN],
])("independent formula check (%s sample)", (lang, sample) => {
  it("every native formula evaluates, outside MicroSeg, to the engine's value", async () => {
    const output = tmp.path(`${lang}.plan.xlsx`);
    const run = await runCli(["plan", sample, "-o", output, "--lang", lang]);
    expect(run.code).toBe(0);
    const book = await readXmlWorkbook(output);
    const { formulas, mismatches } = check(run, book);
    expect(mismatches.slice(0, 10)).toEqual([]);
    // Department potential alone has four formula columns over ~120 rows.
    expect(formulas).toBeGreaterThan(400);
  });
});
