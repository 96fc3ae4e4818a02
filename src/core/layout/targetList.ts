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
import { feedbackChoices, FEEDBACK_LABELS } from "../input/overrides";
import { columnLabel, phrase, quadrantStrategy } from "../labels";
import { column, ref, tableNameOf } from "./columns";
import { HEADROOM_FORMULA, statusBonusExcel, statusText, strategyFormula } from "./doctorCells";

export function targetListTable(
  targets: readonly DoctorResult[],
  targetScore: CompiledFormula,
  settings: Settings,
  plan: Pick<CallPlanResult, "targetListColumns" | "targetListValues"> | null,
  /** A team plan: each row names its rep (SPEC §8). */
  withRep = false,
  /**
   * Doctors that are not targets but carry a rep's feedback (移除, or a note on
   * a doctor the plan no longer targets): listed below the targets, so the
   * answer is still there on the next run (issue 16).
   */
  answered: readonly DoctorResult[] = [],
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
  const rows: OutputValue[][] = [...targets, ...answered].map((d) => {
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
    // Objective formulas only on targets' rows: a row below them (a rep's 移除) has no objective.
    columns.push(
      ...plan.targetListColumns.map((c) => (c.formula ? { ...c, formula: onTargets(c.formula) } : c)),
    );
    rows.forEach((row, i) =>
      row.push(...(plan.targetListValues[i] ?? plan.targetListColumns.map(() => null))),
    );
  }
  // Issue 16: the only cells of a MicroSeg sheet meant for typing, read back on the next run.
  const note = phrase("typeHere", lang);
  columns.push(
    {
      ...column("repFeedback", "repFeedback", lang, "text", { width: 14 }),
      header: columnLabel("repFeedback", lang) + note,
      input: {
        choices: feedbackChoices(lang),
        prompt: { title: columnLabel("repFeedback", lang), message: phrase("feedbackPrompt", lang) },
      },
    },
    {
      ...column("feedbackReason", "feedbackReason", lang, "text", { width: 24 }),
      header: columnLabel("feedbackReason", lang) + note,
      input: {},
    },
  );
  [...targets, ...answered].forEach((d, i) => {
    const f = d.feedback ?? null;
    rows[i].push(f?.feedback ? FEEDBACK_LABELS[f.feedback][lang] : null, f?.reason ? f.reason : null);
  });
  return resolveColumnRefs({
    id: "targetList",
    lang,
    sheetName: outputSheetName("targetList", lang),
    tableName: tableNameOf("targetList"),
    columns,
    rows,
  });
}

/** A row formula that gives "" on a row without a priority (not a target). */
function onTargets(formula: string): string {
  return `=IF(ISNUMBER(${ref("priority")}),${formula.replace(/^=/, "")},"")`;
}
