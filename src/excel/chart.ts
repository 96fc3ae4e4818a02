/**
 * The Segmentation sheet's native XY scatter: doctors by volume (x) and
 * potential (y), one series per quadrant, and the two cut-offs drawn as
 * lines. A chart series needs contiguous ranges, so the per-quadrant y values
 * go to a labelled "chart data" block to the right of the table; the x values
 * are the table's own volume column, and the cut-off lines refer to the
 * cut-off cells of the side block, so they move when the user edits them.
 */
import { columnLetter } from "../core/cells";
import type { Lang } from "../core/issues";
import { quadrantName } from "../core/labels";
import type { OutputTable, OutputValue } from "../core/output";
import { QUADRANTS, type Quadrant } from "../core/settings";
import type { QueuedStep } from "./batches";
import { quadrantOfCell, QUADRANT_MARKERS, TEXT_FORMAT } from "./formats";
import { jsonBytes, rowBlocksByBytes } from "./limits";

const CHART_TEXT: Record<"title" | "data" | "volumeLine" | "potentialLine", { zh: string; en: string }> = {
  title: { zh: "医生细分：用量 × 潜力", en: "Doctors: volume × potential" },
  data: { zh: "图表数据", en: "Chart data" },
  volumeLine: { zh: "用量分界", en: "Volume cut-off" },
  potentialLine: { zh: "潜力分界", en: "Potential cut-off" },
};

/** Columns the chart needs, by key; null when the table lacks one of them. */
export interface ChartColumns {
  volume: number;
  potential: number;
  quadrant: number;
}

export function chartColumns(table: OutputTable): ChartColumns | null {
  const find = (key: string) => table.columns.findIndex((c) => c.key === key);
  const volume = find("volume");
  const potential = find("potential");
  const quadrant = find("quadrant");
  if (volume < 0 || potential < 0 || quadrant < 0 || table.rows.length === 0) return null;
  return { volume, potential, quadrant };
}

/** Absolute address of the side-block cell holding a cut-off, found by its label (zh or en). */
export function cutoffCell(table: OutputTable, which: "volumeCutoff" | "potentialCutoff"): string | null {
  for (const block of table.side ?? []) {
    const i = block.rows.findIndex((r) => r.key === which);
    if (i >= 0) return `$${columnLetter(block.col + 1)}$${block.row + 1 + i}`;
  }
  return null;
}

/** Lowest value of the "high" quadrants: where the data itself puts the cut-off. */
function impliedCutoff(table: OutputTable, cols: ChartColumns, axis: "volume" | "potential"): number {
  let min = Number.POSITIVE_INFINITY;
  for (const row of table.rows) {
    const q = quadrantOfCell(row[cols.quadrant] ?? null);
    const v = row[cols[axis]];
    const high = axis === "volume" ? q === "HH" || q === "HL" : q === "HH" || q === "LH";
    if (high && typeof v === "number" && v < min) min = v;
  }
  return Number.isFinite(min) ? min : 0;
}

export interface ChartPlacement {
  /** 0-based column where the chart's top-left corner goes. */
  chartCol: number;
  /** 0-based first column of the chart data block (6 columns wide). */
  dataCol: number;
}

/**
 * Steps that write the chart data block and add the chart. `sheet` returns
 * the Segmentation worksheet (created by an earlier step).
 */
export function segmentationChartSteps(
  sheet: () => Excel.Worksheet,
  table: OutputTable,
  cols: ChartColumns,
  placement: ChartPlacement,
  lang: Lang,
  chunkBudget: number,
): QueuedStep[] {
  const n = table.rows.length;
  const last = n + 1;
  const colRef = (c: number) => `$${columnLetter(c)}$2:$${columnLetter(c)}$${last}`;
  const { dataCol } = placement;

  // Per-quadrant y values (blank cells are not plotted).
  const yRows: OutputValue[][] = table.rows.map((row) => {
    const q = quadrantOfCell(row[cols.quadrant] ?? null);
    const y = row[cols.potential];
    return QUADRANTS.map((quad) => (quad === q && typeof y === "number" ? y : null));
  });
  const steps: QueuedStep[] = rowBlocksByBytes(yRows, chunkBudget).map((b) => {
    const block = yRows.slice(b.start, b.start + b.count);
    return {
      bytes: jsonBytes(block) + 200,
      queue: () => {
        sheet().getRangeByIndexes(1 + b.start, dataCol, b.count, QUADRANTS.length).values = block;
      },
    };
  });

  // Cut-off lines: two points each, live formulas over the side block and the data.
  const volumeCut = cutoffCell(table, "volumeCutoff") ?? String(impliedCutoff(table, cols, "volume"));
  const potentialCut =
    cutoffCell(table, "potentialCutoff") ?? String(impliedCutoff(table, cols, "potential"));
  const lineCol = dataCol + QUADRANTS.length;
  const t = (k: keyof typeof CHART_TEXT) => CHART_TEXT[k][lang];
  const headers = [
    ...QUADRANTS.map((q) => `${q} ${quadrantName(q, lang)}`),
    `${t("data")}: x`,
    `${t("data")}: y`,
  ];
  const lineFormulas = [
    [`=${volumeCut}`, "=0"],
    [`=${volumeCut}`, `=MAX(${colRef(cols.potential)})`],
    ["=0", `=${potentialCut}`],
    [`=MAX(${colRef(cols.volume)})`, `=${potentialCut}`],
  ];

  steps.push({
    bytes: jsonBytes(headers) + jsonBytes(lineFormulas) + 4000,
    queue: () => {
      const ws = sheet();
      const title = ws.getRangeByIndexes(0, dataCol, 1, headers.length);
      title.numberFormat = [headers.map(() => TEXT_FORMAT)];
      title.values = [headers];
      title.format.font.bold = true;
      ws.getRangeByIndexes(1, lineCol, 4, 2).formulas = lineFormulas;

      const firstY = ws.getRangeByIndexes(1, dataCol, n, 1);
      const chart = ws.charts.add("XYScatter", firstY, "Columns");
      chart.title.text = t("title");
      chart.axes.categoryAxis.title.text = table.columns[cols.volume].header;
      chart.axes.valueAxis.title.text = table.columns[cols.potential].header;
      chart.legend.position = "Bottom";
      const x = ws.getRange(colRef(cols.volume));
      QUADRANTS.forEach((q: Quadrant, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(headers[i]);
        series.name = headers[i];
        series.setXAxisValues(x);
        if (i > 0) series.setValues(ws.getRangeByIndexes(1, dataCol + i, n, 1));
        series.markerStyle = "Circle";
        series.markerBackgroundColor = QUADRANT_MARKERS[q];
        series.markerForegroundColor = QUADRANT_MARKERS[q];
      });
      const lines: [string, number][] = [
        [t("volumeLine"), 1],
        [t("potentialLine"), 3],
      ];
      for (const [name, row] of lines) {
        const series = chart.series.add(name);
        series.chartType = "XYScatterLinesNoMarkers";
        series.setXAxisValues(ws.getRangeByIndexes(row, lineCol, 2, 1));
        series.setValues(ws.getRangeByIndexes(row, lineCol + 1, 2, 1));
        series.format.line.color = "#C00000";
        series.format.line.lineStyle = "Dash";
      }
      chart.setPosition(
        ws.getRangeByIndexes(1, placement.chartCol, 1, 1),
        ws.getRangeByIndexes(22, placement.chartCol + 7, 1, 1),
      );
    },
  });
  return steps;
}
