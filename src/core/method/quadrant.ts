/**
 * Quadrants (SPEC §4): first letter = volume, second = potential; "High"
 * means value ≥ cut-off. So LH = low volume, high potential (develop).
 */
import type { Quadrant } from "../settings";

export interface QuadrantCuts {
  volume: number;
  potential: number;
}

/** The quadrant code, or null when volume or potential is missing. */
export function quadrantOf(
  volume: number | null,
  potential: number | null,
  cuts: QuadrantCuts,
): Quadrant | null {
  if (volume === null || potential === null || !Number.isFinite(volume) || !Number.isFinite(potential))
    return null;
  // Literals, not a template: no new string per doctor.
  if (volume >= cuts.volume) return potential >= cuts.potential ? "HH" : "HL";
  return potential >= cuts.potential ? "LH" : "LL";
}
