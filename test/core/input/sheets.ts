/** Test helpers that speak spreadsheet: sheets as 2-D arrays, issues as "A5"-style cells. */
import { columnLetter, type CellValue, type SheetData } from "../../../src/core/cells";
import type { Issue } from "../../../src/core/issues";

/** A worksheet whose first row is Excel row `firstRow` (1 unless the used range starts lower). */
export function sheet(name: string, values: CellValue[][], firstRow = 1, tables?: string[]): SheetData {
  return {
    name,
    values,
    firstRow,
    firstCol: 0,
    ...(tables ? { tables: tables.map((t) => ({ name: t })) } : {}),
  };
}

/** The essentials of an issue in one line: "医院档案!D5 #N/A excel-error". */
export function brief(issue: Issue): string {
  return [`${issue.sheet}!${issue.row ?? "-"}`, issue.column, issue.value, issue.code].join(" | ");
}

/** "B" for the 2nd column: readable expectations about which column an issue names. */
export const col = (index: number): string => columnLetter(index);
