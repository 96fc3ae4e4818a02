/** Where each issue points in the workbook, and issues grouped by sheet. */
import { columnLetter, isCellError, type SheetData } from "../../core/cells";
import type { Issue } from "../../core/issues";
import type { TableDetection } from "../../core/results";

export interface LocatedIssue {
  issue: Issue;
  /** A1 address of the cell (or of the row's first cell); undefined for sheet- or run-level issues. */
  address: string | undefined;
  /** Who or what the row is about (the doctor's or hospital's name), "" when unknown. */
  subject?: string;
}

/** The field that names a row of each role: what a manager recognises it by. */
const SUBJECT_FIELD: Partial<Record<TableDetection["role"], string>> = {
  doctors: "doctor",
  hospitals: "hospital",
  departments: "department",
  inventory: "hospital",
};

/** The text of the row's naming cell (doctor's name, hospital…), "" when none. */
function subjectOf(
  issue: Issue,
  sheets: readonly SheetData[],
  detections: readonly TableDetection[],
): string {
  if (issue.row === null || issue.sheet === "") return "";
  const detection = detections.find((d) => d.sheet === issue.sheet);
  const field = detection ? SUBJECT_FIELD[detection.role] : undefined;
  const mapped = field
    ? (detection?.columns as Record<string, { col: number } | undefined>)[field]
    : undefined;
  const data = sheets.find((s) => s.name === issue.sheet);
  if (!mapped || !data) return "";
  const cell = data.values[issue.row - data.firstRow]?.[mapped.col - data.firstCol];
  return cell === null || cell === undefined || isCellError(cell) ? "" : String(cell).trim();
}

const SEVERITY_ORDER: Record<Issue["severity"], number> = { error: 0, warning: 1, skipped: 2 };

/** Errors first, then warnings, then skipped rows; the engine's order within each. */
export function sortBySeverity(issues: readonly LocatedIssue[]): LocatedIssue[] {
  return issues
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.item.issue.severity] - SEVERITY_ORDER[b.item.issue.severity] || a.i - b.i,
    )
    .map((x) => x.item);
}

export interface IssueGroup {
  /** "" for issues that belong to no sheet (settings, whole run). */
  sheet: string;
  issues: LocatedIssue[];
}

/** The 0-based column of a header on a sheet: from the detection's mapping, else the header row. */
function columnOf(
  header: string,
  sheet: string,
  sheets: readonly SheetData[],
  detections: readonly TableDetection[],
): number | null {
  if (header === "") return null;
  const detection = detections.find((d) => d.sheet === sheet);
  if (detection) {
    for (const mapped of Object.values(detection.columns))
      if (mapped && mapped.header === header) return mapped.col;
    const data = sheets.find((s) => s.name === sheet);
    const row = data?.values[detection.headerRow - data.firstRow];
    if (data && row) {
      const i = row.findIndex((c) => c !== null && !isCellError(c) && String(c).trim() === header.trim());
      if (i >= 0) return data.firstCol + i;
    }
  }
  return null;
}

export function locateIssues(
  issues: readonly Issue[],
  sheets: readonly SheetData[],
  detections: readonly TableDetection[],
): LocatedIssue[] {
  const cache = new Map<string, number | null>();
  return issues.map((issue) => {
    if (issue.sheet === "" || issue.row === null) return { issue, address: undefined, subject: "" };
    const key = `${issue.sheet}\u0000${issue.column}`;
    if (!cache.has(key)) cache.set(key, columnOf(issue.column, issue.sheet, sheets, detections));
    const col = cache.get(key) ?? sheets.find((s) => s.name === issue.sheet)?.firstCol ?? 0;
    return {
      issue,
      address: `${columnLetter(col)}${issue.row}`,
      subject: subjectOf(issue, sheets, detections),
    };
  });
}

/** Groups in order of first appearance; run-level issues ("") first. */
export function groupIssues(issues: readonly LocatedIssue[]): IssueGroup[] {
  const groups = new Map<string, LocatedIssue[]>();
  for (const item of issues) {
    const list = groups.get(item.issue.sheet);
    if (list) list.push(item);
    else groups.set(item.issue.sheet, [item]);
  }
  const result = [...groups].map(([sheet, list]) => ({ sheet, issues: list }));
  return result.sort((a, b) => (a.sheet === "" ? -1 : b.sheet === "" ? 1 : 0));
}
