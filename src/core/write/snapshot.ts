/**
 * What a port read becomes a WorkbookSnapshot, and which sheets are inputs:
 * ownership comes only from the registry (a sheet it lists under an output
 * id and that exists), never from a sheet's name, so a user's "Segmentation
 * 2025" or "目标医生（旧）" is input like any other sheet.
 */
import type { CellValue, SheetData } from "../cells";
import type { OutputId } from "../output";
import { REGISTRY_SHEET } from "../registry";
import { registryCellTexts, registryFromCells } from "./registryCells";
import type { SheetVisibility, SnapshotSheet, WorkbookRead, WorkbookSnapshot } from "./types";

export interface SheetSeen {
  name: string;
  tables?: readonly string[];
  visibility?: SheetVisibility;
}

/**
 * @param sheets every worksheet in tab order
 * @param registryCells column A of the registry sheet from A1 (null when the workbook has none)
 */
export function workbookSnapshot(
  sheets: readonly SheetSeen[],
  registryCells: readonly CellValue[] | null,
): WorkbookSnapshot {
  const hasRegistry = sheets.some((s) => s.name === REGISTRY_SHEET);
  const cells = hasRegistry ? registryCellTexts(registryCells ?? []) : null;
  const registry = registryFromCells(cells);
  const present = new Set(sheets.map((s) => s.name));
  const owned: Partial<Record<OutputId, string>> = {};
  const claimed = new Set<string>();
  for (const [id, name] of Object.entries(registry.owned) as [OutputId, string][]) {
    if (!present.has(name) || name === REGISTRY_SHEET || claimed.has(name)) continue;
    owned[id] = name;
    claimed.add(name);
  }
  const ownerOf = new Map(Object.entries(owned).map(([id, name]) => [name, id as OutputId]));
  return {
    sheets: sheets.map((s): SnapshotSheet => {
      const sheet: SnapshotSheet = {
        name: s.name,
        tables: [...(s.tables ?? [])],
        visibility: s.visibility ?? "Visible",
      };
      const owner = ownerOf.get(s.name);
      if (owner) sheet.ownedAs = owner;
      return sheet;
    }),
    registry,
    registryCells: cells,
    owned,
  };
}

/** True for a sheet the input search may read: neither MicroSeg's registry nor an owned output. */
export function isInputSheet(snapshot: WorkbookSnapshot, name: string): boolean {
  if (name === REGISTRY_SHEET) return false;
  return !snapshot.sheets.some((s) => s.name === name && s.ownedAs);
}

/** Splits the sheets a port read into inputs and owned outputs (by id). */
export function splitRead(snapshot: WorkbookSnapshot, sheets: readonly SheetData[]): WorkbookRead {
  const inputs: SheetData[] = [];
  const owned: WorkbookRead["owned"] = {};
  const ownerOf = new Map(
    snapshot.sheets.filter((s) => s.ownedAs).map((s) => [s.name, s.ownedAs as OutputId]),
  );
  for (const sheet of sheets) {
    if (sheet.name === REGISTRY_SHEET) continue;
    const id = ownerOf.get(sheet.name);
    if (id) owned[id] = sheet;
    else inputs.push(sheet);
  }
  return { snapshot, inputs, owned, settings: snapshot.registry.settings ?? null };
}
