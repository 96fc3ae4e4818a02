/**
 * Custom worksheet functions (namespace MICROSEG), declared only by JSDoc.
 */

/**
 * Department total prescriptions per month.
 * @customfunction DEPTRX
 * @param dailyPatients Average patients per day in the department.
 * @param usageRate Share of patients who use this drug class (0.4 or 40%).
 * @param rxPerPatient Average prescriptions per patient.
 * @param [workingDays] Working days per month (default 22).
 * @returns Department total Rx per month.
 */
export function deptRx(
  dailyPatients: number,
  usageRate: number,
  rxPerPatient: number,
  workingDays?: number,
): number {
  return dailyPatients * usageRate * rxPerPatient * (workingDays ?? 22);
}
