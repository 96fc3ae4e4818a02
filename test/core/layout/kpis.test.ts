/**
 * The KPIs sheet's call attainment chart (issue #13): the layout asks for a
 * column per rep over the live attainment cells with the 100 % target line,
 * and the write plan resolves it into a chart spec every host executes.
 */
import { columnLetter } from "../../../src/core/cells";
import { kpisTable } from "../../../src/core/layout/kpis";
import {
  displayWidth,
  planWrite,
  workbookSnapshot,
  type BarChartSpec,
  type SheetWrite,
} from "../../../src/core/write";
import { measured } from "./kpisFixture";

const NOW = new Date("2026-10-05T08:00:00Z");

function kpisSheet(reps: [string, number, number][], lang: "zh" | "en" = "zh"): SheetWrite {
  const table = kpisTable(measured(reps), 30, lang);
  return planWrite(workbookSnapshot([], null), [table], { now: NOW }).sheets[0];
}

describe("KPIs: the migration matrices (SPEC §10)", () => {
  it("quadrants then × now as a 4 × 4 matrix with live totals, the statuses under it in the deck's order", () => {
    const sheet = kpisSheet([["张伟", 100, 90]]);
    const quadrant = sheet.grids.find((g) => g.key === "quadrantMigration")!;
    const status = sheet.grids.find((g) => g.key === "statusMigration")!;
    const nCols = sheet.table.columns.length;
    expect([quadrant.row, quadrant.col]).toEqual([0, nCols + 4]);
    // 3 LH → HH, 1 HH stayed, 2 HL → LL (kpisFixture).
    expect(quadrant.values).toEqual([
      ["象限迁移（当时 → 现在）", null, null, null, null, null],
      ["当时 \\ 现在", "HH", "LH", "HL", "LL", "合计"],
      ["HH", 1, 0, 0, 0, 1],
      ["LH", 3, 0, 0, 0, 3],
      ["HL", 0, 0, 0, 2, 2],
      ["LL", 0, 0, 0, 0, 0],
      ["合计", 4, 0, 0, 2, 6],
    ]);
    const L = (i: number) => columnLetter(quadrant.col + i);
    expect(quadrant.formulas![2][5]).toBe(`=SUM(${L(1)}3:${L(4)}3)`);
    expect(quadrant.formulas![6]).toEqual([null, ...[1, 2, 3, 4, 5].map((i) => `=SUM(${L(i)}3:${L(i)}6)`)]);
    expect(quadrant.formulas![3].slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(quadrant.rowFormats).toEqual(["@", "@", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0"]);
    expect(quadrant.boldRows).toEqual([0, 1, 6]);

    // A blank row below, then 未用 → 保守 → 二线 → 首选: 2 未用 → 保守, 1 二线 → 首选.
    expect([status.row, status.col]).toEqual([8, quadrant.col]);
    expect(status.values.slice(1)).toEqual([
      ["当时 \\ 现在", "未用", "保守", "二线", "首选", "合计"],
      ["未用", 0, 2, 0, 0, 2],
      ["保守", 0, 0, 0, 0, 0],
      ["二线", 0, 0, 0, 1, 1],
      ["首选", 0, 0, 0, 0, 0],
      ["合计", 0, 2, 0, 1, 3],
    ]);
    expect(status.formulas![2][5]).toBe(`=SUM(${L(1)}11:${L(4)}11)`);
    expect(sheet.extent.rows).toBeGreaterThanOrEqual(15);
    expect(sheet.extent.columns).toBeGreaterThanOrEqual(quadrant.col + 6);
    // The label column is sized for its labels, not for the title that runs over the empty cells.
    const width = sheet.columnWidths.find((w) => w.col === quadrant.col)!;
    expect(width.chars).toBeLessThan(displayWidth("象限迁移（当时 → 现在）"));
  });

  it("in English", () => {
    const [q, s] = kpisSheet([["Wang", 1, 1]], "en").grids.filter((g) => /Migration$/.test(g.key));
    expect(q.values[0][0]).toBe("Quadrant migration (then → now)");
    expect(q.values[1]).toEqual(["Then \\ now", "HH", "LH", "HL", "LL", "Total"]);
    expect(s.values[1]).toEqual([
      "Then \\ now",
      "Not using",
      "Conservative",
      "Second-line",
      "First-line",
      "Total",
    ]);
  });
});

describe("KPIs: the cycle measured", () => {
  it("its first and last day are date cells, not serials shown as text", () => {
    const block = kpisSheet([["张伟", 1, 1]]).sideBlocks.find((b) => b.key === "cycle")!;
    expect(block.rows.map((r) => [r.key, r.value, r.numberFormat])).toEqual([
      ["cycleStart", 46266, "yyyy-mm-dd"],
      ["cycleEnd", 46295, "yyyy-mm-dd"],
    ]);
  });
});

describe("KPIs: the call attainment chart", () => {
  it("a column per rep over the live attainment cells, the team row left out, and a 100 % target line", () => {
    const sheet = kpisSheet([
      ["张伟", 100, 90],
      ["李娜", 100, 60],
      ["刘洋", 80, 88],
    ]);
    const chart = sheet.chart as BarChartSpec;
    expect(chart.kind).toBe("bar");
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("各代表拜访达成率");
    expect(chart.valueAxisFormat).toBe("0%");
    const col = (key: string) => columnLetter(sheet.table.columns.findIndex((c) => c.key === key));
    // Rows 2–4 are the reps; row 5 is the team.
    expect(sheet.table.rows.map((r) => r[0])).toEqual(["张伟", "李娜", "刘洋", "团队合计"]);
    expect(chart.categories).toBe(`$${col("rep")}$2:$${col("rep")}$4`);
    const [bars, target] = chart.series;
    expect(bars).toMatchObject({ key: "values", kind: "bars", name: "拜访达成率" });
    expect(bars.values).toBe(`$${col("callAttainment")}$2:$${col("callAttainment")}$4`);
    // The bars are the live formula cells of the table.
    expect(sheet.table.columns.find((c) => c.key === "callAttainment")?.formula).toMatch(/^=IF\(/);

    // The target's cells: a labelled column of 100 % on the reps' rows, right of every side block.
    expect(target).toMatchObject({ key: "target", kind: "line", name: "目标 100%" });
    const grid = sheet.grids.find((g) => g.key === "chartData")!;
    const letter = columnLetter(grid.col);
    expect(target.values).toBe(`$${letter}$2:$${letter}$4`);
    expect(grid.row).toBe(0);
    expect(grid.values).toEqual([["图表数据: 目标 100%"], [1], [1], [1]]);
    expect(grid.rowFormats).toEqual(["@", "0%", "0%", "0%"]);
    for (const block of sheet.sideBlocks) expect(grid.col).toBeGreaterThan(block.col + 1);
    expect(sheet.extent.columns).toBeGreaterThan(grid.col);

    // Under the table (5 rows), one blank row apart.
    expect(chart.topLeft).toBe("A7");
    expect(chart.bottomRight).toMatch(/^[A-Z]+25$/);
  });

  it("speaks the output language", () => {
    const chart = kpisSheet([["Wang", 10, 5]], "en").chart as BarChartSpec;
    expect(chart.title).toBe("Call attainment per rep");
    expect(chart.series.map((s) => s.name)).toEqual(["Call attainment", "Target 100%"]);
    expect(chart.categories).toBe("$A$2:$A$2");
  });

  it("doctors no rep covers get their own row after the named reps, outside the chart", () => {
    const sheet = kpisSheet([
      ["", 0, 0],
      ["张伟", 100, 90],
      ["李娜", 100, 60],
    ]);
    expect(sheet.table.rows.map((r) => r[0])).toEqual(["张伟", "李娜", "（无负责代表）", "团队合计"]);
    expect((sheet.chart as BarChartSpec).categories).toBe("$A$2:$A$3");
    expect(
      kpisSheet(
        [
          ["", 0, 0],
          ["Wang", 1, 1],
        ],
        "en",
      ).table.rows.map((r) => r[0]),
    ).toEqual(["Wang", "(no rep)", "Team"]);
  });

  it("no chart without rep data: the one row is the team", () => {
    const sheet = kpisSheet([]);
    expect(sheet.table.rows.map((r) => r[0])).toEqual(["（全部）"]);
    expect(sheet.chart).toBeNull();
    expect(sheet.grids.filter((g) => g.key === "chartData")).toEqual([]);
  });
});
