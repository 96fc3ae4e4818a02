/**
 * Scheduling per rep (SPEC §8): each rep's targets are placed on that rep's
 * working days (the cycle's, minus their days off) at that rep's calls per
 * day, by the one scheduler. Calls come back with their day as an index into
 * the cycle's working days, so the plan tables read one calendar.
 */
import type { CallRequest, Schedule, ScheduledCall, UnplacedCalls } from "./scheduler";
import { isoWeekday, scheduleCalls } from "./scheduler";

export interface RepDays {
  /** ISO dates the rep works, ascending; a subset of the cycle's working days. */
  workingDays: readonly string[];
  callsPerDay: number;
}

export interface RepScheduleInput {
  /** The cycle's working days, ascending. */
  days: readonly string[];
  reps: readonly RepDays[];
  /** In priority order within each rep. */
  requests: readonly CallRequest[];
  /** The rep (index into reps) of each request. */
  repOf: ArrayLike<number>;
}

export function scheduleTeam(input: RepScheduleInput): Schedule {
  const dayIndex = new Map(input.days.map((d, i) => [d, i]));
  // The cycle's weekdays parsed once, not once per rep.
  const weekdayOf = input.days.map(isoWeekday);
  const calls: ScheduledCall[] = [];
  const unplaced: UnplacedCalls[] = [];
  const byRep: number[][] = input.reps.map(() => []);
  for (let r = 0; r < input.requests.length; r++) byRep[input.repOf[r]]?.push(r);
  input.reps.forEach((rep, k) => {
    const own = byRep[k];
    if (own.length === 0) return;
    const cycleDay = rep.workingDays.map((d) => dayIndex.get(d));
    const schedule = scheduleCalls({
      days: rep.workingDays,
      callsPerDay: rep.callsPerDay,
      requests: own.map((r) => input.requests[r]),
      weekdays: cycleDay.map((i, d) => (i === undefined ? isoWeekday(rep.workingDays[d]) : weekdayOf[i])),
    });
    // The rep's schedule is ours alone: its calls are renumbered in place rather than copied.
    for (const c of schedule.calls) {
      c.request = own[c.request];
      c.day = cycleDay[c.day] ?? c.day;
      calls.push(c);
    }
    for (const u of schedule.unplaced) unplaced.push({ ...u, request: own[u.request] });
  });
  return { calls, unplaced };
}
