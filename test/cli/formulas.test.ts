/**
 * The independent formula check: the written workbook is read back by a
 * second reader (raw sheet XML through JSZip, not exceljs) and every native
 * formula on the output sheets is evaluated by a second formula engine
 * (HyperFormula). Each result must equal the value MicroSeg computed.
 */
import { writeFileSync } from "node:fs";
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
    const { formulas, outside, mismatches } = check(run, book);
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The cut-offs beside the Segmentation (and the other side blocks) are formulas with cached values too.
    expect(outside).toBeGreaterThan(4);
    // Department potential alone has four formula columns over ~120 rows.
    expect(formulas).toBeGreaterThan(400);
  });
});

describe.each([
  ["percentile", { method: "percentile", percentile: 70 }, /^PERCENTILE\.INC\(/],
  ["mean", { method: "mean" }, /^AVERAGE\(/],
])("the cut-offs beside the Segmentation by %s", (name, cutoff, formula) => {
  it("are formulas whose cached values are what another engine computes", async () => {
    const config = tmp.path(`${name}.json`);
    writeFileSync(config, JSON.stringify({ cutoff }));
    const output = tmp.path(`${name}.plan.xlsx`);
    const run = await runCli(["plan", SAMPLE_EN, "-o", output, "--lang", "en", "--config", config]);
    expect(run.code).toBe(0);
    const book = await readXmlWorkbook(output);
    const segmentation = run.result!.outputs.find((t) => t.id === "segmentation")!;
    const cutoffs = book.get(segmentation.sheetName)!.filter((c) => c.formula && formula.test(c.formula));
    expect(cutoffs).toHaveLength(2);
    for (const c of cutoffs) expect(typeof c.value).toBe("number");
    expect(check(run, book).mismatches.slice(0, 10)).toEqual([]);
  });
});
