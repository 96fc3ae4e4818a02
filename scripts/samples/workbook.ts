/**
 * Writes sample sheets to an .xlsx file: the in-memory writer for the small
 * demo workbooks (merged title, widths), the streaming writer for the
 * benchmark's 100,000-doctor workbook so generating it stays quick.
 */
import { stream, Workbook, type CellValue, type Worksheet } from "exceljs";
import type { SampleCell, SampleSheet } from "./sheets";

/** Fixed so two runs of the generator write the same document properties. */
const FIXED_DATE = new Date(Date.UTC(2026, 9, 1));

function toExcel(cell: SampleCell): CellValue {
  return cell;
}

function headerRow(sheet: SampleSheet): number {
  return sheet.title ? 3 : 1;
}

function layout(ws: Worksheet, sheet: SampleSheet): void {
  sheet.headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.max(10, Math.min(28, [...h].length * 2 + 2));
  });
}

export async function writeSampleWorkbook(path: string, sheets: SampleSheet[]): Promise<void> {
  const wb = new Workbook();
  wb.creator = "MicroSeg samples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    layout(ws, sheet);
    if (sheet.title) {
      ws.getCell(1, 1).value = sheet.title;
      ws.getCell(1, 1).font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, sheet.headers.length);
    }
    const top = headerRow(sheet);
    const header = ws.getRow(top);
    header.values = sheet.headers;
    header.font = { bold: true };
    sheet.rows.forEach((r, i) => {
      // A blank sample row stays truly empty (no cells), as in a real file.
      if (r.every((c) => c === null)) return;
      ws.getRow(top + 1 + i).values = r.map(toExcel);
    });
  }
  await wb.xlsx.writeFile(path);
}

export async function streamSampleWorkbook(path: string, sheets: SampleSheet[]): Promise<void> {
  const wb = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  wb.created = FIXED_DATE;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    layout(ws, sheet);
    ws.addRow(sheet.headers).commit();
    for (const r of sheet.rows) ws.addRow(r.map(toExcel)).commit();
    ws.commit();
  }
  await wb.commit();
}
