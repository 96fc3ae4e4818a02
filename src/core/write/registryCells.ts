/**
 * The registry kept in cells: its JSON split over column A of the registry
 * sheet (A1, A2, …), because one Excel cell holds at most 32,767 characters.
 * Read back by joining the cells in order; a registry written in A1 alone by
 * an earlier version reads the same way.
 */
import { parseRegistry, serializeRegistry, type Registry } from "../registry";

/** Excel's limit on the characters of one cell. */
export const REGISTRY_CELL_CHARS = 32_767;

export function registryToCells(reg: Registry, cellChars = REGISTRY_CELL_CHARS): string[] {
  const text = serializeRegistry(reg);
  const cells: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + cellChars);
    // Never split a surrogate pair between two cells.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    cells.push(text.slice(i, end));
    i = end;
  }
  return cells.length > 0 ? cells : [text];
}

/** The column A cells as read (strings; anything else ends the registry). */
export function registryCellTexts(cells: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    if (typeof c !== "string" || c === "") break;
    out.push(c);
  }
  return out;
}

export function registryFromCells(cells: readonly unknown[] | null): Registry {
  return parseRegistry(cells ? registryCellTexts(cells).join("") : null);
}
