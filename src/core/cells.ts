/**
 * Raw cell values as every host hands them to the engine.
 * Excel error values are a distinct type so they never look like names.
 */
import type { DateSystem } from "./dates";

export const EXCEL_ERROR_CODES = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An Excel error value (#N/A, #DIV/0! …) read from a cell. */
export interface CellError {
  readonly kind: "error";
  readonly code: ExcelErrorCode;
}

export type CellValue = number | string | boolean | null | CellError;

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);
const ERROR_CACHE = new Map<string, CellError>();

/** Shared, frozen error objects: cheap to compare and to create. */
export function cellError(code: ExcelErrorCode): CellError {
  let e = ERROR_CACHE.get(code);
  if (!e) {
    e = Object.freeze({ kind: "error", code });
    ERROR_CACHE.set(code, e);
  }
  return e;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && (v as CellError).kind === "error";
}

/** True for strings that are exactly an Excel error literal such as "#N/A". */
export function isErrorLiteral(s: string): s is ExcelErrorCode {
  return ERROR_SET.has(s);
}

/** A rectangle of raw cells from one worksheet (or Excel table). */
export interface SheetData {
  /** Worksheet name as the user sees it. */
  name: string;
  /** Row-major values; rows may be ragged. */
  values: CellValue[][];
  /** 1-based Excel row of values[0] (used range may not start at row 1). */
  firstRow: number;
  /** 0-based column index of values[*][0] (A = 0). */
  firstCol: number;
  /** Excel tables (ListObjects) on this sheet, if the host knows them. */
  tables?: { name: string }[];
  /** The workbook's date system, for date serials in `values`; 1900 when absent. */
  dateSystem?: DateSystem;
}

/** Converts a 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B7" → {row: 7, col: 1}. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}
