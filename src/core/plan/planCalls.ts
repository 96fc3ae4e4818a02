/**
 * SPEC §6: targets → SMART objectives, tactics, a dated call schedule and the
 * Call Plan / Call Calendar / Weekly Prospects tables.
 *
 * `others` (non-targets) are not scheduled here: filling spare capacity with
 * LL doctors is a targeting decision (SPEC §5), made before this step so that
 * every planned doctor has a Target List row with its objective. Targeting
 * also keeps the workload within capacity (and reports "capacity-exceeded");
 * should a caller hand over more, the scheduler still never passes the daily
 * cap and each call left out is reported as "call-not-placed".
 */
import type { CallPlanInput, CallPlanResult, PlanCalls } from "../contracts";
import type { HospitalRecord } from "../fields";
import type { Issue, Lang } from "../issues";
import type { OutputValue } from "../output";
import { availabilityMemo, doctorAvailability } from "./availability";
import { calendarTable } from "./calendarTable";
import { callPlanTable, sortCalls } from "./callPlanTable";
import { cycleCapacity, dueDateOf, resolveCycle, workCalendar } from "./cycle";
import { UNPLACED_REASONS } from "./labels";
import { productName } from "./objective";
import { prospectsTable } from "./prospectsTable";
import { scheduleTeam } from "./repSchedule";
import type { Schedule } from "./scheduler";
import { formatSmart, smartCheck } from "./smart";
import { targetListColumns } from "./targetColumns";
import { hospitalsByName, targetPlanner, type TargetPlan } from "./targetPlan";
import { cycleWeeks } from "./weeks";

function unplacedIssues(schedule: Schedule, plans: readonly TargetPlan[], lang: Lang): Issue[] {
  return schedule.unplaced.map((u) => {
    const rec = plans[u.request].doctor.record;
    return {
      code: "call-not-placed",
      severity: "warning",
      sheet: rec.sheet,
      row: rec.row,
      column: "",
      value: rec.name,
      params: {
        doctor: rec.name,
        hospital: rec.hospital,
        // "calls" is what the message counts: the calls left out
        calls: u.count,
        wanted: plans[u.request].calls,
        reason: UNPLACED_REASONS[u.reason][lang],
      },
    };
  });
}

/** The place a rep's day stays in (SPEC §9): the hospital's city, else its district; "" when unknown. */
function cityOf(h: HospitalRecord | undefined): string {
  return h?.city || h?.district || "";
}

export const planCalls: PlanCalls = (input: CallPlanInput): CallPlanResult => {
  const { settings, lang } = input;
  const cycle = resolveCycle(settings, input.today, input.calendar ?? workCalendar(settings));
  const reps = input.team?.reps ?? [
    { name: null, workingDays: cycle.workingDays, callsPerDay: settings.capacity.callsPerDay },
  ];
  const repIndex = new Map(reps.map((r, i) => [r.name, i]));
  const capacity = input.team
    ? reps.reduce((t, r) => t + r.callsPerDay * r.workingDays.length, 0)
    : cycleCapacity(settings, cycle);
  const hospitals = hospitalsByName(input.hospitals);
  const plans = input.targets.map(targetPlanner(hospitals, settings, cycle, lang));
  // Each target's city looked up once: the requests and every one of its calls name it.
  const cities = plans.map((p) => cityOf(hospitals.get(p.doctor.record.hospital)?.record));

  const issues: Issue[] = [];
  const parse = availabilityMemo();
  const requests = plans.map((p, i) => {
    const availability = doctorAvailability(p.doctor.record, lang, settings.schedule.clinicHours, parse);
    if (availability.issue) issues.push(availability.issue);
    return { hospital: p.doctor.record.hospital, calls: p.calls, slots: availability.slots, city: cities[i] };
  });

  const schedule = scheduleTeam({
    days: cycle.workingDays,
    reps,
    requests,
    repOf: plans.map((p) => repIndex.get(p.doctor.rep) ?? 0),
  });
  issues.push(...unplacedIssues(schedule, plans, lang));

  const placedPer = new Array<number>(plans.length).fill(0);
  for (const c of schedule.calls) placedPer[c.request]++;

  const product = productName(settings.product, lang);
  const dueDate = dueDateOf(cycle);
  const targetListValues: OutputValue[][] = plans.map((p, i) => {
    const rec = p.doctor.record;
    const check = smartCheck({
      doctor: rec.name,
      hospital: rec.hospital,
      product,
      action: p.actionText,
      target: p.targetRx,
      volume: p.volume,
      potential: p.potential,
      dueDate,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
      ambition: settings.smart.ambition,
      callsFit: placedPer[i] >= p.calls,
    });
    return [p.actionText, p.targetRx, p.objective, dueDate, placedPer[i], p.tactic, formatSmart(check)];
  });

  const repOrder = input.team?.hasReps ? repIndex : null;
  const sorted = sortCalls(schedule.calls, plans, repOrder);
  const weeks = cycleWeeks(cycle);
  return {
    cycle,
    capacity,
    placed: schedule.calls.length,
    unplaced: schedule.unplaced.reduce((s, u) => s + u.count, 0),
    targetListColumns: targetListColumns({
      lang,
      ambition: settings.smart.ambition,
      trial: settings.smart.trial,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
    }),
    targetListValues,
    targetRx: plans.map((p) => p.targetRx),
    calls: sorted.map((c) => {
      const p = plans[c.request];
      const rec = p.doctor.record;
      return {
        date: cycle.workingDays[c.day],
        half: c.half,
        rep: p.doctor.rep,
        hospital: rec.hospital,
        department: rec.department,
        doctor: rec.name,
        city: cities[c.request],
      };
    }),
    tables: [
      callPlanTable(sorted, plans, cycle.workingDays, settings.tactics, lang, repOrder !== null),
      calendarTable(sorted, plans, cycle, weeks, lang, repOrder && reps.map((r) => r.name)),
      prospectsTable(sorted, plans, cycle.workingDays, weeks, settings.weeklyProspects, lang, repOrder),
    ],
    issues,
  };
};
