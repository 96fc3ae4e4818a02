/**
 * The registry (core/registry.ts) kept in an exceljs workbook: a very hidden
 * sheet whose column A holds the JSON (core/write registryCells), exactly as
 * the Excel host keeps it, so either host can re-run on a file the other wrote.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../core/cells";
import {
  registryFromCells,
  workbookSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../core/write";
import { REGISTRY_SHEET, type Registry } from "../core/registry";
import { toCellValue } from "./cellValue";

export function registrySheet(wb: Workbook): Worksheet | undefined {
  return wb.getWorksheet(REGISTRY_SHEET);
}

export function readRegistry(wb: Workbook): Registry {
  return registryFromCells(registryCells(wb));
}

/** Sets column A from A1 to these cells and blanks the rows after them up to `clearTo`. */
export function writeRegistryCells(wb: Workbook, cells: readonly string[], clearTo: number): void {
  const ws = registrySheet(wb) ?? wb.addWorksheet(REGISTRY_SHEET);
  ws.state = "veryHidden";
  for (let r = 1; r <= Math.max(cells.length, clearTo); r++) {
    const cell = ws.getCell(r, 1);
    cell.value = r <= cells.length ? cells[r - 1] : null;
    cell.numFmt = "@";
  }
}

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Column A of the registry sheet from A1, as read. */
export function registryCells(wb: Workbook): CellValue[] | null {
  const ws = registrySheet(wb);
  if (!ws) return null;
  const cells: CellValue[] = [];
  for (let r = 1; r <= ws.rowCount; r++) cells.push(toCellValue(ws.getCell(r, 1).value));
  return cells;
}

/** What the write plan needs to know of the workbook (core/write workbookSnapshot). */
export function xlsxSnapshot(wb: Workbook): WorkbookSnapshot {
  return workbookSnapshot(
    wb.worksheets.map((ws) => ({
      name: ws.name,
      visibility: VISIBILITY[ws.state] ?? "Visible",
      tables: ws.getTables().map((t) => (t as unknown as { name: string }).name),
    })),
    registryCells(wb),
  );
}
