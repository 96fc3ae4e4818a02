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
import { cellText, isBlankCell, isBlankRow } from "./rows";
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
  const headerCells = sheet.values[header.index] ?? [];
  const values = sheet.values;
  for (let r = header.index + 1; r < values.length; r++) {
    const cells = values[r];
    if (isBlankRow(cells)) continue;
    reader.moveTo(cells, sheet.firstRow + r);
    const total = totalLabel(cells, keyColumns);
    if (total !== null) {
      const header = cellText(headerCells[total.index] ?? null).trim();
      reader.report("total-row", "skipped", header, cells[total.index] ?? null);
      continue;
    }
    readRow();
  }
}

/** Where a row says it is a total: a key cell, or else the row's first non-blank cell (often a 序号 column). */
function totalLabel(
  cells: readonly CellValue[],
  keyColumns: readonly MappedColumn[],
): { index: number } | null {
  let first = 0;
  while (first < cells.length && isBlankCell(cells[first])) first++;
  let firstChecked = false;
  for (const column of keyColumns) {
    const v = cells[column.index];
    if (column.index === first) firstChecked = true;
    if (typeof v === "string" && isTotalText(v)) return { index: column.index };
  }
  // Usually the first cell is a key already looked at (医院 in column A).
  if (firstChecked) return null;
  const v = cells[first];
  return typeof v === "string" && isTotalText(v) ? { index: first } : null;
}
