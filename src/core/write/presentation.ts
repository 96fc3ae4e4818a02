/**
 * How MicroSeg's sheets look, for every host: number formats, the palette,
 * column widths, conditional formats, the frozen header, side blocks and the
 * Segmentation scatter chart. Pure: a table in, its resolved presentation out.
 */
import { columnLetter } from "../cells";
import { isoDateToSerial, type DateSystem } from "../dates";
import { quadrantName } from "../labels";
import type { ColumnFormat, OutputMatrix, OutputTable, OutputValue, SideBlock } from "../output";
import { QUADRANTS, type Quadrant } from "../settings";
import { tableHeaders } from "./names";
import type {
  ChartSeriesSpec,
  ColumnWidth,
  ConditionalFormatRule,
  NumberFormat,
  Palette,
  PlannedColumn,
  PlannedGrid,
  PlannedInput,
  PlannedSideBlock,
  BarChartSpec,
  BarSeriesSpec,
  ScatterChartSpec,
} from "./types";

/** Excel's text format: what is written into such a cell stays text. */
export const TEXT_FORMAT = "@";
/** For text-valued formula columns: "@" would stop the formula from calculating. */
export const GENERAL_FORMAT = "General";
export const TABLE_STYLE = "TableStyleMedium2" as const;

export const NUMBER_FORMATS: Record<ColumnFormat, NumberFormat> = {
  text: TEXT_FORMAT,
  integer: "#,##0",
  number: "#,##0.00",
  rx: "#,##0.0",
  money: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

export const PALETTE: Palette = {
  // Soft fills readable with black text: Grow green, Develop amber, Maintain blue, Monitor grey.
  quadrantFill: { HH: "#C6EFCE", LH: "#FFEB9C", HL: "#BDD7EE", LL: "#E7E6E6" },
  // Chart markers, stronger than the fills.
  quadrantMarker: { HH: "#2E7D32", LH: "#EF6C00", HL: "#1565C0", LL: "#757575" },
  dataBar: "#638EC6",
  smartFail: "#FFC7CE",
  cutoffLine: "#C00000",
  bar: "#4472C4",
  targetLine: "#C00000",
  input: "#FFF2CC",
};

/** The columns meant for typing, over the table's data rows (at least its one blank row). */
export function plannedInputs(table: OutputTable): PlannedInput[] {
  const last = Math.max(1, table.rows.length) + 1;
  return table.columns.flatMap((col, c): PlannedInput[] => {
    if (!col.input) return [];
    const letter = columnLetter(c);
    return [
      {
        key: col.key,
        range: `${letter}2:${letter}${last}`,
        fill: PALETTE.input,
        list: col.input.choices && col.input.choices.length > 0 ? [...col.input.choices] : null,
        ...(col.input.prompt && col.input.choices?.length
          ? {
              prompt: {
                title: col.input.prompt.title.slice(0, 32),
                message: col.input.prompt.message.slice(0, 255),
              },
            }
          : {}),
      },
    ];
  });
}

/** "2026-12-01" → Excel date serial (1900 date system unless given); null for anything else. */
export function isoDateSerial(v: string, system: DateSystem = 1900): number | null {
  return isoDateToSerial(v, system);
}

/** The value a cell of this format holds in Excel: dates as serials, the rest as given. */
export function excelCellValue(v: OutputValue, format: ColumnFormat, system: DateSystem = 1900): OutputValue {
  if (format === "date" && typeof v === "string") return isoDateSerial(v, system) ?? v;
  return v;
}

/** True when the value goes into the cell as text (and so needs "@" first, or Excel converts it). */
export function isTextValue(v: OutputValue, format: ColumnFormat): boolean {
  return typeof excelCellValue(v, format) === "string";
}

/** Width of a text in character cells: CJK characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

export function columnWidthOf(chars: number, col: number): ColumnWidth {
  const clamped = Math.min(Math.max(Math.round(chars), 6), 60);
  return { col, chars: clamped, points: Math.round(clamped * 7.2) };
}

/** Width in characters: the engine's hint, else the header and the first rows' text. */
function columnChars(table: OutputTable, c: number): number {
  const col = table.columns[c];
  if (col.width) return col.width;
  let w = displayWidth(col.header);
  for (const row of table.rows.slice(0, 50)) {
    const v = row[c];
    if (typeof v === "string") w = Math.max(w, displayWidth(v));
    else if (typeof v === "number") w = Math.max(w, 10);
  }
  return w + 2;
}

export function plannedColumns(table: OutputTable): PlannedColumn[] {
  const headers = tableHeaders(table.columns.map((c) => c.header));
  return table.columns.map((col, c): PlannedColumn => {
    const textColumn = col.format === "text";
    const numberFormat = col.formula
      ? textColumn
        ? GENERAL_FORMAT
        : NUMBER_FORMATS[col.format]
      : NUMBER_FORMATS[col.format];
    const textRows: number[] = [];
    if (!textColumn && !col.formula) {
      table.rows.forEach((row, i) => {
        if (isTextValue(row[c] ?? null, col.format)) textRows.push(i);
      });
    }
    const planned: PlannedColumn = {
      key: col.key,
      header: headers[c],
      format: col.format,
      numberFormat,
      textRows,
    };
    if (col.formula) planned.formula = col.formula;
    return planned;
  });
}

export function tableWidths(table: OutputTable): ColumnWidth[] {
  const widths = table.columns.map((_c, i) => columnWidthOf(columnChars(table, i), i));
  for (const block of table.side ?? []) {
    const labels = [block.title, ...block.rows.map((r) => r.label)];
    widths.push(columnWidthOf(Math.max(...labels.map(displayWidth)) + 2, block.col));
  }
  for (const m of table.matrices ?? []) {
    // The title runs over the empty cells right of it; the label column fits the labels.
    const labels = [m.corner, m.totalLabel, ...m.rows.map((r) => r.label)];
    widths.push(columnWidthOf(Math.max(...labels.map(displayWidth)) + 2, m.col));
    [...m.columns, m.totalLabel].forEach((h, i) =>
      widths.push(columnWidthOf(Math.max(displayWidth(h) + 2, 6), m.col + 1 + i)),
    );
  }
  return widths;
}

/** Columns a matrix takes: labels, one per column label, the total. */
export function matrixWidth(m: OutputMatrix): number {
  return m.columns.length + 2;
}

/**
 * A matrix as a grid: title, header, a row per label with its live row total,
 * and the total row of live column sums (the grand total in the corner). The
 * counts are constants; every total caches its value.
 */
export function matrixGrid(m: OutputMatrix): PlannedGrid {
  const n = m.columns.length;
  const top = m.row; // Excel row of the title; the header is top + 1, data from top + 2.
  const first = top + 2;
  const last = top + 1 + m.rows.length;
  const letter = (i: number) => columnLetter(m.col + 1 + i);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const colSums = Array.from({ length: n }, (_v, j) => sum(m.rows.map((r) => r.values[j] ?? 0)));
  const values: OutputValue[][] = [
    [m.title, ...new Array<OutputValue>(n + 1).fill(null)],
    [m.corner, ...m.columns, m.totalLabel],
    ...m.rows.map((r) => [r.label, ...r.values, sum(r.values)]),
    [m.totalLabel, ...colSums, sum(colSums)],
  ];
  const none = (): (string | null)[] => new Array<string | null>(n + 2).fill(null);
  const formulas: (string | null)[][] = [
    none(),
    none(),
    ...m.rows.map((_r, i) => {
      const row = none();
      row[n + 1] = `=SUM(${letter(0)}${first + i}:${letter(n - 1)}${first + i})`;
      return row;
    }),
    [null, ...Array.from({ length: n + 1 }, (_v, j) => `=SUM(${letter(j)}${first}:${letter(j)}${last})`)],
  ];
  return {
    key: m.key,
    row: top - 1,
    col: m.col,
    values,
    formulas,
    rowFormats: values.map((_r, i) => (i < 2 ? TEXT_FORMAT : NUMBER_FORMATS.integer)),
    boldRows: [0, 1, values.length - 1],
  };
}

function sideRowFormat(value: OutputValue, format: ColumnFormat | undefined): NumberFormat {
  const isFormula = typeof value === "string" && value.startsWith("=");
  // What the cell holds: an ISO date of a "date" row becomes a serial and takes the date format.
  if (!isFormula && typeof excelCellValue(value, format ?? "text") === "string") return TEXT_FORMAT;
  if (!format || format === "text") return GENERAL_FORMAT;
  return NUMBER_FORMATS[format];
}

export function plannedSideBlock(block: SideBlock): PlannedSideBlock {
  return {
    key: block.key,
    col: block.col,
    excelRow: block.row,
    title: block.title,
    rows: block.rows.map((r, i) => {
      const isFormula = typeof r.value === "string" && r.value.startsWith("=");
      return {
        key: r.key,
        label: r.label,
        address: `$${columnLetter(block.col + 1)}$${block.row + 1 + i}`,
        value: isFormula ? (r.cached ?? null) : excelCellValue(r.value, r.format ?? "text"),
        formula: isFormula ? (r.value as string) : null,
        numberFormat: sideRowFormat(r.value, r.format),
      };
    }),
  };
}

/** Conditional formats of the columns that ask for them, over the data rows. */
export function conditionalFormats(table: OutputTable): ConditionalFormatRule[] {
  const n = table.rows.length;
  if (n === 0) return [];
  const rules: ConditionalFormatRule[] = [];
  table.columns.forEach((col, c) => {
    const letter = columnLetter(c);
    const range = `${letter}2:${letter}${n + 1}`;
    const first = `$${letter}2`;
    switch (col.highlight) {
      case "quadrant":
        // Quadrant cells hold the code (HH …) in every language.
        for (const q of QUADRANTS) {
          rules.push({
            kind: "expression",
            key: q,
            range,
            formula: `=${first}="${q}"`,
            fill: PALETTE.quadrantFill[q],
          });
        }
        break;
      case "databar":
        rules.push({ kind: "dataBar", key: "databar", range, color: PALETTE.dataBar });
        break;
      case "smart":
        // A SMART check lists the letters an objective fails; blank or ✓ passes.
        rules.push({
          kind: "expression",
          key: "smartFail",
          range,
          formula: `=AND(LEN(${first})>0,${first}<>"✓")`,
          fill: PALETTE.smartFail,
        });
        break;
      case undefined:
        break;
    }
  });
  return rules;
}

const CHART_TEXT = {
  title: { zh: "医生细分：用量 × 潜力", en: "Doctors: volume × potential" },
  data: { zh: "图表数据", en: "Chart data" },
  volumeLine: { zh: "用量分界", en: "Volume cut-off" },
  potentialLine: { zh: "潜力分界", en: "Potential cut-off" },
} as const;

function sideRow(table: OutputTable, key: string): { address: string; cached: number | null } | null {
  for (const block of table.side ?? []) {
    const i = block.rows.findIndex((r) => r.key === key);
    if (i < 0) continue;
    const r = block.rows[i];
    const v = typeof r.value === "number" ? r.value : r.cached;
    return {
      address: `$${columnLetter(block.col + 1)}$${block.row + 1 + i}`,
      cached: typeof v === "number" ? v : null,
    };
  }
  return null;
}

function isQuadrant(v: OutputValue | undefined): v is Quadrant {
  return v === "HH" || v === "LH" || v === "HL" || v === "LL";
}

/** Lowest value of the "high" quadrants: where the data itself puts a cut-off when no cell holds it. */
function impliedCutoff(table: OutputTable, q: number, axis: number, high: readonly Quadrant[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const row of table.rows) {
    const code = row[q];
    const v = row[axis];
    if (isQuadrant(code) && high.includes(code) && typeof v === "number" && v < min) min = v;
  }
  return Number.isFinite(min) ? min : 0;
}

function maxOf(table: OutputTable, c: number): number {
  let max = 0;
  for (const row of table.rows) {
    const v = row[c];
    if (typeof v === "number" && v > max) max = v;
  }
  return max;
}

/**
 * The scatter chart of a table with volume, potential and quadrant columns:
 * a data block (one y column per quadrant, blank where a doctor is in another
 * quadrant, plus the cut-off lines' points as live formulas) and the chart
 * spec over it. Every series range exists whatever the quadrant counts.
 */
export function scatterChart(
  table: OutputTable,
  firstFreeCol: number,
): { grid: PlannedGrid; chart: ScatterChartSpec } | null {
  const find = (key: string) => table.columns.findIndex((c) => c.key === key);
  const vol = find("volume");
  const pot = find("potential");
  const quad = find("quadrant");
  const n = table.rows.length;
  if (vol < 0 || pot < 0 || quad < 0 || n === 0) return null;
  const lang = table.lang;
  const chartCol = firstFreeCol + 1;
  const dataCol = firstFreeCol + 10;
  const lineCol = dataCol + QUADRANTS.length;
  const abs = (c: number, r1: number, r2: number) => `$${columnLetter(c)}$${r1}:$${columnLetter(c)}$${r2}`;
  const colRef = (c: number) => abs(c, 2, n + 1);

  const vCell = sideRow(table, "volumeCutoff");
  const pCell = sideRow(table, "potentialCutoff");
  const vCut = vCell?.cached ?? impliedCutoff(table, quad, vol, ["HH", "HL"]);
  const pCut = pCell?.cached ?? impliedCutoff(table, quad, pot, ["HH", "LH"]);
  const vRef = vCell?.address ?? String(vCut);
  const pRef = pCell?.address ?? String(pCut);
  const maxVol = maxOf(table, vol);
  const maxPot = maxOf(table, pot);

  const names = QUADRANTS.map((q) => `${q} ${quadrantName(q, lang)}`);
  const headers: OutputValue[] = [...names, `${CHART_TEXT.data[lang]}: x`, `${CHART_TEXT.data[lang]}: y`];
  const rows = Math.max(n, 4);
  const values: OutputValue[][] = [headers];
  const formulas: (string | null)[][] = [headers.map(() => null)];
  const lines: [string, string, number, number][] = [
    [`=${vRef}`, "=0", vCut, 0],
    [`=${vRef}`, `=MAX(${colRef(pot)})`, vCut, maxPot],
    ["=0", `=${pRef}`, 0, pCut],
    [`=MAX(${colRef(vol)})`, `=${pRef}`, maxVol, pCut],
  ];
  for (let i = 0; i < rows; i++) {
    const row = table.rows[i];
    const code = row?.[quad];
    const y = row?.[pot];
    const line = lines[i];
    values.push([
      ...QUADRANTS.map((q) => (row && code === q && typeof y === "number" ? y : null)),
      line ? line[2] : null,
      line ? line[3] : null,
    ]);
    formulas.push([null, null, null, null, line ? line[0] : null, line ? line[1] : null]);
  }
  const grid: PlannedGrid = {
    key: "chartData",
    row: 0,
    col: dataCol,
    values,
    formulas,
    rowFormats: values.map((_r, i) => (i === 0 ? TEXT_FORMAT : GENERAL_FORMAT)),
    boldRows: [0],
  };
  const series: ChartSeriesSpec[] = [
    ...QUADRANTS.map((q, i): ChartSeriesSpec => ({
      key: q,
      name: names[i],
      kind: "markers",
      xValues: colRef(vol),
      yValues: abs(dataCol + i, 2, n + 1),
      color: PALETTE.quadrantMarker[q],
    })),
    {
      key: "volumeCutoff",
      name: CHART_TEXT.volumeLine[lang],
      kind: "line",
      xValues: abs(lineCol, 2, 3),
      yValues: abs(lineCol + 1, 2, 3),
      color: PALETTE.cutoffLine,
    },
    {
      key: "potentialCutoff",
      name: CHART_TEXT.potentialLine[lang],
      kind: "line",
      xValues: abs(lineCol, 4, 5),
      yValues: abs(lineCol + 1, 4, 5),
      color: PALETTE.cutoffLine,
    },
  ];
  const chart: ScatterChartSpec = {
    kind: "scatter",
    type: "XYScatter",
    title: CHART_TEXT.title[lang],
    xAxisTitle: table.columns[vol].header,
    yAxisTitle: table.columns[pot].header,
    legend: "Bottom",
    topLeft: `${columnLetter(chartCol)}2`,
    bottomRight: `${columnLetter(chartCol + 7)}23`,
    series,
  };
  return { grid, chart };
}

/** A bar chart's value axis over percentages: whole percents. */
export const PERCENT_AXIS_FORMAT = "0%";

/**
 * The column chart a table asks for (OutputTable.chart): categories and values
 * are the table's own cells (live formulas stay live in the chart), the target
 * a column of constants beside the side blocks, on the charted rows; the chart
 * sits under the table. Null without a chart, without a charted row, or when a
 * column it names is missing.
 */
export function barChart(
  table: OutputTable,
  firstFreeCol: number,
): { grid: PlannedGrid | null; chart: BarChartSpec } | null {
  const spec = table.chart;
  if (!spec) return null;
  const cat = table.columns.findIndex((c) => c.key === spec.categoryColumn);
  const val = table.columns.findIndex((c) => c.key === spec.valueColumn);
  const n = Math.min(spec.rows, table.rows.length);
  if (cat < 0 || val < 0 || n <= 0) return null;
  const abs = (c: number) => `$${columnLetter(c)}$2:$${columnLetter(c)}$${n + 1}`;
  const format = table.columns[val].format;
  const axisFormat = format === "percent" ? PERCENT_AXIS_FORMAT : NUMBER_FORMATS[format];
  const series: BarSeriesSpec[] = [
    { key: "values", name: table.columns[val].header, kind: "bars", values: abs(val), color: PALETTE.bar },
  ];
  let grid: PlannedGrid | null = null;
  if (spec.target) {
    const col = firstFreeCol + 1;
    const values: OutputValue[][] = [
      [`${CHART_TEXT.data[table.lang]}: ${spec.target.name}`],
      ...Array.from({ length: n }, () => [spec.target?.value ?? null]),
    ];
    grid = {
      key: "chartData",
      row: 0,
      col,
      values,
      formulas: null,
      rowFormats: values.map((_r, i) => (i === 0 ? TEXT_FORMAT : axisFormat)),
      boldRows: [0],
    };
    series.push({
      key: "target",
      name: spec.target.name,
      kind: "line",
      values: abs(col),
      color: PALETTE.targetLine,
    });
  }
  // Under the table, one blank row apart: the first thing seen below the numbers.
  const top = table.rows.length + 3;
  const chart: BarChartSpec = {
    kind: "bar",
    type: "ColumnClustered",
    key: spec.key,
    title: spec.title,
    categories: abs(cat),
    valueAxisFormat: axisFormat,
    legend: "Bottom",
    topLeft: `A${top}`,
    bottomRight: `${columnLetter(Math.max(7, Math.min(n + 3, 15)))}${top + 18}`,
    series,
  };
  return { grid, chart };
}
