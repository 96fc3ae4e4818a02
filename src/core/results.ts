/**
 * What one engine run computes, before it is laid out as output tables.
 * The JSON contract of the CLI (README) is derived from this.
 */
import type { DepartmentRecord, DoctorRecord, HospitalRecord, Role, Field } from "./fields";
import type { Issue } from "./issues";
import type { CutoffMethod, Quadrant, Stage, Tier } from "./settings";
import type { OutputTable } from "./output";
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

export interface DoctorResult {
  record: DoctorRecord;
  quadrant: Quadrant | null;
  headroom: number | null;
  score: number | null;
  target: boolean;
  /** 1-based priority among targets (null when not a target). */
  priority: number | null;
  callsPerMonth: number;
  /** Why it is (not) a target, in the output language. */
  reason: string;
}

export interface Cutoffs {
  method: CutoffMethod;
  volume: number;
  potential: number;
  /** Hospital quadrant cut-offs (same method over hospitals). */
  hospitalVolume: number;
  hospitalPotential: number;
}

export interface PlanSummary {
  /** calls per cycle available = callsPerDay × working days */
  capacity: number;
  /** summed calls per month of the targets kept */
  workload: number;
  targets: number;
  /** targets that are currently prescribing (volume > 0) */
  prescribingTargets: number;
  dropped: number;
}

export interface EngineResult {
  detections: TableDetection[];
  hospitals: HospitalResult[];
  departments: DepartmentResult[];
  doctors: DoctorResult[];
  cutoffs: Cutoffs;
  plan: PlanSummary;
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
