/**
 * Plan History / 计划存档 (SPEC §10): every archived cycle's targets, as a
 * normal table a manager can filter to last quarter's plan. The rows are the
 * merged history (see measure/history.ts), not only this run's.
 */
import type { Lang } from "../issues";
import { statusLabel } from "../labels";
import { HISTORY_COLUMNS, historyCells, type HistoryRow } from "../measure/history";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import { outputSheetName } from "../output";
import { tableNameOf } from "./columns";

export function planHistoryTable(rows: readonly HistoryRow[], lang: Lang): OutputTable {
  const columns: OutputColumn[] = HISTORY_COLUMNS.map((c) => ({
    key: c.key,
    header: c.label[lang],
    format: c.format,
    ...(c.width ? { width: c.width } : {}),
    ...(c.key === "quadrant" ? { highlight: "quadrant" as const } : {}),
  }));
  return {
    id: "planHistory",
    lang,
    sheetName: outputSheetName("planHistory", lang),
    tableName: tableNameOf("planHistory"),
    columns,
    rows: rows.map((r) => historyCells(r, (s) => statusLabel(s, lang), lang) as OutputValue[]),
  };
}
