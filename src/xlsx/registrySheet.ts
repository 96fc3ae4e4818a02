/**
 * The registry (core/registry.ts) kept in an exceljs workbook: a very hidden
 * sheet whose A1 holds the JSON, exactly as the Excel host keeps it, so either
 * host can re-run on a file the other wrote.
 */
import type { Workbook, Worksheet } from "exceljs";
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
