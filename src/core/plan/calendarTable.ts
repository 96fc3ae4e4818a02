/**
 * The Call Calendar: weeks × Monday–Friday (and Saturday/Sunday when the
 * cycle has a make-up working day on one); each day lists its hospitals and
 * call counts ("协和医院×3; 仁济医院×2"), busiest hospital first, so the
 * day's route is visible at a glance. A holiday shows its name ("国庆节");
 * a make-up day is marked 调休上班 before its calls.
 */
import { specialDayName } from "../calendar/workCalendar";
import type { Lang } from "../issues";
import { outputSheetName, type OutputColumn, type OutputTable, type OutputValue } from "../output";
import type { Cycle } from "./cycle";
import { REP_COLUMN } from "./callPlanTable";
import { header, HOLIDAY_LABEL, MAKE_UP_LABEL, WEEKDAY_NAMES, weekLabel } from "./labels";
import { isoWeekday } from "./scheduler";
import type { ScheduledCall } from "./scheduler";
import type { TargetPlan } from "./targetPlan";
import type { CycleWeek } from "./weeks";

/** "协和医院×3; 仁济医院×2" for one day's calls; ties keep the order the hospitals first appear. */
export function dayCell(hospitals: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const h of hospitals) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([h, n]) => `${h}×${n}`)
    .join("; ");
}

export function calendarTable(
  sortedCalls: readonly ScheduledCall[],
  plans: readonly TargetPlan[],
  cycle: Cycle,
  weeks: readonly CycleWeek[],
  lang: Lang,
  /** The team's reps in order: one block of weeks per rep, each row naming its rep; null = no team. */
  reps: readonly (string | null)[] | null = null,
): OutputTable {
  // rep → date → the day's hospitals; the rep is "" without a team. Two maps, not a joined key per call.
  // Calls come rep by rep and day by day: both maps are looked up again only when the rep or day changes.
  const byDate = new Map<string, Map<string | undefined, string[]>>();
  let lastRep: string | null = null;
  let dates: Map<string | undefined, string[]> | undefined;
  let lastDay = -1;
  let list: string[] = [];
  for (const c of sortedCalls) {
    const plan = plans[c.request];
    const rep = reps ? (plan.doctor.rep ?? "") : "";
    if (rep !== lastRep || dates === undefined) {
      lastRep = rep;
      lastDay = -1;
      dates = byDate.get(rep);
      if (dates === undefined) byDate.set(rep, (dates = new Map<string | undefined, string[]>()));
    }
    if (c.day !== lastDay) {
      lastDay = c.day;
      const date = cycle.workingDays[c.day];
      const known = dates.get(date);
      if (known === undefined) dates.set(date, (list = []));
      else list = known;
    }
    list.push(plan.doctor.record.hospital);
  }
  // Saturday and Sunday get a column only when the cycle works on one.
  const shown = cycle.workingDays.some((d) => isoWeekday(d) === 6)
    ? 7
    : cycle.workingDays.some((d) => isoWeekday(d) === 5)
      ? 6
      : 5;
  const special = new Map(cycle.specialDays.map((d) => [d.date, d]));
  const working = new Set(cycle.workingDays);
  const columns: OutputColumn[] = [
    ...(reps ? [REP_COLUMN(lang)] : []),
    { key: "week", header: header("week", lang), format: "text", width: 8 },
    { key: "weekStart", header: header("weekStart", lang), format: "date", width: 12 },
    ...WEEKDAY_NAMES[lang]
      .slice(0, shown)
      .map((name, i): OutputColumn => ({ key: `day${i + 1}`, header: name, format: "text", width: 28 })),
    { key: "total", header: header("total", lang), format: "integer", width: 10 },
  ];
  const weekRow = (rep: string | null, w: CycleWeek): OutputValue[] => {
    let total = 0;
    const cells = w.days.slice(0, shown).map((date, i) => {
      if (date < cycle.start || date > cycle.end) return "";
      const day = special.get(date);
      const hospitals = byDate.get(rep ?? "")?.get(date);
      const makeUp = day?.kind === "work" ? MAKE_UP_LABEL[lang] : "";
      if (hospitals) {
        total += hospitals.length;
        return makeUp ? `${makeUp}: ${dayCell(hospitals)}` : dayCell(hospitals);
      }
      if (working.has(date)) return makeUp;
      if (i >= 5) return "";
      const name = day ? specialDayName(day, lang) : "";
      return name === "" ? HOLIDAY_LABEL[lang] : name;
    });
    const row = [weekLabel(w.week, lang), w.monday, ...cells, total];
    return reps ? [rep, ...row] : row;
  };
  const rows: OutputValue[][] = reps
    ? reps.flatMap((rep) => weeks.map((w) => weekRow(rep, w)))
    : weeks.map((w) => weekRow(null, w));
  return {
    id: "calendar",
    lang,
    sheetName: outputSheetName("calendar", lang),
    tableName: "MicroSeg_CallCalendar",
    columns,
    rows,
  };
}
