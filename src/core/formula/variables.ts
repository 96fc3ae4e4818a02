/**
 * The named fields each editable formula may read (settings.formulas).
 * Anything else in an expression is rejected as an unknown variable.
 */

export type FormulaName = "deptTotalRx" | "ourRx" | "targetScore";

/** Department inputs, as numbers (workingDays already defaulted). */
export const DEPARTMENT_VARIABLES = [
  "dailyPatients",
  "classUsageRate",
  "rxPerPatient",
  "workingDays",
  "ourDailyPatients",
  "dailyVisits",
  "relatedPatients",
] as const;
export type DepartmentVariable = (typeof DEPARTMENT_VARIABLES)[number];

/**
 * Doctor values for the target score. statusBonus is 1 for 二线 / 保守
 * (conversion opportunities, SPEC §5) and 0 otherwise.
 */
export const DOCTOR_VARIABLES = ["volume", "potential", "headroom", "statusBonus"] as const;
export type DoctorVariable = (typeof DOCTOR_VARIABLES)[number];

export const FORMULA_VARIABLES: Record<FormulaName, readonly string[]> = {
  deptTotalRx: DEPARTMENT_VARIABLES,
  ourRx: DEPARTMENT_VARIABLES,
  targetScore: DOCTOR_VARIABLES,
};
