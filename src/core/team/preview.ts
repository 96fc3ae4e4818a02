/**
 * What a run will plan on, before it runs: the cycle on the run's own working
 * calendar (settings, Holidays sheet, the input's language) and each rep's
 * capacity — the same functions the engine calls, so the task pane's preview
 * and capacity line show the numbers the plan will use.
 */
import type { ParsedInputs } from "../contracts";
import { runCycle, type Cycle } from "../plan/cycle";
import type { Settings } from "../settings";
import { buildTeam } from "./roster";

/** The inputs the preview reads (a ParsedInputs, or part of one). */
export type PreviewInputs = Pick<
  ParsedInputs,
  "detections" | "holidays" | "representatives" | "hospitals" | "doctors"
>;

export interface RepCapacity {
  /** null for the one rep of a plan without rep data. */
  name: string | null;
  callsPerDay: number;
  /** The cycle's working days minus the rep's days off. */
  workingDays: number;
  /** Days off on the cycle's working days. */
  daysOff: number;
  /** callsPerDay × workingDays. */
  capacity: number;
}

export interface PlanPreview {
  cycle: Cycle;
  /** Any rep data (a Representatives table or a rep column). */
  hasReps: boolean;
  reps: RepCapacity[];
  /** The team's calls in the cycle (the reps' capacities summed). */
  capacity: number;
}

const NO_INPUTS: PreviewInputs = {
  detections: [],
  holidays: [],
  representatives: [],
  hospitals: [],
  doctors: [],
};

/**
 * The part of what was read that the preview needs, small enough to send
 * between threads: the detections, the Holidays and Representatives rows,
 * and of Hospitals and Doctors only the first row naming each rep text (in
 * order) — the rows that create the team's reps, in the order buildTeam
 * meets them. planPreview gives the same reps and capacities on it.
 */
export function previewInputs(parsed: PreviewInputs): PreviewInputs {
  const seen = new Set<string>();
  const firstNaming = <T extends { rep: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => {
      if (r.rep === "" || seen.has(r.rep)) return false;
      seen.add(r.rep);
      return true;
    });
  return {
    detections: parsed.detections,
    holidays: parsed.holidays,
    representatives: parsed.representatives,
    hospitals: firstNaming(parsed.hospitals),
    doctors: firstNaming(parsed.doctors),
  };
}

/** The cycle and capacities a run with these settings would plan; `inputs` null = no tables read yet. */
export function planPreview(inputs: PreviewInputs | null, settings: Settings, today: Date): PlanPreview {
  const parsed = inputs ?? NO_INPUTS;
  const { cycle } = runCycle(settings, parsed, today);
  const team = buildTeam({ ...parsed, settings, cycle });
  const reps = team.reps.map((r): RepCapacity => ({
    name: r.name,
    callsPerDay: r.callsPerDay,
    workingDays: r.workingDays.length,
    daysOff: r.daysOff.length,
    capacity: r.capacity,
  }));
  return { cycle, hasReps: team.hasReps, reps, capacity: reps.reduce((s, r) => s + r.capacity, 0) };
}
