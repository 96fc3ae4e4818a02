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
import { hostErrorText, PortError } from "../core/portError";
import { REGISTRY_SHEET } from "../core/registry";
import {
  planWrite,
  registryCellTexts,
  registryToCells,
  splitRead,
  type PortWriteOptions,
  type WorkbookRead,
} from "../core/write";
import { openWorkbook } from "./openWorkbook";
import { readWorksheet } from "./readSheets";
import {
  readRegistry,
  registryCells,
  registrySheet,
  writeRegistryCells,
  xlsxSnapshot,
} from "./registrySheet";
import { writePlannedSheet } from "./writeTable";

/**
 * Fast deflate (level 1) instead of JSZip's default 6: on a 100,000-doctor
 * plan it saves seconds of compression for a file about a quarter larger.
 */
const ZIP_OPTIONS = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

export interface XlsxPortOptions {
  now?: () => Date;
  /** Tests: makes the write of this sheet fail, as a host error would halfway through a plan. */
  failWriting?: (sheetName: string) => boolean;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly now: () => Date;
  private readonly failWriting: (sheetName: string) => boolean;

  constructor(
    readonly workbook: Workbook,
    options: XlsxPortOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.failWriting = options.failWriting ?? (() => false);
  }

  static async open(path: string, options: XlsxPortOptions = {}): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openWorkbook(path), options);
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

  /**
   * Executes the core's write plan. A rewritten sheet keeps its name and tab
   * position (a fresh worksheet takes the old one's place, the old one is kept
   * aside until the write succeeded), so a user's ='Target List'!B2 keeps
   * working in the saved file; on failure everything is put back.
   */
  writeOutputs(tables: OutputTable[], options: PortWriteOptions = {}): Promise<WriteReport> {
    return new Promise((resolve) => resolve(this.write(tables, options)));
  }

  private write(tables: OutputTable[], options: PortWriteOptions): WriteReport {
    const wb = this.workbook;
    const plan = planWrite(xlsxSnapshot(wb), tables, { ...options, now: this.now() });
    const undo: (() => void)[] = [];
    try {
      for (const w of plan.sheets) {
        const old = w.previousName ? wb.getWorksheet(w.previousName) : undefined;
        if (old) {
          detach(wb, old);
          undo.push(() => attach(wb, old));
        }
        const ws = wb.addWorksheet(w.sheetName);
        undo.push(() => detach(wb, ws));
        if (old) (ws as unknown as Ordered).orderNo = (old as unknown as Ordered).orderNo;
        if (this.failWriting(w.sheetName)) throw new Error(`Writing ${w.sheetName} failed`);
        writePlannedSheet(ws, w);
      }
      for (const r of plan.retire) {
        const ws = wb.getWorksheet(r.sheetName);
        if (!ws) continue;
        detach(wb, ws);
        undo.push(() => attach(wb, ws));
      }
      const previousRows = registryCells(wb);
      const previous = registryCellTexts(previousRows ?? []);
      const hadRegistry = registrySheet(wb) !== undefined;
      undo.push(() => {
        if (hadRegistry) writeRegistryCells(wb, previous, previousRows?.length ?? 0);
        else {
          const reg = registrySheet(wb);
          if (reg) detach(wb, reg);
        }
      });
      writeRegistryCells(wb, plan.registry.cells, plan.registry.clearTo);
    } catch (cause) {
      let rollbackError: unknown = null;
      try {
        for (const step of undo.reverse()) step();
      } catch (e) {
        rollbackError = e;
      }
      throw new PortError("write-failed", {
        detail: hostErrorText(cause),
        cause,
        restored: rollbackError === null,
        rollbackError,
      });
    }
    // Cached results are written with every formula; Excel still recalculates on open.
    wb.calcProperties.fullCalcOnLoad = true;
    return plan.report;
  }

  loadSettings(): Promise<unknown> {
    return Promise.resolve(readRegistry(this.workbook).settings);
  }

  saveSettings(settings: unknown): Promise<void> {
    const reg = readRegistry(this.workbook);
    reg.settings = settings;
    const cells = registryToCells(reg);
    writeRegistryCells(
      this.workbook,
      cells,
      Math.max(cells.length, registryCells(this.workbook)?.length ?? 0),
    );
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

/**
 * exceljs has no API to take a worksheet out and put it back (removeWorksheet
 * destroys it), so its sheet table is used directly; the package writer
 * replaces this port.
 */
interface Ordered {
  orderNo: number;
}

interface SheetTable {
  _worksheets: (Worksheet | undefined)[];
}

function detach(wb: Workbook, ws: Worksheet): void {
  (wb as unknown as SheetTable)._worksheets[ws.id] = undefined;
}

function attach(wb: Workbook, ws: Worksheet): void {
  (wb as unknown as SheetTable)._worksheets[ws.id] = ws;
}
