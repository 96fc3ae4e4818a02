/**
 * An .xlsx file (bytes) → the sheets of a memory workbook, read with the
 * command line's own streaming reader (src/xlsx/packageSheets), so the
 * workbench sees a file exactly as `microseg plan` does.
 */
import type { SheetData } from "../core/cells";
import { REGISTRY_SHEET } from "../core/registry";
import { readPackageSheets } from "../xlsx/packageSheets";
import { readWorkbookParts } from "../xlsx/workbookParts";
import { unzipParts } from "../xlsx/zipPackage";

export function readXlsx(bytes: ArrayBuffer): Promise<SheetData[]> {
  try {
    const parts = unzipParts(new Uint8Array(bytes));
    // The registry sheet is very hidden in Excel; the memory port reads it as the registry.
    const sheets = readPackageSheets(
      parts,
      readWorkbookParts(parts),
      (s) => s.state === "visible" || s.name === REGISTRY_SHEET,
    );
    return Promise.resolve(sheets.map(({ state: _state, ...sheet }) => sheet));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
