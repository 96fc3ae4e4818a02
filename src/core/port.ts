/**
 * The workbook port (CONVENTIONS "one interface, three implementations"):
 * Office.js (src/excel), .xlsx files (src/xlsx) and in-memory (src/memory).
 * The engine never knows which one it runs on.
 */
import type { SheetData } from "./cells";
import type { OutputTable } from "./output";

export interface WriteReport {
  /** Sheets written, in order, with the names actually used. */
  written: { id: OutputTable["id"]; sheetName: string }[];
  /** Output names that were taken by a user's sheet and got a suffix. */
  renamed: { wanted: string; used: string }[];
  /** Owned sheets replaced from an earlier run. */
  replaced: string[];
}

export interface WorkbookPort {
  /** Reads every worksheet's used range (values) in one batch. */
  readSheets(): Promise<SheetData[]>;
  /**
   * Replaces MicroSeg's own output sheets with these tables. Never touches a
   * user's sheet; on failure removes what this call created and rethrows.
   */
  writeOutputs(tables: OutputTable[]): Promise<WriteReport>;
  /** Settings saved in the workbook (parsed JSON), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** Shows a sheet (and optionally selects an A1 address on it). */
  activate(sheetName: string, address?: string): Promise<void>;
}
