/**
 * Issues (SPEC §1 accounting rule, §7): one row per issue with where it is,
 * the raw value, severity, code and the reason in the user's language.
 */
import type { Issue } from "../issues";
import { reasonText, severityLabel } from "../messages";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import { outputSheetName } from "../output";
import type { Settings } from "../settings";
import { column, tableNameOf } from "./columns";

export function issuesTable(issues: readonly Issue[], settings: Settings): OutputTable {
  const lang = settings.language;
  const columns: OutputColumn[] = [
    column("sheet", "sheet", lang, "text", { width: 14 }),
    column("row", "row", lang, "integer"),
    column("column", "column", lang, "text", { width: 16 }),
    column("value", "value", lang, "text", { width: 16 }),
    column("severity", "severity", lang, "text"),
    column("code", "code", lang, "text", { width: 20 }),
    column("message", "message", lang, "text", { width: 60 }),
  ];
  const rows: OutputValue[][] = issues.map((i) => [
    i.sheet,
    i.row,
    i.column,
    i.value,
    severityLabel(i.severity, lang),
    i.code,
    reasonText(i, lang),
  ]);
  return {
    id: "issues",
    lang,
    sheetName: outputSheetName("issues", lang),
    tableName: tableNameOf("issues"),
    columns,
    rows,
  };
}
