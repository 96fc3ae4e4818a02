/**
 * Contracts between the engine's stages, so each stage is a small module:
 *   input/   readInputs  (SPEC §1)           sheets → records + issues
 *   method/  tiers, potential, segmentation, targeting (SPEC §2–5)
 *   plan/    planCalls   (SPEC §6)           targets → objectives + schedule
 *   layout/  output tables (SPEC §7)
 *   engine.ts runEngine wires them together.
 */
import type { SheetData } from "./cells";
import type { WorkCalendar } from "./calendar/workCalendar";
import type {
  CallRecord,
  DepartmentRecord,
  DoctorRecord,
  HolidayRecord,
  HospitalRecord,
  InventoryRecord,
  QuotaRecord,
  RepresentativeRecord,
} from "./fields";
import type { Issue, Lang } from "./issues";
import type { OutputColumn, OutputTable, OutputValue } from "./output";
import type { DepartmentResult, DoctorResult, HospitalResult, TableDetection } from "./results";
import type { Cycle } from "./plan/cycle";
import type { Settings } from "./settings";

export interface ParsedInputs {
  detections: TableDetection[];
  hospitals: HospitalRecord[];
  departments: DepartmentRecord[];
  doctors: DoctorRecord[];
  inventory: InventoryRecord[];
  /** Call Log and Quota rows (SPEC §10); empty when the tables are absent. */
  calls: CallRecord[];
  quotas: QuotaRecord[];
  /** Holidays / 节假日 rows (SPEC §9), for the working calendar. */
  holidays: HolidayRecord[];
  representatives: RepresentativeRecord[];
  issues: Issue[];
}

/** What reading dates needs to know: today, so `10月9日` gets its year. */
export interface InputDates {
  /** ISO date. */
  today: string;
}

/** src/core/input/readInputs.ts */
export type ReadInputs = (sheets: SheetData[], settings: Settings, dates?: InputDates) => ParsedInputs;

export interface CallPlanInput {
  /** Target doctors, already in priority order (SPEC §5), frequency set. */
  targets: DoctorResult[];
  /** Non-target doctors (LL fill candidates, if the setting allows). */
  others: DoctorResult[];
  hospitals: HospitalResult[];
  departments: DepartmentResult[];
  settings: Settings;
  /** "Now", for the default cycle (next calendar month). */
  today: Date;
  lang: Lang;
  /** The run's working calendar (SPEC §9); the settings' own when omitted. */
  calendar?: WorkCalendar;
  /** The reps, each with their working days and calls per day; absent = one rep on the cycle's days. */
  team?: {
    hasReps: boolean;
    reps: readonly { name: string | null; workingDays: readonly string[]; callsPerDay: number }[];
  };
}

/** One scheduled call, for the JSON contract. */
export interface PlannedCall {
  date: string;
  /** 0 = AM, 1 = PM. */
  half: 0 | 1;
  rep: string | null;
  hospital: string;
  department: string;
  doctor: string;
  /** The hospital's city ("" when not given). */
  city: string;
}

export interface CallPlanResult {
  /** Cycle actually used. */
  cycle: Cycle;
  capacity: number;
  /** Calls placed. */
  placed: number;
  /** Calls that could not be placed (reported as issues too). */
  unplaced: number;
  /** Extra columns for the Target List (SMART objective, target Rx, check, tactic…), one value row per target, same order as input targets. */
  targetListColumns: OutputColumn[];
  targetListValues: OutputValue[][];
  /** Target monthly Rx per target, same order as input targets. */
  targetRx: number[];
  /** Every scheduled call, in the Call Plan's order. */
  calls: PlannedCall[];
  /** Call Plan, Call Calendar, Weekly Prospects tables. */
  tables: OutputTable[];
  issues: Issue[];
}

/** src/core/plan/planCalls.ts */
export type PlanCalls = (input: CallPlanInput) => CallPlanResult;
