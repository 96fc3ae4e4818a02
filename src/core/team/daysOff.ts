/**
 * A representative's days off (SPEC §8) as written in a manager's sheet:
 * single dates and ranges, several in one cell — `2026-10-12~10-14`,
 * `2026/10/12`, `10月12日-14日`, `10月12日至10月14日; 10月20日`, or an
 * Excel date serial. A date without a year takes the year that puts it
 * nearest the cycle's start, so "12月30日" in a January cycle is last year.
 */
import { halfWidthCode } from "../input/chars";
import { toIsoDate } from "../plan/cycle";

export type DaysOffRead = { ok: true; dates: string[] } | { ok: false };

/** A range longer than this is a typo, not a holiday. */
const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

interface Parts {
  y: number | null;
  m: number | null;
  d: number;
}

function halfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(halfWidthCode(s.charCodeAt(i)));
  return out;
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const DAY = /^(\d{1,2})\s*[日号]?$/;

function parts(text: string, allowDayOnly: boolean): Parts | null {
  let m = FULL.exec(text);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = MONTH_DAY.exec(text);
  if (m) return { y: null, m: Number(m[1]), d: Number(m[2]) };
  if (allowDayOnly) {
    m = DAY.exec(text);
    if (m) return { y: null, m: null, d: Number(m[1]) };
  }
  return null;
}

function utc(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
}

/** The year for a month-day that puts it nearest `reference`. */
function nearestYear(m: number, d: number, reference: number): number | null {
  const year = new Date(reference).getUTCFullYear();
  let best: { t: number; y: number } | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const t = utc(y, m, d);
    if (t !== null && (best === null || Math.abs(t - reference) < Math.abs(best.t - reference)))
      best = { t, y };
  }
  return best?.y ?? null;
}

function resolve(p: Parts, context: { y: number; m: number } | null, reference: number): number | null {
  const m = p.m ?? context?.m ?? null;
  if (m === null) return null;
  const y = p.y ?? context?.y ?? nearestYear(m, p.d, reference);
  return y === null ? null : utc(y, m, p.d);
}

/** One date or range, e.g. "2026-10-12~10-14" or "10月12日-14日"; null when unreadable. */
function readItem(item: string, reference: number): [number, number] | null {
  const single = parts(item, false);
  if (single) {
    const t = resolve(single, null, reference);
    return t === null ? null : [t, t];
  }
  if (/^\d+(\.0+)?$/.test(item)) {
    const serial = Number(item);
    if (serial >= 20_000 && serial <= 80_000) {
      const t = EXCEL_EPOCH + Math.floor(serial) * DAY_MS;
      return [t, t];
    }
    return null;
  }
  // A range: an explicit separator, or else a hyphen between two date parts.
  const explicit = item.split(/\s*(?:~|至|到|—|–|－|―)\s*/);
  const splits: [string, string][] = [];
  if (explicit.length === 2) splits.push([explicit[0], explicit[1]]);
  else if (explicit.length === 1)
    for (let i = item.indexOf("-"); i > 0; i = item.indexOf("-", i + 1))
      splits.push([item.slice(0, i).trim(), item.slice(i + 1).trim()]);
  for (const [left, right] of splits) {
    const a = parts(left, false);
    const b = parts(right, true);
    if (!a || !b) continue;
    const start = resolve(a, null, reference);
    if (start === null) continue;
    const s = new Date(start);
    const end = resolve(b, { y: s.getUTCFullYear(), m: s.getUTCMonth() + 1 }, reference);
    if (end === null || end < start || (end - start) / DAY_MS >= MAX_RANGE_DAYS) continue;
    return [start, end];
  }
  return null;
}

/**
 * Reads a days-off cell. `reference` is the cycle's first day (ISO); blank
 * text is no days off. Any unreadable item makes the whole cell unreadable,
 * so a half-understood cell never silently drops a day.
 */
export function parseDaysOff(text: string, reference: string): DaysOffRead {
  const ref = Date.parse(`${reference}T00:00:00Z`);
  const items = halfWidth(text)
    .split(/[,;，；、\n\r]+|\s{2,}/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const dates = new Set<string>();
  for (const item of items) {
    const range = readItem(item, ref);
    if (!range) return { ok: false };
    for (let t = range[0]; t <= range[1]; t += DAY_MS) dates.add(toIsoDate(new Date(t)));
  }
  return { ok: true, dates: [...dates].sort() };
}
