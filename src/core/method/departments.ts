/**
 * Department potential for every department row (SPEC §3) through the user's
 * compiled formulas. One reusable Float64Array per formula keeps the 100k-row
 * loop free of per-row allocations.
 */
import type { DepartmentRecord } from "../fields";
import type { CompiledFormula } from "../formula/compile";
import { DEPARTMENT_VARIABLES, type DepartmentVariable } from "../formula/variables";
import type { Issue } from "../issues";
import type { DepartmentResult } from "../results";
import { headroom, share, targetRatio } from "./potential";

export interface DepartmentFormulas {
  deptTotalRx: CompiledFormula;
  ourRx: CompiledFormula;
}

/** The department's input values by formula variable, working days defaulted. */
export function departmentScope(
  rec: DepartmentRecord,
  workingDays: number,
): Record<DepartmentVariable, number | null> {
  return {
    dailyPatients: rec.dailyPatients,
    classUsageRate: rec.classUsageRate,
    rxPerPatient: rec.rxPerPatient,
    workingDays,
    ourDailyPatients: rec.ourDailyPatients,
    dailyVisits: rec.dailyVisits,
    relatedPatients: rec.relatedPatients,
  };
}

/** One input of a department row by its variable's index in DEPARTMENT_VARIABLES (no scope object per row). */
function variableOf(rec: DepartmentRecord, v: number, workingDays: number): number | null {
  switch (v) {
    case 0:
      return rec.dailyPatients;
    case 1:
      return rec.classUsageRate;
    case 2:
      return rec.rxPerPatient;
    case 3:
      return workingDays;
    case 4:
      return rec.ourDailyPatients;
    case 5:
      return rec.dailyVisits;
    case 6:
      return rec.relatedPatients;
    default:
      // Not a department variable (compiling rejects those): read as the scope read it, undefined → NaN.
      return NaN;
  }
}

/**
 * A formula's variables as indices in DEPARTMENT_VARIABLES, found once: a
 * switch on the names themselves compares strings per row and variable.
 */
function variableCodes(formula: CompiledFormula): Int8Array {
  return Int8Array.from(formula.variables, (v) => DEPARTMENT_VARIABLES.indexOf(v as DepartmentVariable));
}

/** Marks a formula with a missing input (its value is null, and no issue is due). */
const MISSING = Symbol("missing");

/** One formula on one row, reusing `buffer`: MISSING, null (not finite) or the value. */
function evaluateRow(
  formula: CompiledFormula,
  vars: Int8Array,
  rec: DepartmentRecord,
  workingDays: number,
  buffer: Float64Array,
): number | null | typeof MISSING {
  for (let i = 0; i < vars.length; i++) {
    const v = variableOf(rec, vars[i], workingDays);
    if (v === null) return MISSING;
    buffer[i] = v;
  }
  return formula.evaluate(buffer);
}

function notFinite(rec: DepartmentRecord, f: CompiledFormula): Issue {
  return {
    code: "formula-not-finite",
    severity: "warning",
    sheet: rec.sheet,
    row: rec.row,
    column: `formulas.${f.name}`,
    value: f.source,
    params: { formula: f.name, department: rec.department, hospital: rec.hospital },
  };
}

export function departmentResults(
  records: readonly DepartmentRecord[],
  formulas: DepartmentFormulas,
  workingDaysDefault: number,
): { departments: DepartmentResult[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const totalBuf = new Float64Array(formulas.deptTotalRx.variables.length);
  const ourBuf = new Float64Array(formulas.ourRx.variables.length);
  const totalVars = variableCodes(formulas.deptTotalRx);
  const ourVars = variableCodes(formulas.ourRx);
  const departments = new Array<DepartmentResult>(records.length);
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    const workingDays = rec.workingDays ?? workingDaysDefault;
    // 100k rows: no scope or result object per row (departmentScope is read by a switch instead).
    const totalRead = evaluateRow(formulas.deptTotalRx, totalVars, rec, workingDays, totalBuf);
    const ourRead = evaluateRow(formulas.ourRx, ourVars, rec, workingDays, ourBuf);
    // All inputs present but no finite number (e.g. a division by 0 in the user's formula).
    if (totalRead === null) issues.push(notFinite(rec, formulas.deptTotalRx));
    if (ourRead === null) issues.push(notFinite(rec, formulas.ourRx));
    const total = totalRead === MISSING ? null : totalRead;
    const our = ourRead === MISSING ? null : ourRead;
    departments[i] = {
      record: rec,
      workingDays,
      deptTotalRx: total,
      ourRx: our,
      share: share(our, total),
      headroom: headroom(total, our),
      targetRatio: targetRatio(rec.relatedPatients, rec.dailyVisits),
    };
  }
  return { departments, issues };
}
