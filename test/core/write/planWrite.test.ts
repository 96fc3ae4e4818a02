import {
  emptyRegistry,
  planWrite,
  REGISTRY_CELL_CHARS,
  registryFromCells,
  registryToCells,
  serializeRegistry,
  workbookSnapshot,
  type OutputTable,
  type Registry,
  type SheetSeen,
} from "../../../src/core";
import { sampleOutputs, segmentationTable } from "../../excel/outputsFixture";

const NOW = new Date("2026-11-20T08:00:00Z");

function snapshot(sheets: SheetSeen[], registry: Registry | null) {
  const all = registry ? [...sheets, { name: "_MicroSeg", visibility: "VeryHidden" as const }] : sheets;
  return workbookSnapshot(all, registry ? registryToCells(registry) : null);
}

function owned(map: Registry["owned"]): Registry {
  return { ...emptyRegistry(), owned: map };
}

describe("planWrite: names and ownership", () => {
  it("first run: every output gets its own name on a new sheet, and the registry is created", () => {
    const plan = planWrite(snapshot([{ name: "Doctors" }], null), sampleOutputs(), { now: NOW });
    expect(plan.sheets.map((s) => [s.sheetName, s.mode, s.table.name])).toEqual([
      ["Hospital Tiers", "create", "MicroSeg_HospitalTiers"],
      ["Department Potential", "create", "MicroSeg_DepartmentPotential"],
      ["Segmentation", "create", "MicroSeg_Segmentation"],
      ["Target List", "create", "MicroSeg_TargetList"],
      ["Call Plan", "create", "MicroSeg_CallPlan"],
      ["Issues", "create", "MicroSeg_Issues"],
    ]);
    expect(plan.registry.create).toBe(true);
    expect(plan.registry.visibility).toBe("VeryHidden");
    expect(plan.registry.previous).toBeNull();
    expect(registryFromCells(plan.registry.cells).owned.targetList).toBe("Target List");
    expect(plan.registry.next.generatedAt).toBe(NOW.toISOString());
    expect(plan.report).toEqual({
      written: plan.sheets.map((s) => ({ id: s.id, sheetName: s.sheetName })),
      renamed: [],
      replaced: [],
      retired: [],
    });
  });

  it("re-run: each owned sheet is rewritten in place, its old tables cleared first", () => {
    const reg = owned({ targetList: "Target List", issues: "Issues" });
    const snap = snapshot(
      [
        { name: "Doctors", tables: ["MicroSeg_TargetList"] },
        { name: "Target List", tables: ["MicroSeg_TargetList_2"] },
        { name: "Issues", tables: ["MicroSeg_Issues"] },
      ],
      reg,
    );
    const tables = sampleOutputs().filter((t) => t.id === "targetList" || t.id === "issues");
    const plan = planWrite(snap, tables, { now: NOW });
    expect(
      plan.sheets.map((s) => [s.sheetName, s.mode, s.previousName, s.clear.tables, s.table.name]),
    ).toEqual([
      ["Target List", "rewrite", "Target List", ["MicroSeg_TargetList_2"], "MicroSeg_TargetList_2"],
      ["Issues", "rewrite", "Issues", ["MicroSeg_Issues"], "MicroSeg_Issues"],
    ]);
    expect(plan.report.replaced).toEqual(["Target List", "Issues"]);
    expect(plan.registry.create).toBe(false);
    expect(plan.registry.previous?.cells).toEqual(registryToCells(reg));
  });

  it("re-run in the other language renames the same sheet instead of making a new one", () => {
    const snap = snapshot([{ name: "医生" }, { name: "目标医生" }], owned({ targetList: "目标医生" }));
    const en = sampleOutputs().filter((t) => t.id === "targetList");
    const plan = planWrite(snap, en, { now: NOW });
    expect(plan.sheets[0]).toMatchObject({
      sheetName: "Target List",
      mode: "rewrite",
      previousName: "目标医生",
    });
    expect(plan.report.renamed).toEqual([]);
  });

  it("a user's sheet holding an output's name keeps it; the output takes the next free name", () => {
    const snap = snapshot(
      [{ name: "target list", tables: ["MicroSeg_TargetList"] }, { name: "Target List (2)" }],
      null,
    );
    const plan = planWrite(
      snap,
      sampleOutputs().filter((t) => t.id === "targetList"),
      { now: NOW },
    );
    expect(plan.sheets[0].sheetName).toBe("Target List (3)");
    expect(plan.sheets[0].table.name).toBe("MicroSeg_TargetList_2");
    expect(plan.report.renamed).toEqual([{ wanted: "Target List", used: "Target List (3)" }]);
  });

  it("keeps a long suffixed name within Excel's 31 characters", () => {
    const long = "A".repeat(31);
    const table: OutputTable = { ...sampleOutputs()[5], sheetName: long };
    const plan = planWrite(snapshot([{ name: long }], null), [table], { now: NOW });
    expect(plan.sheets[0].sheetName).toBe(`${"A".repeat(27)} (2)`);
  });

  it("ownership comes only from the registry: sheets named like outputs are the user's", () => {
    const snap = snapshot(
      [{ name: "Segmentation 2025" }, { name: "目标医生（旧）" }, { name: "Segmentation" }],
      owned({ issues: "Gone" }),
    );
    expect(snap.owned).toEqual({});
    expect(snap.sheets.every((s) => s.ownedAs === undefined)).toBe(true);
    const plan = planWrite(snap, [segmentationTable(3)], { now: NOW });
    expect(plan.sheets[0]).toMatchObject({ sheetName: "Segmentation (2)", mode: "create" });
  });

  it('scope "plan" retires owned sheets the run no longer writes; scope "only" keeps them', () => {
    const reg = owned({ targetList: "Target List", callPlan: "Call Plan" });
    const snap = snapshot([{ name: "Target List" }, { name: "Call Plan", visibility: "Hidden" }], reg);
    const tables = sampleOutputs().filter((t) => t.id === "targetList");
    const full = planWrite(snap, tables, { now: NOW });
    expect(full.retire).toEqual([{ id: "callPlan", sheetName: "Call Plan", visibility: "Hidden" }]);
    expect(full.report.retired).toEqual(["Call Plan"]);
    expect(full.registry.next.owned).toEqual({ targetList: "Target List" });
    const only = planWrite(snap, tables, { now: NOW, scope: "only" });
    expect(only.retire).toEqual([]);
    expect(only.registry.next.owned).toEqual({ callPlan: "Call Plan", targetList: "Target List" });
  });

  it("annotate sees the real report before the content is resolved", () => {
    const snap = snapshot([{ name: "Issues" }], null);
    const plan = planWrite(
      snap,
      sampleOutputs().filter((t) => t.id === "issues"),
      {
        now: NOW,
        annotate: (report, tables) =>
          tables.map((t) => ({
            ...t,
            side: [
              {
                key: "status",
                col: 7,
                row: 1,
                title: "Status",
                rows: [
                  { key: "renamed", label: "Renamed", value: report.renamed.map((r) => r.used).join(",") },
                ],
              },
            ],
          })),
      },
    );
    expect(plan.sheets[0].sideBlocks[0].rows[0]).toMatchObject({ key: "renamed", value: "Issues (2)" });
  });
});

describe("planWrite: registry cells", () => {
  it("splits a registry over cells of at most 32,767 characters and reads it back joined", () => {
    const reg: Registry = { ...emptyRegistry(), settings: { note: "医".repeat(70_000) } };
    const cells = registryToCells(reg);
    expect(cells.length).toBe(3);
    expect(cells.every((c) => c.length <= REGISTRY_CELL_CHARS)).toBe(true);
    expect(cells.join("")).toBe(serializeRegistry(reg));
    expect(registryFromCells(cells)).toEqual(reg);
  });

  it("never splits a surrogate pair", () => {
    const reg: Registry = { ...emptyRegistry(), settings: { note: "😀".repeat(20) } };
    const cells = registryToCells(reg, 7);
    for (const c of cells) expect(() => encodeURIComponent(c)).not.toThrow();
    expect(registryFromCells(cells)).toEqual(reg);
  });

  it("blanks the rows of a longer earlier registry", () => {
    const earlier = ['{"version":1,', '"owned":{},"settings":null,', '"generatedAt":null}'];
    const snap = workbookSnapshot([{ name: "_MicroSeg", visibility: "VeryHidden" }], earlier);
    expect(snap.registry).toEqual(emptyRegistry());
    const plan = planWrite(snap, [], { now: NOW });
    expect(plan.registry.cells).toHaveLength(1);
    expect(plan.registry.clearTo).toBe(3);
    expect(plan.registry.previous).toEqual({ cells: earlier, visibility: "VeryHidden" });
  });
});

describe("planWrite: presentation", () => {
  const plan = planWrite(snapshot([], null), sampleOutputs(), { now: NOW });
  const sheet = (id: string) => plan.sheets.find((s) => s.id === id)!;

  it("resolves number formats; text in a number column is marked to be written as text", () => {
    const tiers = planWrite(
      snapshot([], null),
      [{ ...sampleOutputs()[0], rows: [["A", "-5 beds", 1, 0.1, 0.1, "A"]] }],
      { now: NOW },
    ).sheets[0];
    expect(tiers.table.columns.map((c) => [c.key, c.numberFormat, c.textRows])).toEqual([
      ["hospital", "@", []],
      ["beds", "#,##0", [0]],
      ["monthlyPurchase", "#,##0", []],
      ["classShare", "0.0%", []],
      ["classMarketValue", "#,##0", []],
      ["tier", "@", []],
    ]);
    expect(tiers.table.address).toBe("A1:F2");
    expect(tiers.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("colours quadrants by code and sizes columns", () => {
    const seg = sheet("segmentation");
    expect(
      seg.conditionalFormats.map((r) => [r.key, r.range, r.kind === "expression" ? r.formula : ""]),
    ).toEqual([
      ["HH", "E2:E13", '=$E2="HH"'],
      ["LH", "E2:E13", '=$E2="LH"'],
      ["HL", "E2:E13", '=$E2="HL"'],
      ["LL", "E2:E13", '=$E2="LL"'],
    ]);
    expect(seg.columnWidths[2]).toEqual({ col: 2, chars: 19, points: 137 });
    expect(seg.columnWidths[5]).toEqual({ col: 6, chars: 19, points: 137 });
  });

  it("side-block rows keep their keys, addresses and cached values", () => {
    const seg = sheet("segmentation");
    expect(seg.sideBlocks[0].rows.map((r) => [r.key, r.address, r.value, r.formula, r.numberFormat])).toEqual(
      [
        ["cutoffMethod", "$H$2", "Median", null, "@"],
        ["volumeCutoff", "$H$3", 24, null, "#,##0.0"],
        ["potentialCutoff", "$H$4", 45, null, "#,##0.0"],
      ],
    );
  });

  it("builds the chart's four quadrant series from ranges that exist even when no doctor is HH", () => {
    const noHH = segmentationTable(5);
    noHH.rows = noHH.rows.map((r) => [...r.slice(0, 4), "LL"]);
    const seg = planWrite(snapshot([], null), [noHH], { now: NOW }).sheets[0];
    const chart = seg.chart!;
    if (chart.kind !== "scatter") throw new Error("Segmentation's chart is a scatter");
    expect(chart.series.map((s) => [s.key, s.kind, s.xValues, s.yValues])).toEqual([
      ["HH", "markers", "$C$2:$C$6", "$S$2:$S$6"],
      ["LH", "markers", "$C$2:$C$6", "$T$2:$T$6"],
      ["HL", "markers", "$C$2:$C$6", "$U$2:$U$6"],
      ["LL", "markers", "$C$2:$C$6", "$V$2:$V$6"],
      ["volumeCutoff", "line", "$W$2:$W$3", "$X$2:$X$3"],
      ["potentialCutoff", "line", "$W$4:$W$5", "$X$4:$X$5"],
    ]);
    const grid = seg.grids[0];
    expect(grid.col).toBe(18);
    expect(grid.values.slice(1).map((r) => r[0])).toEqual([null, null, null, null, null]);
    expect(grid.formulas![1].slice(4)).toEqual(["=$H$3", "=0"]);
    expect(grid.values[1].slice(4)).toEqual([24, 0]);
  });
});
