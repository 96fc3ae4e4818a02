/** The Call Plan sheet: one row per planned call, by date, AM/PM, hospital. */
import type { Lang } from "../issues";
import { outputSheetName, type OutputColumn, type OutputTable, type OutputValue } from "../output";
import { callNumberLabel, halfLabel, header, WEEKDAY_NAMES } from "./labels";
import { isoWeekday, type ScheduledCall } from "./scheduler";
import { callMessage, callStep, type CallStep } from "./callSteps";
import type { TargetPlan } from "./targetPlan";

/** The rep column every plan table starts with when there is a team (SPEC §8). */
export const REP_COLUMN = (lang: Lang): OutputColumn => ({
  key: "rep",
  header: header("rep", lang),
  format: "text",
  width: 10,
});

/** Calls in the sheet's order: rep (team order, when there is a team), date, AM before PM, hospital, then priority. */
export function sortCalls(
  calls: readonly ScheduledCall[],
  plans: readonly TargetPlan[],
  repOrder: ReadonlyMap<string | null, number> | null = null,
): ScheduledCall[] {
  // Each plan's rep rank and hospital looked up once, not in every comparison.
  const repRank = plans.map((p) => repOrder?.get(p.doctor.rep) ?? 0);
  const hospitals = plans.map((p) => p.doctor.record.hospital);
  return [...calls].sort((a, b) => {
    const byRep = repRank[a.request] - repRank[b.request];
    if (byRep !== 0) return byRep;
    if (a.day !== b.day) return a.day - b.day;
    if (a.half !== b.half) return a.half - b.half;
    const ha = hospitals[a.request];
    const hb = hospitals[b.request];
    if (ha !== hb) return ha < hb ? -1 : 1;
    return a.request - b.request || a.seq - b.seq;
  });
}

export function callPlanTable(
  sortedCalls: readonly ScheduledCall[],
  plans: readonly TargetPlan[],
  days: readonly string[],
  tactics: Readonly<Record<string, string>>,
  lang: Lang,
  withRep = false,
): OutputTable {
  const columns: OutputColumn[] = [
    ...(withRep ? [REP_COLUMN(lang)] : []),
    { key: "date", header: header("date", lang), format: "date", width: 12 },
    { key: "weekday", header: header("weekday", lang), format: "text", width: 8 },
    { key: "half", header: header("half", lang), format: "text", width: 7 },
    { key: "hospital", header: header("hospital", lang), format: "text", width: 20 },
    { key: "department", header: header("department", lang), format: "text", width: 14 },
    { key: "doctor", header: header("doctor", lang), format: "text", width: 12 },
    { key: "quadrant", header: header("quadrant", lang), format: "text", width: 8, highlight: "quadrant" },
    { key: "objective", header: header("objective", lang), format: "text", width: 48 },
    { key: "keyMessage", header: header("keyMessage", lang), format: "text", width: 48 },
    { key: "callNumber", header: header("callNumber", lang), format: "text", width: 10 },
  ];
  const callsOf = new Map<number, number>();
  for (const c of sortedCalls) callsOf.set(c.request, (callsOf.get(c.request) ?? 0) + 1);
  // A key message per step and tactic, not per call: a team's calls share a few dozen.
  const messages = new Map<CallStep, Map<string, string>>();
  const message = (step: CallStep, tactic: string): string => {
    let byTactic = messages.get(step);
    if (byTactic === undefined) messages.set(step, (byTactic = new Map<string, string>()));
    let text = byTactic.get(tactic);
    if (text === undefined) byTactic.set(tactic, (text = callMessage(step, tactic, tactics, lang)));
    return text;
  };
  // One Date parse per working day, not per call.
  const weekdayNames = days.map((d) => WEEKDAY_NAMES[lang][isoWeekday(d)]);
  const rows: OutputValue[][] = sortedCalls.map((c) => {
    const p = plans[c.request];
    const rec = p.doctor.record;
    const of = callsOf.get(c.request) ?? c.seq;
    const date = days[c.day];
    const weekday = weekdayNames[c.day];
    const half = halfLabel(c.half, lang);
    const quadrant = p.doctor.quadrant ?? "";
    // the deck's call step of this visit, then the doctor's tactic (quadrant, status, stage, type)
    const keyMessage = message(callStep(c.seq, of), p.tactic);
    // "of n" counts the calls actually placed, so the last visit reads "4 of 4"
    const callNumber = callNumberLabel(c.seq, of, lang);
    // One array literal per row, at its final length.
    return withRep
      ? [
          p.doctor.rep,
          date,
          weekday,
          half,
          rec.hospital,
          rec.department,
          rec.name,
          quadrant,
          p.objective,
          keyMessage,
          callNumber,
        ]
      : [
          date,
          weekday,
          half,
          rec.hospital,
          rec.department,
          rec.name,
          quadrant,
          p.objective,
          keyMessage,
          callNumber,
        ];
  });
  return {
    id: "callPlan",
    lang,
    sheetName: outputSheetName("callPlan", lang),
    tableName: "MicroSeg_CallPlan",
    columns,
    rows,
  };
}
