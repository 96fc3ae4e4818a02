/**
 * The writer on packages other writers lay out differently: prefixed
 * SpreadsheetML (Open XML SDK), absolute relationship targets (openpyxl), no
 * styles part and no shared strings. The output must be well-formed, list
 * the new sheets, and read back (by exceljs, a second reader) with the
 * user's cells as they were.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readPackageSheets } from "../../src/xlsx/packageSheets";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { readWorkbookParts } from "../../src/xlsx/workbookParts";
import { unzipParts } from "../../src/xlsx/zipPackage";
import { fixtureTable, tempDir } from "./helpers";
import { handPackage } from "./packageFiles";

const tmp = tempDir("other-writers");

function opened(bytes: Uint8Array): [ReturnType<typeof unzipParts>, ReturnType<typeof readWorkbookParts>] {
  const parts = unzipParts(bytes);
  return [parts, readWorkbookParts(parts)];
}
afterAll(() => tmp.cleanup());

describe.each<[string, { prefixed?: boolean; absolute?: boolean }]>([
  ["prefixed elements, no styles part", { prefixed: true }],
  ["absolute targets, no styles part", { absolute: true }],
])("writing into a package with %s", (_name, flags) => {
  it("adds the plan sheet and a styles part, keeping the user's cells", async () => {
    const input = tmp.path(`${flags.prefixed ? "prefixed" : "absolute"}.xlsx`);
    writeFileSync(
      input,
      handPackage({
        ...flags,
        sheets: [
          {
            name: "Doctors",
            data: '<row r="1"><c r="A1" t="inlineStr"><is><t>Doctor</t></is></c><c r="B1"><v>12</v></c></row>',
          },
        ],
      }),
    );
    const port = await PackageWorkbook.open(input);
    await port.writeOutputs([fixtureTable()]);
    const output = tmp.path(`${flags.prefixed ? "prefixed" : "absolute"}.plan.xlsx`);
    await port.save(output);

    const zip = await JSZip.loadAsync(readFileSync(output));
    for (const file of Object.values(zip.files)) {
      if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
      new SaxesParser({ xmlns: true }).write(await file.async("string")).close();
    }
    expect(zip.file("xl/styles.xml")).not.toBeNull();

    // The new sheets are listed in the workbook's own prefix.
    const x = flags.prefixed ? "x:" : "";
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(`<${x}sheet name="Target List"`);
    const sheets = readPackageSheets(...opened(readFileSync(output)));
    expect(sheets.map((s) => s.name)).toEqual(["Doctors", "Target List", "_MicroSeg"]);
    expect(sheets[0].values).toEqual([["Doctor", 12]]);
    if (flags.prefixed) return;
    // exceljs (which does not read prefixed SpreadsheetML at all) as a second reader.
    const wb = new Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Doctors", "Target List", "_MicroSeg"]);
    expect(wb.getWorksheet("Target List")!.getCell("B3").numFmt).toBe("#,##0");
  });
});
