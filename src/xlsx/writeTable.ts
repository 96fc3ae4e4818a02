/**
 * Lays one OutputTable on a fresh worksheet (layout contract in output.ts:
 * header on row 1 from column A, data row i on Excel row i + 2) as an Excel
 * table with a frozen header, number formats, widths, side blocks and
 * conditional formats.
 */
import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { OutputTable, OutputValue } from "../core/output";
import { columnCell, formulaCell, plainCell } from "./cellOut";
import { addConditionalFormats } from "./conditional";
import { columnWidth, NUMBER_FORMATS } from "./formats";

const TABLE_THEME = "TableStyleMedium2";

export function writeOutputTable(ws: Worksheet, table: OutputTable, tableName: string): void {
  const { columns } = table;
  const rows: ExcelCellValue[][] = table.rows.map((row, i) =>
    columns.map((c, j) => columnCell(c.formula, i, row[j] ?? null, c.format)),
  );
  // An Excel table needs at least one data row; an empty output gets a blank one.
  if (rows.length === 0) rows.push(columns.map(() => null));

  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_THEME, showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });

  columns.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    col.width = columnWidth(c.header, c.width);
    const numFmt = NUMBER_FORMATS[c.format];
    // A text format on a formula cell would turn the formula into text when the user edits it.
    if (numFmt === undefined || (c.formula && c.format === "text")) return;
    for (let r = 2; r <= rows.length + 1; r++) ws.getCell(r, j + 1).numFmt = numFmt;
  });
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];

  for (const block of table.side ?? []) writeSideBlock(ws, block);
  addConditionalFormats(ws, columns, table.rows.length);
}

function writeSideBlock(ws: Worksheet, block: NonNullable<OutputTable["side"]>[number]): void {
  const title = ws.getCell(block.row, block.col + 1);
  title.value = block.title;
  title.font = { bold: true };
  block.rows.forEach(([label, value], i) => {
    const r = block.row + 1 + i;
    ws.getCell(r, block.col + 1).value = label;
    const cell = ws.getCell(r, block.col + 2);
    const format = block.formats?.[i] ?? "text";
    cell.value = sideValue(value, format);
    const numFmt = NUMBER_FORMATS[format];
    if (numFmt !== undefined && format !== "text") cell.numFmt = numFmt;
  });
  const labels = [block.title, ...block.rows.map(([label]) => label)];
  ws.getColumn(block.col + 1).width = Math.max(...labels.map((l) => columnWidth(l, undefined)));
}

function sideValue(value: OutputValue, format: Parameters<typeof plainCell>[1]): ExcelCellValue {
  if (typeof value === "string" && value.startsWith("=")) return formulaCell(value, null);
  return plainCell(value, format);
}
