/**
 * Lays a planned sheet (core/write SheetWrite) out as cell values the way
 * every host writes it: header in row 1 from column A, data from row 2, side
 * blocks and the chart data at their place. A formula cell shows its cached
 * value (the memory workbook has no formula engine).
 */
import type { CellValue } from "../core/cells";
import type { OutputValue } from "../core/output";
import type { SheetWrite } from "../core/write";

function put(grid: CellValue[][], row: number, col: number, value: OutputValue): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

export function sheetValues(sheet: SheetWrite): CellValue[][] {
  const { table } = sheet;
  const grid: CellValue[][] = [table.columns.map((c) => c.header)];
  for (const row of table.rows) grid.push(table.columns.map((_c, col) => row[col] ?? null));
  for (const block of sheet.sideBlocks) {
    const top = block.excelRow - 1;
    put(grid, top, block.col, block.title);
    block.rows.forEach((r, i) => {
      put(grid, top + 1 + i, block.col, r.label);
      put(grid, top + 1 + i, block.col + 1, r.value);
    });
  }
  for (const g of sheet.grids) {
    g.values.forEach((line, r) => line.forEach((v, c) => v !== null && put(grid, g.row + r, g.col + c, v)));
  }
  return grid;
}
