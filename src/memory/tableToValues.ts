/**
 * Lays an output table out as cell values the way the Excel host writes it:
 * header in row 1 from column A, data from row 2, side blocks at their place.
 * The memory workbook shows computed values (it has no formula engine).
 */
import type { CellValue } from "../core/cells";
import type { OutputTable, OutputValue } from "../core/output";

function put(grid: CellValue[][], row: number, col: number, value: OutputValue): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

export function tableToValues(table: OutputTable): CellValue[][] {
  const grid: CellValue[][] = [table.columns.map((c) => c.header)];
  for (const row of table.rows) grid.push(table.columns.map((_c, col) => row[col] ?? null));
  for (const block of table.side ?? []) {
    const top = block.row - 1;
    put(grid, top, block.col, block.title);
    block.rows.forEach(({ label, value }, i) => {
      put(grid, top + 1 + i, block.col, label);
      // A side-block formula has no computed value here; show its text.
      put(grid, top + 1 + i, block.col + 1, value);
    });
  }
  return grid;
}
