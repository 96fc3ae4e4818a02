/** The fake workbook's state: sheets, cells, tables, charts, conditional formats, and the sync log. */
import { columnLetter, type ExcelErrorCode } from "../../../src/core/cells";
import type { ExcelRunner } from "../../../src/excel/ExcelWorkbookPort";
import { FakeContext } from "./context";
import { sheetNameRefusal } from "./rules";

export type RawCell = string | number | boolean | { error: ExcelErrorCode };

export interface CellState {
  value: string | number | boolean | null;
  error?: ExcelErrorCode;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** format.fill.color ("#RRGGBB"). */
  fill?: string;
  /** The cell's data validation rule (Range.dataValidation.rule), as set. */
  validation?: Excel.DataValidationRule;
  /** Range.dataValidation.prompt, as set. */
  prompt?: Excel.DataValidationPrompt;
}

export interface ConditionalFormatState {
  type: string;
  rect: Rect;
  formula?: string;
  fill?: string;
  barDirection?: string;
  barColor?: string;
}

export interface SeriesState {
  name: string;
  chartType?: string;
  x?: string;
  y?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  lineColor?: string;
  lineStyle?: string;
  /** format.fill.setSolidColor (columns and bars). */
  fillColor?: string;
  hasDataLabels?: boolean;
}

export interface ChartState {
  /** Unique on its sheet, as Excel names charts ("Chart 3"). */
  name: string;
  type: string;
  title: string;
  xTitle: string;
  yTitle: string;
  legend?: string;
  /** axes.valueAxis.numberFormat (ExcelApi 1.8) and .minimum. */
  valueAxisFormat?: string;
  valueAxisMinimum?: number;
  series: SeriesState[];
  position?: [string, string];
}

export interface TableState {
  name: string;
  rect: Rect;
  style?: string;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: string;
  cells: Map<string, CellState>;
  tables: TableState[];
  charts: ChartState[];
  conditionalFormats: ConditionalFormatState[];
  frozenRows: number;
  columnWidths: Map<number, number>;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SyncLog {
  requestBytes: number;
  responseBytes: number;
  commands: string[];
  /** Refused whole as over the payload limit: none of its commands ran. */
  refused?: boolean;
}

export interface Command {
  label: string;
  bytes: number;
  apply: () => void;
}

export const key = (r: number, c: number) => `${r},${c}`;

export function rectAddress(rect: Rect): string {
  const a = `${columnLetter(rect.col)}${rect.row + 1}`;
  const b = `${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return a === b ? a : `${a}:${b}`;
}

export function parseRef(ref: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) throw new Error(`InvalidArgument: address ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export class FakeWorkbookState {
  sheets: SheetState[] = [];
  syncs: SyncLog[] = [];
  runOptions: Excel.RunOptions[] = [];
  suspendedCalc = 0;
  suspendedScreen = 0;
  active: string | null = null;
  /** The workbook's "Use 1904 date system" option. */
  date1904 = false;
  selected: string | null = null;
  /** Makes the command whose label matches fail at sync time. */
  failOn: ((label: string) => boolean) | null = null;
  /** Requests over this many bytes are refused as Excel refuses them (RequestPayloadSizeLimitExceeded). */
  payloadLimit: number | null = null;
  /** Responses over this many bytes are refused as Excel refuses them (ResponsePayloadSizeLimitExceeded). */
  responseLimit: number | null = null;
  /** Charts added so far: each gets a new name. */
  chartsMade = 0;
  /** The newest ExcelApi set this host has ("1.7": the manifest's minimum); null = every set. */
  excelApi: string | null = null;
  private nextId = 1;

  /** Whether this host has ExcelApi `version` (what Office.context.requirements answers). */
  supports(version: string): boolean {
    if (this.excelApi === null) return true;
    const minor = (v: string) => Number(v.split(".")[1] ?? 0);
    return minor(version) <= minor(this.excelApi);
  }

  addSheet(name: string): SheetState {
    const refusal = this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())
      ? "already used"
      : sheetNameRefusal(name);
    if (refusal) throw new Error(`InvalidArgument: sheet name "${name}" ${refusal}`);
    const sheet: SheetState = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      cells: new Map(),
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Seeds a sheet with raw cells, top-left at `at` (e.g. "B3"). Errors as {error: "#N/A"}. */
  seed(name: string, rows: (RawCell | null)[][], at = "A1"): SheetState {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    const { row, col } = parseRef(at);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null) return;
        const cell: CellState = typeof v === "object" ? { value: v.error, error: v.error } : { value: v };
        sheet.cells.set(key(row + i, col + j), cell);
      }),
    );
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): CellState | undefined {
    const { row, col } = parseRef(address);
    return this.mustSheet(sheet).cells.get(key(row, col));
  }

  allTables(): TableState[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Excel.run over this workbook, one fresh context per run. */
  readonly run: ExcelRunner = async <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    this.runOptions.push(options);
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending()) await context.sync();
    return result;
  };
}
