/**
 * `--json`: the public, versioned summary of a run (README "Command line").
 * Built only from EngineResult so it means the same as the sheets. Changing a
 * field's name or meaning needs a new version number.
 */
import type { Issue, Lang, Severity } from "../core/issues";
import { issueMessage } from "../core/messages";
import type { EngineResult, TargetOverride } from "../core/results";
import type { DoctorStatus } from "../core/fields";
import type { Kpis, Matrix } from "../core/measure/kpis";
import type { MeasureResult } from "../core/measure/measure";
import type { CutoffMethod, Quadrant, Stage, Tier } from "../core/settings";

/** SPEC §10 ratios of one rep or the team: fractions (above 1 when exceeded), null when the denominator is 0. */
export interface JsonKpis {
  callAttainment: number | null;
  reach: number | null;
  frequency: number | null;
  objectivesMet: number | null;
  rxGrowth: number | null;
  productCoverage: number | null;
  quotaAttainment: number | null;
}

export interface JsonMeasure {
  cycle: { start: string; end: string };
  targets: {
    rep: string | null;
    hospital: string;
    department: string;
    doctor: string;
    plannedCalls: number;
    actualCalls: number;
    targetRx: number | null;
    rxThen: number | null;
    rxNow: number | null;
    met: boolean | null;
    quadrantThen: Quadrant | null;
    quadrantNow: Quadrant | null;
  }[];
  kpis: { team: JsonKpis; reps: (JsonKpis & { name: string | null })[] };
  migration: { quadrant: Matrix<Quadrant>; status: Matrix<DoctorStatus> };
  quotaCoverage: { rep: string | null; quota: number | null; expected: number; gap: number | null }[];
}

export interface JsonContract {
  version: 2;
  cutoffs: { volume: number; potential: number; method: CutoffMethod };
  hospitals: {
    sheet: string;
    row: number;
    name: string;
    tier: Tier | null;
    stage: Stage | null;
    quadrant: Quadrant | null;
  }[];
  departments: {
    sheet: string;
    row: number;
    hospital: string;
    department: string;
    deptTotalRx: number | null;
    ourRx: number | null;
    share: number | null;
    headroom: number | null;
  }[];
  doctors: {
    sheet: string;
    row: number;
    name: string;
    hospital: string;
    department: string;
    volume: number | null;
    potential: number | null;
    quadrant: Quadrant | null;
    target: boolean;
    callsPerMonth: number;
    rep: string | null;
    why: string;
    callsInCycle: number;
    targetRx: number | null;
    /** Issue 16: who decided instead of the rules, and the reason they wrote. */
    override: TargetOverride | null;
    overrideReason: string | null;
  }[];
  plan: { capacity: number; workload: number; targets: number; callsWanted: number; repsNeeded: number };
  reps: {
    name: string | null;
    callsPerDay: number;
    workingDays: number;
    capacity: number;
    workload: number;
    targets: number;
    prescribingTargets: number;
    volumeAtRisk: number;
    pinned: number;
    excluded: number;
    feedbackRemoved: number;
  }[];
  calls: {
    date: string;
    slot: "am" | "pm" | null;
    rep: string | null;
    hospital: string;
    department: string;
    doctor: string;
    city: string;
  }[];
  unassignedHospitals: { sheet: string; row: number; name: string }[];
  /** Present when the Plan History holds a cycle that has started (SPEC §10). */
  measure?: JsonMeasure;
  issues: {
    sheet: string;
    row: number | null;
    column: string;
    value: string;
    code: Issue["code"];
    message: string;
    severity: Severity;
  }[];
}

export function toJsonContract(result: EngineResult, lang: Lang, extraIssues: Issue[] = []): JsonContract {
  return {
    version: 2,
    cutoffs: {
      volume: result.cutoffs.volume,
      potential: result.cutoffs.potential,
      method: result.cutoffs.method,
    },
    hospitals: result.hospitals.map((h) => ({
      sheet: h.record.sheet,
      row: h.record.row,
      name: h.record.name,
      tier: h.tier,
      stage: h.stage,
      quadrant: h.quadrant,
    })),
    departments: result.departments.map((d) => ({
      sheet: d.record.sheet,
      row: d.record.row,
      hospital: d.record.hospital,
      department: d.record.department,
      deptTotalRx: d.deptTotalRx,
      ourRx: d.ourRx,
      share: d.share,
      headroom: d.headroom,
    })),
    doctors: result.doctors.map((d) => ({
      sheet: d.record.sheet,
      row: d.record.row,
      name: d.record.name,
      hospital: d.record.hospital,
      department: d.record.department,
      volume: d.record.volume,
      potential: d.record.potential,
      quadrant: d.quadrant,
      target: d.target,
      callsPerMonth: d.callsPerMonth,
      rep: d.rep,
      why: d.reason,
      callsInCycle: d.callsInCycle,
      targetRx: d.targetRx,
      override: d.override ?? null,
      overrideReason: d.overrideReason ?? null,
    })),
    plan: {
      capacity: result.plan.capacity,
      workload: result.plan.workload,
      targets: result.plan.targets,
      callsWanted: result.plan.callsWanted,
      repsNeeded: result.plan.repsNeeded,
    },
    reps: result.plan.reps.map((r) => ({
      name: r.name,
      callsPerDay: r.callsPerDay,
      workingDays: r.workingDays,
      capacity: r.capacity,
      workload: r.workload,
      targets: r.targets,
      prescribingTargets: r.prescribingTargets,
      volumeAtRisk: r.volumeAtRisk,
      pinned: r.pinned ?? 0,
      excluded: r.excluded ?? 0,
      feedbackRemoved: r.feedbackRemoved ?? 0,
    })),
    calls: result.calls.map((c) => ({
      date: c.date,
      slot: c.half === 0 ? "am" : "pm",
      rep: c.rep,
      hospital: c.hospital,
      department: c.department,
      doctor: c.doctor,
      city: c.city,
    })),
    unassignedHospitals: result.plan.unassignedHospitals.map((h) => ({
      sheet: h.sheet,
      row: h.row,
      name: h.name,
    })),
    ...(result.measure ? { measure: jsonMeasure(result.measure) } : {}),
    issues: [...extraIssues, ...result.issues].map((i) => ({
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      value: i.value,
      code: i.code,
      message: issueMessage(i, lang),
      severity: i.severity,
    })),
  };
}

/** "" is the one rep of a plan without rep data: null in JSON. */
function repOrNull(rep: string): string | null {
  return rep === "" ? null : rep;
}

function jsonKpis(k: Kpis): JsonKpis {
  return {
    callAttainment: k.callAttainment,
    reach: k.reach,
    frequency: k.frequency,
    objectivesMet: k.objectivesMetRate,
    rxGrowth: k.rxGrowth,
    productCoverage: k.productCoverage,
    quotaAttainment: k.quotaAttainment,
  };
}

function jsonMeasure(m: MeasureResult): JsonMeasure {
  return {
    cycle: { start: m.cycle.start, end: m.cycle.end },
    targets: m.targets.map((t) => ({
      rep: repOrNull(t.rep),
      hospital: t.hospital,
      department: t.department,
      doctor: t.doctor,
      plannedCalls: t.plannedCalls,
      actualCalls: t.actualCalls,
      targetRx: t.targetRx,
      rxThen: t.rxThen,
      rxNow: t.rxNow,
      met: t.met,
      quadrantThen: t.quadrantThen,
      quadrantNow: t.quadrantNow,
    })),
    kpis: {
      team: jsonKpis(m.kpis.team),
      reps: m.kpis.reps.map((k) => ({ name: repOrNull(k.name), ...jsonKpis(k) })),
    },
    migration: { quadrant: m.migration.quadrant, status: m.migration.status },
    quotaCoverage: m.quotaCoverage.map((c) => ({
      rep: repOrNull(c.rep),
      quota: c.quota,
      expected: c.expected,
      gap: c.gap,
    })),
  };
}
