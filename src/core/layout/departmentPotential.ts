/**
 * Department Potential (SPEC §3, §7): the inputs as read, then deptTotalRx,
 * ourRx, share, headroom and Y/X as native Excel formulas over the same row
 * (the user's own formulas, transpiled) with their computed values alongside.
 */
import type { DepartmentFormulas } from "../method/departments";
import { DEPARTMENT_VARIABLES } from "../formula/variables";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import type { DepartmentResult } from "../results";
import type { Settings } from "../settings";
import { column, ref, tableNameOf } from "./columns";

export function departmentPotentialTable(
  departments: readonly DepartmentResult[],
  formulas: DepartmentFormulas,
  settings: Settings,
): OutputTable {
  const lang = settings.language;
  // Variables are columns keyed by their own names, so a formula's refs are just {c:name}{r}.
  const refs = Object.fromEntries(DEPARTMENT_VARIABLES.map((v) => [v, ref(v)]));
  // workingDays holds the days actually used (input or the default), never blank.
  const always = ["workingDays"];
  const total = ref("deptTotalRx");
  const our = ref("ourRx");
  const columns: OutputColumn[] = [
    column("hospital", "hospital", lang, "text", { width: 24 }),
    column("department", "department", lang, "text", { width: 16 }),
    column("dailyPatients", "dailyPatients", lang, "number"),
    column("classUsageRate", "classUsageRate", lang, "percent"),
    column("rxPerPatient", "rxPerPatient", lang, "number"),
    column("workingDays", "workingDays", lang, "integer"),
    column("ourDailyPatients", "ourDailyPatients", lang, "number"),
    column("dailyVisits", "dailyVisits", lang, "number"),
    column("relatedPatients", "relatedPatients", lang, "number"),
    column("deptTotalRx", "deptTotalRx", lang, "rx", { formula: formulas.deptTotalRx.excel(refs, always) }),
    column("ourRx", "ourRx", lang, "rx", { formula: formulas.ourRx.excel(refs, always) }),
    column("share", "share", lang, "percent", {
      formula: `=IF(OR(N(${total})=0,${our}=""),"",${our}/${total})`,
      highlight: "databar",
    }),
    column("headroom", "headroom", lang, "rx", {
      formula: `=IF(OR(${total}="",${our}=""),"",${total}-${our})`,
    }),
    column("targetRatio", "targetRatio", lang, "percent", {
      formula: `=IF(OR(N(${ref("dailyVisits")})=0,${ref("relatedPatients")}=""),"",${ref("relatedPatients")}/${ref("dailyVisits")})`,
    }),
  ];
  const rows: OutputValue[][] = departments.map((d) => {
    const r = d.record;
    return [
      r.hospital,
      r.department,
      r.dailyPatients,
      r.classUsageRate,
      r.rxPerPatient,
      d.workingDays,
      r.ourDailyPatients,
      r.dailyVisits,
      r.relatedPatients,
      d.deptTotalRx,
      d.ourRx,
      d.share,
      d.headroom,
      d.targetRatio,
    ];
  });
  return resolveColumnRefs({
    id: "departmentPotential",
    lang,
    sheetName: outputSheetName("departmentPotential", lang),
    tableName: tableNameOf("departmentPotential"),
    columns,
    rows,
  });
}
