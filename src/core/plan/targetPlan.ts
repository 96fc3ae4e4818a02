/**
 * What the plan knows about one target before and after scheduling: its
 * SMART objective, tactic and availability. Shared by the Target List columns
 * and the three plan tables.
 */
import type { Lang } from "../issues";
import type { DoctorResult, HospitalResult } from "../results";
import type { Settings, Stage } from "../settings";
import { dueDateOf, type Cycle } from "./cycle";
import { actionLabel, objectiveAction, objectiveText, productName, type ObjectiveAction } from "./objective";
import { targetRx } from "./smart";
import { doctorTypes, withDoctorType } from "./callSteps";
import { tacticFor } from "./tactics";

export interface TargetPlan {
  doctor: DoctorResult;
  /** Volume read as 0 when missing: a doctor with no known use starts with a trial. */
  volume: number;
  potential: number | null;
  targetRx: number;
  action: ObjectiveAction;
  actionText: string;
  objective: string;
  tactic: string;
  stage: Stage | null;
  /** Calls wanted this cycle. */
  calls: number;
}

/** Hospital results by name, for the stage of a doctor's hospital. */
export function hospitalsByName(hospitals: readonly HospitalResult[]): Map<string, HospitalResult> {
  return new Map(hospitals.map((h) => [h.record.name, h]));
}

/** Calls in the cycle as targeting decided them (frequency × the cycle's months, SPEC §6). */
export function callsInCycle(doctor: DoctorResult): number {
  const n = doctor.callsInCycle;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export function targetPlan(
  doctor: DoctorResult,
  hospitals: ReadonlyMap<string, HospitalResult>,
  settings: Settings,
  cycle: Cycle,
  lang: Lang,
): TargetPlan {
  return targetPlanner(hospitals, settings, cycle, lang)(doctor);
}

/**
 * targetPlan for many targets of one plan: the product, the due date and each
 * tactic are worked out once. A tactic depends only on quadrant, status,
 * stage and doctor type, so 30,000 targets share a few dozen texts.
 */
export function targetPlanner(
  hospitals: ReadonlyMap<string, HospitalResult>,
  settings: Settings,
  cycle: Cycle,
  lang: Lang,
): (doctor: DoctorResult) => TargetPlan {
  const product = productName(settings.product, lang);
  const dueDate = dueDateOf(cycle);
  const { ambition, trial } = settings.smart;
  // quadrant → status → stage → doctor-type text → tactic
  const tactics = new Map<unknown, Map<unknown, Map<unknown, Map<string, string>>>>();
  const tacticOf = (doctor: DoctorResult, stage: Stage | null): string => {
    const rec = doctor.record;
    let byStatus = tactics.get(doctor.quadrant);
    if (byStatus === undefined)
      tactics.set(doctor.quadrant, (byStatus = new Map<unknown, Map<unknown, Map<string, string>>>()));
    let byStage = byStatus.get(rec.status);
    if (byStage === undefined) byStatus.set(rec.status, (byStage = new Map<unknown, Map<string, string>>()));
    let byType = byStage.get(stage);
    if (byType === undefined) byStage.set(stage, (byType = new Map<string, string>()));
    let tactic = byType.get(rec.doctorType);
    if (tactic === undefined) {
      tactic = withDoctorType(
        tacticFor({ quadrant: doctor.quadrant, status: rec.status, stage }, settings.tactics, lang),
        doctorTypes(rec.doctorType),
        settings.tactics,
        lang,
      );
      byType.set(rec.doctorType, tactic);
    }
    return tactic;
  };
  return (doctor) => {
    const rec = doctor.record;
    const volume = rec.volume !== null && Number.isFinite(rec.volume) ? rec.volume : 0;
    const potential = rec.potential;
    const target = targetRx(volume, potential, ambition, trial);
    const action = objectiveAction(volume, rec.status, target);
    const stage = hospitals.get(rec.hospital)?.stage ?? null;
    return {
      doctor,
      volume,
      potential,
      targetRx: target,
      action,
      actionText: actionLabel(action, lang),
      objective: objectiveText(
        {
          doctor: rec.name,
          hospital: rec.hospital,
          department: rec.department,
          product,
          action,
          volume,
          target,
          dueDate,
        },
        lang,
      ),
      tactic: tacticOf(doctor, stage),
      stage,
      calls: callsInCycle(doctor),
    };
  };
}
