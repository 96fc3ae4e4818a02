/**
 * Plan vs Actual (SPEC §10): the Call Log's rows matched to the archived
 * targets, and every row that counts for none listed on Issues (the
 * accounting rule holds for the Call Log too).
 *
 * The sheet's "actual calls" is a live COUNTIFS over the Call Log, so the
 * count here mirrors what COUNTIFS sees: a row counts for every target of the
 * cycle whose hospital and doctor it names (case-insensitively, department
 * not compared) with a date in the cycle. Rows MicroSeg reads but COUNTIFS
 * cannot see — a date typed as text, a name with stray spaces or full-width
 * letters — are counted separately, so the formula adds them as a constant
 * and its result is the same number.
 */
import type { CallRecord } from "../fields";
import { foldKey } from "../input/chars";
import type { Issue } from "../issues";
import { historyCycles, type CycleRef, type HistoryRow } from "./history";

export interface TargetActual {
  row: HistoryRow;
  /** Calls counted for the target in the cycle. */
  actualCalls: number;
  /** Of those, calls the live COUNTIFS cannot see (added to it as a constant). */
  unseenCalls: number;
  /** ISO date of the last counted call, or null. */
  lastCall: string | null;
}

export interface Actuals {
  /** The cycle measured: the latest archived cycle that has started; null when none has. */
  cycle: CycleRef | null;
  targets: TargetActual[];
  issues: Issue[];
}

function key(hospital: string, doctor: string): string {
  return `${foldKey(hospital)}\u001f${foldKey(doctor)}`;
}

/** The key a COUNTIFS criterion compares: the raw text, case folded, nothing trimmed. */
function liveKey(hospital: string, doctor: string): string {
  return `${hospital.toLowerCase()}\u001f${doctor.toLowerCase()}`;
}

/** The latest archived cycle with a start on or before today. */
export function measuredCycle(history: readonly HistoryRow[], today: string): CycleRef | null {
  return latestStarted(historyCycles(history), today);
}

function latestStarted(cycles: readonly CycleRef[], today: string): CycleRef | null {
  const started = cycles.filter((c) => c.start <= today);
  return started.length === 0 ? null : started[started.length - 1];
}

export interface ActualsInput {
  history: readonly HistoryRow[];
  calls: readonly CallRecord[];
  /** hospital + doctor keys of the Doctors table as read now. */
  knownDoctor: (hospital: string, doctor: string) => boolean;
  today: string;
  /** The column header of the Call Log's date and doctor cells, for Issues. */
  columns: { date: string; doctor: string };
}

export function matchCalls(input: ActualsInput): Actuals {
  const { history, calls, today } = input;
  const cycles = historyCycles(history);
  const cycle = latestStarted(cycles, today);
  const measured: number[] = [];
  if (cycle)
    for (let i = 0; i < history.length; i++)
      if (history[i].cycleStart === cycle.start && history[i].cycleEnd === cycle.end) measured.push(i);
  const result = new Map<number, TargetActual>(
    measured.map((i) => [i, { row: history[i], actualCalls: 0, unseenCalls: 0, lastCall: null }]),
  );
  const targets = (): TargetActual[] => measured.map((i) => result.get(i) as TargetActual);
  // No Call Log (the first run, the benchmark): nothing to match, so no keys to fold for 30,000 targets.
  if (calls.length === 0) return { cycle, targets: targets(), issues: [] };

  const targetsByCycle = new Map<string, Map<string, number[]>>();
  history.forEach((row, i) => {
    const c = `${row.cycleStart}~${row.cycleEnd}`;
    let m = targetsByCycle.get(c);
    if (!m) targetsByCycle.set(c, (m = new Map<string, number[]>()));
    const k = key(row.hospital, row.doctor);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  });
  const archivedDoctors = new Set(history.map((r) => key(r.hospital, r.doctor)));

  const issues: Issue[] = [];
  const report = (
    call: CallRecord,
    code: Issue["code"],
    column: string,
    value: string,
    params?: Issue["params"],
  ) =>
    issues.push({
      code,
      severity: "warning",
      sheet: call.sheet,
      row: call.row,
      column,
      value,
      ...(params ? { params } : {}),
    });

  for (const call of calls) {
    const date = call.date;
    if (date === null) continue;
    const k = key(call.hospital, call.doctor);
    if (!input.knownDoctor(call.hospital, call.doctor) && !archivedDoctors.has(k)) {
      report(call, "call-unknown-doctor", input.columns.doctor, call.doctor, { hospital: call.hospital });
      continue;
    }
    // A future date is worth a look, but a cycle still running counts it, as its live COUNTIFS does.
    if (date > today) report(call, "call-date-future", input.columns.date, date, { today });
    const containing = cycles.filter((c) => c.start <= date && date <= c.end);
    if (containing.length === 0) {
      if (date <= today) report(call, "call-date-outside-cycles", input.columns.date, date);
      continue;
    }
    let counted = false;
    for (const c of containing) {
      const rows = targetsByCycle.get(`${c.start}~${c.end}`)?.get(k) ?? [];
      if (rows.length > 0) counted = true;
      for (const i of rows) {
        const t = result.get(i);
        if (!t) continue;
        t.actualCalls++;
        const seen =
          call.dateIsSerial &&
          liveKey(call.rawHospital, call.rawDoctor) === liveKey(t.row.hospital, t.row.doctor);
        if (!seen) t.unseenCalls++;
        if (t.lastCall === null || date > t.lastCall) t.lastCall = date;
      }
    }
    if (!counted) {
      const last = containing[containing.length - 1];
      report(call, "call-not-target", input.columns.doctor, call.doctor, {
        doctor: call.doctor,
        cycle: `${last.start}~${last.end}`,
      });
    }
  }
  return { cycle, targets: targets(), issues };
}
