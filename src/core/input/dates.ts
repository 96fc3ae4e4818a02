/**
 * Reading a date or a month from a cell as a manager types it (SPEC §10):
 * an Excel date serial (what a date cell holds), `2026-10-09`, `2026/10/9`,
 * `2026.10.9`, `20261009`, `2026年10月9日`, or without a year `10月9日`,
 * `10月9号`; months as `2026-10`, `2026年10月`, `202610`, `10月` or a date.
 * Full-width digits fold first. A date without a year takes the year the
 * caller's `yearFor` chooses (the archived cycle it falls in, else the last
 * year in which it is not in the future), so `10月9日` means the October just past.
 */
import type { CellValue } from "../cells";
import { halfWidthCode } from "./chars";

/** Day 0 of Excel's 1900 date system, in UTC milliseconds (1899-12-30: Excel counts a 29 Feb 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials from 1 Jan 1900 to 31 Dec 9999, as Excel accepts them. */
const MAX_SERIAL = 2_958_465;

export type DateRead =
  | { readonly ok: true; readonly iso: string; readonly serial: boolean }
  | { readonly ok: true; readonly iso: null }
  | { readonly ok: false };

/** Picks a year for a date written without one. */
export type YearFor = (month: number, day: number) => number;

const BLANK: DateRead = Object.freeze({ ok: true, iso: null });
const BAD: DateRead = Object.freeze({ ok: false });

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO text of a valid calendar date, or null (31 Sept, month 13 …). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** ISO date of an Excel serial (its time of day dropped). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Excel serial of an ISO date. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Full-width digits and punctuation to half-width, spaces trimmed. */
function folded(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(halfWidthCode(text.charCodeAt(i)));
  return out.trim();
}

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT].*)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const YEARLESS_DATE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;

/** Reads a call date. A number is an Excel serial; text is read in the forms above. */
export function parseDateCell(raw: CellValue, yearFor: YearFor): DateRead {
  if (raw === null) return BLANK;
  if (typeof raw === "number") {
    const iso = serialToIso(raw);
    return iso ? { ok: true, iso, serial: true } : BAD;
  }
  if (typeof raw !== "string") return BAD;
  const text = folded(raw);
  if (text === "") return BLANK;
  const iso = textDate(text, yearFor);
  return iso ? { ok: true, iso, serial: false } : BAD;
}

function textDate(text: string, yearFor: YearFor): string | null {
  const full = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const yearless = YEARLESS_DATE.exec(text);
  if (yearless) {
    const month = Number(yearless[1]);
    const day = Number(yearless[2]);
    // 29 February takes a leap year's check: ask for the year first, then validate.
    return isoDate(yearFor(month, day), month, day);
  }
  return null;
}

export type MonthRead = { readonly ok: true; readonly month: string | null } | { readonly ok: false };

const FULL_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const YEARLESS_MONTH = /^(\d{1,2})\s*月(?:份)?$/;

/** Reads a quota month as "YYYY-MM": a month as text, or any date (serial or text) of that month. */
export function parseMonthCell(raw: CellValue, yearFor: (month: number) => number): MonthRead {
  if (raw === null) return { ok: true, month: null };
  if (typeof raw === "number") {
    const iso = serialToIso(raw);
    return iso ? { ok: true, month: iso.slice(0, 7) } : { ok: false };
  }
  if (typeof raw !== "string") return { ok: false };
  const text = folded(raw);
  if (text === "") return { ok: true, month: null };
  const m = FULL_MONTH.exec(text) ?? COMPACT_MONTH.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  const yearless = YEARLESS_MONTH.exec(text);
  if (yearless) {
    const month = Number(yearless[1]);
    return monthOf(yearFor(month), month);
  }
  const date = textDate(text, (month) => yearFor(month));
  return date ? { ok: true, month: date.slice(0, 7) } : { ok: false };
}

function monthOf(year: number, month: number): MonthRead {
  const iso = isoDate(year, month, 1);
  return iso ? { ok: true, month: iso.slice(0, 7) } : { ok: false };
}
