/** Pure helpers of the Data step, kept out of the component. */
import type { SheetData } from "../../core/cells";
import { isCellError } from "../../core/cells";
import type { Field, FieldSpec, Role } from "../../core/fields";
import type { TableDetection } from "../../core/results";

/** Roles without which no plan can be made; Inventory is optional. */
export const REQUIRED_ROLES: readonly Role[] = ["hospitals", "departments", "doctors"];

/** The header texts of a detected table, in sheet order, each once. */
export function headerOptions(sheets: readonly SheetData[], detection: TableDetection): string[] {
  const sheet = sheets.find((s) => s.name === detection.sheet);
  if (!sheet) return [];
  const row = sheet.values[detection.headerRow - sheet.firstRow] ?? [];
  const seen = new Set<string>();
  for (const cell of row) {
    if (cell === null || isCellError(cell)) continue;
    const text = String(cell).trim();
    if (text !== "") seen.add(text);
  }
  return [...seen];
}

/** Required fields that have no column, per the detection and the field specs. */
export function missingRequired(detection: TableDetection, specs: readonly FieldSpec[]): Field[] {
  const missing = new Set<Field>(detection.missing);
  for (const spec of specs) {
    const mapped = detection.columns[spec.id];
    if (spec.required && (!mapped || mapped.header === "")) missing.add(spec.id);
  }
  return [...missing];
}
