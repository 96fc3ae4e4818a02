/**
 * The measure stage of the engine (SPEC §10): archive this run's plan in the
 * Plan History, then measure the latest archived cycle that has started
 * against the Call Log and the doctors as read now.
 */
import type { CellValue, SheetData } from "../cells";
import type { CallPlanResult, ParsedInputs } from "../contracts";
import type { Issue } from "../issues";
import type { CallLogLocation } from "../layout/planVsActual";
import { TARGET_COLUMN_KEYS } from "../plan/targetColumns";
import type { DoctorResult, HospitalResult } from "../results";
import { isPlannedRow, mergeHistory, readHistory, type HistoryRow } from "./history";
import { measure, type MeasureResult } from "./measure";

export interface MeasureStageInput {
  parsed: ParsedInputs;
  /** The Plan History sheet as the last run left it (null when there is none). */
  previous: SheetData | null;
  targets: readonly DoctorResult[];
  /** Doctors the reps removed on the Target List: archived for the record, not measured (issue 16). */
  removed?: readonly DoctorResult[];
  doctors: readonly DoctorResult[];
  hospitals: readonly HospitalResult[];
  plan: Pick<CallPlanResult, "cycle" | "targetListValues">;
  today: string;
}

export interface MeasureStage {
  history: HistoryRow[];
  result: MeasureResult | null;
  callLog: CallLogLocation | null;
  issues: Issue[];
}

const TARGET_RX = TARGET_COLUMN_KEYS.indexOf("targetRx");
const CALLS_PLANNED = TARGET_COLUMN_KEYS.indexOf("callsPlanned");

function numberOr(v: unknown, fallback: number | null): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

/** This run's targets as Plan History rows. */
export function planRows(
  targets: readonly DoctorResult[],
  plan: MeasureStageInput["plan"],
  repOf: (d: DoctorResult) => string,
): HistoryRow[] {
  return targets.map((d, i) => {
    const values = plan.targetListValues[i] ?? [];
    return historyRow(
      d,
      plan.cycle,
      repOf(d),
      numberOr(values[TARGET_RX], null),
      numberOr(values[CALLS_PLANNED], d.callsInCycle) ?? 0,
    );
  });
}

/** A doctor's row of Plan History for a cycle: who and where, the doctor's facts, the plan's numbers. */
function historyRow(
  d: DoctorResult,
  cycle: { start: string; end: string },
  rep: string,
  targetRx: number | null,
  plannedCalls: number,
): HistoryRow {
  return {
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    rep,
    hospital: d.record.hospital,
    department: d.record.department,
    doctor: d.record.name,
    quadrant: d.quadrant,
    status: d.record.status,
    volume: d.record.volume,
    potential: d.record.potential,
    targetRx,
    plannedCalls,
    ...decisionOf(d),
  };
}

/** The override and the rep's answer a history row records (issue 16); nothing when there is none. */
function decisionOf(d: DoctorResult): Pick<HistoryRow, "override" | "feedback" | "feedbackReason"> {
  const out: Pick<HistoryRow, "override" | "feedback" | "feedbackReason"> = {};
  if (d.override === "pinned" || d.override === "feedback-removed") out.override = d.override;
  if (d.feedback?.feedback) out.feedback = d.feedback.feedback;
  if (d.feedback?.reason) out.feedbackReason = d.feedback.reason;
  return out;
}

/** The rep's removals as history rows: no planned calls, no target Rx. */
function removedRows(
  removed: readonly DoctorResult[],
  cycle: { start: string; end: string },
  repOf: (d: DoctorResult) => string,
): HistoryRow[] {
  return removed.map((d) => historyRow(d, cycle, repOf(d), null, 0));
}

/** A sheet's values as a grid from A1 (its used range may start lower or further right). */
function fromA1(sheet: SheetData | null): CellValue[][] {
  if (!sheet) return [];
  const pad: CellValue[] = new Array<CellValue>(sheet.firstCol).fill(null);
  const rows: CellValue[][] = Array.from({ length: sheet.firstRow - 1 }, () => []);
  for (const r of sheet.values) rows.push(sheet.firstCol > 0 ? [...pad, ...r] : [...r]);
  return rows;
}

export function measureStage(input: MeasureStageInput): MeasureStage {
  const { parsed, plan } = input;
  // The team stage gave every doctor a rep (SPEC §8); without rep data all belong to the one rep "".
  const repOfDoctor = (d: DoctorResult): string => d.rep ?? "";
  // Built on first use: only quotas and a measured cycle ask for a hospital's rep, and the walk
  // over 1M doctors cost ~180 ms on every run that has neither.
  let hospitalRep: Map<string, string> | null = null;
  const hospitalReps = (): Map<string, string> => {
    if (hospitalRep) return hospitalRep;
    hospitalRep = new Map<string, string>();
    // Doctors come hospital by hospital: look a hospital up once per run of rows, not 1M times.
    let last: string | null = null;
    for (let i = 0; i < input.doctors.length; i++) {
      const d = input.doctors[i];
      if (d.rep === null || d.record.hospital === last) continue;
      last = d.record.hospital;
      if (!hospitalRep.has(last)) hospitalRep.set(last, d.rep);
    }
    return hospitalRep;
  };
  const repOfHospital = (hospital: string): string => hospitalReps().get(hospital) ?? "";
  const current = planRows(input.targets, plan, repOfDoctor);
  const history = mergeHistory(readHistory(fromA1(input.previous), input.previous?.dateSystem), plan.cycle, [
    ...current,
    ...removedRows(input.removed ?? [], plan.cycle, repOfDoctor),
  ]);
  const log = parsed.detections.find((d) => d.role === "callLog");
  const quota = parsed.detections.find((d) => d.role === "quota");
  const measured = measure({
    history: history.filter(isPlannedRow),
    calls: parsed.calls,
    quotas: parsed.quotas,
    doctors: input.doctors,
    hospitals: input.hospitals,
    repOfDoctor,
    repOfHospital,
    // The history rows have the rep, volume and target Rx measure reads: no copy of 30,000 rows.
    newTargets: current,
    planned: plan.cycle,
    today: input.today,
    columns: {
      date: log?.columns.date?.header ?? "",
      doctor: log?.columns.doctor?.header ?? "",
      rep: quota?.columns.rep?.header ?? quota?.columns.hospital?.header ?? "",
    },
  });
  const cols = log?.columns;
  const callLog: CallLogLocation | null =
    log && cols?.date && cols.hospital && cols.doctor
      ? { sheet: log.sheet, date: cols.date.col, hospital: cols.hospital.col, doctor: cols.doctor.col }
      : null;
  return { history, result: measured.result, callLog, issues: measured.issues };
}
