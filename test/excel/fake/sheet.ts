/** Excel.Worksheet and its frozen panes. */
import { FakeChartCollection } from "./chart";
import { FakeContext, loadList, notLoaded, onlyRealMembers } from "./context";
import { FakeRange } from "./range";
import { sheetNameRefusal } from "./rules";
import { parseRef, type Rect, type SheetState } from "./state";
import { FakeTableCollection } from "./table";
import { renameSheetRefs } from "../../../src/core/formula";

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

/** The smallest rectangle holding every cell with a value (or a format, unless valuesOnly); null when none. */
export function usedRect(s: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let r1 = Infinity,
    c1 = Infinity,
    r2 = -1,
    c2 = -1;
  for (const [k, cell] of s.cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== "");
    const hasFormat =
      cell.numberFormat !== undefined ||
      cell.bold !== undefined ||
      cell.fill !== undefined ||
      cell.validation !== undefined;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [r, c] = k.split(",").map(Number);
    if (
      within &&
      !(r >= within.row && r < within.row + within.rows && c >= within.col && c < within.col + within.cols)
    )
      continue;
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, c);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, c);
  }
  return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export class FakeWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => SheetState,
    private loadedName: string | null = null,
    private loadedVisibility: Visibility | null = null,
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
      const refusal = clash ? "already used" : sheetNameRefusal(value);
      if (refusal) throw new Error(`InvalidArgument: rename to "${value}": ${refusal}`);
      // Excel rewrites every formula referring to the sheet (in every sheet) to its new name.
      const renames = new Map([[s.name, value]]);
      for (const sheet of this.ctx.state.sheets) {
        for (const cell of sheet.cells.values())
          if (cell.formula !== undefined) cell.formula = renameSheetRefs(cell.formula, renames);
        for (const rule of sheet.conditionalFormats)
          if (rule.formula !== undefined) rule.formula = renameSheetRefs(rule.formula, renames);
      }
      s.name = value;
    });
  }

  set visibility(value: Visibility) {
    this.ctx.enqueue("worksheet.visibility", 50, () => (this.resolve().visibility = value));
  }

  get visibility(): Visibility {
    if (this.loadedVisibility === null) throw notLoaded("worksheet.visibility");
    return this.loadedVisibility;
  }

  load(props?: string): this {
    const wanted = loadList(props);
    this.ctx.enqueueLoad(`worksheet.load:${props ?? ""}`, () => {
      const s = this.resolve();
      if (wanted("name")) this.loadedName = s.name;
      if (wanted("visibility")) this.loadedVisibility = s.visibility as Visibility;
      return [this.loadedName, this.loadedVisibility];
    });
    return this;
  }

  /** Excel refuses to delete a very hidden sheet (InvalidOperation), and the last visible one. */
  delete(): void {
    this.ctx.enqueue("worksheet.delete", 50, () => {
      const s = this.resolve();
      if (s.visibility === "VeryHidden") {
        throw new Error(`InvalidOperation: the very hidden sheet "${s.name}" cannot be deleted`);
      }
      const visible = this.ctx.state.sheets.filter((o) => o.visibility === "Visible");
      if (s.visibility === "Visible" && visible.length === 1) {
        throw new Error("InvalidOperation: a workbook must keep one visible sheet");
      }
      this.ctx.state.sheets = this.ctx.state.sheets.filter((o) => o !== s);
    });
  }

  activate(): void {
    this.ctx.enqueue("worksheet.activate", 50, () => (this.ctx.state.active = this.resolve().name));
  }

  /** The range at an A1 address; with none, the whole sheet (as Excel does). */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () =>
      address === undefined ? { row: 0, col: 0, rows: SHEET_ROWS, cols: SHEET_COLS } : parseRef(address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => ({
      row: startRow,
      col: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this.resolve,
      () => usedRect(this.resolve(), valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  /** A null object (isNullObject true after sync) when the sheet holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => usedRect(this.resolve(), valuesOnly ?? false));
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
  unfreeze(): void {
    this.ctx.enqueue("freezePanes.unfreeze", 50, () => (this.resolve().frozenRows = 0));
  }
}
onlyRealMembers<FakeFreezePanes, Excel.WorksheetFreezePanes>(true);
