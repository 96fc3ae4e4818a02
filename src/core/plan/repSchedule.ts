/**
 * Scheduling per rep (SPEC §8): each rep's targets are placed on that rep's
 * working days (the cycle's, minus their days off) at that rep's calls per
 * day, by the one scheduler. Calls come back with their day as an index into
 * the cycle's working days, so the plan tables read one calendar.
 */
import type { CallRequest, Schedule, ScheduledCall, UnplacedCalls } from "./scheduler";
import { scheduleCalls } from "./scheduler";

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
  const calls: ScheduledCall[] = [];
  const unplaced: UnplacedCalls[] = [];
  const byRep: number[][] = input.reps.map(() => []);
  for (let r = 0; r < input.requests.length; r++) byRep[input.repOf[r]]?.push(r);
  input.reps.forEach((rep, k) => {
    const own = byRep[k];
    if (own.length === 0) return;
    const schedule = scheduleCalls({
      days: rep.workingDays,
      callsPerDay: rep.callsPerDay,
      requests: own.map((r) => input.requests[r]),
    });
    for (const c of schedule.calls)
      calls.push({ ...c, request: own[c.request], day: dayIndex.get(rep.workingDays[c.day]) ?? c.day });
    for (const u of schedule.unplaced) unplaced.push({ ...u, request: own[u.request] });
  });
  return { calls, unplaced };
}
