/**
 * Plan History / 计划存档 (SPEC §10): one row per target per cycle. It is
 * MicroSeg's own sheet, but it accumulates: a run reads the rows written
 * before, replaces the rows of the cycle it plans, and writes all of them
 * back. The columns are data, used both to write the sheet and to read it
 * back (in either language, so switching language keeps the history).
 */
import type { DateSystem } from "../dates";
import type { CellValue } from "../cells";
import type { DoctorStatus } from "../fields";
import { foldKey } from "../input/chars";
import { parseDayCell } from "../input/dates";
import { readNumberText } from "../input/numberText";
import { cellText } from "../input/rows";
import { FEEDBACK_LABELS, parseFeedback } from "../input/overrides";
import { parseStatus } from "../input/status";
import type { Lang } from "../issues";
import type { TargetOverride } from "../results";
import type { Bilingual } from "../labels";
import type { ColumnFormat } from "../output";
import { QUADRANTS, type Quadrant } from "../settings";

export interface CycleRef {
  start: string;
  end: string;
}

export interface HistoryRow {
  cycleStart: string;
  cycleEnd: string;
  /** "" when the plan had no rep data. */
  rep: string;
  hospital: string;
  department: string;
  doctor: string;
  quadrant: Quadrant | null;
  status: DoctorStatus | null;
  volume: number | null;
  potential: number | null;
  targetRx: number | null;
  plannedCalls: number;
  /**
   * Issue 16: a person's decision on this doctor — "pinned" by the manager, or
   * "feedback-removed" by the rep (such a row was not a target and has no
   * planned calls: it records the answer, it is not measured). Absent: the rules.
   */
  override?: TargetOverride;
  /** The rep's answer on the Target List and its reason, when one was given. */
  feedback?: "keep" | "remove";
  feedbackReason?: string;
}

export type HistoryKey = keyof HistoryRow;

export interface HistoryColumn {
  key: HistoryKey;
  label: Bilingual;
  format: ColumnFormat;
  width?: number;
}

export const HISTORY_COLUMNS: readonly HistoryColumn[] = [
  { key: "cycleStart", label: { zh: "周期开始", en: "Cycle start" }, format: "date", width: 12 },
  { key: "cycleEnd", label: { zh: "周期结束", en: "Cycle end" }, format: "date", width: 12 },
  { key: "rep", label: { zh: "代表", en: "Rep" }, format: "text", width: 10 },
  { key: "hospital", label: { zh: "医院", en: "Hospital" }, format: "text", width: 24 },
  { key: "department", label: { zh: "科室", en: "Department" }, format: "text", width: 14 },
  { key: "doctor", label: { zh: "医生", en: "Doctor" }, format: "text", width: 12 },
  { key: "quadrant", label: { zh: "象限", en: "Quadrant" }, format: "text" },
  { key: "status", label: { zh: "用药状态", en: "Prescribing status" }, format: "text" },
  { key: "volume", label: { zh: "月处方量", en: "Volume (Rx/month)" }, format: "rx" },
  { key: "potential", label: { zh: "月潜力", en: "Potential (Rx/month)" }, format: "rx" },
  { key: "targetRx", label: { zh: "目标处方量", en: "Target Rx" }, format: "rx" },
  { key: "plannedCalls", label: { zh: "计划拜访", en: "Planned calls" }, format: "integer" },
  { key: "override", label: { zh: "人工调整", en: "Override" }, format: "text", width: 12 },
  { key: "feedback", label: { zh: "代表反馈", en: "Rep feedback" }, format: "text", width: 10 },
  { key: "feedbackReason", label: { zh: "反馈原因", en: "Feedback reason" }, format: "text", width: 20 },
];

const OVERRIDE_LABELS: Record<"pinned" | "feedback-removed", Bilingual> = {
  pinned: { zh: "经理指定", en: "Pinned by manager" },
  "feedback-removed": { zh: "代表移除", en: "Removed by rep" },
};

/** A history row that is a planned target (not a rep's removal kept for the record). */
export function isPlannedRow(row: HistoryRow): boolean {
  return row.override !== "feedback-removed";
}

function overrideOf(text: string): TargetOverride | undefined {
  const t = foldKey(text);
  for (const [code, label] of Object.entries(OVERRIDE_LABELS))
    if (t === foldKey(label.zh) || t === foldKey(label.en)) return code as TargetOverride;
  return undefined;
}

export function sameCycle(a: CycleRef, b: CycleRef): boolean {
  return a.start === b.start && a.end === b.end;
}

export function cycleOf(row: HistoryRow): CycleRef {
  return { start: row.cycleStart, end: row.cycleEnd };
}

/** The archived cycles, oldest first (by start, then end). */
export function historyCycles(rows: readonly HistoryRow[]): CycleRef[] {
  const seen = new Map<string, CycleRef>();
  // Rows come cycle by cycle: a key per change of cycle, not per row.
  let last: HistoryRow | null = null;
  for (const r of rows) {
    if (last !== null && r.cycleStart === last.cycleStart && r.cycleEnd === last.cycleEnd) continue;
    last = r;
    const k = `${r.cycleStart}~${r.cycleEnd}`;
    if (!seen.has(k)) seen.set(k, cycleOf(r));
  }
  return [...seen.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/**
 * The history after a run that planned `cycle`: every other cycle's rows as
 * they were, the planned cycle's rows replaced by `current`. Cycles stay in
 * date order so a quarter's plans read top to bottom.
 */
export function mergeHistory(
  previous: readonly HistoryRow[],
  cycle: CycleRef,
  current: readonly HistoryRow[],
): HistoryRow[] {
  const kept = previous.filter((r) => !sameCycle(cycleOf(r), cycle));
  const all = [...kept, ...current];
  // Array.prototype.sort is stable: rows within a cycle keep their order.
  // Equal dates first: most rows share one cycle, and localeCompare costs even on equal strings.
  return all.sort(
    (a, b) =>
      (a.cycleStart === b.cycleStart ? 0 : a.cycleStart.localeCompare(b.cycleStart)) ||
      (a.cycleEnd === b.cycleEnd ? 0 : a.cycleEnd.localeCompare(b.cycleEnd)),
  );
}

/** A history row's cell values in HISTORY_COLUMNS order (quadrant as its code, status in `statusLabel`). */
export function historyCells(
  row: HistoryRow,
  statusLabel: (s: DoctorStatus) => string,
  lang: Lang = "en",
): CellValue[] {
  return HISTORY_COLUMNS.map((c) => {
    if (c.key === "status") return row.status ? statusLabel(row.status) : "";
    if (c.key === "override")
      return row.override === "pinned" || row.override === "feedback-removed"
        ? OVERRIDE_LABELS[row.override][lang]
        : null;
    if (c.key === "feedback") return row.feedback ? FEEDBACK_LABELS[row.feedback][lang] : null;
    const v = row[c.key];
    return v ?? null;
  });
}

/**
 * Reads the Plan History sheet's values as written by an earlier run (header
 * in row 1, in zh or en). Rows without a readable cycle or doctor are left
 * out: they are not a plan anyone can be measured against.
 */
export function readHistory(
  values: readonly (readonly CellValue[])[],
  system: DateSystem = 1900,
): HistoryRow[] {
  const header = values[0] ?? [];
  const at = new Map<HistoryKey, number>();
  header.forEach((cell, i) => {
    const text = foldKey(cellText(cell ?? null));
    const col = HISTORY_COLUMNS.find((c) => foldKey(c.label.zh) === text || foldKey(c.label.en) === text);
    if (col && !at.has(col.key)) at.set(col.key, i);
  });
  const rows: HistoryRow[] = [];
  const noYear = () => new Date().getUTCFullYear();
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const get = (k: HistoryKey): CellValue => {
      const i = at.get(k);
      return i === undefined ? null : (cells[i] ?? null);
    };
    const text = (k: HistoryKey): string => cellText(get(k)).trim();
    const num = (k: HistoryKey): number | null => {
      const v = get(k);
      if (typeof v === "number") return Number.isFinite(v) ? v : null;
      return typeof v === "string" ? readNumberText(v) : null;
    };
    const start = parseDayCell(get("cycleStart"), noYear, system);
    const end = parseDayCell(get("cycleEnd"), noYear, system);
    const doctor = text("doctor");
    if (!start.ok || !end.ok || start.iso === null || end.iso === null || doctor === "") continue;
    const quadrant = text("quadrant").toUpperCase();
    const statusText = text("status");
    const override = overrideOf(text("override"));
    const feedback = parseFeedback(text("feedback")) ?? undefined;
    const feedbackReason = text("feedbackReason");
    rows.push({
      cycleStart: start.iso,
      cycleEnd: end.iso,
      rep: text("rep"),
      hospital: text("hospital"),
      department: text("department"),
      doctor,
      quadrant: (QUADRANTS as readonly string[]).includes(quadrant) ? (quadrant as Quadrant) : null,
      status: statusText === "" ? null : parseStatus(statusText),
      volume: num("volume"),
      potential: num("potential"),
      targetRx: num("targetRx"),
      plannedCalls: num("plannedCalls") ?? 0,
      ...(override ? { override } : {}),
      ...(feedback ? { feedback } : {}),
      ...(feedbackReason !== "" ? { feedbackReason } : {}),
    });
  }
  return rows;
}
