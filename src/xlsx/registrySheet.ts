/**
 * The registry (core/registry.ts) kept in an exceljs workbook: a very hidden
 * sheet whose A1 holds the JSON, exactly as the Excel host keeps it, so either
 * host can re-run on a file the other wrote.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../core/cells";
import { workbookSnapshot, type SheetVisibility, type WorkbookSnapshot } from "../core/write";
import { parseRegistry, REGISTRY_SHEET, serializeRegistry, type Registry } from "../core/registry";
import { toCellValue } from "./cellValue";

export function registrySheet(wb: Workbook): Worksheet | undefined {
  return wb.getWorksheet(REGISTRY_SHEET);
}

export function readRegistry(wb: Workbook): Registry {
  const ws = registrySheet(wb);
  return parseRegistry(ws ? toCellValue(ws.getCell("A1").value) : null);
}

export function writeRegistry(wb: Workbook, reg: Registry): void {
  const ws = registrySheet(wb) ?? wb.addWorksheet(REGISTRY_SHEET);
  ws.state = "veryHidden";
  ws.getCell("A1").value = serializeRegistry(reg);
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
