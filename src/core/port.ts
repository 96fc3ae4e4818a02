/**
 * The workbook port (CONVENTIONS "one interface, three implementations"):
 * Office.js (src/excel), .xlsx files (src/xlsx) and in-memory (src/memory).
 * The engine never knows which one it runs on. Every port throws PortError.
 */
import type { SheetData } from "./cells";
import type { OutputTable } from "./output";
import type { PortWriteOptions, WorkbookRead } from "./write/types";

export interface WriteReport {
  /** Sheets written, in order, with the names actually used. */
  written: { id: OutputTable["id"]; sheetName: string }[];
  /** Output names that were taken by a user's sheet and got a suffix. */
  renamed: { wanted: string; used: string }[];
  /** Owned sheets of an earlier run rewritten in place (their names before the write). */
  replaced: string[];
  /** Owned sheets a new run no longer needed, deleted. */
  retired: string[];
}

export interface WorkbookPort {
  /** The input sheets' used ranges (values): every sheet the registry does not list as MicroSeg's. */
  readSheets(): Promise<SheetData[]>;
  /**
   * Reads the workbook in one batch: the snapshot the write plan is made
   * from, the input sheets, and MicroSeg's own sheets' values by output id
   * (for carrying a user's notes or history over to the next run).
   */
  readWorkbook(): Promise<WorkbookRead>;
  /**
   * Writes these tables as the plan (core/write planWrite decides how):
   * owned sheets are rewritten in place, others created, a user's sheet is
   * never touched. On failure the workbook is put back as it was and a
   * PortError of kind "write-failed" is thrown.
   */
  writeOutputs(tables: OutputTable[], options?: PortWriteOptions): Promise<WriteReport>;
  /** Settings saved in the workbook (parsed JSON), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** Shows a sheet (and optionally selects an A1 address on it). */
  activate(sheetName: string, address?: string): Promise<void>;
}
