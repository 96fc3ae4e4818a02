/**
 * Reads argument cells with the engine's own readers (src/core/input), so
 * `1,500`, `500万`, `35%` and full-width digits mean in a formula exactly what
 * they mean in an input table. A bad cell throws a CellProblem (#VALUE! with
 * the engine's message); a blank cell is a missing value (null).
 */
import type { FieldKind } from "../core/fields";
import type { DateSystem } from "../core/dates";
import { dateFromSerial } from "../core/input/dates";
import { parseNumber } from "../core/input/numbers";
import { parseIsoDate } from "../core/plan/cycle";
import { problem } from "./errors";
import { isOmitted, refuseErrorCell, type CellInput, type Grid } from "./grid";

/** A cell as the engine's CellValue: undefined (omitted) is blank; an error cell stops the read. */
function cellValue(raw: CellInput): number | string | boolean | null {
  const value = refuseErrorCell(raw);
  return value === undefined ? null : value;
}

/** The number in a cell read as a field of that kind; null when blank. */
export function readNumber(raw: CellInput, kind: FieldKind, parameter: string): number | null {
  const read = parseNumber(cellValue(raw), kind);
  if (read.ok) return read.value;
  throw problem("value", read.code, parameter, raw);
}

/** Like readNumber, with the default used when the cell is blank or the argument omitted. */
export function readNumberOr(raw: CellInput, kind: FieldKind, parameter: string, fallback: number): number {
  return readNumber(raw, kind, parameter) ?? fallback;
}

/**
 * Every number of a whole-range argument (a list of thresholds, frequencies …).
 * Blank cells are skipped; a bad cell fails the whole argument.
 */
export function readNumberList(grid: Grid | null | undefined, kind: FieldKind, parameter: string): number[] {
  if (isOmitted(grid)) return [];
  const out: number[] = [];
  for (const row of grid) {
    for (const raw of row) {
      const value = readNumber(raw, kind, parameter);
      if (value !== null) out.push(value);
    }
  }
  return out;
}

/**
 * A date cell: an Excel serial in the workbook's date system (a 1904 workbook
 * counts from 1904-01-01), or ISO text "2026-11-02"; null when blank.
 */
export function readDate(raw: CellInput, parameter: string, system: DateSystem = 1900): Date | null {
  if (typeof raw === "string") {
    const iso = parseIsoDate(raw);
    if (iso) return iso;
  }
  const serial = readNumber(raw, "key", parameter);
  if (serial === null) return null;
  const date = dateFromSerial(serial, system);
  if (!date) throw problem("value", "not-a-number", parameter, raw);
  return date;
}
