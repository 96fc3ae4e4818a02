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
import { scanNumberText } from "./numberText";

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
 * @param raw   the cell as the host read it
 * @param kind  how the field is read ("rate" → fraction; count/money/amount/rate reject negatives)
 * @param scale the header unit's multiplier (万元 → 10000); a cell with its
 *              own unit (`500万`) is not scaled again
 */
export function parseNumber(raw: CellValue, kind: FieldKind, scale = 1): NumberRead {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail("not-a-number");
    return checked(scale === 1 ? raw : scaled(raw, scale), kind, false);
  }
  if (raw === null) return BLANK;
  if (typeof raw === "string") return parseText(raw, kind, scale);
  if (typeof raw === "boolean") return fail("not-a-number");
  return isCellError(raw) ? fail("excel-error") : fail("not-a-number");
}

function parseText(raw: string, kind: FieldKind, scale: number): NumberRead {
  const read = scanNumberText(raw);
  if (read.value === null) return BLANK;
  if (Number.isNaN(read.value)) return fail(isErrorLiteral(raw.trim()) ? "excel-error" : "not-a-number");
  if (read.percent) {
    // "35%" in a bed count is not a count; only rates (and free numbers) take percents.
    if (kind !== "rate" && kind !== "key" && kind !== "text") return fail("not-a-number");
    return checked(read.value, kind, true);
  }
  const value = read.ownUnit || scale === 1 ? read.value : scaled(read.value, scale);
  return checked(value, kind, false);
}

/** Applies the kind's rules to a value already in the column's unit. */
function checked(value: number, kind: FieldKind, writtenAsPercent: boolean): NumberRead {
  if (kind === "key" || kind === "text") return { ok: true, value };
  if (value < 0) return fail("negative-count");
  if (kind !== "rate") return { ok: true, value };
  if (value <= 1) return { ok: true, value };
  // A rate above 1 written without "%" is a percent typed as a plain number (35 → 35%).
  if (writtenAsPercent || value > 100) return fail("rate-above-100");
  return { ok: true, value: value / 100, note: "rate-read-as-percent" };
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
