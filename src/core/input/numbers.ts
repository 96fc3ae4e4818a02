/**
 * Reads one raw cell as the number a field needs (SPEC §1).
 *
 * Result, a discriminated union on `ok`:
 * - `{ ok: true, value: number }`: the value, already scaled by the column's
 *   header unit (万元 → ×10,000) and, for rates, as a fraction 0..1;
 *   `note` is set when the reading itself deserves a line on the Issues
 *   output (a rate of 35 read as 35%).
 * - `{ ok: true, value: null }`: the cell is blank: the value is missing and
 *   that is no issue by itself.
 * - `{ ok: false, code }`: the cell holds something that is not a usable
 *   number; the caller treats the value as missing and lists the code.
 */
import { isCellError, isErrorLiteral, type CellValue } from "../cells";
import type { FieldKind } from "../fields";
import type { IssueCode } from "../issues";
import { scanNumberTextInto, type NumberTextRead } from "./numberText";

export type NumberRead =
  | { readonly ok: true; readonly value: number | null; readonly note?: IssueCode }
  | { readonly ok: false; readonly code: IssueCode };

const BLANK: NumberRead = Object.freeze({ ok: true, value: null });
const FAILURES = new Map<IssueCode, NumberRead>();

function fail(code: IssueCode): NumberRead {
  let read = FAILURES.get(code);
  if (!read) {
    read = Object.freeze({ ok: false, code });
    FAILURES.set(code, read);
  }
  return read;
}

/**
 * One cell's reading, filled in by readNumberCell. A reader of a million
 * cells keeps one and reuses it: a result object per cell was most of this
 * stage's garbage.
 */
export class CellNumber {
  /** Set when the cell is not a usable number (the value is then null). */
  code: IssueCode | null = null;
  /** Set when the reading itself deserves a line on the Issues output. */
  note: IssueCode | null = null;
  /** The text scan's scratch. */
  readonly text: NumberTextRead = { value: null, percent: false, ownUnit: false };
}

/**
 * @param raw   the cell as the host read it
 * @param kind  how the field is read ("rate" → fraction; count/money/amount/rate reject negatives)
 * @param scale the header unit's multiplier (万元 → 10000); a cell with its
 *              own unit (`500万`) is not scaled again
 */
export function parseNumber(raw: CellValue, kind: FieldKind, scale = 1): NumberRead {
  const read = new CellNumber();
  const value = readNumberCell(raw, kind, scale, read);
  if (read.code !== null) return fail(read.code);
  if (value === null) return BLANK;
  return read.note !== null ? { ok: true, value, note: read.note } : { ok: true, value };
}

/**
 * parseNumber without a result object: returns the value (null when blank
 * or unusable) and leaves `out.code` / `out.note` as parseNumber's `code` /
 * `note` would be.
 */
export function readNumberCell(
  raw: CellValue,
  kind: FieldKind,
  scale: number,
  out: CellNumber,
): number | null {
  out.code = null;
  out.note = null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return failed(out, "not-a-number");
    return checked(scale === 1 ? raw : scaled(raw, scale), kind, false, out);
  }
  if (raw === null) return null;
  if (typeof raw === "string") return readText(raw, kind, scale, out);
  if (typeof raw === "boolean") return failed(out, "not-a-number");
  return failed(out, isCellError(raw) ? "excel-error" : "not-a-number");
}

function failed(out: CellNumber, code: IssueCode): null {
  out.code = code;
  return null;
}

function readText(raw: string, kind: FieldKind, scale: number, out: CellNumber): number | null {
  const read = out.text;
  scanNumberTextInto(raw, read);
  if (read.value === null) return null;
  if (Number.isNaN(read.value))
    return failed(out, isErrorLiteral(raw.trim()) ? "excel-error" : "not-a-number");
  if (read.percent) {
    // "35%" in a bed count is not a count; only rates (and free numbers) take percents.
    if (kind !== "rate" && kind !== "key" && kind !== "text") return failed(out, "not-a-number");
    return checked(read.value, kind, true, out);
  }
  const value = read.ownUnit || scale === 1 ? read.value : scaled(read.value, scale);
  return checked(value, kind, false, out);
}

/** Applies the kind's rules to a value already in the column's unit. */
function checked(value: number, kind: FieldKind, writtenAsPercent: boolean, out: CellNumber): number | null {
  if (kind === "key" || kind === "text") return value;
  if (value < 0) return failed(out, "negative-count");
  if (kind !== "rate") return value;
  if (value <= 1) return value;
  // A rate above 1 written without "%" is a percent typed as a plain number (35 → 35%).
  if (writtenAsPercent || value > 100) return failed(out, "rate-above-100");
  out.note = "rate-read-as-percent";
  return value / 100;
}

/**
 * value × scale without binary noise (0.07 万元 is 700 元, not
 * 700.0000000000001): results within a billionth of an integer are snapped.
 */
function scaled(value: number, scale: number): number {
  const v = value * scale;
  const r = Math.round(v);
  return Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v)) ? r : v;
}
