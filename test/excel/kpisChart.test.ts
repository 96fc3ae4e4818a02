/**
 * The KPIs sheet's native chart in Excel (issue #13): clustered columns of
 * call attainment per rep over the table's live cells, the 100 % target as a
 * line series, the value axis in percent where ExcelApi 1.8 allows it, and
 * the earlier chart replaced on a re-run.
 */
import { kpisTable } from "../../src/core/layout/kpis";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { measured } from "../core/layout/kpisFixture";
import { FakeWorkbookState } from "./fakeExcel";

const NOW = new Date("2026-10-05T08:00:00Z");
const SHEET = "业绩指标";

function port(wb: FakeWorkbookState) {
  return new ExcelWorkbookPort({ run: wb.run, supports: (v) => wb.supports(v), now: () => NOW });
}

const THREE_REPS: [string, number, number][] = [
  ["张伟", 100, 90],
  ["李娜", 100, 60],
  ["刘洋", 80, 88],
];

describe("Excel: the call attainment chart on KPIs", () => {
  it("adds clustered columns per rep over the live attainment cells and a dashed 100 % line", async () => {
    const wb = new FakeWorkbookState();
    await port(wb).writeOutputs([kpisTable(measured(THREE_REPS), 30, "zh")]);
    const sheet = wb.mustSheet(SHEET);
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("各代表拜访达成率");
    expect(chart.legend).toBe("Bottom");
    expect(chart.valueAxisFormat).toBe("0%");
    expect(chart.valueAxisMinimum).toBe(0);
    expect(chart.position).toEqual([`${SHEET}!A7`, expect.stringMatching(new RegExp(`^${SHEET}!H25$`))]);

    // The automatic series of charts.add is gone; the two planned series are there, in order.
    expect(chart.series).toHaveLength(2);
    const [bars, target] = chart.series;
    expect(bars).toMatchObject({
      name: "拜访达成率",
      x: `${SHEET}!A2:A4`,
      y: `${SHEET}!E2:E4`,
      fillColor: "#4472C4",
      hasDataLabels: true,
    });
    expect(bars.chartType).toBeUndefined();
    expect(target).toMatchObject({
      name: "目标 100%",
      chartType: "Line",
      lineStyle: "Dash",
      x: `${SHEET}!A2:A4`,
    });
    // The bars' cells are the table's formulas; the target's cells hold 100 % on the reps' rows.
    expect(wb.cell(SHEET, "E2")?.formula).toMatch(/^=IF\(/);
    const targetCol = /!([A-Z]+)2:/.exec(target.y ?? "")?.[1];
    expect(wb.cell(SHEET, `${targetCol}1`)?.value).toBe("图表数据: 目标 100%");
    expect([2, 3, 4].map((r) => wb.cell(SHEET, `${targetCol}${r}`)?.value)).toEqual([1, 1, 1]);
    expect(wb.cell(SHEET, `${targetCol}2`)?.numberFormat).toBe("0%");
    expect(wb.cell(SHEET, `${targetCol}5`)?.value ?? null).toBeNull();
  });

  it("on ExcelApi 1.7 the axis keeps the cells' percent format instead of failing the write", async () => {
    const wb = new FakeWorkbookState();
    wb.excelApi = "1.7";
    await port(wb).writeOutputs([kpisTable(measured(THREE_REPS), 30, "en")]);
    const [chart] = wb.mustSheet("KPIs").charts;
    expect(chart.valueAxisFormat).toBeUndefined();
    expect(chart.title).toBe("Call attainment per rep");
    expect(chart.series.map((s) => s.name)).toEqual(["Call attainment", "Target 100%"]);

    // The fake refuses the 1.8 property as such a host does.
    const strict = new FakeWorkbookState();
    strict.excelApi = "1.7";
    const lying = new ExcelWorkbookPort({ run: strict.run, supports: () => true, now: () => NOW });
    await expect(lying.writeOutputs([kpisTable(measured(THREE_REPS), 30, "en")])).rejects.toMatchObject({
      kind: "write-failed",
    });
  });

  it("a re-run replaces the earlier chart with the new reps", async () => {
    const wb = new FakeWorkbookState();
    await port(wb).writeOutputs([kpisTable(measured(THREE_REPS), 30, "zh")]);
    await port(wb).writeOutputs([kpisTable(measured(THREE_REPS.slice(0, 2)), 30, "zh")]);
    const charts = wb.mustSheet(SHEET).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0].series.map((s) => s.y?.replace(/[A-Z]+(\d)/g, "$1"))).toEqual([
      `${SHEET}!2:3`,
      `${SHEET}!2:3`,
    ]);
  });

  it("writes the migration matrices beside the table with live totals", async () => {
    const wb = new FakeWorkbookState();
    await port(wb).writeOutputs([kpisTable(measured(THREE_REPS), 30, "zh")]);
    // 24 columns (A–X), the cycle block at Z–AA, the matrices from AC.
    const row = (r: number) => ["AC", "AD", "AE", "AF", "AG", "AH"].map((c) => wb.cell(SHEET, `${c}${r}`));
    expect(row(1)[0]).toMatchObject({ value: "象限迁移（当时 → 现在）", bold: true });
    expect(row(2).map((c) => c?.value)).toEqual(["当时 \\ 现在", "HH", "LH", "HL", "LL", "合计"]);
    expect(row(4).map((c) => c?.value ?? null)).toEqual(["LH", 3, 0, 0, 0, null]);
    expect(row(4)[5]?.formula).toBe("=SUM(AD4:AG4)");
    expect(row(7)[1]?.formula).toBe("=SUM(AD3:AD6)");
    expect(row(4)[1]?.numberFormat).toBe("#,##0");
    expect(row(9)[0]?.value).toBe("用药状态迁移（当时 → 现在）");
    expect(row(11).map((c) => c?.value ?? null)).toEqual(["未用", 0, 2, 0, 0, null]);
  });

  it("writes the cycle measured as dates, in the workbook's own date system", async () => {
    for (const date1904 of [false, true]) {
      const wb = new FakeWorkbookState();
      wb.date1904 = date1904;
      await port(wb).writeOutputs([kpisTable(measured(THREE_REPS), 30, "zh")]);
      // 2026-09-01 and 2026-09-30 (kpisFixture): 1,462 lower on the 1904 system.
      const shift = date1904 ? 1462 : 0;
      expect(wb.cell(SHEET, "Z2")?.value).toBe("开始");
      expect(wb.cell(SHEET, "AA2")).toMatchObject({ value: 46266 - shift, numberFormat: "yyyy-mm-dd" });
      expect(wb.cell(SHEET, "AA3")).toMatchObject({ value: 46295 - shift, numberFormat: "yyyy-mm-dd" });
    }
  });

  it("no chart when the plan has no rep data", async () => {
    const wb = new FakeWorkbookState();
    await port(wb).writeOutputs([kpisTable(measured([]), 30, "zh")]);
    expect(wb.mustSheet(SHEET).charts).toEqual([]);
  });
});
