/**
 * KPIs / 业绩指标 (SPEC §10, the deck's 销售指标完成情况, 产品覆盖率,
 * 用药增长率, 目标医生覆盖率), per rep and for the team, plus the migration
 * matrices and next month's quota coverage. Ratios are fractions; null when
 * the denominator is 0. Worked: planned 160, actual 120 → 75 %; 40 targets,
 * 34 called → 85 % reach; 120 ÷ 34 = 3.5 calls per reached target.
 */
import type { DoctorStatus } from "../fields";
import type { Quadrant } from "../settings";
import { QUADRANTS } from "../settings";

/** One measured target: the plan archived for it and what it is now. */
export interface MeasuredTarget {
  rep: string;
  plannedCalls: number;
  actualCalls: number;
  targetRx: number | null;
  rxThen: number | null;
  rxNow: number | null;
  quadrantThen: Quadrant | null;
  quadrantNow: Quadrant | null;
  statusThen: DoctorStatus | null;
  statusNow: DoctorStatus | null;
}

/** Rx now ≥ the objective's target Rx; null when either is unknown. */
export function objectiveMet(t: Pick<MeasuredTarget, "rxNow" | "targetRx">): boolean | null {
  return t.rxNow === null || t.targetRx === null ? null : t.rxNow >= t.targetRx;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The counts a rep's (or the team's) KPIs are ratios of; kept so a sheet can show them beside the ratios. */
export interface KpiCounts {
  targets: number;
  plannedCalls: number;
  actualCalls: number;
  reachedTargets: number;
  objectivesMet: number;
  /** Sums over targets whose Rx is known both then and now. */
  rxThen: number;
  rxNow: number;
  hospitals: number;
  coveredHospitals: number;
  prescribingTargets: number;
  /** Rx of all the rep's doctors now, over the cycle, against their quota; quota null when none was given. */
  rx: number;
  quota: number | null;
}

export interface Kpis extends KpiCounts {
  callAttainment: number | null;
  reach: number | null;
  frequency: number | null;
  objectivesMetRate: number | null;
  rxGrowth: number | null;
  productCoverage: number | null;
  quotaAttainment: number | null;
}

export function kpisOf(c: KpiCounts): Kpis {
  return {
    ...c,
    callAttainment: ratio(c.actualCalls, c.plannedCalls),
    reach: ratio(c.reachedTargets, c.targets),
    frequency: ratio(c.actualCalls, c.reachedTargets),
    objectivesMetRate: ratio(c.objectivesMet, c.targets),
    rxGrowth: ratio(c.rxNow - c.rxThen, c.rxThen),
    productCoverage: ratio(c.coveredHospitals, c.hospitals),
    quotaAttainment: c.quota === null ? null : ratio(c.rx, c.quota),
  };
}

/** The target-based counts of a group of measured targets. */
export function targetCounts(
  targets: readonly MeasuredTarget[],
): Pick<
  KpiCounts,
  | "targets"
  | "plannedCalls"
  | "actualCalls"
  | "reachedTargets"
  | "objectivesMet"
  | "rxThen"
  | "rxNow"
  | "prescribingTargets"
> {
  let plannedCalls = 0;
  let actualCalls = 0;
  let reachedTargets = 0;
  let objectivesMet = 0;
  let rxThen = 0;
  let rxNow = 0;
  let prescribingTargets = 0;
  for (const t of targets) {
    plannedCalls += t.plannedCalls;
    actualCalls += t.actualCalls;
    if (t.actualCalls > 0) reachedTargets++;
    if (objectiveMet(t) === true) objectivesMet++;
    if (t.rxThen !== null && t.rxNow !== null) {
      rxThen += t.rxThen;
      rxNow += t.rxNow;
    }
    if (t.rxNow !== null && t.rxNow > 0) prescribingTargets++;
  }
  return {
    targets: targets.length,
    plannedCalls,
    actualCalls,
    reachedTargets,
    objectivesMet,
    rxThen,
    rxNow,
    prescribingTargets,
  };
}

export type Matrix<K extends string> = Record<K, Record<K, number>>;

function emptyMatrix<K extends string>(keys: readonly K[]): Matrix<K> {
  const m = {} as Matrix<K>;
  for (const a of keys) {
    m[a] = {} as Record<K, number>;
    for (const b of keys) m[a][b] = 0;
  }
  return m;
}

/** Then × now over the measured targets whose value is known at both ends. */
export function migrationMatrix<K extends string>(
  keys: readonly K[],
  pairs: readonly { then: K | null; now: K | null }[],
): Matrix<K> {
  const m = emptyMatrix(keys);
  for (const p of pairs) if (p.then !== null && p.now !== null) m[p.then][p.now]++;
  return m;
}

/** The deck's order of adoption: 未用 → 保守 → 二线 → 首选. */
export const STATUS_ORDER: readonly DoctorStatus[] = [
  "not-using",
  "conservative",
  "second-line",
  "first-line",
];

export function quadrantMigration(targets: readonly MeasuredTarget[]): Matrix<Quadrant> {
  return migrationMatrix(
    QUADRANTS,
    targets.map((t) => ({ then: t.quadrantThen, now: t.quadrantNow })),
  );
}

export function statusMigration(targets: readonly MeasuredTarget[]): Matrix<DoctorStatus> {
  return migrationMatrix(
    STATUS_ORDER,
    targets.map((t) => ({ then: t.statusThen, now: t.statusNow })),
  );
}

export interface QuotaCoverage {
  rep: string;
  /** Next month's quota (Rx), null when none is given. */
  quota: number | null;
  /** Current Rx of the rep's doctors. */
  currentRx: number;
  /** Σ (target Rx − volume) over the new plan's targets. */
  plannedGain: number;
  expected: number;
  /** Rx still missing when the planned gains fall short; 0 when covered; null without a quota. */
  gap: number | null;
}

/** SPEC §10 [seed: 这些准客户群是否足够完成下月的指标]: current Rx + planned gains against next month's quota. */
export function quotaCoverage(
  rep: string,
  quota: number | null,
  currentRx: number,
  plannedGain: number,
): QuotaCoverage {
  const expected = currentRx + plannedGain;
  return {
    rep,
    quota,
    currentRx,
    plannedGain,
    expected,
    gap: quota === null ? null : Math.max(0, quota - expected),
  };
}
