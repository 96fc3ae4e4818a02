/**
 * Excel date serials in the workbook's date system. A cell holds a date as a
 * day count: from 1899-12-30 in the 1900 system (Windows' default, with the
 * phantom 29 Feb 1900), from 1904-01-01 in the 1904 system (old Mac files,
 * and any workbook with "Use 1904 date system" ticked). The same date is
 * 1,462 days apart in the two, so a host must know which one a workbook uses.
 */
export type DateSystem = 1900 | 1904;

const DAY_MS = 86_400_000;
/** Day 0 of each system (for the 1900 system, valid from serial 61, 1 March 1900, on). */
const EPOCH_MS: Record<DateSystem, number> = {
  1900: Date.UTC(1899, 11, 30),
  1904: Date.UTC(1904, 0, 1),
};
/** 9999-12-31, the last day Excel can show, in each system. */
const LAST_SERIAL: Record<DateSystem, number> = { 1900: 2_958_465, 1904: 2_957_003 };

/** "2026-12-01" → the serial of that day; null for anything that is not an ISO date. */
export function isoDateToSerial(iso: string, system: DateSystem): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_MS[system]) / DAY_MS;
}

/**
 * An ISO 8601 date or date-time as a cell stores it (t="d": strict OOXML,
 * openpyxl with iso_dates, some exporters) → the serial Excel shows for it in
 * the workbook's date system, the time of day as the fraction. The wall-clock
 * reading is kept (a zone suffix is ignored: a cell has no zone). Null for
 * text that is not such a date, an impossible day (2026-02-30) or a day the
 * system cannot hold (before 1900-01-01, or 1904-01-01 in the 1904 system).
 */
export function isoDateTimeToSerial(text: string, system: DateSystem): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const [h, min, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || sec >= 60) return null;
  let serial = (ms - EPOCH_MS[system]) / DAY_MS;
  // Before 1 March 1900 the 1900 system counts one day less (it has no phantom 29 Feb behind it yet).
  if (system === 1900 && serial < 61) serial -= 1;
  if (serial < (system === 1900 ? 1 : 0) || serial > LAST_SERIAL[system]) return null;
  return serial + (h * 3600 + min * 60 + sec) / 86_400;
}

/** A serial (time of day ignored) as a UTC date; null for one Excel cannot show as a date. */
export function serialToDate(serial: number, system: DateSystem): Date | null {
  if (!Number.isFinite(serial) || serial >= LAST_SERIAL[system] + 1) return null;
  const day = Math.floor(serial);
  if (system === 1904) return day < 0 ? null : new Date(EPOCH_MS[1904] + day * DAY_MS);
  if (day < 1 || day === 60) return null;
  // Serials 1–59 (Jan–Feb 1900) sit one day later because of the phantom 29 Feb 1900.
  return new Date(EPOCH_MS[1900] + (day < 60 ? day + 1 : day) * DAY_MS);
}

/** Days from 1900-01-00 to 1904-01-01: a 1900-system serial is this much larger than the 1904 one. */
export const DAYS_1900_TO_1904 = 1462;

/** A day's 1900-system serial as the serial of `system`. */
export function serialInSystem(serial1900: number, system: DateSystem): number {
  return system === 1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
}

/**
 * The date system from the serial Excel gives for DATE(1904,1,1): 0 in the
 * 1904 system, 1462 in the 1900 system.
 */
export function dateSystemFromSerialOf1904(serial: unknown): DateSystem {
  return serial === 0 ? 1904 : 1900;
}
