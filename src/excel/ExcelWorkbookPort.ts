/**
 * The workbook port over Office.js (CONVENTIONS: one interface, three
 * implementations). Every user action is one Excel.run with
 * delayForCellEdit, so a user typing in a cell delays the run instead of
 * failing it.
 */
import type { SheetData } from "../core/cells";
import type { OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import type { WorkbookRead } from "../core/write";
import { REGISTRY_SHEET, serializeRegistry } from "../core/registry";
import { SerialQueue } from "../core/serialQueue";
import { DEFAULT_LIMITS, type ExcelLimits } from "./limits";
import { queueRegistryRead, readWorkbookSheets, registryFromCell } from "./read";
import { assertMinimumApi, officeSupportsExcelApi, type SupportsExcelApi } from "./requirements";
import { writeOutputTables } from "./write";
import { TEXT_FORMAT } from "./formats";

/** Excel.run, or a stand-in with the same shape (tests). */
export type ExcelRunner = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export const officeRun: ExcelRunner = (options, batch) => Excel.run(options, batch);

export interface ExcelPortOptions {
  run?: ExcelRunner;
  supports?: SupportsExcelApi;
  limits?: Partial<ExcelLimits>;
  now?: () => Date;
}

export const RUN_OPTIONS: Excel.RunOptions = Object.freeze({ delayForCellEdit: true });

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly supports: SupportsExcelApi;
  private readonly limits: ExcelLimits;
  private readonly now: () => Date;
  /**
   * Saves and generations each read the registry cell, change their part and
   * write it back over several syncs; queued, they never interleave, so a save
   * made during a generation is neither lost nor losing the generation's sheets.
   */
  private readonly registryWrites = new SerialQueue();

  constructor(options: ExcelPortOptions = {}) {
    this.run = options.run ?? officeRun;
    this.supports = options.supports ?? officeSupportsExcelApi;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.now = options.now ?? (() => new Date());
  }

  private excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    assertMinimumApi(this.supports);
    return this.run(RUN_OPTIONS, batch);
  }

  async readSheets(): Promise<SheetData[]> {
    return (await this.readWorkbook()).inputs;
  }

  async readWorkbook(): Promise<WorkbookRead> {
    return await this.excel((context) => readWorkbookSheets(context, this.limits));
  }

  async writeOutputs(tables: OutputTable[]): Promise<WriteReport> {
    return await this.registryWrites.run(() =>
      this.excel((context) =>
        writeOutputTables(context, tables, { limits: this.limits, supports: this.supports, now: this.now }),
      ),
    );
  }

  async loadSettings(): Promise<unknown> {
    return await this.excel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const cell = queueRegistryRead(
        worksheets,
        worksheets.items.map((ws) => ws.name),
      );
      await context.sync();
      return registryFromCell(cell).registry.settings;
    });
  }

  async saveSettings(settings: unknown): Promise<void> {
    await this.registryWrites.run(() => this.saveSettingsNow(settings));
  }

  private async saveSettingsNow(settings: unknown): Promise<void> {
    await this.excel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const names = worksheets.items.map((ws) => ws.name);
      const cell = queueRegistryRead(worksheets, names);
      await context.sync();
      const registry = { ...registryFromCell(cell).registry, settings };
      let sheet: Excel.Worksheet;
      if (names.includes(REGISTRY_SHEET)) {
        sheet = worksheets.getItem(REGISTRY_SHEET);
      } else {
        sheet = worksheets.add(REGISTRY_SHEET);
        sheet.visibility = "VeryHidden";
      }
      const a1 = sheet.getRange("A1");
      a1.numberFormat = [[TEXT_FORMAT]];
      a1.values = [[serializeRegistry(registry)]];
      await context.sync();
    });
  }

  async activate(sheetName: string, address?: string): Promise<void> {
    await this.excel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (address) sheet.getRange(address).select();
      await context.sync();
    });
  }
}
