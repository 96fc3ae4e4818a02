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
  // A counting sort on (rep, day, half), then each bucket — one rep's half-day, a few calls —
  // by hospital and priority: a comparison sort over all calls cost ~100 ms for a team's 84,000.
  const repRank = new Int32Array(plans.length);
  let ranks = 1;
  for (let i = 0; i < plans.length; i++) {
    repRank[i] = repOrder?.get(plans[i].doctor.rep) ?? 0;
    if (repRank[i] + 1 > ranks) ranks = repRank[i] + 1;
  }
  const hospitals = plans.map((p) => p.doctor.record.hospital);
  const byPlace = (a: ScheduledCall, b: ScheduledCall): number => {
    const ha = hospitals[a.request];
    const hb = hospitals[b.request];
    if (ha !== hb) return ha < hb ? -1 : 1;
    return a.request - b.request || a.seq - b.seq;
  };
  let days = 1;
  let ordinary = true;
  for (const c of calls) {
    if (c.day >= days) days = c.day + 1;
    if (!(c.day >= 0 && Number.isInteger(c.day) && (c.half === 0 || c.half === 1))) ordinary = false;
  }
  const buckets = ranks * days * 2;
  if (!ordinary || repRank.some((r) => r < 0) || buckets > 4 * calls.length + 1024)
    return [...calls].sort((a, b) => {
      const byRep = repRank[a.request] - repRank[b.request];
      if (byRep !== 0) return byRep;
      if (a.day !== b.day) return a.day - b.day;
      if (a.half !== b.half) return a.half - b.half;
      return byPlace(a, b);
    });
  const bucketOf = new Int32Array(calls.length);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i];
    bucketOf[i] = (repRank[c.request] * days + c.day) * 2 + c.half;
    starts[bucketOf[i] + 1]++;
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const out = new Array<ScheduledCall>(calls.length);
  const next = starts.slice(0, buckets);
  for (let i = 0; i < calls.length; i++) out[next[bucketOf[i]]++] = calls[i];
  for (let b = 0; b < buckets; b++) {
    const from = starts[b];
    const to = starts[b + 1];
    if (to - from < 2) continue;
    // insertion sort: stable, and a bucket holds at most a day's calls
    for (let i = from + 1; i < to; i++) {
      const c = out[i];
      let j = i - 1;
      while (j >= from && byPlace(out[j], c) > 0) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = c;
    }
  }
  return out;
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
  // Calls placed per request, in an array: a Map get and set per call cost more than the count.
  const callsOf = new Int32Array(plans.length);
  for (const c of sortedCalls) callsOf[c.request]++;
  // "第2/4次" / "2 of 4" per (seq, of), not a template per call; the halves' labels once.
  const numberLabels = new Map<number, string>();
  const numberLabel = (seq: number, of: number): string => {
    // one key per (seq, of) while seq < 65536 (a doctor has at most one call a day)
    if (seq >= 65536) return callNumberLabel(seq, of, lang);
    const key = of * 65536 + seq;
    let text = numberLabels.get(key);
    if (text === undefined) numberLabels.set(key, (text = callNumberLabel(seq, of, lang)));
    return text;
  };
  const halves = [halfLabel(0, lang), halfLabel(1, lang)];
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
    const of = callsOf[c.request] || c.seq;
    const date = days[c.day];
    const weekday = weekdayNames[c.day];
    const half = halves[c.half];
    const quadrant = p.doctor.quadrant ?? "";
    // the deck's call step of this visit, then the doctor's tactic (quadrant, status, stage, type)
    const keyMessage = message(callStep(c.seq, of), p.tactic);
    // "of n" counts the calls actually placed, so the last visit reads "4 of 4"
    const callNumber = numberLabel(c.seq, of);
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
