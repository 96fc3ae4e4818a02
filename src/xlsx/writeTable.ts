/**
 * Lays one OutputTable on a fresh worksheet (layout contract in output.ts:
 * header on row 1 from column A, data row i on Excel row i + 2) as an Excel
 * table with a frozen header, number formats, widths, side blocks and
 * conditional formats.
 */
import type { CellValue as ExcelCellValue, Style, Worksheet } from "exceljs";
import type { OutputTable, OutputValue } from "../core/output";
import { columnCell, formulaCell, plainCell } from "./cellOut";
import { addConditionalFormats } from "./conditional";
import { columnWidth, NUMBER_FORMATS } from "./formats";

const TABLE_THEME = "TableStyleMedium2";

export function writeOutputTable(ws: Worksheet, table: OutputTable, tableName: string): void {
  const { columns } = table;
  // An Excel table needs at least one data row; an empty output gets a blank one.
  const height = Math.max(1, table.rows.length);
  // The table is given empty rows (exceljs keeps its rows in the model for
  // good) and the cells are written below, so 100,000 rows are held once.
  const EMPTY: ExcelCellValue[] = [];
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_THEME, showRowStripes: true },
    columns: tableHeaders(columns.map((c) => c.header)).map((name) => ({ name, filterButton: true })),
    rows: new Array<ExcelCellValue[]>(height).fill(EMPTY),
  });

  // One style object per column, shared by its cells: exceljs dedupes styles
  // through a WeakMap keyed by object, so per-cell objects cost seconds per
  // 100,000 rows when saving.
  const headerStyle: Partial<Style> = { font: { bold: true } };
  const styles = columns.map((c, j): Partial<Style> => {
    ws.getColumn(j + 1).width = columnWidth(c.header, c.width);
    ws.getCell(1, j + 1).style = headerStyle;
    const numFmt = NUMBER_FORMATS[c.format];
    // A text format on a formula cell would turn the formula into text when the user edits it.
    return numFmt === undefined || (c.formula && c.format === "text") ? {} : { numFmt };
  });
  table.rows.forEach((values, i) => {
    const row = ws.getRow(i + 2);
    columns.forEach((c, j) => {
      const value = values[j] ?? null;
      // An empty cell is left out entirely: on a large sheet each one costs time and memory when saving.
      if (value === null && !c.formula) return;
      const cell = row.getCell(j + 1);
      cell.value = columnCell(c.formula, i, value, c.format);
      cell.style = styles[j];
    });
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];

  for (const block of table.side ?? []) writeSideBlock(ws, block);
  addConditionalFormats(ws, columns, table.rows.length);
}

function writeSideBlock(ws: Worksheet, block: NonNullable<OutputTable["side"]>[number]): void {
  const title = ws.getCell(block.row, block.col + 1);
  title.value = block.title;
  title.font = { bold: true };
  block.rows.forEach(({ label, value, format: f }, i) => {
    const r = block.row + 1 + i;
    ws.getCell(r, block.col + 1).value = label;
    const cell = ws.getCell(r, block.col + 2);
    const format = f ?? "text";
    cell.value = sideValue(value, format);
    const numFmt = NUMBER_FORMATS[format];
    if (numFmt !== undefined && format !== "text") cell.numFmt = numFmt;
  });
  const labels = [block.title, ...block.rows.map((r) => r.label)];
  ws.getColumn(block.col + 1).width = Math.max(...labels.map((l) => columnWidth(l, undefined)));
}

function sideValue(value: OutputValue, format: Parameters<typeof plainCell>[1]): ExcelCellValue {
  if (typeof value === "string" && value.startsWith("=")) return formulaCell(value, null);
  return plainCell(value, format);
}

/**
 * Excel repairs (and empties) a table whose header cells are blank or repeat
 * one another, so such headers get a number, as Excel itself would name them.
 */
export function tableHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Column${i + 1}` : h;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
