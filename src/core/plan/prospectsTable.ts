/**
 * Weekly Prospects — the deck's 每周列一张"最有希望的准客户"名单: per week, the
 * top N doctors by headroom among those worth converting (LH quadrant, or
 * 二线/保守 status) who have a call that week, so the week's best chances get
 * the best preparation.
 */
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

/** Higher headroom first; unknown headroom last; then priority (input order). */
function byHeadroom(
  a: { plan: TargetPlan; request: number },
  b: { plan: TargetPlan; request: number },
): number {
  const ha = a.plan.doctor.headroom ?? -Infinity;
  const hb = b.plan.doctor.headroom ?? -Infinity;
  if (ha !== hb) return hb - ha;
  return a.request - b.request;
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
  const repOf = (request: number): number => (repOrder ? (repOrder.get(plans[request].doctor.rep) ?? 0) : 0);
  // rep → week → request → its calls that week (in date order, as sortedCalls is)
  const perRepWeek = repNames.map(() => new Map<number, Map<number, ScheduledCall[]>>());
  for (const c of sortedCalls) {
    if (!isProspect(plans[c.request])) continue;
    const perWeek = perRepWeek[repOf(c.request)];
    const week = weekOf(weeks, days[c.day]);
    const doctors = perWeek.get(week) ?? new Map<number, ScheduledCall[]>();
    doctors.set(c.request, [...(doctors.get(c.request) ?? []), c]);
    perWeek.set(week, doctors);
  }
  const when = (c: ScheduledCall): string =>
    `${WEEKDAY_NAMES[lang][isoWeekday(days[c.day])]}${lang === "zh" ? "" : " "}${halfLabel(c.half, lang)}`;

  const rows: OutputValue[][] = [];
  repNames.forEach((rep, k) => {
    const perWeek = perRepWeek[k];
    for (const w of weeks) {
      const doctors = perWeek.get(w.week);
      if (!doctors) continue;
      const ranked = [...doctors.keys()]
        .map((request) => ({ request, plan: plans[request] }))
        .sort(byHeadroom)
        .slice(0, Math.max(0, topN));
      ranked.forEach(({ request, plan }, i) => {
        const rec = plan.doctor.record;
        rows.push([
          ...(repOrder ? [rep] : []),
          weekLabel(w.week, lang),
          w.monday,
          i + 1,
          rec.hospital,
          rec.department,
          rec.name,
          plan.doctor.quadrant ?? "",
          statusLabel(rec.status, lang),
          plan.doctor.headroom,
          plan.targetRx,
          (doctors.get(request) ?? []).map(when).join(lang === "zh" ? "、" : ", "),
          plan.objective,
        ]);
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
