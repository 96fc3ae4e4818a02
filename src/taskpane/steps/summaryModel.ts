/** The numbers of the Generate step's summary, computed from an engine result. */
import type { Issue } from "../../core/issues";
import type { EngineResult } from "../../core/results";
import { QUADRANTS, type Quadrant, type Tier } from "../../core/settings";

export interface QuadrantCount {
  doctors: number;
  targets: number;
}

export interface PlanSummaryView {
  hospitals: number;
  tiers: Record<Tier | "none", number>;
  doctors: number;
  quadrants: Record<Quadrant, QuadrantCount>;
  targets: number;
  prescribingTargets: number;
  dropped: number;
  workload: number;
  capacity: number;
  /** Run-level warnings (few targets, capacity exceeded…), not per-row data problems. */
  warnings: Issue[];
}

/** Run-level warnings shown in the summary ("capacity-exceeded" counts the dropped targets). */
const RUN_WARNINGS = new Set<Issue["code"]>(["few-targets", "capacity-exceeded"]);

export function summarize(result: EngineResult): PlanSummaryView {
  const tiers: Record<Tier | "none", number> = { A: 0, B: 0, C: 0, none: 0 };
  for (const h of result.hospitals) tiers[h.tier ?? "none"] += 1;
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, { doctors: 0, targets: 0 }])) as Record<
    Quadrant,
    QuadrantCount
  >;
  for (const d of result.doctors) {
    if (!d.quadrant) continue;
    quadrants[d.quadrant].doctors += 1;
    if (d.target) quadrants[d.quadrant].targets += 1;
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
    targets: result.plan.targets,
    prescribingTargets: result.plan.prescribingTargets,
    dropped: result.plan.dropped,
    workload: result.plan.workload,
    capacity: result.plan.capacity,
    warnings,
  };
}
