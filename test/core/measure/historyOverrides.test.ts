/**
 * Issue 16 in the Plan History: a pin and a rep's answers are archived with
 * the cycle and read back in either language; a doctor the rep removed is
 * kept for the record (0 planned calls) but is not a planned target.
 */
import { statusLabel } from "../../../src/core/labels";
import {
  HISTORY_COLUMNS,
  historyCells,
  isPlannedRow,
  readHistory,
  type HistoryRow,
} from "../../../src/core/measure/history";

const base: HistoryRow = {
  cycleStart: "2026-11-01",
  cycleEnd: "2026-11-30",
  rep: "王芳",
  hospital: "协和医院",
  department: "心内科",
  doctor: "张三",
  quadrant: "LL",
  status: "second-line",
  volume: 3,
  potential: 3,
  targetRx: 4,
  plannedCalls: 1,
};
const rows: HistoryRow[] = [
  { ...base, override: "pinned" },
  { ...base, doctor: "李四", feedback: "keep", feedbackReason: "关系很好" },
  {
    ...base,
    doctor: "王五",
    targetRx: null,
    plannedCalls: 0,
    override: "feedback-removed",
    feedback: "remove",
    feedbackReason: "已调离",
  },
  { ...base, doctor: "赵六" },
];

it.each(["zh", "en"] as const)("archives and reads back overrides and answers (%s)", (lang) => {
  const header = HISTORY_COLUMNS.map((c) => c.label[lang]);
  const cells = rows.map((r) => historyCells(r, (s) => statusLabel(s, lang), lang));
  expect(cells[2].slice(-3)).toEqual(
    lang === "zh" ? ["代表移除", "移除", "已调离"] : ["Removed by rep", "remove", "已调离"],
  );
  expect(readHistory([header, ...cells])).toEqual(rows);
});

it("a rep's removal is archived but not planned", () => {
  expect(rows.map(isPlannedRow)).toEqual([true, true, false, true]);
});
