/**
 * exceljs cell values → the engine's raw CellValue, the same shape the
 * Office.js host hands over (`range.values`), so the core sees one world:
 * - a formula becomes its cached result (the file is never recalculated here);
 * - rich text and hyperlinks become their plain text;
 * - a date becomes its Excel serial number, as Office.js `values` gives it
 *   (1900 date system; exceljs reads serials as UTC dates);
 * - an Excel error becomes the shared CellError object.
 */
import type { CellValue as ExcelCellValue } from "exceljs";
import { cellError, isErrorLiteral, type CellValue } from "../core/cells";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** An ISO date ("2026-12-01") as the UTC Date exceljs writes as that calendar day. */
export function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
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
