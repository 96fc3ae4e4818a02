/** Row- and cell-level facts about raw sheet values, shared by detection and reading. */
import { isCellError, type CellValue } from "../cells";
import { isBlankText } from "./chars";

/** A cell with nothing in it: null, "" or only spaces. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && isBlankText(v));
}

/** A row whose every cell is blank (a spacer row, skipped without an issue). */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** The raw value as the user would read it in the cell, for the Issues output. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return isCellError(v) ? v.code : "";
}
