/**
 * Department potential (SPEC §3) with the deck's default formulas. The engine
 * evaluates the user's editable formulas (src/core/formula); these functions
 * are the fixed defaults the custom functions expose and the tests pin.
 * Any missing input makes the result missing (null), never 0.
 */

/** Working days when a department row gives none [default 22]. */
export const DEFAULT_WORKING_DAYS = 22;

function allPresent(values: readonly (number | null | undefined)[]): values is readonly number[] {
  return values.every((v) => v !== null && v !== undefined && Number.isFinite(v));
}

/** dailyPatients × classUsageRate × rxPerPatient × workingDays (Rx per month). */
export function deptTotalRx(
  dailyPatients: number | null,
  classUsageRate: number | null,
  rxPerPatient: number | null,
  workingDays: number | null = null,
  workingDaysDefault = DEFAULT_WORKING_DAYS,
): number | null {
  const days = workingDays ?? workingDaysDefault;
  const v = [dailyPatients, classUsageRate, rxPerPatient, days];
  return allPresent(v) ? v[0] * v[1] * v[2] * v[3] : null;
}

/** ourDailyPatients × rxPerPatient × workingDays (Rx per month). */
export function ourRx(
  ourDailyPatients: number | null,
  rxPerPatient: number | null,
  workingDays: number | null = null,
  workingDaysDefault = DEFAULT_WORKING_DAYS,
): number | null {
  const days = workingDays ?? workingDaysDefault;
  const v = [ourDailyPatients, rxPerPatient, days];
  return allPresent(v) ? v[0] * v[1] * v[2] : null;
}

/** ourRx / deptTotalRx; blank (null) when the total is 0 or missing. */
export function share(our: number | null, total: number | null): number | null {
  if (our === null || total === null || total === 0) return null;
  return our / total;
}

/** deptTotalRx − ourRx: the Rx still to win. */
export function headroom(total: number | null, our: number | null): number | null {
  if (our === null || total === null) return null;
  return total - our;
}

/** Target-department ratio Y/X = relatedPatients / dailyVisits; null when X is 0 or missing. */
export function targetRatio(relatedPatients: number | null, dailyVisits: number | null): number | null {
  if (relatedPatients === null || dailyVisits === null || dailyVisits === 0) return null;
  return relatedPatients / dailyVisits;
}
