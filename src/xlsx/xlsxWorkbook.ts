/**
 * The workbook port over an .xlsx file (exceljs). The input file is loaded
 * whole and the outputs are added to it, so every input sheet is carried into
 * the saved workbook unchanged; nothing touches the disk until save().
 */
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Workbook, Worksheet } from "exceljs";
import type { SheetData } from "../core/cells";
import type { OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import { splitRead, type WorkbookRead } from "../core/write";
import { chooseSheetName, REGISTRY_SHEET } from "../core/registry";
import { openWorkbook } from "./openWorkbook";
import { readWorksheet } from "./readSheets";
import { readRegistry, writeRegistry, xlsxSnapshot } from "./registrySheet";
import { writeOutputTable } from "./writeTable";

/**
 * Fast deflate (level 1) instead of JSZip's default 6: on a 100,000-doctor
 * plan it saves seconds of compression for a file about a quarter larger.
 */
const ZIP_OPTIONS = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: Workbook) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openWorkbook(path));
  }

  /** Every worksheet the registry does not list as MicroSeg's: a plan from a previous run is not input data. */
  async readSheets(): Promise<SheetData[]> {
    return (await this.readWorkbook()).inputs;
  }

  readWorkbook(): Promise<WorkbookRead> {
    const snapshot = xlsxSnapshot(this.workbook);
    const sheets = this.workbook.worksheets.filter((ws) => ws.name !== REGISTRY_SHEET).map(readWorksheet);
    return Promise.resolve(splitRead(snapshot, sheets));
  }

  writeOutputs(tables: OutputTable[]): Promise<WriteReport> {
    const wb = this.workbook;
    const reg = readRegistry(wb);
    const report: WriteReport = { written: [], renamed: [], replaced: [], retired: [] };
    for (const name of Object.values(reg.owned)) {
      const ws = wb.getWorksheet(name);
      if (!ws) continue;
      wb.removeWorksheet(ws.id);
      report.replaced.push(name);
    }

    const created: Worksheet[] = [];
    const tableNames = new Set(
      wb.worksheets.flatMap((ws) => ws.getTables().map((t) => tableName(t).toLowerCase())),
    );
    try {
      for (const table of tables) {
        const names = new Set(wb.worksheets.map((ws) => ws.name));
        names.add(REGISTRY_SHEET);
        const used = chooseSheetName(table.sheetName, names, new Set());
        if (used !== table.sheetName) report.renamed.push({ wanted: table.sheetName, used });
        const ws = wb.addWorksheet(used);
        created.push(ws);
        writeOutputTable(ws, table, uniqueTableName(table.tableName, tableNames));
        report.written.push({ id: table.id, sheetName: used });
      }
    } catch (e) {
      for (const ws of created) wb.removeWorksheet(ws.id);
      throw e;
    }

    reg.owned = Object.fromEntries(report.written.map((w) => [w.id, w.sheetName]));
    reg.generatedAt = new Date().toISOString();
    writeRegistry(wb, reg);
    // Cached results are written with every formula; Excel still recalculates on open.
    wb.calcProperties.fullCalcOnLoad = true;
    return Promise.resolve(report);
  }

  loadSettings(): Promise<unknown> {
    return Promise.resolve(readRegistry(this.workbook).settings);
  }

  saveSettings(settings: unknown): Promise<void> {
    const reg = readRegistry(this.workbook);
    reg.settings = settings;
    writeRegistry(this.workbook, reg);
    return Promise.resolve();
  }

  /** Makes the sheet the one Excel opens on (an .xlsx has no selection to keep beyond that). */
  activate(sheetName: string): Promise<void> {
    const index = this.workbook.worksheets.findIndex((ws) => ws.name === sheetName);
    if (index >= 0) {
      this.workbook.views = [
        { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
      ];
    }
    return Promise.resolve();
  }

  /** Writes to a temporary file beside the target and renames it, so a failed save leaves nothing half-written. */
  async save(path: string): Promise<void> {
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await this.workbook.xlsx.writeFile(tmp, { zip: ZIP_OPTIONS });
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
}

function tableName(t: unknown): string {
  // exceljs types getTables() oddly; each entry is a Table with a name.
  return (t as { name: string }).name;
}

/** Excel table names are unique per workbook; a user's table may already use ours. */
function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}
