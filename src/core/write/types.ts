/**
 * The write plan: everything a generation writes into a workbook, decided
 * once in the core (planWrite) and only executed by a port (Excel, .xlsx,
 * memory). A port reads a WorkbookSnapshot, calls planWrite, and carries out
 * the plan; it holds no naming, ownership or styling policy of its own.
 *
 * Executing a plan (every port, in this order):
 *   1. For each SheetWrite with mode "rewrite": the owned sheet `previousName`
 *      is kept (same sheet, so a user's ='Target List'!B2 or pivot still
 *      works), its `clear.tables`, charts and conditional formats are deleted,
 *      its used range is cleared (contents and formats), and, when
 *      `previousName !== sheetName`, it is renamed to `sheetName` (Excel
 *      updates the user's references on a rename; only a delete breaks them).
 *      Mode "create": a new sheet `sheetName` is added at the end.
 *   2. Cells: the table (header row 1 from column A, data from row 2; every
 *      header cell and every cell in `PlannedColumn.textRows` or a column
 *      whose `numberFormat` is "@" is formatted "@" BEFORE its value is
 *      written), the side blocks, the chart data block. A formula cell gets
 *      `cached` as its cached value where the host can store one (.xlsx).
 *   3. The Excel table over `table.address` named `table.name`, style
 *      `table.style`; `freeze`; `columnWidths`; `conditionalFormats` in order;
 *      `inputs` (fill, then any earlier validation of the range cleared and
 *      the list set); `chart` (series added one by one with series.add, in
 *      order; `kind` says scatter or clustered columns).
 *   4. `retire`: owned sheets no longer needed are deleted (a very hidden
 *      sheet is made hidden first: Excel refuses to delete a very hidden one).
 *   5. The registry sheet: created when `registry.create`, cells A1..An of
 *      column A set to `registry.cells` (each at most 32,767 characters, the
 *      Excel cell limit) and rows n+1..`registry.clearTo` blanked, formatted
 *      "@", then made `registry.visibility`.
 * What cannot be undone goes last: a port that executes in steps (Excel)
 * deletes retired sheets and the earlier charts of rewritten sheets only
 * after everything else went through, so a failure before keeps them.
 * On failure a port restores the previous state: created sheets removed,
 * rewritten sheets given back their previous content and names, retired ones
 * kept, the registry cells put back (`registry.previous`).
 *
 * Addresses are A1 on the sheet itself, absolute ("$F$2:$F$101") for ranges
 * that formulas or series refer to. Rows and columns in numbers are 0-based
 * unless named "excelRow" (1-based). Colours are "#RRGGBB".
 *
 * Stability: this shape is shared by the hosts and the package writer; change
 * it only by adding optional fields.
 */
import type { SheetData } from "../cells";
import type { Lang } from "../issues";
import type { ColumnFormat, OutputId, OutputTable, OutputValue } from "../output";
import type { WriteReport } from "../port";
import type { Registry } from "../registry";
import type { Quadrant } from "../settings";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One worksheet as a port sees it before writing. */
export interface SnapshotSheet {
  name: string;
  /** Excel tables (ListObjects) on the sheet, by name. */
  tables: string[];
  visibility: SheetVisibility;
  /** Set when the registry lists this sheet as MicroSeg's output `ownedAs` (filled by workbookSnapshot). */
  ownedAs?: OutputId;
}

/** What planWrite needs to know of the workbook; built by workbookSnapshot() from what a port read. */
export interface WorkbookSnapshot {
  /** Every worksheet in tab order, the registry sheet included when present. */
  sheets: SnapshotSheet[];
  /** The registry as stored (an empty one when absent or damaged). */
  registry: Registry;
  /** The registry sheet's column A cells as read (null: no registry sheet). */
  registryCells: string[] | null;
  /** Owned sheets by output id (only sheets that exist and the registry lists). */
  owned: Partial<Record<OutputId, string>>;
}

/** What a port reads for a generation: the inputs, and MicroSeg's own sheets' values apart. */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Sheets the input search may read: every sheet that is neither owned nor the registry. */
  inputs: SheetData[];
  /** Values of the owned sheets by output id (e.g. the previous Target List's feedback column). */
  owned: Partial<Record<OutputId, SheetData>>;
  /**
   * The settings saved in the workbook as this read found them (what
   * loadSettings answers; null when none), so one read serves both.
   * Absent when a port does not say: ask loadSettings.
   */
  settings?: unknown;
}

export interface WriteOptions {
  /** Time of the generation, stored in the registry. */
  now: Date;
  /**
   * "plan": the tables are the whole plan; owned sheets of outputs not among
   * them are retired. "only": just these outputs are written and other owned
   * sheets stay (the Issues sheet of a failed run). Default "plan".
   */
  scope?: "plan" | "only";
  /**
   * Called with the report once names are decided and before the content is
   * resolved, so a status line can say what really happens (renames …).
   */
  annotate?: (report: WriteReport, tables: readonly OutputTable[]) => OutputTable[];
  /**
   * The sheet to show once the write succeeded, in the same batch: the first
   * of `outputs` the plan writes (else the first sheet it writes), with
   * `address` selected on it.
   */
  show?: { outputs: readonly OutputId[]; address?: string };
}

/** What a caller of WorkbookPort.writeOutputs chooses (the port supplies `now`). */
export type PortWriteOptions = Omit<WriteOptions, "now">;

/** Number format codes (Excel's). */
export type NumberFormat = string;

export interface PlannedColumn {
  key: string;
  /** Header as written (never blank, unique in the table: Excel repairs tables otherwise). */
  header: string;
  format: ColumnFormat;
  /** Number format of the column's data cells. */
  numberFormat: NumberFormat;
  /** A1 template with {r} (see output.ts formulaForRow); the rows hold its cached values. */
  formula?: string;
  /**
   * Data rows (0-based) of a non-text, non-formula column whose value is text:
   * those cells get "@" before their value, so Excel keeps them as typed.
   */
  textRows: number[];
}

export interface PlannedTable {
  /** Excel table name, unique in the workbook. */
  name: string;
  style: "TableStyleMedium2";
  /** The table's range including the header, e.g. "A1:N101" (one blank data row when there are no rows). */
  address: string;
  columns: PlannedColumn[];
  /** rows[i][c]: value of column c in data row i (a formula column's cached value). Not copied. */
  rows: OutputValue[][];
  /** Data rows the table spans (rows.length, at least 1). */
  spanRows: number;
}

export interface PlannedSideRow {
  key: string;
  label: string;
  /** A1 address of the value cell, absolute, e.g. "$Q$3". */
  address: string;
  /** The constant, or for a formula its cached value. */
  value: OutputValue;
  /** The formula ("=MEDIAN(F2:F101)"), or null for a constant. */
  formula: string | null;
  numberFormat: NumberFormat;
}

export interface PlannedSideBlock {
  key: string;
  /** 0-based column of the labels; values are in col + 1. */
  col: number;
  /** 1-based Excel row of the title; row i of the block is on excelRow + 1 + i. */
  excelRow: number;
  title: string;
  rows: PlannedSideRow[];
}

/** A rectangle of cells written as they are (the chart's data block). */
export interface PlannedGrid {
  key: string;
  /** 0-based top row and left column. */
  row: number;
  col: number;
  /** values[r][c]; a cell with a formula holds its cached value here. */
  values: OutputValue[][];
  /** formulas[r][c] or null; null for the whole grid when there is none. */
  formulas: (string | null)[][] | null;
  /** Number format of row r (every cell of it). */
  rowFormats: NumberFormat[];
  /** Rows shown bold (0-based in the grid). */
  boldRows: number[];
}

export type ConditionalFormatRule =
  | {
      kind: "expression";
      /** What the rule marks: a quadrant code, or "smartFail". */
      key: Quadrant | "smartFail";
      /** Range the rule applies to, e.g. "I2:I101". */
      range: string;
      /** Excel formula with "=", relative to the range's first cell, e.g. '=$I2="HH"'. */
      formula: string;
      fill: string;
    }
  | {
      kind: "dataBar";
      key: "databar";
      range: string;
      color: string;
    };

export interface ChartSeriesSpec {
  /** A quadrant code, or the cut-off line "volumeCutoff" / "potentialCutoff". */
  key: Quadrant | "volumeCutoff" | "potentialCutoff";
  name: string;
  /** "markers": points only; "line": a dashed line without markers. */
  kind: "markers" | "line";
  /** Absolute A1 ranges on the same sheet; they always exist (at least one row), whatever the quadrant counts. */
  xValues: string;
  yValues: string;
  color: string;
}

export interface ScatterChartSpec {
  kind: "scatter";
  type: "XYScatter";
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  legend: "Bottom";
  /** Cells the chart's corners sit on. */
  topLeft: string;
  bottomRight: string;
  /** The four quadrant series (HH, LH, HL, LL) then the two cut-off lines. */
  series: ChartSeriesSpec[];
}

/**
 * Cells of a column meant for typing (issue 16): filled with `fill` so they
 * look like input, and, when `list` is given, a drop-down list validation
 * (Excel: range.dataValidation.rule = { list: { inCellDropDown, source } };
 * .xlsx: <dataValidation type="list">) over the same range.
 */
export interface PlannedInput {
  /** The column's key, e.g. "repFeedback". */
  key: string;
  /** The data cells, e.g. "X2:X101" (the one blank row of an empty table included). */
  range: string;
  fill: string;
  /** The allowed values in the output language, e.g. ["保留", "移除"]; null: free text. */
  list: string[] | null;
  /** The note Excel shows when such a cell is selected (with the list only; title ≤ 32, message ≤ 255 characters). */
  prompt?: { title: string; message: string };
}

export interface BarSeriesSpec {
  /** "values": the chart's measure (a bar per category); "target": the constant target drawn across them. */
  key: "values" | "target";
  name: string;
  /** "bars": clustered columns; "line": a dashed line without markers over the same categories. */
  kind: "bars" | "line";
  /** Absolute A1 range on the same sheet, one cell per category. */
  values: string;
  color: string;
}

/**
 * A clustered column chart (DrawingML c:barChart with barDir "col"): one bar
 * per category and, when there is a target, a line series over the same
 * categories (a column + line combination; horizontal bars cannot share their
 * categories with a line).
 */
export interface BarChartSpec {
  kind: "bar";
  type: "ColumnClustered";
  /** What the chart shows, e.g. "callAttainment". */
  key: string;
  title: string;
  /** Absolute A1 range of the category labels (the rep names). */
  categories: string;
  /** Number format of the value axis ("0%"); the bars' data labels follow their cells. */
  valueAxisFormat: NumberFormat;
  legend: "Bottom";
  topLeft: string;
  bottomRight: string;
  /** The bars first, then the target line when there is one. */
  series: BarSeriesSpec[];
}

export type ChartSpec = ScatterChartSpec | BarChartSpec;

export interface ColumnWidth {
  /** 0-based column. */
  col: number;
  /** Width in characters (.xlsx) … */
  chars: number;
  /** … and in points (Office.js Range.format.columnWidth). */
  points: number;
}

export interface SheetWrite {
  id: OutputId;
  lang: Lang;
  /** Final sheet name. */
  sheetName: string;
  /** "rewrite": the owned sheet `previousName` is cleared and written in place; "create": a new sheet. */
  mode: "rewrite" | "create";
  /** The owned sheet's name before this write (null when created). */
  previousName: string | null;
  /** What the owned sheet holds today and must go before writing. */
  clear: { tables: string[] };
  table: PlannedTable;
  sideBlocks: PlannedSideBlock[];
  /** Extra cell blocks (the chart data), written after the side blocks. */
  grids: PlannedGrid[];
  conditionalFormats: ConditionalFormatRule[];
  /** Input cells and their drop-down lists, applied after the conditional formats (absent: none). */
  inputs?: PlannedInput[];
  /** The sheet's one chart: the Segmentation scatter, or the KPIs' call attainment columns. */
  chart: ChartSpec | null;
  columnWidths: ColumnWidth[];
  freeze: { rows: number; columns: number };
  /** Rows × columns from A1 the sheet's content spans (table, blocks, chart data). */
  extent: { rows: number; columns: number };
}

export interface RegistryWrite {
  sheetName: string;
  /** The registry sheet does not exist yet. */
  create: boolean;
  /** Column A from A1, each at most REGISTRY_CELL_CHARS characters. */
  cells: string[];
  /** Rows (1-based, inclusive) to blank after the new cells: a longer earlier registry. */
  clearTo: number;
  visibility: SheetVisibility;
  /** The registry stored after the write. */
  next: Registry;
  /** What to put back on failure (null: the sheet did not exist, delete it). */
  previous: { cells: string[]; visibility: SheetVisibility } | null;
}

export interface RetiredSheet {
  id: OutputId | null;
  sheetName: string;
  visibility: SheetVisibility;
}

export interface WritePlan {
  /** In write order. */
  sheets: SheetWrite[];
  /** Owned sheets a new run no longer needs, deleted once every sheet is written. */
  retire: RetiredSheet[];
  registry: RegistryWrite;
  report: WriteReport;
  /** The sheet to show (and cell to select) after the write, when WriteOptions.show asked for one. */
  show: { sheetName: string; address: string | null } | null;
  /** Colours used, for hosts that show a legend. */
  palette: Palette;
}

export interface Palette {
  quadrantFill: Record<Quadrant, string>;
  quadrantMarker: Record<Quadrant, string>;
  dataBar: string;
  smartFail: string;
  cutoffLine: string;
  /** Fill of the cells meant for typing (a light yellow, Excel's "Input" style). */
  input: string;
  /** Bars of a bar chart, and its target line. */
  bar: string;
  targetLine: string;
}
