/**
 * Calendar weeks (Monday first) spanned by a cycle; week 1 holds the cycle's
 * first day. Used by the Call Calendar and the Weekly Prospects.
 */
import { parseIsoDate, toIsoDate, type Cycle } from "./cycle";

export interface CycleWeek {
  /** 1-based week number within the cycle. */
  week: number;
  /** ISO date of the Monday. */
  monday: string;
  /** Monday…Friday ISO dates. */
  weekdays: string[];
  /** Monday…Sunday ISO dates (a make-up working day can be a Saturday or Sunday). */
  days: string[];
}

const DAY_MS = 86_400_000;

function mondayOf(d: Date): Date {
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
}

export function cycleWeeks(cycle: Cycle): CycleWeek[] {
  const start = parseIsoDate(cycle.start);
  const end = parseIsoDate(cycle.end);
  if (!start || !end) return [];
  const weeks: CycleWeek[] = [];
  for (let t = mondayOf(start).getTime(); t <= end.getTime(); t += 7 * DAY_MS) {
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => toIsoDate(new Date(t + i * DAY_MS)));
    weeks.push({ week: weeks.length + 1, monday: days[0], weekdays: days.slice(0, 5), days });
  }
  return weeks;
}

/** Week number of a day of the cycle (a make-up Saturday belongs to its Monday's week); 0 when outside it. */
export function weekOf(weeks: readonly CycleWeek[], iso: string): number {
  for (const w of weeks) if (iso >= w.monday && iso <= w.days[6]) return w.week;
  return 0;
}
