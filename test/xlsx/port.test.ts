import { Workbook, type Worksheet } from "exceljs";
import { cellError } from "../../src/core/cells";
import { REGISTRY_SHEET } from "../../src/core/registry";
import { tableHeaders } from "../../src/core";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { dateToSerial } from "./exceljsValues";
import { fixtureTable, tempDir } from "./helpers";

const tmp = tempDir("port");
afterAll(() => tmp.cleanup());

async function inputFile(name: string, build: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  build(wb);
  const path = tmp.path(name);
  await wb.xlsx.writeFile(path);
  return path;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function reload(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("PackageWorkbook.readSheets", () => {
  it("gives the used range as raw values, the way Excel's values array does", async () => {
    const when = new Date(Date.UTC(2026, 9, 1));
    const path = await inputFile("read.xlsx", (wb) => {
      const ws = wb.addWorksheet("医生");
      ws.getCell("A1").value = "华东区医院档案 2026年10月";
      ws.mergeCells("A1:F1");
      ws.getRow(3).values = ["医生", "用量", "潜力", "备注", "日期", "状态"];
      ws.getRow(4).values = [
        "王伟",
        { formula: "1+2", result: 3 },
        "1,500",
        { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] },
        when,
        { error: "#N/A" },
      ];
      ws.getRow(5).values = [{ text: "链接", hyperlink: "https://example.org" }, true];
      const off = wb.addWorksheet("Offset");
      off.getCell("C5").value = "x";
      off.getCell("D7").value = 7;
      const t = wb.addWorksheet("Tabled");
      t.addTable({ name: "Doctors", ref: "A1", columns: [{ name: "Doctor" }], rows: [["Li"]] });
    });

    const sheets = await (await PackageWorkbook.open(path)).readSheets();
    expect(sheets.map((s) => s.name)).toEqual(["医生", "Offset", "Tabled"]);
    const [doctors, offset, tabled] = sheets;
    expect(doctors.firstRow).toBe(1);
    expect(doctors.firstCol).toBe(0);
    expect(doctors.values[0]).toEqual(["华东区医院档案 2026年10月"]);
    expect(doctors.values[1]).toEqual([]);
    expect(doctors.values[3]).toEqual(["王伟", 3, "1,500", "富文本", dateToSerial(when), cellError("#N/A")]);
    expect(doctors.values[3][0]).toBe("王伟");
    expect(doctors.values[3][4]).toBe(46296);
    expect(doctors.values[3][5]).toBe(cellError("#N/A"));
    expect(doctors.values[4]).toEqual(["链接", true]);
    expect(offset).toMatchObject({ firstRow: 5, firstCol: 2, values: [["x"], [], [null, 7]] });
    expect(tabled.tables).toEqual([{ name: "Doctors" }]);
  });

  it("skips the registry and MicroSeg's own earlier outputs", async () => {
    const path = await inputFile("skip.xlsx", (wb) => wb.addWorksheet("Doctors").addRow(["Doctor"]));
    const port = await PackageWorkbook.open(path);
    await port.writeOutputs([fixtureTable()]);
    expect((await port.readSheets()).map((s) => s.name)).toEqual(["Doctors"]);
  });
});

describe("PackageWorkbook.writeOutputs", () => {
  let out: string;
  let written: Workbook;

  beforeAll(async () => {
    const path = await inputFile("write.xlsx", (wb) => {
      const ws = wb.addWorksheet("Doctors");
      ws.addRow(["Doctor", "Volume"]);
      ws.addRow(["王伟", 12]);
      ws.getCell("B2").numFmt = "0.00";
      wb.addWorksheet("Target List").getCell("A1").value = "my own notes";
    });
    const port = await PackageWorkbook.open(path);
    const report = await port.writeOutputs([fixtureTable()]);
    expect(report.renamed).toEqual([{ wanted: "Target List", used: "Target List (2)" }]);
    expect(report.written).toEqual([{ id: "targetList", sheetName: "Target List (2)" }]);
    out = tmp.path("write.plan.xlsx");
    await port.save(out);
    written = await reload(out);
  });

  it("keeps the input sheets and the user's sheet of the same name unchanged", () => {
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "Doctors",
      "Target List",
      "Target List (2)",
      REGISTRY_SHEET,
    ]);
    expect(sheet(written, "Doctors").getCell("B2").value).toBe(12);
    expect(sheet(written, "Doctors").getCell("B2").numFmt).toBe("0.00");
    expect(sheet(written, "Target List").getCell("A1").value).toBe("my own notes");
  });

  it("writes an Excel table with a frozen header, formats, widths and dates", () => {
    const ws = sheet(written, "Target List (2)");
    expect(ws.getTables()).toHaveLength(1);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((ws.getRow(1).values as unknown[]).slice(1, 10)).toEqual(
      fixtureTable().columns.map((c) => c.header),
    );
    expect(ws.getCell("B2").numFmt).toBe("#,##0");
    expect(ws.getCell("C3").numFmt).toBe("#,##0.0");
    expect(ws.getCell("E3").numFmt).toBe("0.0%");
    expect(ws.getCell("H2").numFmt).toBe("#,##0");
    expect(ws.getCell("G2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("G2").value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(ws.getCell("I2").value).toBe(true);
    expect(ws.getColumn(1).width).toBe(18);
  });

  it("writes column formulas with the computed value as cached result", () => {
    const ws = sheet(written, "Target List (2)");
    expect(ws.getCell("D3").value).toEqual({ formula: "C3-B3", result: 91 });
    expect(ws.getCell("E3").value).toEqual({ formula: 'IF(C3=0,"",B3/C3)', result: 10 / 101 });
    expect(ws.getCell("L1").value).toBe("Cut-offs");
    expect(ws.getCell("M2").value).toMatchObject({ formula: "MEDIAN(B2:B7)" });
    expect(ws.getCell("M4").value).toBe(103.5);
  });

  it("adds quadrant colours and a data bar", () => {
    const ws = sheet(written, "Target List (2)") as Worksheet & {
      conditionalFormattings: { ref: string; rules: { type: string }[] }[];
    };
    const byRef = Object.fromEntries(
      ws.conditionalFormattings.map((c) => [c.ref, c.rules.map((r) => r.type)]),
    );
    expect(byRef["F2:F7"]).toEqual(["expression", "expression", "expression", "expression"]);
    expect(byRef["D2:D7"]).toEqual(["dataBar"]);
  });

  it("records the sheets it owns in the very hidden registry", () => {
    const reg = sheet(written, REGISTRY_SHEET);
    expect(reg.state).toBe("veryHidden");
    expect(JSON.parse(reg.getCell("A1").value as string)).toMatchObject({
      version: 1,
      owned: { targetList: "Target List (2)" },
    });
  });

  it("on a re-run replaces only its own sheets", async () => {
    const port = await PackageWorkbook.open(out);
    const report = await port.writeOutputs([
      fixtureTable({ rows: [["新", 1, 2, 1, 0.5, "LL", "2026-12-01", 3, false]] }),
    ]);
    expect(report.replaced).toEqual(["Target List (2)"]);
    expect(report.written).toEqual([{ id: "targetList", sheetName: "Target List (2)" }]);
    const again = tmp.path("write.plan2.xlsx");
    await port.save(again);
    const wb = await reload(again);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(
      ["Doctors", "Target List", "Target List (2)", REGISTRY_SHEET].sort(),
    );
    expect(sheet(wb, "Target List").getCell("A1").value).toBe("my own notes");
    expect(sheet(wb, "Target List (2)").getCell("A2").value).toBe("新");
    expect(sheet(wb, "Target List (2)").getCell("A3").value).toBeNull();
  });
});

describe("two writes through one open package", () => {
  it("the second plans from the workbook the first left: its sheets are owned, rewritten in place", async () => {
    const path = await inputFile("twice.xlsx", (wb) => wb.addWorksheet("Doctors").addRow(["Doctor"]));
    const port = await PackageWorkbook.open(path);
    await port.writeOutputs([fixtureTable()]);
    await port.saveSettings({ language: "en" });

    // The second sees the first's registry: the Target List is MicroSeg's, not a user's sheet.
    const read = await port.readWorkbook();
    expect(read.snapshot.owned).toEqual({ targetList: "Target List" });
    expect(read.inputs.map((s) => s.name)).toEqual(["Doctors"]);
    const report = await port.writeOutputs([
      fixtureTable({ rows: [["新", 1, 2, 1, 0.5, "LL", "2026-12-01", 3, false]] }),
    ]);
    expect(report.replaced).toEqual(["Target List"]);
    expect(report.written).toEqual([{ id: "targetList", sheetName: "Target List" }]);
    const issues = fixtureTable({ id: "issues", sheetName: "Issues", tableName: "MicroSeg_Issues" });
    await port.writeOutputs([issues], { scope: "only" });

    const out = tmp.path("twice.plan.xlsx");
    await port.save(out);
    const wb = await reload(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Doctors", "Target List", REGISTRY_SHEET, "Issues"]);
    expect(sheet(wb, "Target List").getCell("A2").value).toBe("新");
    expect(sheet(wb, "Target List").getCell("A3").value).toBeNull();
    expect(JSON.parse(sheet(wb, REGISTRY_SHEET).getCell("A1").value as string)).toMatchObject({
      owned: { targetList: "Target List", issues: "Issues" },
      settings: { language: "en" },
    });
  });
});

describe("settings in the registry", () => {
  it("round-trips through a saved file", async () => {
    const path = await inputFile("settings.xlsx", (wb) => wb.addWorksheet("Doctors").addRow(["Doctor"]));
    const port = await PackageWorkbook.open(path);
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ language: "en", capacity: { callsPerDay: 6 } });
    const saved = tmp.path("settings.saved.xlsx");
    await port.save(saved);
    const again = await PackageWorkbook.open(saved);
    expect(await again.loadSettings()).toEqual({ language: "en", capacity: { callsPerDay: 6 } });
    expect(sheet(await reload(saved), REGISTRY_SHEET).state).toBe("veryHidden");
  });
});

describe("table headers", () => {
  it("are made unique and non-blank, as Excel requires", () => {
    expect(tableHeaders(["Doctor", "Share", "share", "", "Share"])).toEqual([
      "Doctor",
      "Share",
      "share2",
      "Column4",
      "Share3",
    ]);
  });
});
