/**
 * The measure stage (SPEC §10): the archived plan of the latest started
 * cycle against the Call Log and the doctors as they are now, per rep and for
 * the team. Pure; the engine hands it what it read and planned.
 */
import type { CallRecord, DoctorStatus, QuotaRecord } from "../fields";
import { foldKey } from "../input/chars";
import type { Issue } from "../issues";
import type { DoctorResult, HospitalResult } from "../results";
import type { Quadrant } from "../settings";
import { matchCalls, type TargetActual } from "./actuals";
import type { CycleRef, HistoryRow } from "./history";
import {
  kpisOf,
  objectiveMet,
  quadrantMigration,
  quotaCoverage,
  statusMigration,
  targetCounts,
  type Kpis,
  type Matrix,
  type MeasuredTarget,
  type QuotaCoverage,
} from "./kpis";

export interface MeasureTarget extends MeasuredTarget {
  hospital: string;
  department: string;
  doctor: string;
  unseenCalls: number;
  lastCall: string | null;
  met: boolean | null;
}

export interface MeasureResult {
  cycle: CycleRef;
  targets: MeasureTarget[];
  kpis: { team: Kpis; reps: (Kpis & { name: string })[] };
  migration: { quadrant: Matrix<Quadrant>; status: Matrix<DoctorStatus> };
  /** Next month's quota against current Rx + the new plan's gains, per rep. */
  quotaCoverage: QuotaCoverage[];
}

export interface MeasureInput {
  /** The Plan History after this run's merge. */
  history: readonly HistoryRow[];
  calls: readonly CallRecord[];
  quotas: readonly QuotaRecord[];
  doctors: readonly DoctorResult[];
  hospitals: readonly HospitalResult[];
  /** The rep of a doctor / hospital now ("" when the plan has no rep data). */
  repOfDoctor: (d: DoctorResult) => string;
  repOfHospital: (hospital: string) => string;
  /** The targets just planned, for next month's coverage. */
  newTargets: readonly { rep: string; volume: number | null; targetRx: number | null }[];
  /** The cycle just planned. */
  planned: CycleRef;
  today: string;
  columns: { date: string; doctor: string; rep: string };
}

function doctorKey(hospital: string, doctor: string): string {
  return `${foldKey(hospital)}\u001f${foldKey(doctor)}`;
}

/** Months "YYYY-MM" a cycle touches. */
export function cycleMonths(cycle: CycleRef): string[] {
  const months: string[] = [];
  let [y, m] = cycle.start.slice(0, 7).split("-").map(Number);
  const last = cycle.end.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    months.push(month);
    if (month >= last) return months;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

export function measure(input: MeasureInput): { result: MeasureResult | null; issues: Issue[] } {
  // Built on first use: a run without a Call Log or history (the first run, or 1M doctors) never pays for it.
  let index: Map<string, DoctorResult[]> | null = null;
  const doctorsNow = (): Map<string, DoctorResult[]> => {
    if (index) return index;
    index = new Map<string, DoctorResult[]>();
    for (const d of input.doctors) {
      const k = doctorKey(d.record.hospital, d.record.name);
      const list = index.get(k);
      if (list) list.push(d);
      else index.set(k, [d]);
    }
    return index;
  };
  const actuals = matchCalls({
    history: input.history,
    calls: input.calls,
    knownDoctor: (h, n) => doctorsNow().has(doctorKey(h, n)),
    today: input.today,
    columns: input.columns,
  });
  const issues = [...actuals.issues];
  // The rep names walk all doctors; only quota rows and a measured cycle read them.
  const reps = actuals.cycle !== null || input.quotas.length > 0 ? repNames(input) : [];
  const quotaIssues = unknownQuotaReps(input, reps);
  issues.push(...quotaIssues.issues);
  if (!actuals.cycle) return { result: null, issues };

  const targets = actuals.targets.map((t) => measureTarget(t, doctorsNow()));
  const months = cycleMonths(actuals.cycle);
  // Targets, hospitals and Rx grouped by rep in one pass each: a filter per rep was reps × 1M doctors.
  const targetsOf = groupBy(targets, (t) => t.rep);
  const hospitalsOf = hospitalCountsByRep(input);
  const rxOf = rxByRep(input);
  const repKpis = reps.map((name) => ({
    name,
    ...kpisOf({
      ...targetCounts(targetsOf.get(name) ?? []),
      ...(hospitalsOf.get(name) ?? { hospitals: 0, coveredHospitals: 0 }),
      rx: (rxOf.get(name) ?? 0) * months.length,
      quota: repQuota(input, name, months, quotaIssues.counted),
    }),
  }));
  const sumQuota = repKpis.some((k) => k.quota !== null)
    ? repKpis.reduce((s, k) => s + (k.quota ?? 0), 0)
    : null;
  const team = kpisOf({
    ...targetCounts(targets),
    ...hospitalCounts(input),
    // Quota attainment of the team: Rx of the reps who have a quota, against their quotas.
    rx: repKpis.filter((k) => k.quota !== null).reduce((s, k) => s + k.rx, 0),
    quota: sumQuota,
  });
  const next = cycleMonths(input.planned)[0];
  // Each rep's gain summed in the targets' order, as a filter per rep did.
  const gains = new Map<string, number>();
  for (const t of input.newTargets)
    gains.set(t.rep, (gains.get(t.rep) ?? 0) + Math.max(0, (t.targetRx ?? 0) - (t.volume ?? 0)));
  const coverage = reps.map((rep) =>
    quotaCoverage(
      rep,
      repQuota(input, rep, [next], quotaIssues.counted),
      rxOf.get(rep) ?? 0,
      gains.get(rep) ?? 0,
    ),
  );
  return {
    result: {
      cycle: actuals.cycle,
      targets,
      kpis: { team, reps: repKpis },
      migration: { quadrant: quadrantMigration(targets), status: statusMigration(targets) },
      quotaCoverage: coverage,
    },
    issues,
  };
}

function measureTarget(t: TargetActual, doctorsNow: Map<string, DoctorResult[]>): MeasureTarget {
  const row = t.row;
  const candidates = doctorsNow.get(doctorKey(row.hospital, row.doctor)) ?? [];
  const now =
    candidates.find((d) => foldKey(d.record.department) === foldKey(row.department)) ?? candidates[0] ?? null;
  const measured: MeasuredTarget = {
    rep: row.rep,
    plannedCalls: row.plannedCalls,
    actualCalls: t.actualCalls,
    targetRx: row.targetRx,
    rxThen: row.volume,
    rxNow: now?.record.volume ?? null,
    quadrantThen: row.quadrant,
    quadrantNow: now?.quadrant ?? null,
    statusThen: row.status,
    statusNow: now?.record.status ?? null,
  };
  return {
    ...measured,
    hospital: row.hospital,
    department: row.department,
    doctor: row.doctor,
    unseenCalls: t.unseenCalls,
    lastCall: t.lastCall,
    met: objectiveMet(measured),
  };
}

/** Reps of the measured plan and of the team now, in first-seen order ("" alone when there is no rep data). */
function repNames(input: MeasureInput): string[] {
  // A Set keeps first-seen order: 1M doctors × 500 reps through includes() took seconds.
  // Doctors come rep by rep (hospital by hospital): only a change of rep can be a new name.
  const names = new Set<string>();
  const doctors = input.doctors;
  let last: string | null = null;
  for (let i = 0; i < doctors.length; i++) {
    const rep = input.repOfDoctor(doctors[i]);
    if (rep === last) continue;
    last = rep;
    names.add(rep);
  }
  for (const r of input.history) names.add(r.rep);
  if (names.size === 0) names.add("");
  return [...names];
}

interface HospitalCounts {
  hospitals: number;
  coveredHospitals: number;
}

function hospitalCounts(input: MeasureInput): HospitalCounts {
  let hospitals = 0;
  let coveredHospitals = 0;
  for (const h of input.hospitals) {
    hospitals++;
    if (h.volume !== null && h.volume > 0) coveredHospitals++;
  }
  return { hospitals, coveredHospitals };
}

/** The hospital counts of every rep, in one pass over the hospitals. */
function hospitalCountsByRep(input: MeasureInput): Map<string, HospitalCounts> {
  const out = new Map<string, HospitalCounts>();
  for (const h of input.hospitals) {
    const rep = input.repOfHospital(h.record.name);
    let counts = out.get(rep);
    if (counts === undefined) out.set(rep, (counts = { hospitals: 0, coveredHospitals: 0 }));
    counts.hospitals++;
    if (h.volume !== null && h.volume > 0) counts.coveredHospitals++;
  }
  return out;
}

/** Monthly Rx of all each rep's doctors now (summed in the doctors' order). */
function rxByRep(input: MeasureInput): Map<string, number> {
  const rx = new Map<string, number>();
  for (const d of input.doctors) {
    const rep = input.repOfDoctor(d);
    rx.set(rep, (rx.get(rep) ?? 0) + (d.record.volume ?? 0));
  }
  return rx;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Which quota rows count, and for whom: a rep's own, or a hospital's for the hospital's rep. */
function quotaOwner(input: MeasureInput, q: QuotaRecord, reps: readonly string[]): string | null {
  // Without rep data there is one rep, whose quota every row is.
  if (reps.length === 1 && reps[0] === "") return "";
  if (q.rep !== "") return reps.find((r) => foldKey(r) === foldKey(q.rep)) ?? null;
  return input.repOfHospital(q.hospital);
}

function unknownQuotaReps(
  input: MeasureInput,
  reps: readonly string[],
): { issues: Issue[]; counted: Map<QuotaRecord, string> } {
  const issues: Issue[] = [];
  const counted = new Map<QuotaRecord, string>();
  for (const q of input.quotas) {
    const owner = quotaOwner(input, q, reps);
    if (owner === null) {
      issues.push({
        code: "quota-unknown-rep",
        severity: "warning",
        sheet: q.sheet,
        row: q.row,
        column: input.columns.rep,
        value: q.rep,
      });
    } else counted.set(q, owner);
  }
  return { issues, counted };
}

function repQuota(
  input: MeasureInput,
  rep: string,
  months: readonly string[],
  counted: Map<QuotaRecord, string>,
): number | null {
  let total: number | null = null;
  for (const q of input.quotas) {
    if (counted.get(q) !== rep || !months.includes(q.month)) continue;
    total = (total ?? 0) + q.quota;
  }
  return total;
}
