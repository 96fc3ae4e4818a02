/**
 * Segmentation cut-offs (SPEC §4) for doctors (all doctors in scope) and for
 * hospitals (volume = our volume, potential = Σ deptTotalRx). A "fixed"
 * cut-off is a number on the doctors' scale (Rx per doctor), meaningless for a
 * whole hospital, so hospitals then fall back to the median.
 */
import type { DoctorRecord } from "../fields";
import type { Cutoffs, HospitalResult } from "../results";
import type { Settings } from "../settings";
import { cutoff, cutoffOfPresent, type CutoffRule } from "./cutoff";
import { finiteColumns } from "./doctorColumns";
import { quadrantOf, type QuadrantCuts } from "./quadrant";

function column<T>(rows: readonly T[], pick: (row: T) => number | null): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = pick(rows[i]) ?? NaN;
  return out;
}

function rule(settings: Settings, fixed: number | null): CutoffRule {
  return { method: settings.cutoff.method, percentile: settings.cutoff.percentile, fixed };
}

/** Cut-offs of the doctors' volume and potential. */
export function doctorCutoffs(doctors: readonly DoctorRecord[], settings: Settings): QuadrantCuts {
  // Both columns' present, finite values in one pass over the records (1M in
  // the benchmark), packed as cutoff() packs them, and selected where they lie.
  const { volume: volumes, potential: potentials } = finiteColumns(doctors);
  return {
    volume: cutoffOfPresent(volumes, rule(settings, settings.cutoff.volume)) ?? 0,
    potential: cutoffOfPresent(potentials, rule(settings, settings.cutoff.potential)) ?? 0,
  };
}

/** The rule used for hospitals: the doctors' rule, except "fixed" → median. */
export function hospitalCutoffRule(settings: Settings): CutoffRule {
  const method = settings.cutoff.method === "fixed" ? "median" : settings.cutoff.method;
  return { method, percentile: settings.cutoff.percentile, fixed: null };
}

export function hospitalCutoffs(hospitals: readonly HospitalResult[], settings: Settings): QuadrantCuts {
  const r = hospitalCutoffRule(settings);
  return {
    volume:
      cutoff(
        column(hospitals, (h) => h.volume),
        r,
      ) ?? 0,
    potential:
      cutoff(
        column(hospitals, (h) => h.potential),
        r,
      ) ?? 0,
  };
}

/** Sets each hospital's quadrant in place (results are built by this run only). */
export function segmentHospitals(hospitals: HospitalResult[], cuts: QuadrantCuts): void {
  for (const h of hospitals) h.quadrant = quadrantOf(h.volume, h.potential, cuts);
}

export function cutoffsOf(settings: Settings, doctors: QuadrantCuts, hospitals: QuadrantCuts): Cutoffs {
  return {
    method: settings.cutoff.method,
    volume: doctors.volume,
    potential: doctors.potential,
    hospitalVolume: hospitals.volume,
    hospitalPotential: hospitals.potential,
  };
}
