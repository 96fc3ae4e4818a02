/**
 * Department potential for every department row (SPEC §3) through the user's
 * compiled formulas. One reusable Float64Array per formula keeps the 100k-row
 * loop free of per-row allocations.
 */
import type { DepartmentRecord } from "../fields";
import type { CompiledFormula } from "../formula/compile";
import type { DepartmentVariable } from "../formula/variables";
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

/** Evaluates one formula with a row-independent reader, reusing `buffer`. */
function evaluateInto(
  formula: CompiledFormula,
  scope: Record<DepartmentVariable, number | null>,
  buffer: Float64Array,
): { value: number | null; missing: boolean } {
  const vars = formula.variables as readonly DepartmentVariable[];
  for (let i = 0; i < vars.length; i++) {
    const v = scope[vars[i]];
    if (v === null) return { value: null, missing: true };
    buffer[i] = v;
  }
  return { value: formula.evaluate(buffer), missing: false };
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
  const departments = new Array<DepartmentResult>(records.length);
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    const workingDays = rec.workingDays ?? workingDaysDefault;
    const scope = departmentScope(rec, workingDays);
    const total = evaluateInto(formulas.deptTotalRx, scope, totalBuf);
    const our = evaluateInto(formulas.ourRx, scope, ourBuf);
    // All inputs present but no finite number (e.g. a division by 0 in the user's formula).
    if (!total.missing && total.value === null) issues.push(notFinite(rec, formulas.deptTotalRx));
    if (!our.missing && our.value === null) issues.push(notFinite(rec, formulas.ourRx));
    departments[i] = {
      record: rec,
      workingDays,
      deptTotalRx: total.value,
      ourRx: our.value,
      share: share(our.value, total.value),
      headroom: headroom(total.value, our.value),
      targetRatio: targetRatio(rec.relatedPatients, rec.dailyVisits),
    };
  }
  return { departments, issues };
}
