import { parseRegistry, REGISTRY_SHEET } from "../../src/core/registry";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { MAX_PAYLOAD_RETRIES } from "../../src/excel/batches";
import { MB } from "../../src/excel/limits";
import { PortError } from "../../src/core/portError";
import { FakeWorkbookState } from "./fakeExcel";
import { INJECTION_NAMES, sampleOutputs, segmentationTable } from "./outputsFixture";

const NOW = new Date("2026-11-05T08:00:00Z");

function workbook(): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  wb.seed("Doctors", [
    ["Hospital", "Doctor", "Volume"],
    ["City Hospital", "Dr Wang", 12],
  ]);
  return wb;
}

function port(
  wb: FakeWorkbookState,
  options: { payloadBytes?: number; supports?: (v: string) => boolean } = {},
) {
  return new ExcelWorkbookPort({
    run: wb.run,
    supports: options.supports ?? (() => true),
    now: () => NOW,
    limits: options.payloadBytes ? { payloadBytes: options.payloadBytes } : {},
  });
}

function registryOf(wb: FakeWorkbookState) {
  return parseRegistry(wb.cell(REGISTRY_SHEET, "A1")?.value);
}

describe("ExcelWorkbookPort.writeOutputs", () => {
  it("writes every output sheet as a formatted Excel table and records it in the very-hidden registry", async () => {
    const wb = workbook();
    const report = await port(wb).writeOutputs(sampleOutputs());

    expect(wb.sheetNames()).toEqual([
      "Doctors",
      "Hospital Tiers",
      "Department Potential",
      "Segmentation",
      "Target List",
      "Call Plan",
      "Issues",
      REGISTRY_SHEET,
    ]);
    expect(report.written.map((w) => w.sheetName)).toEqual(wb.sheetNames().slice(1, -1));
    expect(report.renamed).toEqual([]);
    expect(report.replaced).toEqual([]);
    expect(wb.runOptions).toEqual([{ delayForCellEdit: true }]);

    for (const name of wb.sheetNames().slice(1, -1)) {
      const sheet = wb.mustSheet(name);
      expect(sheet.tables).toHaveLength(1);
      expect(sheet.tables[0].style).toBe("TableStyleMedium2");
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.columnWidths.size).toBeGreaterThan(0);
    }
    expect(wb.mustSheet("Target List").tables[0]).toMatchObject({
      name: "MicroSeg_TargetList",
      rect: { row: 0, col: 0, rows: 4, cols: 7 },
    });

    // Hospital Tiers: values and number formats.
    expect(wb.cell("Hospital Tiers", "A1")?.value).toBe("Hospital");
    expect(wb.cell("Hospital Tiers", "B2")).toMatchObject({ value: 620, numberFormat: "#,##0" });
    expect(wb.cell("Hospital Tiers", "D2")).toMatchObject({ value: 0.25, numberFormat: "0.0%" });
    expect(wb.cell("Hospital Tiers", "E3")).toMatchObject({ formula: "=C3*D3", numberFormat: "#,##0" });

    // Department Potential: same-row numbers are native formulas, data bars on share and headroom.
    expect(wb.cell("Department Potential", "H2")).toMatchObject({
      formula: "=C2*D2*E2*F2",
      numberFormat: "#,##0.0",
    });
    expect(wb.cell("Department Potential", "I3")?.formula).toBe("=G3*E3*F3");
    expect(wb.cell("Department Potential", "J2")).toMatchObject({
      formula: '=IF(H2=0,"",I2/H2)',
      numberFormat: "0.0%",
    });
    expect(wb.cell("Department Potential", "B3")).toMatchObject({ value: "-x", numberFormat: "@" });
    const bars = wb.mustSheet("Department Potential").conditionalFormats;
    expect(bars.map((c) => [c.type, c.rect.col])).toEqual([
      ["DataBar", 9],
      ["DataBar", 10],
    ]);

    // Target List: quadrant colours, dates as real dates.
    const quadrantRules = wb.mustSheet("Target List").conditionalFormats.filter((c) => c.type === "Custom");
    expect(quadrantRules).toHaveLength(4);
    expect(quadrantRules[0].formula).toBe('=$C2="HH"');
    expect(quadrantRules[0].rect).toEqual({ row: 1, col: 2, rows: 3, cols: 1 });
    expect(wb.cell("Target List", "F2")).toMatchObject({ value: 46387, numberFormat: "yyyy-mm-dd" });

    // Segmentation: quadrant colours, the cut-off side block and the scatter chart.
    expect(wb.mustSheet("Segmentation").conditionalFormats.filter((c) => c.type === "Custom")).toHaveLength(
      4,
    );
    expect(wb.cell("Segmentation", "G1")).toMatchObject({ value: "Cut-offs", bold: true });
    expect(wb.cell("Segmentation", "H3")).toMatchObject({ value: 24, numberFormat: "#,##0.0" });
    expect(wb.cell("Segmentation", "H2")).toMatchObject({ value: "Median", numberFormat: "@" });

    // Registry: owned sheets and time of generation, on a very hidden sheet.
    expect(wb.mustSheet(REGISTRY_SHEET).visibility).toBe("VeryHidden");
    const reg = registryOf(wb);
    expect(reg.owned).toEqual({
      hospitalTiers: "Hospital Tiers",
      departmentPotential: "Department Potential",
      segmentation: "Segmentation",
      targetList: "Target List",
      callPlan: "Call Plan",
      issues: "Issues",
    });
    expect(reg.generatedAt).toBe(NOW.toISOString());
  });

  it("draws the segmentation scatter: one series per quadrant and the two cut-offs as lines", async () => {
    const wb = workbook();
    await port(wb).writeOutputs([segmentationTable(12)]);
    const sheet = wb.mustSheet("Segmentation");
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("XYScatter");
    expect(chart.xTitle).toBe("Volume (Rx/month)");
    expect(chart.yTitle).toBe("Potential (Rx/month)");
    expect(chart.series.map((s) => s.name)).toEqual([
      "HH High volume · High potential",
      "LH Low volume · High potential",
      "HL High volume · Low potential",
      "LL Low volume · Low potential",
      "Volume cut-off",
      "Potential cut-off",
    ]);
    for (const s of chart.series.slice(0, 4)) expect(s.x).toBe("Segmentation!C2:C13");
    expect(chart.series[0].y).toBe("Segmentation!S2:S13");
    expect(chart.series[1].y).toBe("Segmentation!T2:T13");
    // Doctor 1 (row 2) is HH with potential 0, doctor 2 (row 3) LH with potential 13.
    expect(wb.cell("Segmentation", "S2")?.value).toBe(0);
    expect(wb.cell("Segmentation", "T2")?.value ?? null).toBeNull();
    expect(wb.cell("Segmentation", "T3")?.value).toBe(13);
    // Cut-off lines refer to the side block's cut-off cells.
    expect(chart.series[4]).toMatchObject({
      chartType: "XYScatterLinesNoMarkers",
      x: "Segmentation!W2:W3",
      y: "Segmentation!X2:X3",
    });
    expect(wb.cell("Segmentation", "W2")?.formula).toBe("=$H$3");
    expect(wb.cell("Segmentation", "X5")?.formula).toBe("=$H$4");
    expect(wb.cell("Segmentation", "X3")?.formula).toBe("=MAX($D$2:$D$13)");
  });

  it("builds all four quadrant series even when no doctor is HH (Excel makes no series from a blank column)", async () => {
    const wb = workbook();
    const table = segmentationTable(8);
    table.rows = table.rows.map((r) => [...r.slice(0, 4), "LL"]);
    await port(wb).writeOutputs([table]);
    const [chart] = wb.mustSheet("Segmentation").charts;
    expect(chart.series.map((s) => [s.name.slice(0, 2), s.y])).toEqual([
      ["HH", "Segmentation!S2:S9"],
      ["LH", "Segmentation!T2:T9"],
      ["HL", "Segmentation!U2:U9"],
      ["LL", "Segmentation!V2:V9"],
      ["Vo", "Segmentation!X2:X3"],
      ["Po", "Segmentation!X4:X5"],
    ]);
  });

  it("keeps names that look like formulas as literal text: '@' is set before the values", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs());
    INJECTION_NAMES.forEach((name, i) => {
      const cell = wb.cell("Segmentation", `A${i + 2}`);
      expect(cell).toMatchObject({ value: name, numberFormat: "@" });
      expect(cell?.formula).toBeUndefined();
    });
    expect(wb.cell("Target List", "B2")).toMatchObject({ value: INJECTION_NAMES[0], numberFormat: "@" });
    expect(wb.cell("Target List", "B3")).toMatchObject({ value: "@SUM(A1:A2)", numberFormat: "@" });
    // A text-valued formula column is not "@", or Excel would show the formula as text.
    expect(wb.cell("Target List", "G4")).toMatchObject({
      formula: '=IF(D4>10,"","R")',
      numberFormat: "General",
    });
    expect(wb.cell("Hospital Tiers", "A2")?.value).toBe("+86 Hospital");

    // Order in the request: the text format of a column goes before any value of its sheet.
    const commands = wb.syncs.flatMap((s) => s.commands);
    const added = commands.indexOf("worksheets.add:Segmentation");
    const headerValues = commands.indexOf("range.values", added);
    const firstValues = commands.indexOf("range.values", headerValues + 1);
    const textFormats = commands.slice(added, firstValues).filter((c) => c === "range.numberFormat");
    expect(textFormats.length).toBeGreaterThanOrEqual(4); // header row + 3 text columns
  });

  it("never touches a user's sheet named like an output: the output gets a suffix and the user is told", async () => {
    const wb = workbook();
    wb.seed("Target List", [["my own notes"], ["keep me"]]);
    const report = await port(wb).writeOutputs(sampleOutputs());

    expect(wb.cell("Target List", "A1")?.value).toBe("my own notes");
    expect(wb.cell("Target List", "A2")?.value).toBe("keep me");
    expect(wb.mustSheet("Target List").tables).toHaveLength(0);
    expect(wb.cell("Target List (2)", "A1")?.value).toBe("Priority");
    expect(report.renamed).toEqual([{ wanted: "Target List", used: "Target List (2)" }]);
    expect(registryOf(wb).owned.targetList).toBe("Target List (2)");

    // A second run keeps using the suffixed sheet and still leaves the user's alone.
    const again = await port(wb).writeOutputs(sampleOutputs());
    expect(again.renamed).toEqual([{ wanted: "Target List", used: "Target List (2)" }]);
    expect(again.replaced).toContain("Target List (2)");
    expect(wb.cell("Target List", "A2")?.value).toBe("keep me");
  });

  it("re-run replaces only MicroSeg's own sheets, with the same sheet and table names", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs());
    wb.seed("Notes", [["user"]]);
    const before = wb.sheetNames();

    const report = await port(wb).writeOutputs(sampleOutputs(20));

    expect(report.replaced).toEqual([
      "Hospital Tiers",
      "Department Potential",
      "Segmentation",
      "Target List",
      "Call Plan",
      "Issues",
    ]);
    expect(report.renamed).toEqual([]);
    expect([...wb.sheetNames()].sort()).toEqual([...before].sort());
    expect(wb.cell("Doctors", "B2")?.value).toBe("Dr Wang");
    expect(wb.cell("Notes", "A1")?.value).toBe("user");
    expect(wb.mustSheet("Segmentation").tables[0].name).toBe("MicroSeg_Segmentation");
    expect(wb.cell("Segmentation", "A21")?.value).toBe("Doctor 20");
    expect(wb.allTables()).toHaveLength(6);
  });

  it("replaces owned sheets written in another language and drops the old names", async () => {
    const wb = workbook();
    const zh = sampleOutputs().map((t) => (t.id === "issues" ? { ...t, sheetName: "数据问题" } : t));
    await port(wb).writeOutputs(zh);
    await port(wb).writeOutputs(sampleOutputs());
    expect(wb.sheet("数据问题")).toBeUndefined();
    expect(wb.sheet("Issues")).toBeDefined();
  });

  it("re-run rewrites each owned sheet in place: the same sheet, so references and pivots on it survive", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs(12));
    const ids = wb.sheets.map((s) => [s.name, s.id]);
    wb.seed("Mine", [["='Target List'!B2"]]);
    await port(wb).writeOutputs(sampleOutputs(30));
    expect(wb.sheets.filter((s) => s.name !== "Mine").map((s) => [s.name, s.id])).toEqual(ids);
    expect(wb.cell("Segmentation", "A31")?.value).toBe("Doctor 30");
    expect(wb.mustSheet("Segmentation").charts).toHaveLength(1);
    expect(wb.mustSheet("Segmentation").conditionalFormats).toHaveLength(4);
    expect(wb.allTables()).toHaveLength(6);
  });

  it("a re-run in the other language renames the same sheet", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs());
    const id = wb.mustSheet("Issues").id;
    await port(wb).writeOutputs(
      sampleOutputs().map((t) => (t.id === "issues" ? { ...t, lang: "zh", sheetName: "数据问题" } : t)),
    );
    expect(wb.mustSheet("数据问题").id).toBe(id);
    expect(wb.sheet("Issues")).toBeUndefined();
  });

  it("retires owned sheets a new plan does not write; a very hidden one is made hidden before the delete", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs());
    wb.mustSheet("Call Plan").visibility = "VeryHidden";
    const report = await port(wb).writeOutputs(sampleOutputs().filter((t) => t.id !== "callPlan"));
    expect(report.retired).toEqual(["Call Plan"]);
    expect(wb.sheet("Call Plan")).toBeUndefined();
    expect(registryOf(wb).owned.callPlan).toBeUndefined();
  });

  it('with scope "only", the outputs not written stay', async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs());
    const report = await port(wb).writeOutputs([sampleOutputs()[5]], { scope: "only" });
    expect(report.replaced).toEqual(["Issues"]);
    expect(wb.mustSheet("Target List").tables[0].name).toBe("MicroSeg_TargetList");
    expect(registryOf(wb).owned.targetList).toBe("Target List");
    expect(registryOf(wb).owned.issues).toBe("Issues");
  });

  it("keeps a string in a number column as text when Excel would convert it", async () => {
    const wb = workbook();
    const [tiers] = sampleOutputs();
    await port(wb).writeOutputs([{ ...tiers, rows: [["A", "-5 beds", 1, 0.1, 0.1, "A"]] }]);
    expect(wb.cell("Hospital Tiers", "B2")).toMatchObject({ value: "-5 beds", numberFormat: "@" });
    expect(wb.cell("Hospital Tiers", "B2")?.formula).toBeUndefined();
  });

  it("a failure halfway leaves no new sheet behind on a first run", async () => {
    const wb = workbook();
    const before = wb.sheetNames();
    wb.failOn = (label) => label === "charts.add:XYScatter";

    const error = await port(wb)
      .writeOutputs(sampleOutputs())
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PortError);
    expect((error as Error).message).toMatch(/could not write the plan sheets.*charts.add.*left as it was/);
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.cell("Doctors", "B2")?.value).toBe("Dr Wang");
  });

  it("a failure halfway on a re-run restores the previous plan, names and tables included", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs(12));
    const before = wb.sheetNames();
    const registryBefore = wb.cell(REGISTRY_SHEET, "A1")?.value;
    let tablesAdded = 0;
    wb.failOn = (label) => label === "tables.add" && ++tablesAdded === 4;

    await expect(port(wb).writeOutputs(sampleOutputs(30))).rejects.toMatchObject({
      kind: "write-failed",
      restored: true,
    });

    expect(wb.sheetNames()).toEqual(before);
    expect(wb.cell("Hospital Tiers", "A2")?.value).toBe(sampleOutputs(12)[0].rows[0][0]);
    expect(wb.cell("Segmentation", "A14")?.value ?? null).toBeNull(); // still the 12-doctor plan
    expect(wb.cell("Segmentation", "A13")?.value).toBe("Doctor 12");
    expect(wb.mustSheet("Segmentation").tables[0].name).toBe("MicroSeg_Segmentation");
    expect(wb.cell(REGISTRY_SHEET, "A1")?.value).toBe(registryBefore);
    // The earlier chart and conditional formats are back too.
    expect(wb.mustSheet("Segmentation").charts).toHaveLength(1);
    expect(wb.mustSheet("Segmentation").charts[0].series).toHaveLength(6);
    expect(wb.mustSheet("Segmentation").conditionalFormats.map((c) => c.formula)).toEqual([
      '=$E2="HH"',
      '=$E2="LH"',
      '=$E2="HL"',
      '=$E2="LL"',
    ]);
  });

  it("backs up an owned sheet only as far as its values: formats spread down to row 200,000 are not loaded", async () => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs(12));
    // The user formatted the Target List's first columns down the sheet.
    const targets = wb.mustSheet("Target List");
    for (let r = 13; r < 200_000; r++)
      for (let c = 0; c < 3; c++) targets.cells.set(`${r},${c}`, { value: null, numberFormat: "0.00" });
    const before = wb.syncs.length;
    wb.failOn = (label) => label === "charts.add:XYScatter";

    await expect(port(wb).writeOutputs(sampleOutputs(30))).rejects.toMatchObject({ restored: true });

    const loaded = wb.syncs.slice(before).reduce((n, s) => n + s.responseBytes, 0);
    expect(loaded).toBeLessThan(256 * 1024);
    expect(wb.cell("Target List", "A2")?.value).toBe(sampleOutputs(12)[3].rows[0][0]);
  });

  it.each([
    ["retiring a sheet the new plan no longer needs", "worksheet.delete"],
    ["showing the written sheet", "worksheet.activate"],
  ])("a failure after the chart step (%s) keeps the earlier chart", async (_what, failing) => {
    const wb = workbook();
    await port(wb).writeOutputs(sampleOutputs(12));
    const earlier = wb.mustSheet("Segmentation").charts.map((c) => c.name);
    wb.failOn = (label) => label === failing;

    const withoutCallPlan = sampleOutputs(30).filter((t) => t.id !== "callPlan");
    await expect(
      port(wb).writeOutputs(withoutCallPlan, { show: { outputs: ["targetList"], address: "A1" } }),
    ).rejects.toMatchObject({ kind: "write-failed", restored: true });

    expect(wb.mustSheet("Segmentation").charts.map((c) => c.name)).toEqual(earlier);
    expect(wb.mustSheet("Segmentation").charts[0].series).toHaveLength(6);
    expect(wb.cell("Segmentation", "A13")?.value).toBe("Doctor 12");
    expect(wb.sheetNames()).toContain("Call Plan");
  });

  it("syncs as often for 100,000 doctors as for 100 when no chunk is needed", async () => {
    const syncsFor = async (doctors: number) => {
      const wb = workbook();
      await port(wb, { payloadBytes: Number.POSITIVE_INFINITY }).writeOutputs([segmentationTable(doctors)]);
      expect(wb.cell("Segmentation", `A${doctors + 1}`)?.value).toBe(`Doctor ${doctors}`);
      return wb.syncs.length;
    };
    const small = await syncsFor(100);
    expect(small).toBe(3); // names; registry and tables; all writes
    expect(await syncsFor(100_000)).toBe(small);
  });

  it("keeps every request under 4 MB when the plan must be chunked", async () => {
    const wb = workbook();
    const doctors = 100_000;
    await port(wb).writeOutputs([segmentationTable(doctors)]);

    const writes = wb.syncs.slice(2);
    expect(writes.length).toBeGreaterThan(1);
    for (const s of wb.syncs) expect(s.requestBytes).toBeLessThan(4 * MB);
    const total = writes.reduce((n, s) => n + s.requestBytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (2 * MB)) + 1);
    expect(wb.cell("Segmentation", `A${doctors + 1}`)?.value).toBe(`Doctor ${doctors}`);
    expect(wb.cell("Segmentation", `D${doctors + 1}`)?.numberFormat).toBe("#,##0.0");
    expect(wb.mustSheet("Segmentation").charts).toHaveLength(1);
    expect(registryOf(wb).owned.segmentation).toBe("Segmentation");
  });

  it("suspends calculation in every write request and screen updating only where ExcelApi 1.9 exists", async () => {
    const wb = workbook();
    await port(wb, { supports: (v) => v !== "1.9" }).writeOutputs(sampleOutputs());
    expect(wb.suspendedCalc).toBe(1);
    expect(wb.suspendedScreen).toBe(0);

    const wb2 = workbook();
    await port(wb2).writeOutputs(sampleOutputs());
    expect(wb2.suspendedScreen).toBe(1);
  });
});

describe("ExcelWorkbookPort settings and navigation", () => {
  it("saves and loads settings in the registry without losing the owned sheets", async () => {
    const wb = workbook();
    const p = port(wb);
    expect(await p.loadSettings()).toBeNull();
    await p.writeOutputs(sampleOutputs());
    await p.saveSettings({ language: "en", product: "Xa" });
    expect(await p.loadSettings()).toEqual({ language: "en", product: "Xa" });
    expect(registryOf(wb).owned.targetList).toBe("Target List");

    await p.writeOutputs(sampleOutputs());
    expect(await p.loadSettings()).toEqual({ language: "en", product: "Xa" });
  });

  it("creates the very-hidden registry when settings are saved first", async () => {
    const wb = workbook();
    await port(wb).saveSettings({ language: "zh" });
    expect(wb.mustSheet(REGISTRY_SHEET).visibility).toBe("VeryHidden");
    expect(registryOf(wb).settings).toEqual({ language: "zh" });
  });

  it("activates a sheet and selects an address", async () => {
    const wb = workbook();
    await port(wb).activate("Doctors", "B2");
    expect(wb.active).toBe("Doctors");
    expect(wb.selected).toBe("Doctors!B2");
  });
});

describe("ExcelWorkbookPort.writeOutputs when Excel refuses a request as too large", () => {
  const refusals = (wb: FakeWorkbookState) => wb.syncs.filter((s) => s.refused).length;

  /** A re-run with ten more doctors that fails at the scatter, after Excel has refused requests on the way. */
  async function failedRewrite(wb: FakeWorkbookState, doctors: number) {
    wb.failOn = (label) => label === "charts.add:XYScatter";
    await expect(port(wb).writeOutputs([segmentationTable(doctors + 10)])).rejects.toMatchObject({
      kind: "write-failed",
      restored: true,
    });
    expect(refusals(wb)).toBeGreaterThan(0);
  }

  /** The previous plan of `doctors` rows is back, values and number formats. */
  function expectPreviousPlan(wb: FakeWorkbookState, doctors: number) {
    expect(wb.cell("Segmentation", `A${doctors + 1}`)?.value).toBe(`Doctor ${doctors}`);
    expect(wb.cell("Segmentation", `A${doctors + 2}`)?.value ?? null).toBeNull();
    expect(wb.cell("Segmentation", `D${doctors + 1}`)?.numberFormat).toBe("#,##0.0");
  }

  it("sends the refused request again in smaller pieces until Excel takes it", async () => {
    const wb = workbook();
    // The estimate says 4 MB fits; this Excel takes 1 MB.
    wb.payloadLimit = 1 * MB;
    const doctors = 100_000;

    await port(wb).writeOutputs([segmentationTable(doctors)]);

    expect(refusals(wb)).toBeGreaterThan(0);
    expect(refusals(wb)).toBeLessThanOrEqual(MAX_PAYLOAD_RETRIES);
    for (const s of wb.syncs.filter((x) => !x.refused)) expect(s.requestBytes).toBeLessThanOrEqual(MB);
    expect(wb.cell("Segmentation", `A${doctors + 1}`)?.value).toBe(`Doctor ${doctors}`);
    expect(wb.cell("Segmentation", `D${doctors + 1}`)?.numberFormat).toBe("#,##0.0");
    expect(wb.mustSheet("Segmentation").tables).toHaveLength(1);
    expect(wb.mustSheet("Segmentation").charts).toHaveLength(1);
    expect(registryOf(wb).owned.segmentation).toBe("Segmentation");
    // Screen updating is paused once, in the first request that ran.
    expect(wb.suspendedScreen).toBe(1);
  });

  it("a failure after smaller requests still restores the previous plan, itself in smaller requests", async () => {
    const wb = workbook();
    const doctors = 30_000;
    await port(wb).writeOutputs([segmentationTable(doctors)]);
    wb.payloadLimit = MB / 2;
    await failedRewrite(wb, doctors);
    expectPreviousPlan(wb, doctors);
    expect(wb.mustSheet("Segmentation").tables[0].rect.rows).toBe(doctors + 1);
    expect(wb.mustSheet("Segmentation").charts).toHaveLength(1);
  });

  it("a backup Excel refuses to send back whole is loaded again in halves, and restores the plan", async () => {
    const wb = workbook();
    const doctors = 12_000;
    await port(wb).writeOutputs([segmentationTable(doctors)]);
    const formatsBefore = wb.mustSheet("Segmentation").conditionalFormats.map((c) => c.formula);
    wb.responseLimit = 128 * 1024;
    await failedRewrite(wb, doctors);
    expectPreviousPlan(wb, doctors);
    expect(wb.mustSheet("Segmentation").conditionalFormats.map((c) => c.formula)).toEqual(formatsBefore);
  });

  it("gives up after a bounded number of refusals and says so", async () => {
    const wb = workbook();
    wb.payloadLimit = 250; // the reads fit, no write step does

    const error = await port(wb)
      .writeOutputs(sampleOutputs())
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).detail).toMatch(/payload size has exceeded the limit/);
    expect(refusals(wb)).toBeLessThanOrEqual(2 * (MAX_PAYLOAD_RETRIES + 1));
    expect(wb.sheetNames()).toEqual(["Doctors"]);
  });
});
