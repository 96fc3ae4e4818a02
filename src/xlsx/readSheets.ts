/**
 * A worksheet's used range as SheetData. Only the top-left cell of a merged
 * area keeps its value (exceljs repeats the master's value in every merged
 * cell; Excel's `values` does not), so a merged title row stays one cell.
 */
import { ValueType, type Worksheet } from "exceljs";
import type { CellValue, SheetData } from "../core/cells";
import { toCellValue } from "./cellValue";

interface SparseRow {
  row: number;
  cells: [col: number, value: CellValue][];
}

export function readWorksheet(ws: Worksheet): SheetData {
  const sparse: SparseRow[] = [];
  let firstCol = Number.POSITIVE_INFINITY;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SparseRow["cells"] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null) return;
      cells.push([colNumber - 1, value]);
      if (colNumber - 1 < firstCol) firstCol = colNumber - 1;
    });
    if (cells.length > 0) sparse.push({ row: rowNumber, cells });
  });

  const tables = ws.getTables().map((t) => ({ name: (t as unknown as { name: string }).name }));
  if (sparse.length === 0) return { name: ws.name, values: [], firstRow: 1, firstCol: 0, tables };

  const firstRow = sparse[0].row;
  const lastRow = sparse[sparse.length - 1].row;
  const values: CellValue[][] = Array.from({ length: lastRow - firstRow + 1 }, () => []);
  for (const { row, cells } of sparse) {
    const out = values[row - firstRow];
    const width = cells[cells.length - 1][0] - firstCol + 1;
    for (let c = 0; c < width; c++) out.push(null);
    for (const [col, value] of cells) out[col - firstCol] = value;
  }
  return { name: ws.name, values, firstRow, firstCol, tables };
}
