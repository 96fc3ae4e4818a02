/** The numbers of the Generate step's summary, computed from an engine result. */
import type { Issue } from "../../core/issues";
import { measureHeadline, type MeasureHeadline } from "../../core/measure";
import type { EngineResult } from "../../core/results";
import { QUADRANTS, type Quadrant, type Tier } from "../../core/settings";
import type { SettingField } from "./settingsLabels";

export interface QuadrantCount {
  doctors: number;
  targets: number;
}

export interface TopTarget {
  name: string;
  hospital: string;
  quadrant: Quadrant | null;
  /** The doctor's rep (null without rep data). */
  rep: string | null;
}

export interface PlanSummaryView {
  hospitals: number;
  tiers: Record<Tier | "none", number>;
  doctors: number;
  quadrants: Record<Quadrant, QuadrantCount>;
  /** Calls a month planned for the targets of each quadrant (quadrants with targets only). */
  callsPerQuadrant: { quadrant: Quadrant; calls: number }[];
  /** The first targets by priority (a few, whatever the number of reps). */
  topTargets: TopTarget[];
  targets: number;
  prescribingTargets: number;
  dropped: number;
  workload: number;
  capacity: number;
  /** The cycle the run planned, when the host knows it. */
  cycle: { start: string; end: string } | null;
  /** Run-level warnings (few targets, capacity exceeded…), not per-row data problems. */
  warnings: Issue[];
  /** The team: one row per rep, the team sizing and the hospitals no rep covers. */
  team: TeamView;
  /** Issue 16: targets the manager pinned, doctors the manager excluded, and doctors reps removed. */
  overrides: { pinned: number; excluded: number; feedbackRemoved: number };
  /** How the latest archived cycle that has started went (KPIs, reps behind); null without a Plan History. */
  measure: MeasureHeadline | null;
}

export interface RepRow {
  /** null for the one rep of a plan without rep data. */
  name: string | null;
  targets: number;
  prescribingTargets: number;
  workload: number;
  capacity: number;
  volumeAtRisk: number;
  /** Set when the engine flagged the rep's utilisation (team.maxUtilisation / minUtilisation). */
  utilisation: { percent: number; over: boolean } | null;
}

export interface TeamView {
  /** The workbook has rep data (else one unnamed rep plans everything). */
  hasReps: boolean;
  reps: RepRow[];
  /** Calls all doctors of the target quadrants would take, and the reps that needs (SPEC §8). */
  callsWanted: number;
  repsNeeded: number;
  volumeAtRisk: number;
  /** Hospitals no rep covers (segmented, not planned). */
  unassignedHospitals: number;
}

/** Run-level warnings shown in the summary ("capacity-exceeded" counts the dropped targets). */
const RUN_WARNINGS = new Set<Issue["code"]>(["few-targets", "capacity-exceeded", "pins-over-capacity"]);
const TOP_TARGETS = 5;

export function summarize(
  result: EngineResult,
  cycle: { start: string; end: string } | null = null,
): PlanSummaryView {
  const tiers: Record<Tier | "none", number> = { A: 0, B: 0, C: 0, none: 0 };
  for (const h of result.hospitals) tiers[h.tier ?? "none"] += 1;
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, { doctors: 0, targets: 0 }])) as Record<
    Quadrant,
    QuadrantCount
  >;
  const calls = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  const ranked: { priority: number; target: TopTarget }[] = [];
  for (const d of result.doctors) {
    if (d.target && d.priority !== null && d.priority <= TOP_TARGETS)
      ranked.push({
        priority: d.priority,
        target: { name: d.record.name, hospital: d.record.hospital, quadrant: d.quadrant, rep: d.rep },
      });
    if (!d.quadrant) continue;
    quadrants[d.quadrant].doctors += 1;
    if (d.target) {
      quadrants[d.quadrant].targets += 1;
      calls[d.quadrant] += d.callsPerMonth;
    }
  }
  const overrides = { pinned: 0, excluded: 0, feedbackRemoved: 0 };
  for (const d of result.doctors) {
    if (d.override === "pinned" && d.target) overrides.pinned += 1;
    else if (d.override === "excluded") overrides.excluded += 1;
    else if (d.override === "feedback-removed") overrides.feedbackRemoved += 1;
  }
  const seen = new Set<string>();
  const warnings = result.issues.filter((i) => {
    if (i.severity !== "warning" || !RUN_WARNINGS.has(i.code) || seen.has(i.code)) return false;
    seen.add(i.code);
    return true;
  });
  return {
    hospitals: result.hospitals.length,
    tiers,
    doctors: result.doctors.length,
    quadrants,
    callsPerQuadrant: QUADRANTS.filter((q) => quadrants[q].targets > 0).map((q) => ({
      quadrant: q,
      calls: calls[q],
    })),
    // Priorities count within each rep: a team has a #1 per rep, so the list is cut to a few.
    topTargets: ranked
      .sort((a, b) => a.priority - b.priority)
      .slice(0, TOP_TARGETS)
      .map((r) => r.target),
    targets: result.plan.targets,
    prescribingTargets: result.plan.prescribingTargets,
    dropped: result.plan.dropped,
    workload: result.plan.workload,
    capacity: result.plan.capacity,
    cycle,
    warnings,
    team: teamView(result),
    overrides,
    measure: result.measure ? measureHeadline(result.measure) : null,
  };
}

function teamView(result: EngineResult): TeamView {
  const { plan } = result;
  // The engine decided which reps cross a threshold; the summary only shows it.
  const flagged = new Map<string, { percent: number; over: boolean }>();
  for (const i of result.issues)
    if (i.code === "rep-utilisation" && i.params)
      flagged.set(String(i.params.rep), { percent: Number(i.params.utilisation), over: i.params.over === 1 });
  return {
    hasReps: result.hasReps,
    reps: plan.reps.map((r) => ({
      name: r.name,
      targets: r.targets,
      prescribingTargets: r.prescribingTargets,
      workload: r.workload,
      capacity: r.capacity,
      volumeAtRisk: r.volumeAtRisk,
      utilisation: r.name === null ? null : (flagged.get(r.name) ?? null),
    })),
    callsWanted: plan.callsWanted,
    repsNeeded: plan.repsNeeded,
    volumeAtRisk: plan.volumeAtRisk,
    unassignedHospitals: plan.unassignedHospitals.length,
  };
}

/** What fixes a run-level warning: more reps (capacity) or a setting (its settings path). */
export type WarningFix = { kind: "reps"; reps: number } | { kind: "settings"; path: SettingField };

export function warningFix(warning: Issue, view: PlanSummaryView): WarningFix | null {
  if (warning.code === "capacity-exceeded") {
    // The engine's team sizing: calls wanted over the mean rep's capacity, rounded up.
    const { repsNeeded, reps } = view.team;
    // Enough reps: each rep's calls a day set the capacity.
    return repsNeeded > reps.length
      ? { kind: "reps", reps: repsNeeded }
      : { kind: "settings", path: "capacity.callsPerDay" };
  }
  // Few targets: the target quadrants decide how many doctors can be targets.
  if (warning.code === "few-targets") return { kind: "settings", path: "targeting.quadrants" };
  return null;
}
