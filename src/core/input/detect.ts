/**
 * Finding each role's table among the workbook's sheets (SPEC §1): the user's
 * manual choice first, then a sheet or Excel table whose name says the role,
 * then the sheet whose header row matches the role best.
 */
import type { SheetData } from "../cells";
import type { Field, Role } from "../fields";
import { OPTIONAL_ROLES, ROLES } from "../fields";
import type { Issue } from "../issues";
import type { TableDetection } from "../results";
import type { ColumnMapping, Settings } from "../settings";
import { foldKey } from "./chars";
import { findHeaderRow, type HeaderRow } from "./headerRow";
import { FIELD_SPECS } from "./headers";
import { isBlankRow } from "./rows";
import { roleNameScore } from "./tableNames";
import { REGISTRY_SHEET } from "../registry";

/** A recognised table with what the reader needs beyond the public TableDetection. */
export interface DetectedTable {
  detection: TableDetection;
  sheet: SheetData;
  header: HeaderRow;
  /** Non-blank rows below the header as the reader walked them (forEachDataRow), once it has. */
  rowsRead?: number;
}

export interface Detections {
  tables: DetectedTable[];
  issues: Issue[];
}

interface Candidate {
  role: Role;
  sheet: SheetData;
  table?: string;
  by: TableDetection["by"];
  nameScore: number;
  header: HeaderRow | null;
}

/** Roles without which no plan can be made; the others are reported as warnings or not at all. */
const ESSENTIAL: ReadonlySet<Role> = new Set<Role>(["hospitals", "doctors"]);

/**
 * @param countRows count each table's data rows now; readInputs passes false
 *                  and takes the count from its own walk over the rows, so a
 *                  million-row sheet is walked once, not twice.
 */
export function detectTables(
  sheets: readonly SheetData[],
  settings: Pick<Settings, "mapping">,
  countRows = true,
): Detections {
  const issues: Issue[] = [];
  const chosen = new Map<Role, Candidate>();
  const usedSheets = new Set<SheetData>();
  const claim = (c: Candidate): void => {
    chosen.set(c.role, c);
    usedSheets.add(c.sheet);
  };

  for (const role of ROLES) {
    const manual = manualCandidate(role, sheets, settings.mapping[role], issues);
    if (manual) claim(manual);
  }

  // Ownership is the registry's business (core/write/snapshot.ts): hosts pass only input sheets.
  // The registry sheet itself is never data, whatever a host passes.
  const inputSheets = sheets.filter((s) => s.name !== REGISTRY_SHEET);
  const open = (role: Role): boolean => !chosen.has(role);
  const free = (s: SheetData): boolean => !usedSheets.has(s);

  const byName = ROLES.filter(open).flatMap((role) =>
    inputSheets.filter(free).flatMap((sheet) => nameCandidates(role, sheet, settings.mapping[role])),
  );
  assignGreedy(byName, open, free, claim);

  const byHeaders = ROLES.filter(open).flatMap((role) =>
    inputSheets.filter(free).flatMap((sheet): Candidate[] => {
      const header = findHeaderRow(sheet, role, settings.mapping[role]?.columns, false);
      if (!header || !hasRequired(role, header)) return [];
      return [{ role, sheet, by: "headers", nameScore: 0, header }];
    }),
  );
  assignGreedy(byHeaders, open, free, claim);

  const tables: DetectedTable[] = [];
  for (const role of ROLES) {
    const c = chosen.get(role);
    if (!c) {
      if (!OPTIONAL_ROLES.includes(role)) issues.push(tableNotFound(role));
      continue;
    }
    if (!c.header) {
      issues.push({
        ...sheetIssue(c.sheet.name, null),
        code: "header-not-found",
        severity: "error",
        params: { role },
      });
      continue;
    }
    tables.push(describe(c, c.header, issues, countRows));
  }
  return { tables, issues };
}

function manualCandidate(
  role: Role,
  sheets: readonly SheetData[],
  mapping: ColumnMapping | undefined,
  issues: Issue[],
): Candidate | null {
  const wanted = mapping?.sheet?.trim();
  if (!wanted) return null;
  const key = foldKey(wanted);
  for (const sheet of sheets) {
    const table = sheet.tables?.find((t) => foldKey(t.name) === key);
    if (foldKey(sheet.name) === key || table) {
      const header = findHeaderRow(sheet, role, mapping?.columns, true);
      return { role, sheet, table: table?.name, by: "manual", nameScore: 3, header };
    }
  }
  issues.push({
    ...sheetIssue("", null),
    code: "setting-invalid",
    severity: "warning",
    column: `mapping.${role}.sheet`,
    value: wanted,
    params: { role },
  });
  return null;
}

function nameCandidates(role: Role, sheet: SheetData, mapping: ColumnMapping | undefined): Candidate[] {
  let best: { score: number; table?: string } = { score: roleNameScore(role, sheet.name) };
  for (const t of sheet.tables ?? []) {
    const score = roleNameScore(role, t.name);
    if (score > best.score) best = { score, table: t.name };
  }
  if (best.score === 0) return [];
  const header = findHeaderRow(sheet, role, mapping?.columns, true);
  return [{ role, sheet, table: best.table, by: "name", nameScore: best.score, header }];
}

/**
 * Gives each role the best free sheet: exact names before partial ones, then
 * the sheet with more matching headers. Greedy over all pairs so a sheet
 * named "医院科室" goes to the role its headers fit, not the first role asked.
 */
function assignGreedy(
  candidates: Candidate[],
  open: (role: Role) => boolean,
  free: (s: SheetData) => boolean,
  claim: (c: Candidate) => void,
): void {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.nameScore - a.c.nameScore ||
        (b.c.header?.columns.length ?? 0) - (a.c.header?.columns.length ?? 0) ||
        a.order - b.order,
    );
  for (const { c } of ranked) if (open(c.role) && free(c.sheet)) claim(c);
}

function hasRequired(role: Role, header: HeaderRow): boolean {
  return FIELD_SPECS[role].every((s) => !s.required || header.columns.some((c) => c.field === s.id));
}

function describe(c: Candidate, header: HeaderRow, issues: Issue[], countRows: boolean): DetectedTable {
  const { sheet, role } = c;
  const headerRow = sheet.firstRow + header.index;
  const columns: TableDetection["columns"] = {};
  for (const col of header.columns) {
    columns[col.field] = { header: col.header, col: sheet.firstCol + col.index, scale: col.scale };
  }
  const missing: Field[] = FIELD_SPECS[role]
    .filter((s) => s.required && columns[s.id] === undefined)
    .map((s) => s.id);
  for (const field of missing) {
    issues.push({
      ...sheetIssue(sheet.name, headerRow),
      code: "required-column-missing",
      severity: "error",
      params: { role, field },
    });
  }
  for (const d of header.duplicates) {
    issues.push({
      ...sheetIssue(sheet.name, headerRow),
      code: "ambiguous-column",
      severity: "warning",
      column: d.header,
      params: { role, field: d.field, used: columns[d.field]?.header ?? "" },
    });
  }
  for (const m of header.manualMissing) {
    issues.push({
      ...sheetIssue(sheet.name, headerRow),
      code: "setting-invalid",
      severity: "warning",
      column: `mapping.${role}.columns.${m.field}`,
      value: m.header,
      params: { role, field: m.field },
    });
  }
  const detection: TableDetection = {
    role,
    sheet: sheet.name,
    ...(c.table !== undefined ? { table: c.table } : {}),
    by: manualOr(c, header),
    headerRow,
    // Set in place by readInputs when not counted here, so the detection keeps its key order.
    dataRows: countRows ? countDataRows(sheet, header.index) : 0,
    columns,
    unmapped: [...header.unmapped, ...header.duplicates.map((d) => d.header)],
    missing,
  };
  return { detection, sheet, header };
}

/** A table counts as manual when the user chose its sheet or any of its columns. */
function manualOr(c: Candidate, header: HeaderRow): TableDetection["by"] {
  return c.by === "manual" || header.manualCount > 0 ? "manual" : c.by;
}

/** Non-blank rows below the header. */
export function countDataRows(sheet: SheetData, headerIndex: number): number {
  let n = 0;
  for (let r = headerIndex + 1; r < sheet.values.length; r++) if (!isBlankRow(sheet.values[r])) n++;
  return n;
}

function tableNotFound(role: Role): Issue {
  return {
    ...sheetIssue("", null),
    code: "table-not-found",
    severity: ESSENTIAL.has(role) ? "error" : "warning",
    params: { role },
  };
}

function sheetIssue(sheet: string, row: number | null): Omit<Issue, "code" | "severity"> {
  return { sheet, row, column: "", value: "" };
}
