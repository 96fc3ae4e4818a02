/** Excel.Range with its format and font: values, formulas, number formats, clear, loads. */
import { jsonBytes } from "../../../src/excel/limits";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeContext, loadList, notLoaded, onlyRealMembers } from "./context";
import { enterText } from "./rules";
import { usedRect } from "./sheet";
import { key, rectAddress, type CellState, type Rect, type SheetState } from "./state";

type Grid = unknown[][];

function checkDims(grid: Grid, rect: Rect, what: string): void {
  if (grid.length !== rect.rows || grid.some((r) => r.length !== rect.cols)) {
    throw new Error(
      `InvalidArgument: ${what} is ${grid.length}x${grid[0]?.length ?? 0}, range is ${rect.rows}x${rect.cols}`,
    );
  }
}

/** What Excel does with an entry: a string is converted (rules.ts) unless the cell is "@". */
function enter(cell: CellState, v: unknown): void {
  if (v === null || v === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof v === "string") {
    const e = enterText(v, cell.numberFormat);
    switch (e.kind) {
      case "formula":
        cell.formula = e.formula;
        cell.value = null;
        return;
      case "error":
        cell.error = e.code;
        cell.value = e.code;
        return;
      case "text":
        cell.value = e.value === "" ? null : e.value;
        return;
      default:
        cell.value = e.value;
        return;
    }
  }
  if (typeof v === "number" || typeof v === "boolean") cell.value = v;
}

function inside(rect: Rect, r: number, c: number): boolean {
  return r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols;
}

export class FakeRange {
  private loaded: {
    values?: Grid;
    valueTypes?: string[][];
    formulas?: Grid;
    numberFormat?: Grid;
    rect?: Rect;
    address?: string;
    isNull?: boolean;
  } = {};
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  /** @param rect null for a null object (getUsedRangeOrNullObject on an empty sheet) */
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rectOrNull: () => Rect | null,
  ) {
    const rect = () => this.rect();
    this.format = new FakeRangeFormat(ctx, sheet, rect);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheet, rect);
    this.dataValidation = new FakeDataValidation(ctx, sheet, rect);
  }

  /** The range's cells; a null object has none and any command on it fails. */
  private rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw new Error("ItemNotFound: the range is a null object");
    return r;
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
    this.setGrid("values", grid, enter);
  }
  get values(): Grid {
    if (!this.loaded.values) throw notLoaded("range.values");
    return this.loaded.values;
  }

  set formulas(grid: Grid) {
    this.setGrid("formulas", grid, enter);
  }
  get formulas(): Grid {
    if (!this.loaded.formulas) throw notLoaded("range.formulas");
    return this.loaded.formulas;
  }

  set numberFormat(grid: Grid) {
    this.setGrid("numberFormat", grid, (cell, v) => {
      if (typeof v === "string") cell.numberFormat = v;
    });
  }
  get numberFormat(): Grid {
    if (!this.loaded.numberFormat) throw notLoaded("range.numberFormat");
    return this.loaded.numberFormat;
  }

  get valueTypes(): Excel.RangeValueType[][] {
    if (!this.loaded.valueTypes) throw notLoaded("range.valueTypes");
    return this.loaded.valueTypes as Excel.RangeValueType[][];
  }

  get isNullObject(): boolean {
    if (this.loaded.isNull === undefined) throw notLoaded("range.isNullObject");
    return this.loaded.isNull;
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

  /** Clears contents, formats or both, as Range.clear(applyTo) does (conditional formats go with "All"/"Formats"). */
  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    const what = applyTo ?? "All";
    this.ctx.enqueue(`range.clear:${what}`, 100, () => {
      const rect = this.rect();
      const sheet = this.sheet();
      for (const [k, cell] of [...sheet.cells]) {
        const [r, c] = k.split(",").map(Number);
        if (!inside(rect, r, c)) continue;
        if (what === "All") sheet.cells.delete(k);
        else if (what === "Contents") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        } else if (what === "Formats") {
          delete cell.numberFormat;
          delete cell.bold;
          delete cell.fill;
        }
      }
      if (what === "All" || what === "Formats") {
        sheet.conditionalFormats = sheet.conditionalFormats.filter(
          (cf) =>
            !(
              inside(rect, cf.rect.row, cf.rect.col) &&
              inside(rect, cf.rect.row + cf.rect.rows - 1, cf.rect.col + cf.rect.cols - 1)
            ),
        );
      }
    });
  }

  /** Honours the property list: only what is asked for becomes readable. */
  load(props?: string): this {
    const wanted = loadList(props);
    this.ctx.enqueueLoad(
      `range.load:${props ?? ""}`,
      () => {
        const rect = this.rectOrNull();
        const sheet = this.sheet();
        const out: FakeRange["loaded"] = {};
        out.isNull = rect === null;
        if (!rect) return out;
        if (["rowIndex", "columnIndex", "rowCount", "columnCount"].some((p) => wanted(p))) {
          out.rect = rect;
        }
        if (wanted("address")) out.address = `${sheet.name}!${rectAddress(rect)}`;
        const grids = ["values", "valueTypes", "formulas", "numberFormat"].filter((p) => wanted(p));
        if (grids.length === 0) return out;
        const values: Grid = [];
        const types: string[][] = [];
        const formulas: Grid = [];
        const formats: Grid = [];
        for (let i = 0; i < rect.rows; i++) {
          const vr: unknown[] = [];
          const tr: string[] = [];
          const fr: unknown[] = [];
          const nr: unknown[] = [];
          for (let j = 0; j < rect.cols; j++) {
            const cell = sheet.cells.get(key(rect.row + i, rect.col + j));
            const v = cell?.error ?? cell?.value ?? "";
            vr.push(v);
            fr.push(cell?.formula ?? v);
            nr.push(cell?.numberFormat ?? "General");
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
          formulas.push(fr);
          formats.push(nr);
        }
        if (wanted("values")) out.values = values;
        if (wanted("valueTypes")) out.valueTypes = types;
        if (wanted("formulas")) out.formulas = formulas;
        if (wanted("numberFormat")) out.numberFormat = formats;
        return out;
      },
      // Readable once the answer arrived, as in Excel.
      (out) => Object.assign(this.loaded, out),
    );
    return this;
  }

  /**
   * The used range within this range (valuesOnly: cells with a value or a
   * formula; else formatted cells too), or a null object when it has none.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () =>
      usedRect(this.sheet(), valuesOnly ?? false, this.rect()),
    );
  }

  select(): void {
    this.ctx.enqueue(
      "range.select",
      50,
      () => (this.ctx.state.selected = `${this.sheet().name}!${rectAddress(this.rect())}`),
    );
  }

  /** For the fake's own objects (tables, charts): the sheet and rectangle at queue-run time. */
  target(): { sheet: SheetState; rect: Rect } {
    return { sheet: this.sheet(), rect: this.rect() };
  }
}
// `target` is the fake's own plumbing, reached only through a cast by tables and charts.
onlyRealMembers<Omit<FakeRange, "target">, Excel.Range>(true);

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

/** Every cell of a rectangle, created when missing (formats live on blank cells too). */
function eachCell(sheet: SheetState, r: Rect, f: (cell: CellState) => void): void {
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.cols; j++) {
      const k = key(r.row + i, r.col + j);
      let cell = sheet.cells.get(k);
      if (!cell) sheet.cells.set(k, (cell = { value: null }));
      f(cell);
    }
}

export class FakeRangeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {}
  set color(v: string) {
    this.ctx.enqueue("fill.color", 50, () => eachCell(this.sheet(), this.rect(), (c) => (c.fill = v)));
  }
  get color(): string {
    throw notLoaded("fill.color");
  }
}
onlyRealMembers<FakeRangeFill, Excel.RangeFill>(true);

/**
 * Range.dataValidation (ExcelApi 1.8): the rule is stored on each cell. Like
 * Excel, setting a rule replaces the cells' earlier one; clear() removes it;
 * clear("All") on the range takes it with everything else. A list rule needs
 * a non-empty source, as Excel refuses one without.
 */
export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {}
  set rule(v: Excel.DataValidationRule) {
    this.ctx.enqueue("dataValidation.rule", jsonBytes(v) + 50, () => {
      if (v.list && (typeof v.list.source !== "string" || v.list.source === ""))
        throw new Error("InvalidArgument: a list validation needs a source");
      eachCell(this.sheet(), this.rect(), (c) => (c.validation = v));
    });
  }
  get rule(): Excel.DataValidationRule {
    throw notLoaded("dataValidation.rule");
  }
  /** Excel caps the prompt at 32 characters of title and 255 of message. */
  set prompt(v: Excel.DataValidationPrompt) {
    this.ctx.enqueue("dataValidation.prompt", jsonBytes(v) + 50, () => {
      if (v.title.length > 32 || v.message.length > 255)
        throw new Error("InvalidArgument: the prompt's title or message is too long");
      eachCell(this.sheet(), this.rect(), (c) => (c.prompt = v));
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    throw notLoaded("dataValidation.prompt");
  }
  /** Only cells that exist can carry a rule, so a whole-sheet clear visits those, not 17 billion. */
  clear(): void {
    this.ctx.enqueue("dataValidation.clear", 50, () => {
      const r = this.rect();
      for (const [k, c] of this.sheet().cells) {
        const [row, col] = k.split(",").map(Number);
        if (row < r.row || row >= r.row + r.rows || col < r.col || col >= r.col + r.cols) continue;
        delete c.validation;
        delete c.prompt;
      }
    });
  }
}
onlyRealMembers<FakeDataValidation, Excel.DataValidation>(true);

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {
    this.font = new FakeRangeFont(ctx, sheet, rect);
    this.fill = new FakeRangeFill(ctx, sheet, rect);
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
