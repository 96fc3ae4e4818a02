/**
 * The planning cycle: start/end dates and its working days (Mon–Fri minus
 * holidays). Dates are ISO strings "YYYY-MM-DD" handled in UTC so a plan does
 * not shift with the machine's time zone.
 */
import type { Settings } from "../settings";

export interface Cycle {
  start: string;
  end: string;
  /** ISO dates of the working days, ascending. */
  workingDays: string[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Working days Monday–Friday between two dates (inclusive), minus holidays. */
export function workingDaysBetween(start: Date, end: Date, holidays: readonly string[]): string[] {
  const skip = new Set(holidays);
  const days: string[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += 86_400_000) {
    const d = new Date(t);
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const iso = toIsoDate(d);
    if (!skip.has(iso)) days.push(iso);
  }
  return days;
}

/** The cycle of the settings, or the next calendar month after `today`. */
export function resolveCycle(settings: Settings, today: Date): Cycle {
  let start = settings.cycle.start ? parseIsoDate(settings.cycle.start) : null;
  let end = settings.cycle.end ? parseIsoDate(settings.cycle.end) : null;
  if (!start || !end) {
    const y = today.getUTCFullYear();
    const m = today.getUTCMonth();
    start = new Date(Date.UTC(y, m + 1, 1));
    end = new Date(Date.UTC(y, m + 2, 0));
  }
  return {
    start: toIsoDate(start),
    end: toIsoDate(end),
    workingDays: workingDaysBetween(start, end, settings.cycle.holidays),
  };
}

/** Calls the cycle can hold: callsPerDay × working days. */
export function cycleCapacity(settings: Settings, cycle: Cycle): number {
  return settings.capacity.callsPerDay * cycle.workingDays.length;
}
