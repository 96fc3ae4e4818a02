/**
 * Months in a cycle (SPEC §6): frequencies are per month, and a cycle longer
 * than a month plans frequency × its months (a quarter: HH 4 → 12 calls).
 * Whole months, at least one: a cycle of a month or less plans one month.
 */
const DAY_MS = 86_400_000;
const MEAN_MONTH_DAYS = 365.25 / 12;

export function cycleMonths(cycle: { start: string; end: string }): number {
  const days = (Date.parse(`${cycle.end}T00:00:00Z`) - Date.parse(`${cycle.start}T00:00:00Z`)) / DAY_MS + 1;
  if (!Number.isFinite(days)) return 1;
  return Math.max(1, Math.round(days / MEAN_MONTH_DAYS));
}
