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
  const rec = doctor.record;
  const volume = rec.volume !== null && Number.isFinite(rec.volume) ? rec.volume : 0;
  const potential = rec.potential;
  const target = targetRx(volume, potential, settings.smart.ambition, settings.smart.trial);
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
        product: productName(settings.product, lang),
        action,
        volume,
        target,
        dueDate: dueDateOf(cycle),
      },
      lang,
    ),
    tactic: withDoctorType(
      tacticFor({ quadrant: doctor.quadrant, status: rec.status, stage }, settings.tactics, lang),
      doctorTypes(rec.doctorType),
      settings.tactics,
      lang,
    ),
    stage,
    calls: callsInCycle(doctor),
  };
}
