/**
 * What the user is told after a one-click run: a status line at the top of
 * the Issues sheet (a side block right of the Issues table), or, when no plan
 * could be written, an Issues sheet holding only the reason. Host-neutral.
 */
import type { Issue, Lang } from "../core/issues";
import { columnLabel } from "../core/labels";
import { issueMessage, severityLabel } from "../core/messages";
import { OUTPUT_SHEET_NAMES, type OutputTable, type SideRow } from "../core/output";
import type { WriteReport } from "../core/port";
import { PortError } from "../core/portError";
import { EngineError, type EngineResult } from "../core/results";

export interface RunStatus {
  ok: boolean;
  /** One line for the user, in the output language. */
  message: string;
  /** The first error (else warning) of the run, as a sentence; null when none. */
  firstProblem: string | null;
}

type Words = Record<Lang, string>;
const W = {
  title: { zh: "MicroSeg 运行状态", en: "MicroSeg status" },
  status: { zh: "状态", en: "Status" },
  firstProblem: { zh: "首个问题", en: "First problem" },
  renamed: { zh: "工作表名称", en: "Sheet names" },
  stopped: { zh: "已取消，工作簿未作任何更改。", en: "Stopped: the workbook was not changed." },
  failed: { zh: "生成失败：", en: "The plan could not be generated: " },
} satisfies Record<string, Words>;

/** The reps planned, and how many the target quadrants would need when that is more (SPEC §8 team sizing). */
function repsText(planned: number, needed: number, lang: Lang): string {
  const short = needed > planned;
  if (lang === "zh") return `代表 ${planned} 位${short ? `（需要 ${needed} 位）` : ""}`;
  return `${planned} ${planned === 1 ? "rep" : "reps"} planned${short ? ` (${needed} needed)` : ""}`;
}

function done(result: EngineResult, lang: Lang): string {
  const { plan } = result;
  const reps = repsText(plan.reps.length, plan.repsNeeded, lang);
  const issues = result.issues.length;
  return lang === "zh"
    ? `已生成计划：目标医生 ${plan.targets} 位，${reps}，数据问题 ${issues} 条（见本表）。`
    : `Plan generated: ${plan.targets} target doctors, ${reps}, ${issues} data issues (listed on this sheet).`;
}

function renamedText(wanted: string, used: string, lang: Lang): string {
  return lang === "zh"
    ? `工作表「${wanted}」是您自己的，未作改动；结果写入「${used}」。`
    : `Your sheet "${wanted}" was left untouched; the output is in "${used}".`;
}

/** Side-block text must not start like a formula (a leading "=" is one by the layout contract). */
const asText = (s: string) => (s.startsWith("=") ? ` ${s}` : s);

/** The first error, else the first warning (skipped blank/total rows are not problems). */
export function firstProblem(issues: readonly Issue[]): Issue | null {
  return issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning") ?? null;
}

export function successStatus(result: EngineResult, lang: Lang, report?: WriteReport): RunStatus {
  const problem = firstProblem(result.issues);
  const renames = (report?.renamed ?? []).map((r) => renamedText(r.wanted, r.used, lang));
  return {
    ok: true,
    message: [done(result, lang), ...renames].join(" "),
    firstProblem: problem ? issueMessage(problem, lang) : null,
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export function failureStatus(error: unknown, lang: Lang): RunStatus {
  if (error instanceof PortError) return { ok: false, message: error.messageIn(lang), firstProblem: null };
  if (error instanceof EngineError) {
    const text = issueMessage(error.issue, lang);
    return { ok: false, message: W.failed[lang] + text, firstProblem: text };
  }
  // DOMException is not an Error subclass in every runtime: test the name.
  if (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError") {
    return { ok: false, message: W.stopped[lang], firstProblem: null };
  }
  return { ok: false, message: W.failed[lang] + errorText(error), firstProblem: null };
}

/** Adds the status line at the top of the Issues sheet, right of its table and side blocks. */
export function withStatusLine(
  outputs: readonly OutputTable[],
  status: RunStatus,
  lang: Lang,
): OutputTable[] {
  return outputs.map((t) => {
    if (t.id !== "issues") return t;
    const col = Math.max(t.columns.length, ...(t.side ?? []).map((b) => b.col + 2)) + 1;
    const rows: SideRow[] = [{ key: "status", label: W.status[lang], value: asText(status.message) }];
    if (status.firstProblem) {
      rows.push({ key: "firstProblem", label: W.firstProblem[lang], value: asText(status.firstProblem) });
    }
    return { ...t, side: [...(t.side ?? []), { key: "status", col, row: 1, title: W.title[lang], rows }] };
  });
}

/** An Issues sheet with only the reason a run failed (replaces just the owned Issues sheet). */
export function failureIssuesTable(status: RunStatus, lang: Lang): OutputTable {
  return {
    id: "issues",
    lang,
    sheetName: OUTPUT_SHEET_NAMES.issues[lang],
    tableName: "MicroSeg_Issues",
    columns: [
      { key: "severity", header: columnLabel("severity", lang), format: "text", width: 10 },
      { key: "message", header: columnLabel("message", lang), format: "text", width: 90 },
    ],
    rows: [[severityLabel("error", lang), status.message]],
  };
}
