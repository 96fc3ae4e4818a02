/** The sheets a write plan renames (a rewritten owned sheet in the other language), old name → new. */
import { sheetRenames, type SheetRenames } from "../formula/renameSheetRefs";
import type { WritePlan } from "./types";

export function planRenames(plan: Pick<WritePlan, "sheets">): SheetRenames {
  return sheetRenames(
    plan.sheets.flatMap((s) =>
      s.previousName !== null && s.previousName !== s.sheetName
        ? [[s.previousName, s.sheetName] as const]
        : [],
    ),
  );
}
