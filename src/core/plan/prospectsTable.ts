/**
 * Weekly Prospects — the deck's 每周列一张"最有希望的准客户"名单: per week, the
 * top N doctors worth converting (LH quadrant, or 二线/保守 status) who have a
 * call that week, ranked by expected gain (target Rx − volume) weighted by
 * status — 二线 above 保守 above 未用 — and rotated: a doctor already shown in
 * an earlier week of the cycle comes after those not yet shown, so the list
 * is not the same ten names every week.
 */
import type { DoctorStatus } from "../fields";
import type { Lang } from "../issues";
import { outputSheetName, type OutputColumn, type OutputTable, type OutputValue } from "../output";
import { halfLabel, header, statusLabel, WEEKDAY_NAMES, weekLabel } from "./labels";
import { REP_COLUMN } from "./callPlanTable";
import { isoWeekday, type ScheduledCall } from "./scheduler";
import type { TargetPlan } from "./targetPlan";
import { weekOf, type CycleWeek } from "./weeks";

export function isProspect(plan: TargetPlan): boolean {
  const status = plan.doctor.record.status;
  return plan.doctor.quadrant === "LH" || status === "second-line" || status === "conservative";
}

/** How close a status is to conversion: 二线 > 保守 > 未用 (首选 and unknown count as 未用). */
export const STATUS_WEIGHT: Readonly<Record<DoctorStatus, number>> = {
  "second-line": 1.5,
  conservative: 1.25,
  "not-using": 1,
  "first-line": 1,
};

/** Target Rx − volume (never below 0). */
export function expectedGain(plan: TargetPlan): number {
  return Math.max(0, plan.targetRx - plan.volume);
}

/** The ranking value: expected gain × status weight. */
export function prospectValue(plan: TargetPlan): number {
  const status = plan.doctor.record.status;
  return expectedGain(plan) * (status ? STATUS_WEIGHT[status] : 1);
}

export function prospectsTable(
  sortedCalls: readonly ScheduledCall[],
  plans: readonly TargetPlan[],
  days: readonly string[],
  weeks: readonly CycleWeek[],
  topN: number,
  lang: Lang,
  /** The team's reps in order: the top N per rep and week; null = no team. */
  repOrder: ReadonlyMap<string | null, number> | null = null,
): OutputTable {
  const repNames: (string | null)[] = repOrder ? [...repOrder.keys()] : [null];
  // Each plan's rep and each day's week looked up once, not per call.
  // Which plans are prospects, also once per plan: a team has ~3 calls per target.
  const repOfPlan = plans.map((p) => (repOrder ? (repOrder.get(p.doctor.rep) ?? 0) : 0));
  const prospect = plans.map(isProspect);
  const weekOfDay = days.map((d) => weekOf(weeks, d));
  // rep → week → request → its calls that week (in date order, as sortedCalls is)
  const perRepWeek = repNames.map(() => new Map<number, Map<number, ScheduledCall[]>>());
  for (const c of sortedCalls) {
    if (!prospect[c.request]) continue;
    const perWeek = perRepWeek[repOfPlan[c.request]];
    const week = weekOfDay[c.day] ?? weekOf(weeks, days[c.day]);
    let doctors = perWeek.get(week);
    if (doctors === undefined) perWeek.set(week, (doctors = new Map<number, ScheduledCall[]>()));
    const calls = doctors.get(c.request);
    if (calls === undefined) doctors.set(c.request, [c]);
    else calls.push(c);
  }
  // "周二上午" / "Tue AM" per working day and half, not a Date parse and a template per call.
  const whenLabels = new Map<number, string>();
  const when = (c: ScheduledCall): string => {
    const key = c.day * 2 + c.half;
    let text = whenLabels.get(key);
    if (text === undefined) {
      text = `${WEEKDAY_NAMES[lang][isoWeekday(days[c.day])]}${lang === "zh" ? "" : " "}${halfLabel(c.half, lang)}`;
      whenLabels.set(key, text);
    }
    return text;
  };
  const separator = lang === "zh" ? "、" : ", ";

  const rows: OutputValue[][] = [];
  repNames.forEach((rep, k) => {
    const perWeek = perRepWeek[k];
    // rotation is per rep: each rep's list over the weeks of the cycle
    const shown = new Set<number>();
    for (const w of weeks) {
      const doctors = perWeek.get(w.week);
      if (!doctors) continue;
      // Whether shown before is read once per doctor, not in every comparison (`shown` grows only after).
      const ranked = [...doctors.keys()]
        .map((request) => ({
          request,
          plan: plans[request],
          value: prospectValue(plans[request]),
          seen: shown.has(request) ? 1 : 0,
        }))
        .sort((a, b) => a.seen - b.seen || b.value - a.value || a.request - b.request)
        .slice(0, Math.max(0, topN));
      for (const { request } of ranked) shown.add(request);
      const label = weekLabel(w.week, lang);
      ranked.forEach(({ request, plan }, i) => {
        const rec = plan.doctor.record;
        const row: OutputValue[] = [
          label,
          w.monday,
          i + 1,
          rec.hospital,
          rec.department,
          rec.name,
          plan.doctor.quadrant ?? "",
          statusLabel(rec.status, lang),
          plan.doctor.headroom,
          plan.targetRx,
          expectedGain(plan),
          (doctors.get(request) ?? []).map(when).join(separator),
          plan.objective,
        ];
        if (repOrder) row.unshift(rep);
        rows.push(row);
      });
    }
  });
  const columns: OutputColumn[] = [
    ...(repOrder ? [REP_COLUMN(lang)] : []),
    { key: "week", header: header("week", lang), format: "text", width: 8 },
    { key: "weekStart", header: header("weekStart", lang), format: "date", width: 12 },
    { key: "rank", header: header("rank", lang), format: "integer", width: 6 },
    { key: "hospital", header: header("hospital", lang), format: "text", width: 20 },
    { key: "department", header: header("department", lang), format: "text", width: 14 },
    { key: "doctor", header: header("doctor", lang), format: "text", width: 12 },
    { key: "quadrant", header: header("quadrant", lang), format: "text", width: 8, highlight: "quadrant" },
    { key: "status", header: header("status", lang), format: "text", width: 10 },
    { key: "headroom", header: header("headroom", lang), format: "rx", width: 10, highlight: "databar" },
    { key: "targetRx", header: header("targetRx", lang), format: "rx", width: 12 },
    { key: "expectedGain", header: header("expectedGain", lang), format: "rx", width: 10 },
    { key: "calls", header: header("calls", lang), format: "text", width: 16 },
    { key: "objective", header: header("objective", lang), format: "text", width: 48 },
  ];
  return {
    id: "weeklyProspects",
    lang,
    sheetName: outputSheetName("weeklyProspects", lang),
    tableName: "MicroSeg_WeeklyProspects",
    columns,
    rows,
  };
}
