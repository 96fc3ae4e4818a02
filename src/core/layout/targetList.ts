/**
 * Target List (SPEC §5): targets in priority order with the score as the
 * user's own formula, then the planner's SMART columns appended. The planner's
 * formulas name this table's columns by key, so the keys below are a contract:
 * doctor, hospital, department, volume, potential, status, quadrant, headroom,
 * priority, callsPerMonth.
 */
import type { CallPlanResult } from "../contracts";
import type { CompiledFormula } from "../formula/compile";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import type { DoctorResult } from "../results";
import type { Settings } from "../settings";
import { quadrantStrategy } from "../labels";
import { column, ref, tableNameOf } from "./columns";
import { HEADROOM_FORMULA, statusBonusExcel, statusText, strategyFormula } from "./doctorCells";

export function targetListTable(
  targets: readonly DoctorResult[],
  targetScore: CompiledFormula,
  settings: Settings,
  plan: Pick<CallPlanResult, "targetListColumns" | "targetListValues"> | null,
  /** A team plan: each row names its rep (SPEC §8). */
  withRep = false,
): OutputTable {
  const lang = settings.language;
  const scoreRefs = {
    volume: ref("volume"),
    potential: ref("potential"),
    headroom: ref("headroom"),
    statusBonus: statusBonusExcel(lang),
  };
  const columns: OutputColumn[] = [
    ...(withRep ? [column("rep", "rep", lang, "text", { width: 10 })] : []),
    column("priority", "priority", lang, "integer"),
    column("doctor", "doctor", lang, "text", { width: 12 }),
    column("hospital", "hospital", lang, "text", { width: 24 }),
    column("department", "department", lang, "text", { width: 14 }),
    column("title", "title", lang, "text"),
    column("status", "status", lang, "text"),
    column("volume", "volume", lang, "rx"),
    column("potential", "potential", lang, "rx"),
    column("headroom", "headroom", lang, "rx", { formula: HEADROOM_FORMULA }),
    column("score", "score", lang, "number", { formula: targetScore.excel(scoreRefs, ["statusBonus"]) }),
    column("quadrant", "quadrant", lang, "text", { highlight: "quadrant" }),
    column("strategy", "strategy", lang, "text", { formula: strategyFormula(lang) }),
    column("callsPerMonth", "callsPerMonth", lang, "integer"),
    column("callsInCycle", "callsInCycle", lang, "integer"),
    column("reason", "reason", lang, "text", { width: 30 }),
  ];
  const rows: OutputValue[][] = targets.map((d) => {
    const r = d.record;
    return [
      ...(withRep ? [d.rep] : []),
      d.priority,
      r.name,
      r.hospital,
      r.department,
      r.title,
      statusText(r, lang),
      r.volume,
      r.potential,
      d.headroom,
      d.score,
      d.quadrant,
      d.quadrant && quadrantStrategy(d.quadrant, lang),
      d.callsPerMonth,
      d.callsInCycle,
      d.reason,
    ];
  });
  if (plan && plan.targetListColumns.length > 0) {
    columns.push(...plan.targetListColumns);
    rows.forEach((row, i) =>
      row.push(...(plan.targetListValues[i] ?? plan.targetListColumns.map(() => null))),
    );
  }
  return resolveColumnRefs({
    id: "targetList",
    lang,
    sheetName: outputSheetName("targetList", lang),
    tableName: tableNameOf("targetList"),
    columns,
    rows,
  });
}
