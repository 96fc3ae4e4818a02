import { Workbook } from "exceljs";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { fixtureTable, INJECTION_NAMES, tempDir } from "./helpers";
import { readXmlWorkbook } from "./sheetXml";

const tmp = tempDir("injection");
afterAll(() => tmp.cleanup());

describe("text from input cells stays text", () => {
  it("writes formula-looking names as plain strings in the saved file", async () => {
    const input = tmp.path("in.xlsx");
    const wb = new Workbook();
    wb.addWorksheet("Doctors").addRow(["Doctor"]);
    await wb.xlsx.writeFile(input);

    const port = await PackageWorkbook.open(input);
    await port.writeOutputs([fixtureTable()]);
    const out = tmp.path("out.xlsx");
    await port.save(out);

    const cells = (await readXmlWorkbook(out)).get("Target List")!;
    const names = cells.filter((c) => c.col === 0 && c.row >= 2).sort((a, b) => a.row - b.row);
    expect(names.map((c) => c.value)).toEqual(INJECTION_NAMES);
    for (const c of names) {
      expect(c.formula).toBeUndefined();
      expect(["s", "str", "inlineStr"]).toContain(c.type);
    }
    // Only the template columns (D, E) and the side block's formula hold formulas.
    const formulaRefs = cells.filter((c) => c.formula !== undefined).map((c) => c.ref.replace(/\d+$/, ""));
    expect(new Set(formulaRefs)).toEqual(new Set(["D", "E", "M"]));
  });
});
