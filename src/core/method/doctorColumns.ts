/**
 * The doctors' volume and potential columns as typed arrays of their present,
 * finite values, shared by the cut-offs and the plausibility check.
 */
import type { DoctorRecord } from "../fields";

/**
 * Both columns' finite values as typed arrays, in one pass over the records:
 * with 1M doctors each pass over the records is a pass over a few hundred MB.
 */
export function finiteColumns(doctors: readonly DoctorRecord[]): {
  volume: Float64Array;
  potential: Float64Array;
} {
  const volume = new Float64Array(doctors.length);
  const potential = new Float64Array(doctors.length);
  let nv = 0;
  let np = 0;
  for (let i = 0; i < doctors.length; i++) {
    const d = doctors[i];
    const v = d.volume;
    const p = d.potential;
    if (v !== null && Number.isFinite(v)) volume[nv++] = v;
    if (p !== null && Number.isFinite(p)) potential[np++] = p;
  }
  return { volume: volume.subarray(0, nv), potential: potential.subarray(0, np) };
}
