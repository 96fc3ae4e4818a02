/**
 * A small in-memory Excel behind the Office.js object model, for tests.
 *
 * Like the real API, commands are queued and run at context.sync(): property
 * reads before load + sync throw, a failing command stops the batch after the
 * commands before it were applied, and strings written into a cell that is
 * not text-formatted become formulas when they start with = + - or @. Every
 * sync is logged with its request and response size (JSON bytes).
 *
 * Each fake class may only have public members that the real Excel class
 * has: `onlyRealMembers<Fake, Excel.X>()` below fails to compile otherwise.
 */
import { columnLetter, type ExcelErrorCode } from "../../src/core/cells";
import { jsonBytes } from "../../src/excel/limits";
import type { ExcelRunner } from "../../src/excel/ExcelWorkbookPort";

type Extra<F, E> = Exclude<keyof F, keyof E>;
function onlyRealMembers<F, E>(ok: [Extra<F, E>] extends [never] ? true : Extra<F, E>): void {
  void ok;
}

// ---------- workbook state ----------

export type RawCell = string | number | boolean | { error: ExcelErrorCode };

export interface CellState {
  value: string | number | boolean | null;
  error?: ExcelErrorCode;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface ConditionalFormatState {
  type: string;
  rect: Rect;
  formula?: string;
  fill?: string;
  barDirection?: string;
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
}

export interface ChartState {
  type: string;
  title: string;
  xTitle: string;
  yTitle: string;
  legend?: string;
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
}

interface Command {
  label: string;
  bytes: number;
  apply: () => void;
}

const key = (r: number, c: number) => `${r},${c}`;

function rectAddress(rect: Rect): string {
  const a = `${columnLetter(rect.col)}${rect.row + 1}`;
  const b = `${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return a === b ? a : `${a}:${b}`;
}

function parseRef(ref: string): Rect {
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
  private nextId = 1;

  addSheet(name: string): SheetState {
    if (
      this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()) ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name)
    ) {
      throw new Error(`InvalidArgument: sheet name "${name}"`);
    }
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

// ---------- context ----------

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Command[] = [];
  private responses: (() => unknown)[] = [];

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(label: string, bytes: number, apply: () => void): void {
    this.queue.push({ label, bytes, apply });
  }

  /** A load: measured as response bytes once it ran. */
  enqueueLoad(label: string, apply: () => unknown): void {
    this.queue.push({
      label,
      bytes: 100,
      apply: () => {
        const loaded = apply();
        this.responses.push(() => loaded);
      },
    });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.responses = [];
    const log: SyncLog = {
      requestBytes: commands.reduce((n, c) => n + c.bytes, 0),
      responseBytes: 0,
      commands: commands.map((c) => c.label),
    };
    this.state.syncs.push(log);
    try {
      for (const c of commands) {
        if (this.state.failOn?.(c.label)) throw new Error(`GeneralException: ${c.label} failed`);
        c.apply();
      }
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      log.responseBytes = this.responses.reduce((n, r) => n + jsonBytes(r()), 0);
    }
    return Promise.resolve();
  }
}

function notLoaded(what: string): Error {
  return new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
}

export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculation", 50, () => this.ctx.state.suspendedCalc++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("application.suspendScreenUpdating", 50, () => this.ctx.state.suspendedScreen++);
  }
}
onlyRealMembers<FakeApplication, Excel.Application>(true);

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.functions = new FakeFunctions(ctx);
  }
}
onlyRealMembers<FakeWorkbook, Excel.Workbook>(true);

/** Worksheet functions evaluated by Excel (ExcelApi 1.2); only DATE, in the workbook's date system. */
export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    let computed: number | null = null;
    this.ctx.enqueueLoad("functions.date", () => {
      const epoch = this.ctx.state.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      computed = (Date.UTC(year, month - 1, day) - epoch) / 86_400_000;
      return computed;
    });
    return new FakeFunctionResult(() => computed);
  }
}
onlyRealMembers<FakeFunctions, Excel.Functions>(true);

export class FakeFunctionResult {
  private loaded = false;
  constructor(private readonly computed: () => number | null) {}
  load(_props?: string): this {
    this.loaded = true;
    return this;
  }
  get value(): number {
    const v = this.computed();
    if (!this.loaded || v === null) throw notLoaded("functionResult.value");
    return v;
  }
}
onlyRealMembers<FakeFunctionResult, Excel.FunctionResult<number>>(true);

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("worksheets.items");
    return this.loadedItems;
  }

  load(_props?: string): this {
    this.ctx.enqueueLoad("worksheets.load", () => {
      this.loadedItems = this.ctx.state.sheets.map(
        (s) => new FakeWorksheet(this.ctx, () => s, s.name, s.visibility as Excel.SheetVisibility),
      );
      return this.ctx.state.sheets.map((s) => s.name);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    let resolved: SheetState | null = null;
    return new FakeWorksheet(this.ctx, () => (resolved ??= this.ctx.state.mustSheet(name)));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const sheetName = name ?? `Sheet${this.ctx.state.sheets.length + 1}`;
    this.ctx.enqueue(`worksheets.add:${sheetName}`, 100, () => {
      created = this.ctx.state.addSheet(sheetName);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error(`ItemNotFound: ${sheetName} was not added`);
      return created;
    });
  }
}
onlyRealMembers<FakeWorksheetCollection, Excel.WorksheetCollection>(true);

export class FakeWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => SheetState,
    private loadedName: string | null = null,
    private loadedVisibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" | null = null,
  ) {
    this.tables = new FakeTableCollection(ctx, resolve);
    this.charts = new FakeChartCollection(ctx, resolve);
    this.freezePanes = new FakeFreezePanes(ctx, resolve);
  }

  get name(): string {
    if (this.loadedName === null) throw notLoaded("worksheet.name");
    return this.loadedName;
  }

  set name(value: string) {
    this.ctx.enqueue(`worksheet.rename:${value}`, 100, () => {
      const s = this.resolve();
      const clash = this.ctx.state.sheets.some(
        (o) => o !== s && o.name.toLowerCase() === value.toLowerCase(),
      );
      if (clash || value.length > 31) throw new Error(`InvalidArgument: rename to ${value}`);
      s.name = value;
    });
  }

  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue("worksheet.visibility", 50, () => (this.resolve().visibility = value));
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    if (this.loadedVisibility === null) throw notLoaded("worksheet.visibility");
    return this.loadedVisibility;
  }

  load(_props?: string): this {
    this.ctx.enqueueLoad("worksheet.load", () => (this.loadedName = this.resolve().name));
    return this;
  }

  delete(): void {
    this.ctx.enqueue("worksheet.delete", 50, () => {
      const s = this.resolve();
      this.ctx.state.sheets = this.ctx.state.sheets.filter((o) => o !== s);
    });
  }

  activate(): void {
    this.ctx.enqueue("worksheet.activate", 50, () => (this.ctx.state.active = this.resolve().name));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => parseRef(address ?? "A1"));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => ({
      row: startRow,
      col: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => {
      const s = this.resolve();
      let r1 = Infinity,
        c1 = Infinity,
        r2 = -1,
        c2 = -1;
      for (const [k, cell] of s.cells) {
        const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== "");
        if (valuesOnly && !hasValue) continue;
        const [r, c] = k.split(",").map(Number);
        r1 = Math.min(r1, r);
        c1 = Math.min(c1, c);
        r2 = Math.max(r2, r);
        c2 = Math.max(c2, c);
      }
      return r2 < 0
        ? { row: 0, col: 0, rows: 1, cols: 1 }
        : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
    });
  }
}
onlyRealMembers<FakeWorksheet, Excel.Worksheet>(true);

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => SheetState,
  ) {}
  freezeRows(count?: number): void {
    this.ctx.enqueue("freezePanes.freezeRows", 50, () => (this.resolve().frozenRows = count ?? 1));
  }
}
onlyRealMembers<FakeFreezePanes, Excel.WorksheetFreezePanes>(true);

// ---------- ranges ----------

type Grid = unknown[][];

function checkDims(grid: Grid, rect: Rect, what: string): void {
  if (grid.length !== rect.rows || grid.some((r) => r.length !== rect.cols)) {
    throw new Error(
      `InvalidArgument: ${what} is ${grid.length}x${grid[0]?.length ?? 0}, range is ${rect.rows}x${rect.cols}`,
    );
  }
}

/** What Excel does with a typed-in entry: formulas from = + - @ unless the cell is text-formatted. */
function enter(cell: CellState, v: unknown, asFormula: boolean): void {
  if (v === null || v === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof v === "string") {
    const text = cell.numberFormat === "@";
    if (!text && /^[=+\-@]/.test(v) && v.length > 1) {
      cell.formula = v.startsWith("=") ? v : `=${v}`;
      cell.value = null;
      return;
    }
    if (!text && !asFormula && /^-?\d+(\.\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      return;
    }
    cell.value = v === "" ? null : v;
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") cell.value = v;
}

export class FakeRange {
  private loaded: { values?: Grid; valueTypes?: string[][]; rect?: Rect; address?: string } = {};
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {
    this.format = new FakeRangeFormat(ctx, sheet, rect);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheet, rect);
  }

  private cellAt(r: number, c: number): CellState {
    const cells = this.sheet().cells;
    let cell = cells.get(key(r, c));
    if (!cell) {
      cell = { value: null };
      cells.set(key(r, c), cell);
    }
    return cell;
  }

  private setGrid(what: string, grid: Grid, each: (cell: CellState, v: unknown) => void): void {
    this.ctx.enqueue(`range.${what}`, jsonBytes(grid) + 100, () => {
      const rect = this.rect();
      checkDims(grid, rect, what);
      grid.forEach((row, i) => row.forEach((v, j) => each(this.cellAt(rect.row + i, rect.col + j), v)));
    });
  }

  set values(grid: Grid) {
    this.setGrid("values", grid, (cell, v) => enter(cell, v, false));
  }
  get values(): Grid {
    if (!this.loaded.values) throw notLoaded("range.values");
    return this.loaded.values;
  }

  set formulas(grid: Grid) {
    this.setGrid("formulas", grid, (cell, v) => enter(cell, v, true));
  }
  get formulas(): Grid {
    throw notLoaded("range.formulas");
  }

  set numberFormat(grid: Grid) {
    this.setGrid("numberFormat", grid, (cell, v) => {
      if (typeof v === "string") cell.numberFormat = v;
    });
  }
  get numberFormat(): Grid {
    throw notLoaded("range.numberFormat");
  }

  get valueTypes(): Excel.RangeValueType[][] {
    if (!this.loaded.valueTypes) throw notLoaded("range.valueTypes");
    return this.loaded.valueTypes as Excel.RangeValueType[][];
  }

  private get loadedRect(): Rect {
    if (!this.loaded.rect) throw notLoaded("range geometry");
    return this.loaded.rect;
  }
  get rowIndex(): number {
    return this.loadedRect.row;
  }
  get columnIndex(): number {
    return this.loadedRect.col;
  }
  get rowCount(): number {
    return this.loadedRect.rows;
  }
  get columnCount(): number {
    return this.loadedRect.cols;
  }
  get address(): string {
    if (this.loaded.address === undefined) throw notLoaded("range.address");
    return this.loaded.address;
  }

  load(props?: string): this {
    const wanted = new Set((props ?? "").split(",").map((p) => p.trim()));
    this.ctx.enqueueLoad(`range.load:${props ?? ""}`, () => {
      const rect = this.rect();
      const sheet = this.sheet();
      const out: Record<string, unknown> = {};
      if (["rowIndex", "columnIndex", "rowCount", "columnCount"].some((p) => wanted.has(p))) {
        this.loaded.rect = rect;
        out.rect = rect;
      }
      if (wanted.has("address")) this.loaded.address = out.address = `${sheet.name}!${rectAddress(rect)}`;
      if (wanted.has("values") || wanted.has("valueTypes")) {
        const values: Grid = [];
        const types: string[][] = [];
        for (let i = 0; i < rect.rows; i++) {
          const vr: unknown[] = [];
          const tr: string[] = [];
          for (let j = 0; j < rect.cols; j++) {
            const cell = sheet.cells.get(key(rect.row + i, rect.col + j));
            const v = cell?.error ?? cell?.value ?? "";
            vr.push(v);
            tr.push(
              cell?.error
                ? "Error"
                : v === ""
                  ? "Empty"
                  : typeof v === "number"
                    ? "Double"
                    : typeof v === "boolean"
                      ? "Boolean"
                      : "String",
            );
          }
          values.push(vr);
          types.push(tr);
        }
        if (wanted.has("values")) this.loaded.values = out.values = values;
        if (wanted.has("valueTypes")) this.loaded.valueTypes = out.valueTypes = types;
      }
      return out;
    });
    return this;
  }

  select(): void {
    this.ctx.enqueue(
      "range.select",
      50,
      () => (this.ctx.state.selected = `${this.sheet().name}!${rectAddress(this.rect())}`),
    );
  }
}
onlyRealMembers<FakeRange, Excel.Range>(true);

export class FakeRangeFont {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {}
  set bold(v: boolean) {
    this.ctx.enqueue("font.bold", 50, () => {
      const r = this.rect();
      const cells = this.sheet().cells;
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) {
          const k = key(r.row + i, r.col + j);
          cells.set(k, { ...(cells.get(k) ?? { value: null }), bold: v });
        }
    });
  }
  get bold(): boolean {
    throw notLoaded("font.bold");
  }
}
onlyRealMembers<FakeRangeFont, Excel.RangeFont>(true);

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {
    this.font = new FakeRangeFont(ctx, sheet, rect);
  }
  set columnWidth(points: number) {
    this.ctx.enqueue("format.columnWidth", 50, () => {
      const r = this.rect();
      for (let j = 0; j < r.cols; j++) this.sheet().columnWidths.set(r.col + j, points);
    });
  }
  get columnWidth(): number {
    throw notLoaded("format.columnWidth");
  }
}
onlyRealMembers<FakeRangeFormat, Excel.RangeFormat>(true);

// ---------- conditional formats ----------

export class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  readonly dataBar: { barDirection: string };
  constructor(state: ConditionalFormatState) {
    this.custom = {
      rule: {
        set formula(f: string) {
          state.formula = f;
        },
        get formula() {
          return state.formula ?? "";
        },
      },
      format: {
        fill: {
          set color(c: string) {
            state.fill = c;
          },
          get color() {
            return state.fill ?? "";
          },
        },
      },
    };
    this.dataBar = {
      set barDirection(d: string) {
        state.barDirection = d;
      },
      get barDirection() {
        return state.barDirection ?? "";
      },
    };
  }
}
onlyRealMembers<FakeConditionalFormat, Excel.ConditionalFormat>(true);

export class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {}
  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    const state: ConditionalFormatState = { type, rect: { row: 0, col: 0, rows: 0, cols: 0 } };
    this.ctx.enqueue(`conditionalFormats.add:${type}`, 100, () => {
      state.rect = this.rect();
      this.sheet().conditionalFormats.push(state);
    });
    return new FakeConditionalFormat(state);
  }
}
onlyRealMembers<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>(true);

// ---------- tables ----------

export class FakeTable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => TableState,
    private readonly loadedName: string | null = null,
  ) {}
  get name(): string {
    if (this.loadedName === null) throw notLoaded("table.name");
    return this.loadedName;
  }
  set name(value: string) {
    this.ctx.enqueue(`table.rename:${value}`, 100, () => {
      const t = this.resolve();
      const clash = this.ctx.state
        .allTables()
        .some((o) => o !== t && o.name.toLowerCase() === value.toLowerCase());
      if (clash || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value))
        throw new Error(`InvalidArgument: table name ${value}`);
      t.name = value;
    });
  }
  set style(value: string) {
    this.ctx.enqueue("table.style", 50, () => (this.resolve().style = value));
  }
  get style(): string {
    throw notLoaded("table.style");
  }
}
onlyRealMembers<FakeTable, Excel.Table>(true);

export class FakeTableCollection {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: (() => SheetState) | null,
  ) {}
  private scope(): TableState[] {
    return this.sheet ? this.sheet().tables : this.ctx.state.allTables();
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("tables.items");
    return this.loadedItems;
  }
  load(_props?: string): this {
    this.ctx.enqueueLoad("tables.load", () => {
      this.loadedItems = this.scope().map((t) => new FakeTable(this.ctx, () => t, t.name));
      return this.loadedItems.map((t) => t.name);
    });
    return this;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.scope().find((o) => o.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new Error(`ItemNotFound: table ${name}`);
      return t;
    });
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (!this.sheet || typeof address === "string" || !hasHeaders)
      throw new Error("fake: tables.add(range, true) on a sheet only");
    const range = address as unknown as { rect: () => Rect };
    const sheet = this.sheet;
    let created: TableState | null = null;
    this.ctx.enqueue("tables.add", 100, () => {
      const names = new Set(this.ctx.state.allTables().map((t) => t.name));
      let i = 1;
      while (names.has(`Table${i}`)) i++;
      created = { name: `Table${i}`, rect: range.rect() };
      sheet().tables.push(created);
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw new Error("ItemNotFound: table not added");
      return created;
    });
  }
}
onlyRealMembers<FakeTableCollection, Excel.TableCollection>(true);

// ---------- charts ----------

function rangeRef(r: FakeRange): string {
  const inner = r as unknown as { sheet: () => SheetState; rect: () => Rect };
  return `${inner.sheet().name}!${rectAddress(inner.rect())}`;
}

export class FakeChartSeries {
  readonly format: { line: { color: string; lineStyle: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: SeriesState,
  ) {
    this.format = {
      line: {
        set color(c: string) {
          state.lineColor = c;
        },
        get color() {
          return state.lineColor ?? "";
        },
        set lineStyle(s: string) {
          state.lineStyle = s;
        },
        get lineStyle() {
          return state.lineStyle ?? "";
        },
      },
    };
  }
  set name(v: string) {
    this.state.name = v;
  }
  get name(): string {
    return this.state.name;
  }
  set chartType(v: string) {
    this.state.chartType = v;
  }
  get chartType(): string {
    return this.state.chartType ?? "";
  }
  set markerStyle(v: string) {
    this.state.markerStyle = v;
  }
  get markerStyle(): string {
    return this.state.markerStyle ?? "";
  }
  set markerBackgroundColor(v: string) {
    this.state.markerBackgroundColor = v;
  }
  get markerBackgroundColor(): string {
    return this.state.markerBackgroundColor ?? "";
  }
  set markerForegroundColor(v: string) {
    this.state.markerForegroundColor = v;
  }
  get markerForegroundColor(): string {
    return this.state.markerForegroundColor ?? "";
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.ctx.enqueue("series.setXAxisValues", 100, () => (this.state.x = rangeRef(sourceData)));
  }
  setValues(sourceData: FakeRange): void {
    this.ctx.enqueue("series.setValues", 100, () => (this.state.y = rangeRef(sourceData)));
  }
}
onlyRealMembers<FakeChartSeries, Excel.ChartSeries>(true);

export class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: ChartState,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    const s = this.chart.series[index];
    if (!s) throw new Error(`ItemNotFound: series ${index}`);
    return new FakeChartSeries(this.ctx, s);
  }
  add(name?: string): FakeChartSeries {
    const s: SeriesState = { name: name ?? "" };
    this.chart.series.push(s);
    return new FakeChartSeries(this.ctx, s);
  }
}
onlyRealMembers<FakeChartSeriesCollection, Excel.ChartSeriesCollection>(true);

export class FakeChart {
  readonly series: FakeChartSeriesCollection;
  readonly title: { text: string };
  readonly axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  readonly legend: { position: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: ChartState,
  ) {
    this.series = new FakeChartSeriesCollection(ctx, state);
    this.title = {
      set text(t: string) {
        state.title = t;
      },
      get text() {
        return state.title;
      },
    };
    this.axes = {
      categoryAxis: {
        title: {
          set text(t: string) {
            state.xTitle = t;
          },
          get text() {
            return state.xTitle;
          },
        },
      },
      valueAxis: {
        title: {
          set text(t: string) {
            state.yTitle = t;
          },
          get text() {
            return state.yTitle;
          },
        },
      },
    };
    this.legend = {
      set position(p: string) {
        state.legend = p;
      },
      get position() {
        return state.legend ?? "";
      },
    };
  }
  setPosition(startCell: FakeRange, endCell?: FakeRange): void {
    this.ctx.enqueue("chart.setPosition", 100, () => {
      this.state.position = [rangeRef(startCell), endCell ? rangeRef(endCell) : ""];
    });
  }
}
onlyRealMembers<FakeChart, Excel.Chart>(true);

export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const state: ChartState = { type, title: "", xTitle: "", yTitle: "", series: [{ name: "" }] };
    this.ctx.enqueue(`charts.add:${type}`, 200, () => {
      if (seriesBy !== "Columns") throw new Error("fake: charts.add expects seriesBy Columns");
      state.series[0].y = rangeRef(sourceData);
      this.sheet().charts.push(state);
    });
    return new FakeChart(this.ctx, state);
  }
}
onlyRealMembers<FakeChartCollection, Excel.ChartCollection>(true);
