/**
 * The old exceljs-based reading, kept as an independent second reader for
 * tests: what the streaming reader gives must equal what exceljs gives on
 * files exceljs can read. Dates become 1900-system serials, formulas their
 * cached results, rich text and hyperlinks their text, merged cells the
 * master only.
 */
import { ValueType, type CellValue as ExcelCellValue, type Worksheet } from "exceljs";
import { cellError, isErrorLiteral, type CellValue, type SheetData } from "../../src/core/cells";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

type Scalar = number | string | boolean | Date | { error: string } | null | undefined;

function fromScalar(v: Scalar): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") return isErrorLiteral(v.error) ? cellError(v.error) : cellError("#UNKNOWN!");
  return v;
}

export function toCellValue(v: ExcelCellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return fromScalar(v);
  if ("error" in v) return fromScalar(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return fromScalar(v.result);
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : toCellValue(v.text);
  return null;
}
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
