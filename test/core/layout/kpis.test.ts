/**
 * The KPIs sheet's call attainment chart (issue #13): the layout asks for a
 * column per rep over the live attainment cells with the 100 % target line,
 * and the write plan resolves it into a chart spec every host executes.
 */
import { columnLetter } from "../../../src/core/cells";
import { kpisTable } from "../../../src/core/layout/kpis";
import { planWrite, workbookSnapshot, type BarChartSpec, type SheetWrite } from "../../../src/core/write";
import { measured } from "./kpisFixture";

const NOW = new Date("2026-10-05T08:00:00Z");

function kpisSheet(reps: [string, number, number][], lang: "zh" | "en" = "zh"): SheetWrite {
  const table = kpisTable(measured(reps), 30, lang);
  return planWrite(workbookSnapshot([], null), [table], { now: NOW }).sheets[0];
}

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
