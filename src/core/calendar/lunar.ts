/**
 * Chinese lunar dates → Gregorian ISO dates. `Intl`'s chinese calendar (ICU,
 * in Node 20 and in every browser Excel runs in) says which lunar month a day
 * belongs to — leap months and the start of the year follow its rules — and
 * the month's first day is then pinned to the new moon computed in
 * astronomy.ts, which corrects ICU where its approximate new moon slips past
 * midnight in China (春节 2027).
 */
import { newMoonNear } from "./astronomy";

const DAY_MS = 86_400_000;

let formatter: Intl.DateTimeFormat | null = null;
function chineseFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-u-ca-chinese", {
    timeZone: "UTC",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  return formatter;
}

interface LunarParts {
  /** The Gregorian year in which the lunar year began. */
  year: number;
  /** 1–12; leap months are marked by `leap`. */
  month: number;
  leap: boolean;
  day: number;
}

function lunarParts(iso: string): LunarParts {
  const parts = chineseFormatter().formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (type: string): string => parts.find((p) => (p.type as string) === type)?.value ?? "";
  const monthText = get("month");
  return {
    year: Number(get("relatedYear") || get("year")),
    month: parseInt(monthText, 10),
    // ICU writes a leap month as "4bis" in English
    leap: !/^\d+$/.test(monthText),
    day: Number(get("day")),
  };
}

const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The first day of a lunar year's (non-leap) month, or null when `Intl` has no chinese calendar. */
function monthStart(lunarYear: number, month: number): string | null {
  // Month m of lunar year Y begins between 20 Jan + (m−1)·29 days and about 40 days later.
  const from = Date.UTC(lunarYear, 0, 18) + (month - 1) * 29 * DAY_MS;
  for (let i = 0; i < 45; i++) {
    const iso = new Date(from + i * DAY_MS).toISOString().slice(0, 10);
    const p = lunarParts(iso);
    if (!Number.isFinite(p.year) || !Number.isFinite(p.month)) return null;
    if (p.year === lunarYear && p.month === month && !p.leap && p.day <= 2) {
      const icuStart = addDays(iso, 1 - p.day);
      return newMoonNear(icuStart);
    }
  }
  return null;
}

const cache = new Map<string, string | null>();

/** ISO date of lunar `month`/`day` of the lunar year beginning in Gregorian `lunarYear`; null if unknown. */
export function lunarToIso(lunarYear: number, month: number, day: number): string | null {
  const key = `${lunarYear}-${month}`;
  if (!cache.has(key)) cache.set(key, monthStart(lunarYear, month));
  const start = cache.get(key) ?? null;
  return start === null ? null : addDays(start, day - 1);
}

/** 除夕: the day before the lunar new year (the last day of month 12, whether it has 29 or 30 days). */
export function lunarNewYearsEve(lunarYear: number): string | null {
  const newYear = lunarToIso(lunarYear, 1, 1);
  return newYear === null ? null : addDays(newYear, -1);
}

export { addDays as addIsoDays };
