/**
 * Finding a role's header row in a sheet and mapping its cells to fields
 * (SPEC §1: the first row among the first 10 that matches ≥ 2 known headers,
 * so a merged title row above it is skipped).
 */
import type { SheetData } from "../cells";
import type { Field, FieldKind, Role } from "../fields";
import { fieldSpec, headerUnit, matchHeader, sameHeader } from "./headers";
import { cellText } from "./rows";

export const HEADER_SEARCH_ROWS = 10;
const MIN_HEADER_MATCHES = 2;

export interface MappedColumn {
  field: Field;
  header: string;
  /** 0-based index into the row arrays of SheetData.values. */
  index: number;
  kind: FieldKind;
  scale: number;
}

export interface HeaderRow {
  /** 0-based index into SheetData.values. */
  index: number;
  columns: MappedColumn[];
  /** Header texts that named no field. */
  unmapped: string[];
  /** Headers naming a field that an earlier column already took. */
  duplicates: { field: Field; header: string; index: number }[];
  /** Manual mappings whose header text is not in this row. */
  manualMissing: { field: Field; header: string }[];
  /** Fields mapped by the user's manual mapping. */
  manualCount: number;
}

/**
 * Maps one row's cells to the role's fields. Manual mappings (field → header
 * text) win over synonyms; a second column for the same field is reported,
 * not silently used.
 */
export function mapHeaderRow(
  sheet: SheetData,
  index: number,
  role: Role,
  manual: Partial<Record<Field, string>> = {},
): HeaderRow {
  const cells = sheet.values[index] ?? [];
  const taken = new Map<Field, MappedColumn>();
  const claimedCells = new Set<number>();
  const manualMissing: { field: Field; header: string }[] = [];
  let manualCount = 0;

  for (const [field, wanted] of Object.entries(manual) as [Field, string | undefined][]) {
    const spec = fieldSpec(role, field);
    if (!spec || wanted === undefined || wanted.trim() === "") continue;
    const at = cells.findIndex((c, i) => !claimedCells.has(i) && sameHeader(cellText(c), wanted));
    if (at < 0) {
      manualMissing.push({ field, header: wanted });
      continue;
    }
    claimedCells.add(at);
    taken.set(field, column(field, spec.kind, cellText(cells[at]).trim(), at));
    manualCount++;
  }

  const unmapped: string[] = [];
  const duplicates: HeaderRow["duplicates"] = [];
  cells.forEach((cell, i) => {
    if (claimedCells.has(i) || typeof cell !== "string" || cell.trim() === "") return;
    const header = cell.trim();
    const field = matchHeader(role, header);
    const spec = field && fieldSpec(role, field);
    if (!field || !spec) unmapped.push(header);
    else if (taken.has(field)) duplicates.push({ field, header, index: i });
    else taken.set(field, column(field, spec.kind, header, i));
  });

  const columns = [...taken.values()].sort((a, b) => a.index - b.index);
  return { index, columns, unmapped, duplicates, manualMissing, manualCount };
}

function column(field: Field, kind: FieldKind, header: string, index: number): MappedColumn {
  // Only quantities carry a magnitude unit; a rate's "%" is handled by the number reader.
  const scale = kind === "count" || kind === "money" || kind === "amount" ? headerUnit(header).scale : 1;
  return { field, header, index, kind, scale };
}

/**
 * The role's header row: the first of the first 10 rows with ≥ 2 matching
 * headers. When the table was chosen by name or by the user, a row with a
 * single match is accepted as a last resort (a one-column hospital list).
 */
export function findHeaderRow(
  sheet: SheetData,
  role: Role,
  manual: Partial<Record<Field, string>> | undefined,
  acceptSingle: boolean,
): HeaderRow | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  let single: HeaderRow | null = null;
  for (let r = 0; r < limit; r++) {
    const row = mapHeaderRow(sheet, r, role, manual);
    if (row.columns.length >= MIN_HEADER_MATCHES) return row;
    if (row.columns.length === 1 && single === null) single = row;
  }
  return acceptSingle ? single : null;
}
