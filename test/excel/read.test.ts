import { cellError, isCellError } from "../../src/core/cells";
import { REGISTRY_SHEET, serializeRegistry, emptyRegistry } from "../../src/core/registry";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { FakeWorkbookState } from "./fakeExcel";

const always = () => true;

function messyWorkbook(): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  // A title row above the header, data starting in column B, error values in cells.
  wb.seed(
    "医生",
    [
      ["华东区医生档案 2026年10月", null, null],
      ["医院", "医生", "月处方量"],
      ["仁济医院", "张三", 12],
      ["仁济医院", "李四", { error: "#N/A" }],
      [null, null, null],
      ["瑞金医院", "#N/A", { error: "#DIV/0!" }],
    ],
    "B3",
  );
  return wb;
}

describe("ExcelWorkbookPort.readWorkbook", () => {
  it("reads owned sheets by output id apart from inputs; a user's 'Target List 2025' is input", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Target List 2025", [["Doctor"], ["Li"]]);
    wb.seed("目标医生", [
      ["医生", "反馈"],
      ["王", "已拜访"],
    ]);
    const reg = wb.seed(REGISTRY_SHEET, [
      [serializeRegistry({ ...emptyRegistry(), owned: { targetList: "目标医生" } })],
    ]);
    reg.visibility = "VeryHidden";
    const read = await new ExcelWorkbookPort({ run: wb.run, supports: always }).readWorkbook();
    expect(read.inputs.map((s) => s.name)).toEqual(["Target List 2025"]);
    expect(read.owned.targetList?.values).toEqual([
      ["医生", "反馈"],
      ["王", "已拜访"],
    ]);
    expect(read.snapshot.sheets.map((s) => [s.name, s.visibility, s.ownedAs])).toEqual([
      ["Target List 2025", "Visible", undefined],
      ["目标医生", "Visible", "targetList"],
      ["_MicroSeg", "VeryHidden", undefined],
    ]);
  });
});

describe("ExcelWorkbookPort.readSheets", () => {
  it("reads a messy sheet with its offsets, error values as CellError and blanks as null", async () => {
    const wb = messyWorkbook();
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });
    const [sheet] = await port.readSheets();

    expect(sheet.name).toBe("医生");
    expect(sheet.firstRow).toBe(3);
    expect(sheet.firstCol).toBe(1);
    expect(sheet.values[0][0]).toBe("华东区医生档案 2026年10月");
    expect(sheet.values[0][1]).toBeNull();
    expect(sheet.values[3][2]).toBe(cellError("#N/A"));
    expect(sheet.values[5][2]).toBe(cellError("#DIV/0!"));
    // The text "#N/A" typed as a doctor's name is a string, not an error.
    expect(sheet.values[5][1]).toBe("#N/A");
    expect(isCellError(sheet.values[5][1])).toBe(false);
    expect(sheet.values[4]).toEqual([null, null, null]);
    expect(wb.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("lists Excel tables and skips the registry and MicroSeg's own sheets", async () => {
    const wb = messyWorkbook();
    wb.mustSheet("医生").tables.push({ name: "DoctorTable", rect: { row: 3, col: 1, rows: 5, cols: 3 } });
    wb.seed("Segmentation", [["Doctor"], ["x"]]);
    wb.seed("Target List", [["mine"]]);
    wb.seed(REGISTRY_SHEET, [
      [serializeRegistry({ ...emptyRegistry(), owned: { segmentation: "Segmentation" } })],
    ]);
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });

    const sheets = await port.readSheets();

    expect(sheets.map((s) => s.name)).toEqual(["医生", "Target List"]);
    expect(sheets[0].tables).toEqual([{ name: "DoctorTable" }]);
  });

  it("uses the same three syncs for 10 rows and 100,000 rows when no block is needed", async () => {
    const syncsFor = async (rows: number) => {
      const wb = new FakeWorkbookState();
      wb.seed("Doctors", [
        ["Hospital", "Doctor", "Volume"],
        ...Array.from({ length: rows }, (_v, i) => [`H${i % 9}`, `D${i}`, i]),
      ]);
      const port = new ExcelWorkbookPort({
        run: wb.run,
        supports: always,
        limits: { payloadBytes: Infinity },
      });
      const [sheet] = await port.readSheets();
      expect(sheet.values).toHaveLength(rows + 1);
      return wb.syncs.length;
    };
    expect(await syncsFor(10)).toBe(3);
    expect(await syncsFor(100_000)).toBe(3);
  });

  it("reads a sheet past the payload limit in row blocks, every response under the limit", async () => {
    const wb = new FakeWorkbookState();
    const rows = 20_000;
    wb.seed("Doctors", [
      ["Hospital", "Doctor", "Volume"],
      ...Array.from({ length: rows }, (_v, i) => [`H${i % 9}`, `Doctor ${i}`, i]),
    ]);
    const payloadBytes = 64 * 1024;
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always, limits: { payloadBytes } });

    const [sheet] = await port.readSheets();

    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.values[rows]).toEqual([`H${(rows - 1) % 9}`, `Doctor ${rows - 1}`, rows - 1]);
    expect(wb.syncs.length).toBeGreaterThan(3);
    for (const s of wb.syncs) expect(s.responseBytes).toBeLessThan(payloadBytes);
  });

  it("reads a sheet past the 5,000,000-cell cap in blocks", async () => {
    const wb = new FakeWorkbookState();
    wb.seed(
      "Doctors",
      Array.from({ length: 1000 }, (_v, i) => [i, i + 1]),
    );
    const port = new ExcelWorkbookPort({
      run: wb.run,
      supports: always,
      limits: { payloadBytes: Infinity, cellsPerRead: 500 },
    });
    const [sheet] = await port.readSheets();
    expect(sheet.values).toHaveLength(1000);
    expect(sheet.values[999]).toEqual([999, 1000]);
    const loads = wb.syncs.flatMap((s) => s.commands).filter((c) => c.startsWith("range.load:values"));
    expect(loads).toHaveLength(4);
  });

  it('reads only up to the last row and column with a value: a formula filled down that shows "" is not held', async () => {
    const wb = new FakeWorkbookState();
    const doctors = wb.seed("Doctors", [
      ["Hospital", "Doctor", "Volume"],
      ["H1", "Dr Wang", 12],
      ["H2", "Dr Li", 7],
    ]);
    // Column E holds =IF(C2="","",C2*2) down to row 50,000: Excel counts those cells as used.
    for (let r = 1; r < 50_000; r++)
      doctors.cells.set(`${r},4`, { value: null, formula: `=IF(C${r + 1}="","",C${r + 1}*2)` });
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });

    const [sheet] = await port.readSheets();

    expect(sheet.values).toEqual([
      ["Hospital", "Doctor", "Volume"],
      ["H1", "Dr Wang", 12],
      ["H2", "Dr Li", 7],
    ]);
  });

  it("a stray value far from the table is read without reading the empty cells between", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [
      ["Hospital", "Doctor", "Volume"],
      ["H1", "Dr Wang", 12],
    ]);
    wb.seed("Doctors", [["stray"]], "AZ100000");
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });

    const [sheet] = await port.readSheets();

    expect(sheet.values.slice(0, 2)).toEqual([
      ["Hospital", "Doctor", "Volume"],
      ["H1", "Dr Wang", 12],
    ]);
    expect(sheet.values).toHaveLength(100_000);
    expect(sheet.values[99_999][51]).toBe("stray");
    const cellsHeld = sheet.values.reduce((n, row) => n + row.length, 0);
    expect(cellsHeld).toBeLessThan(100);
    const loaded = wb.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(loaded).toBeLessThan(64 * 1024);
    expect(wb.syncs.length).toBeLessThanOrEqual(5); // names; used ranges; two probe levels at most; values
  });

  it("a stray value at XFD1048576 costs a probe, not 17 billion cells", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [["Doctor"], ["Dr Wang"]]);
    wb.seed("Doctors", [[1]], "XFD1048576");
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });

    const [sheet] = await port.readSheets();

    expect(sheet.values[1]).toEqual(["Dr Wang"]);
    expect(sheet.values[1_048_575][16_383]).toBe(1);
    expect(wb.syncs.length).toBeLessThanOrEqual(6);
  });

  it("a text-heavy sheet whose answer Excel refuses as too large is read again in smaller blocks", async () => {
    const wb = new FakeWorkbookState();
    const rows = 20_000;
    const note = "门诊量大，周二下午专家门诊，偏好学术拜访，关注循证医学证据与不良反应管理。".repeat(6);
    wb.seed("Doctors", [
      ["Hospital", "Doctor", "Notes"],
      ...Array.from({ length: rows }, (_v, i) => [`H${i % 9}`, `Doctor ${i}`, note]),
    ]);
    // About 32 bytes a cell was expected; these carry over 600, and Excel answers at most 5 MB.
    wb.responseLimit = 5 * 1024 * 1024;
    const port = new ExcelWorkbookPort({ run: wb.run, supports: always });

    const [sheet] = await port.readSheets();

    expect(wb.syncs.some((s) => s.refused)).toBe(true);
    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.values[rows]).toEqual([`H${(rows - 1) % 9}`, `Doctor ${rows - 1}`, note]);
    for (const s of wb.syncs.filter((x) => !x.refused))
      expect(s.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("refuses to run on a host without ExcelApi 1.7", async () => {
    const wb = messyWorkbook();
    const port = new ExcelWorkbookPort({ run: wb.run, supports: (v) => v !== "1.7" });
    await expect(port.readSheets()).rejects.toThrow(/ExcelApi 1.7/);
    expect(wb.syncs).toHaveLength(0);
  });
});
