/**
 * What one engine run computes, before it is laid out as output tables.
 * The JSON contract of the CLI (README) is derived from this.
 */
import type { DepartmentRecord, DoctorRecord, HospitalRecord, Role, Field } from "./fields";
import type { Issue } from "./issues";
import type { CutoffMethod, Quadrant, Stage, Tier } from "./settings";
import type { OutputTable } from "./output";
import type { PlannedCall } from "./contracts";
import type { HistoryRow } from "./measure/history";
import type { MeasureResult } from "./measure/measure";

/** How one input table was recognised (shown in the task pane's Data step). */
export interface TableDetection {
  role: Role;
  sheet: string;
  /** Excel table (ListObject) name when the data came from one. */
  table?: string;
  /** "name" = sheet/table name matched; "headers" = found by its headers; "manual" = user mapping. */
  by: "name" | "headers" | "manual";
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** Number of non-blank data rows below the header. */
  dataRows: number;
  /** field → header text and 0-based sheet column index. */
  columns: Partial<Record<Field, { header: string; col: number; scale: number }>>;
  /** Headers present in the sheet that mapped to no field. */
  unmapped: string[];
  /** Required fields with no column. */
  missing: Field[];
}

export interface HospitalResult {
  record: HospitalRecord;
  tier: Tier | null;
  /** Tier per criterion, for the "why" column. */
  criteria: { beds: Tier | null; dailyOutpatients: Tier | null; monthlyPurchase: Tier | null };
  /** monthlyPurchase × classShare (元), null when either is missing. */
  classMarketValue: number | null;
  /** Sum of its departments' deptTotalRx. */
  potential: number | null;
  /** Our monthly volume (hospitalVolume, else sum of departments' ourRx). */
  volume: number | null;
  share: number | null;
  stage: Stage | null;
  quadrant: Quadrant | null;
}

export interface DepartmentResult {
  record: DepartmentRecord;
  /** workingDays actually used (input or default). */
  workingDays: number;
  deptTotalRx: number | null;
  ourRx: number | null;
  share: number | null;
  headroom: number | null;
  /** relatedPatients / dailyVisits */
  targetRatio: number | null;
}

/**
 * Which rule decided a doctor's place (SPEC §5); the reason text names it.
 * share: within its quadrant's share · flow: on calls another share left ·
 * swap-in / swap-out: the 30-prescribing rule · beyond-share: a candidate the
 * capacity could not hold · not-targeted / no-quadrant / no-headroom: not a
 * candidate · no-rep: segmented, not planned.
 */
export type TargetRule =
  | "share"
  | "flow"
  | "swap-in"
  | "swap-out"
  | "beyond-share"
  | "not-targeted"
  | "no-quadrant"
  | "no-headroom"
  | "score-not-finite"
  | "no-rep"
  | "pinned"
  | "manager-excluded"
  | "feedback-removed";

/**
 * How a person changed MicroSeg's choice (issue 16): the manager's pin or
 * exclusion on Doctors, or the rep's 移除 on the Target List.
 */
export type TargetOverride = "pinned" | "excluded" | "feedback-removed";

/** A rep's answer on the Target List, as read back before the rewrite. */
export interface RepFeedbackNote {
  /** null: only a reason was typed (kept as a note). */
  feedback: "keep" | "remove" | null;
  /** 反馈原因 as typed ("" when none). */
  reason: string;
}

export interface DoctorResult {
  record: DoctorRecord;
  /** The rep who covers the doctor; null when there is no rep data, or none covers them (rule "no-rep"). */
  rep: string | null;
  quadrant: Quadrant | null;
  headroom: number | null;
  score: number | null;
  target: boolean;
  /** 1-based priority among targets (null when not a target). */
  priority: number | null;
  callsPerMonth: number;
  /** Calls in the cycle = callsPerMonth × the cycle's months (SPEC §6). */
  callsInCycle: number;
  /** The SMART objective's target monthly Rx (targets only). */
  targetRx: number | null;
  rule: TargetRule;
  /** Why it is (not) a target, in the output language. */
  reason: string;
  /** Set when a person decided instead of the rules (issue 16); absent or null otherwise. */
  override?: TargetOverride | null;
  /** The manager's 调整原因 or the rep's 反馈原因 behind `override` (null when none was written). */
  overrideReason?: string | null;
  /** The rep's feedback read back from the previous Target List, carried onto the new one. */
  feedback?: RepFeedbackNote | null;
}

export interface Cutoffs {
  method: CutoffMethod;
  volume: number;
  potential: number;
  /** Hospital quadrant cut-offs (same method over hospitals). */
  hospitalVolume: number;
  hospitalPotential: number;
}

/** One rep's plan (SPEC §8); the team's totals are in PlanSummary. */
export interface RepSummary {
  /** null for the one rep of a plan without rep data. */
  name: string | null;
  city: string;
  callsPerDay: number;
  /** Working days in the cycle, the rep's days off removed. */
  workingDays: number;
  daysOff: string[];
  /** callsPerDay × workingDays */
  capacity: number;
  /** Calls in the cycle of the rep's targets. */
  workload: number;
  hospitals: number;
  doctors: number;
  targets: number;
  prescribingTargets: number;
  /** Current monthly Rx of the rep's targets. */
  targetsRx: number;
  /** Current Rx of prescribing candidates left out for capacity. */
  volumeAtRisk: number;
  /** Candidates left out for capacity. */
  dropped: number;
  /** Targets the manager pinned, doctors the manager excluded, and doctors the rep removed (issue 16). */
  pinned?: number;
  excluded?: number;
  feedbackRemoved?: number;
}

export interface PlanSummary {
  /** Calls the team can make in the cycle (sum of the reps' capacities). */
  capacity: number;
  /** Calls in the cycle of all targets. */
  workload: number;
  targets: number;
  /** targets that are currently prescribing (volume > 0) */
  prescribingTargets: number;
  dropped: number;
  /** Months the cycle spans (frequencies are per month). */
  months: number;
  /** All doctors of the target quadrants at their frequency, for the cycle (SPEC §8). */
  callsWanted: number;
  /** ⌈callsWanted ÷ mean rep capacity⌉ (0 when no rep has capacity). */
  repsNeeded: number;
  volumeAtRisk: number;
  reps: RepSummary[];
  /** Hospitals (with their doctors) no rep covers: segmented, not planned. */
  unassignedHospitals: { sheet: string; row: number; name: string; doctors: number }[];
}

export interface EngineResult {
  detections: TableDetection[];
  hospitals: HospitalResult[];
  departments: DepartmentResult[];
  doctors: DoctorResult[];
  cutoffs: Cutoffs;
  plan: PlanSummary;
  /** Every scheduled call (date, half, rep, doctor), in the Call Plan's order. */
  calls: PlannedCall[];
  /** The workbook carries rep data (SPEC §8); false = the single plan. */
  hasReps: boolean;
  /** Plan vs Actual and KPIs of the latest archived cycle that has started (SPEC §10); null when none has. */
  measure: MeasureResult | null;
  /** The Plan History as written by this run: earlier cycles kept, this cycle's rows replaced. */
  history: HistoryRow[];
  issues: Issue[];
  /** Output tables in SPEC §7 order, in the settings' language. */
  outputs: OutputTable[];
}

/** Names of roles/tables not found at all stop the run (exit 2 / MessageBar). */
export class EngineError extends Error {
  constructor(
    public readonly issue: Issue,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}
