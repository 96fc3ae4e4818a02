/**
 * Date cells as managers type them: an Excel date (a serial number), ISO text,
 * "2026/10/1", "2026.10.01", "2026年10月1日", full-width digits, and ranges
 * such as "2026-10-01~2026-10-07", "2026-10-12~10-14" or "2026年10月1日至7日".
 * A date without a year is not guessed. Results are ISO "YYYY-MM-DD" (UTC).
 */
import type { CellValue } from "../cells";
import { isoDateToSerial, serialToDate, type DateSystem } from "../dates";
import { halfWidthCode } from "./chars";

/**
 * An Excel date serial (time of day ignored) as a UTC date, in the workbook's
 * date system (1900 unless the host says 1904); null for a serial Excel cannot show.
 */
export function dateFromSerial(serial: number, system: DateSystem = 1900): Date | null {
  return serialToDate(serial, system);
}

/** ISO text of a valid Y-M-D, or null (31 February is not a date). */
export function isoOf(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : null;
}

export interface DateRange {
  /** ISO, first day. */
  from: string;
  /** ISO, last day (inclusive); equals `from` for a single day. */
  to: string;
}

function halfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(halfWidthCode(s.charCodeAt(i)));
  return out;
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const DAY_ONLY = /^(\d{1,2})\s*[日号]?/;
const RANGE_SEP = /^\s*(?:~|-|–|—|至|到|to)\s*/;

/**
 * A date or a date range from a cell; null when blank; "invalid" when the
 * text is not a date (or a range ends before it starts). A number is a
 * serial in the workbook's date system.
 */
export function parseDateCell(raw: CellValue, system: DateSystem = 1900): DateRange | null | "invalid" {
  if (raw === null) return null;
  if (typeof raw === "number") {
    const d = dateFromSerial(raw, system);
    if (!d) return "invalid";
    const iso = d.toISOString().slice(0, 10);
    return { from: iso, to: iso };
  }
  if (typeof raw !== "string") return "invalid";
  const s = halfWidth(raw).trim().toLowerCase();
  if (s === "") return null;
  const first = FULL.exec(s);
  if (!first) return "invalid";
  const y = Number(first[1]);
  const m = Number(first[2]);
  const from = isoOf(y, m, Number(first[3]));
  if (from === null) return "invalid";
  let rest = s.slice(first[0].length);
  if (rest.trim() === "") return { from, to: from };
  const sep = RANGE_SEP.exec(rest);
  if (!sep) return "invalid";
  rest = rest.slice(sep[0].length);
  let to: string | null = null;
  let used = 0;
  const full = FULL.exec(rest);
  const md = full ? null : MONTH_DAY.exec(rest);
  const dOnly = full || md ? null : DAY_ONLY.exec(rest);
  if (full) [to, used] = [isoOf(Number(full[1]), Number(full[2]), Number(full[3])), full[0].length];
  else if (md) [to, used] = [isoOf(y, Number(md[1]), Number(md[2])), md[0].length];
  else if (dOnly) [to, used] = [isoOf(y, m, Number(dOnly[1])), dOnly[0].length];
  if (to === null || rest.slice(used).trim() !== "" || to < from) return "invalid";
  return { from, to };
}

/** Excel serial of an ISO date (1900 date system unless given, from March 1900 on). */
export function isoToSerial(iso: string, system: DateSystem = 1900): number {
  return isoDateToSerial(iso, system) ?? Number.NaN;
}

/**
 * One day as a Call Log records it (SPEC §10): an Excel date, or the text
 * forms above, or a compact `20261009`, with any time of day dropped; or a
 * month and day without the year (`10月9日`, `10月9号`), the year then chosen
 * by `yearFor`. `serial` says the cell held a real date, which is what a
 * live COUNTIFS over the column can compare.
 */
export type DayRead = { ok: true; iso: string; serial: boolean } | { ok: true; iso: null } | { ok: false };

/** Picks a year for a date written without one. */
export type YearFor = (month: number, day: number) => number;

const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const YEARLESS_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const TIME_OF_DAY = /(?:\s+|t)\d{1,2}:\d{2}(?::\d{2})?$/;

export function parseDayCell(raw: CellValue, yearFor: YearFor, system: DateSystem = 1900): DayRead {
  if (typeof raw === "number") {
    const d = dateFromSerial(raw, system);
    return d ? { ok: true, iso: d.toISOString().slice(0, 10), serial: true } : { ok: false };
  }
  if (typeof raw !== "string") return raw === null ? { ok: true, iso: null } : { ok: false };
  const s = halfWidth(raw).trim().toLowerCase().replace(TIME_OF_DAY, "");
  if (s === "") return { ok: true, iso: null };
  const compact = COMPACT_DAY.exec(s);
  const yearless = YEARLESS_DAY.exec(s);
  let iso: string | null = null;
  if (compact) iso = isoOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  else if (yearless) {
    const [m, d] = [Number(yearless[1]), Number(yearless[2])];
    iso = isoOf(yearFor(m, d), m, d);
  } else {
    const range = parseDateCell(s);
    // A range is several days; a call is on one.
    if (range !== null && range !== "invalid" && range.from === range.to) iso = range.from;
  }
  return iso ? { ok: true, iso, serial: false } : { ok: false };
}

export type MonthRead = { readonly ok: true; readonly month: string | null } | { readonly ok: false };

const FULL_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const YEARLESS_MONTH = /^(\d{1,2})\s*月份?$/;

function monthOf(year: number, month: number): MonthRead {
  const iso = isoOf(year, month, 1);
  return iso ? { ok: true, month: iso.slice(0, 7) } : { ok: false };
}

/** A quota month as "YYYY-MM": `2026-10`, `2026年10月`, `202610`, `10月` (year by `yearFor`) or any day of it. */
export function parseMonthCell(
  raw: CellValue,
  yearFor: (month: number) => number,
  system: DateSystem = 1900,
): MonthRead {
  if (typeof raw === "string") {
    const s = halfWidth(raw).trim();
    const m = FULL_MONTH.exec(s) ?? COMPACT_MONTH.exec(s);
    if (m) return monthOf(Number(m[1]), Number(m[2]));
    const yearless = YEARLESS_MONTH.exec(s);
    if (yearless) return monthOf(yearFor(Number(yearless[1])), Number(yearless[1]));
  }
  const day = parseDayCell(raw, (month) => yearFor(month), system);
  if (!day.ok) return { ok: false };
  return { ok: true, month: day.iso === null ? null : day.iso.slice(0, 7) };
}
