/**
 * Reads the cells of one data row at a time and lists every bad cell as an
 * Issue with sheet, Excel row, header as written and the raw value (SPEC §1).
 * One instance per table, moved from row to row, so a million rows cost no
 * per-row closures.
 */
import { isCellError, type CellValue } from "../cells";
import type { Field } from "../fields";
import type { Issue, IssueCode, Severity } from "../issues";
import type { MappedColumn } from "./headerRow";
import { CellNumber, readNumberCell } from "./numbers";
import { cellText, isBlankCell } from "./rows";

export class RowReader {
  private cells: readonly CellValue[] = [];
  /** Excel row number of the current row. */
  row = 0;
  private readonly byField = new Map<Field, MappedColumn>();
  /** Reused for every number cell, so reading one allocates nothing. */
  private readonly read = new CellNumber();

  constructor(
    readonly sheet: string,
    columns: readonly MappedColumn[],
    private readonly issues: Issue[],
  ) {
    for (const c of columns) this.byField.set(c.field, c);
  }

  column(field: Field): MappedColumn | undefined {
    return this.byField.get(field);
  }

  moveTo(cells: readonly CellValue[], row: number): void {
    this.cells = cells;
    this.row = row;
  }

  raw(column: MappedColumn | undefined): CellValue {
    return column ? (this.cells[column.index] ?? null) : null;
  }

  /** A number cell; a bad value is listed and read as missing (null), the row is kept. */
  number(column: MappedColumn | undefined): number | null {
    if (!column) return null;
    const raw = this.cells[column.index] ?? null;
    const read = this.read;
    const value = readNumberCell(raw, column.kind, column.scale, read);
    if (read.code !== null) {
      this.report(read.code, "warning", column, raw);
      return null;
    }
    if (read.note !== null) this.report(read.note, "warning", column, raw);
    return value;
  }

  /** A text cell, trimmed; an Excel error is listed and read as "". */
  text(column: MappedColumn | undefined): string {
    if (!column) return "";
    const raw = this.cells[column.index] ?? null;
    if (isCellError(raw)) {
      this.report("excel-error", "warning", column, raw);
      return "";
    }
    return raw === null ? "" : cellText(raw).trim();
  }

  /** A key (name) cell: trimmed text, or null when blank or an error value. */
  key(column: MappedColumn | undefined): string | null {
    if (!column) return null;
    const raw = this.cells[column.index] ?? null;
    if (isBlankCell(raw) || isCellError(raw)) return null;
    return cellText(raw).trim();
  }

  /** Lists a problem of the current row; `column` is a mapped column or a header as written. */
  report(
    code: IssueCode,
    severity: Severity,
    column: MappedColumn | string | undefined,
    raw: CellValue,
    params?: Record<string, string | number>,
  ): void {
    const issue: Issue = {
      code,
      severity,
      sheet: this.sheet,
      row: this.row,
      column: typeof column === "string" ? column : (column?.header ?? ""),
      value: cellText(raw),
    };
    if (params) issue.params = params;
    this.issues.push(issue);
  }
}
