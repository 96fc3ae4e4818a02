/**
 * Walks a detected table's data rows: blank rows are passed over (they hold
 * nothing to account for), total rows are listed as skipped, every other row
 * goes to the role's reader. This is where the accounting rule starts.
 */
import type { CellValue } from "../cells";
import type { Field } from "../fields";
import type { DetectedTable } from "./detect";
import type { MappedColumn } from "./headerRow";
import type { RowReader } from "./rowReader";
import { cellText, isBlankCell } from "./rows";
import { isTotalText } from "./totals";

/** Moves `reader` over the data rows of `table` and calls `readRow` for each row that is neither blank nor a total. */
export function forEachDataRow(
  table: DetectedTable,
  reader: RowReader,
  keyFields: readonly Field[],
  readRow: () => void,
): void {
  const { sheet, header } = table;
  const keyColumns = keyFields.map((f) => reader.column(f)).filter((c): c is MappedColumn => c !== undefined);
  const totals = new TotalCheck(keyColumns);
  const headerCells = sheet.values[header.index] ?? [];
  const values = sheet.values;
  let rowsRead = 0;
  for (let r = header.index + 1; r < values.length; r++) {
    const cells = values[r];
    if (!cells) continue;
    // One scan finds a blank row (nothing but blank cells) and the first cell a total's label may be in.
    let first = 0;
    while (first < cells.length && isBlankCell(cells[first])) first++;
    if (first === cells.length) continue;
    rowsRead++;
    reader.moveTo(cells, sheet.firstRow + r);
    const total = totals.labelIndex(cells, first);
    if (total >= 0) {
      const header = cellText(headerCells[total] ?? null).trim();
      reader.report("total-row", "skipped", header, cells[total] ?? null);
      continue;
    }
    readRow();
  }
  // The table's data row count, as detection counts it (totals included), without a second walk.
  table.rowsRead = rowsRead;
}

/** Rows below the header, blank or not: a bound to size a key table by before the rows are read. */
export function rowsBelowHeader(table: DetectedTable): number {
  return Math.max(0, table.sheet.values.length - table.header.index - 1);
}

/**
 * Where a row says it is a total: a key cell, or else the row's first
 * non-blank cell (often a 序号 column). Each key column remembers its last
 * value that was no total: rows repeat their hospital and department, so
 * those are not scanned again.
 */
class TotalCheck {
  private readonly indexes: number[];
  private readonly plain: (string | null)[];

  constructor(keyColumns: readonly MappedColumn[]) {
    this.indexes = keyColumns.map((c) => c.index);
    this.plain = keyColumns.map(() => null);
  }

  /** The index of the cell labelling the row a total; -1 when it is none. */
  labelIndex(cells: readonly CellValue[], first: number): number {
    let firstChecked = false;
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k];
      if (index === first) firstChecked = true;
      const v = cells[index];
      if (typeof v !== "string" || v === this.plain[k]) continue;
      if (isTotalText(v)) return index;
      this.plain[k] = v;
    }
    // Usually the first cell is a key already looked at (医院 in column A).
    if (firstChecked) return -1;
    const v = cells[first];
    return typeof v === "string" && isTotalText(v) ? first : -1;
  }
}
