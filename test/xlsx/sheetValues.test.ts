import { cellError } from "../../src/core/cells";
import { readPackageSheets } from "../../src/xlsx/packageSheets";
import { readWorkbookParts } from "../../src/xlsx/workbookParts";
import { unzipParts } from "../../src/xlsx/zipPackage";
import { handPackage, type HandPackage } from "./packageFiles";

function read(p: HandPackage) {
  const parts = unzipParts(handPackage(p));
  return readPackageSheets(parts, readWorkbookParts(parts));
}

describe("the streaming reader gives what Office.js `values` gives", () => {
  it("reads shared, inline and formula strings, numbers, booleans and errors", () => {
    const [s] = read({
      shared:
        '<si><t>医生</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>fu</t></rPh></si>',
      sheets: [
        {
          name: "Doctors",
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> 王伟 </t></is></c></row>' +
            '<row r="2"><c r="A2"><f>1+2</f><v>3</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>NOW()</f></c></row>',
        },
      ],
    });
    expect(s.values).toEqual([
      ["医生", "富文本", " 王伟 "],
      [3, "ab", true, cellError("#N/A")],
    ]);
  });

  it("gives shared formulas' cached values in every cell of the range", () => {
    const [s] = read({
      sheets: [
        {
          name: "S",
          data:
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>',
        },
      ],
    });
    expect(s.values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  it("finds parts by absolute targets (openpyxl) and prefixed elements (Open XML SDK)", () => {
    const data =
      '<row r="2"><c r="C2" t="inlineStr"><is><t>x</t></is></c></row><row r="4"><c r="D4"><v>7</v></c></row>';
    for (const flags of [{ absolute: true }, { prefixed: true }]) {
      const [s] = read({ sheets: [{ name: "Offset", data }], ...flags });
      expect(s).toMatchObject({ name: "Offset", firstRow: 2, firstCol: 2, values: [["x"], [], [null, 7]] });
    }
  });

  it("reads rows and cells written without r attributes", () => {
    const [s] = read({
      sheets: [
        { name: "S", data: "<row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c><v>3</v></c></row>" },
      ],
    });
    expect(s.values).toEqual([
      [1, 2],
      [null, 3],
    ]);
  });

  it("keeps 1904-system serials as stored and says which system they are in", () => {
    const data = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1"><v>44000</v></c></row>';
    const [s1904] = read({ sheets: [{ name: "S", data }], date1904: true });
    expect(s1904).toMatchObject({ values: [[0, 44000]], dateSystem: 1904 });
    const [s1900] = read({ sheets: [{ name: "S", data }] });
    expect(s1900.dateSystem).toBe(1900);
  });

  it('reads ISO date cells (t="d") as serials of the workbook\'s own date system', () => {
    const data =
      '<row r="1"><c r="A1" t="d"><v>2026-10-09</v></c><c r="B1" t="d"><v>2026-10-10T09:30:00</v></c>' +
      '<c r="C1" t="d"><v>not a date</v></c><c r="D1" t="d"><v>1903-06-01</v></c></row>';
    const [s1900] = read({ sheets: [{ name: "S", data }] });
    expect(s1900.values[0].slice(0, 3)).toEqual([46304, 46305 + 9.5 / 24, "not a date"]);
    // 1904: the same days 1,462 lower, as Excel shows them there; a day before 1904 stays text.
    const [s1904] = read({ sheets: [{ name: "S", data }], date1904: true });
    expect(s1904.values).toEqual([[46304 - 1462, 46305 - 1462 + 9.5 / 24, "not a date", "1903-06-01"]]);
    expect(s1904.dateSystem).toBe(1904);
  });

  it("needs neither shared strings nor styles, and keeps hidden sheets' state", () => {
    const sheets = read({
      sheets: [
        { name: "A", data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: "B", data: "", state: "hidden" },
      ],
    });
    expect(sheets.map((s) => [s.name, s.state, s.values])).toEqual([
      ["A", "visible", [[1]]],
      ["B", "hidden", []],
    ]);
  });

  it("decodes characters escaped as _xHHHH_", () => {
    const [s] = read({
      shared: ["a_x000D_b"],
      sheets: [{ name: "S", data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    });
    expect(s.values).toEqual([["a\rb"]]);
  });
});
