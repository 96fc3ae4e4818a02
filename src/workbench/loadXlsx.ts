/**
 * An .xlsx file (bytes) → the sheets of a memory workbook, read with the same
 * cell rules as the command line (src/xlsx/readSheets). In the browser build
 * webpack resolves "exceljs" to its browser bundle.
 */
import { Workbook } from "exceljs";
import type { SheetData } from "../core/cells";
import { REGISTRY_SHEET } from "../core/registry";
import { readWorksheet } from "../xlsx/readSheets";

export async function readXlsx(bytes: ArrayBuffer): Promise<SheetData[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheets: SheetData[] = [];
  workbook.eachSheet((ws) => {
    // The registry sheet is very hidden in Excel; the memory port reads it as the registry.
    if (ws.state === "visible" || ws.name === REGISTRY_SHEET) sheets.push(readWorksheet(ws));
  });
  return sheets;
}
