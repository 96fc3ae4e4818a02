/**
 * The workbook port over Office.js (CONVENTIONS: one interface, three
 * implementations). Every user action is one Excel.run with
 * delayForCellEdit, so a user typing in a cell delays the run instead of
 * failing it.
 */
import type { SheetData } from "../core/cells";
import type { OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import {
  registryCellTexts,
  registryFromCells,
  registryToCells,
  TEXT_FORMAT,
  type PortWriteOptions,
  type WorkbookRead,
} from "../core/write";
import { REGISTRY_SHEET } from "../core/registry";
import { SerialQueue } from "../core/serialQueue";
import { DEFAULT_LIMITS, type ExcelLimits } from "./limits";
import { queueRegistryCells, readWorkbookSheets } from "./read";
import { assertMinimumApi, officeSupportsExcelApi, type SupportsExcelApi } from "./requirements";
import { writePlan } from "./write";

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
   * Saves and generations each read the registry, change their part and
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

  async writeOutputs(tables: OutputTable[], options: PortWriteOptions = {}): Promise<WriteReport> {
    return await this.registryWrites.run(() =>
      this.excel((context) =>
        writePlan(context, tables, {
          ...options,
          limits: this.limits,
          supports: this.supports,
          now: this.now,
        }),
      ),
    );
  }

  async loadSettings(): Promise<unknown> {
    return await this.excel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const cells = queueRegistryCells(
        worksheets,
        worksheets.items.map((ws) => ws.name),
      );
      await context.sync();
      return registryFromCells(cells ? cells.values.map((r) => r[0] as unknown) : null).settings;
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
      const loaded = queueRegistryCells(worksheets, names);
      await context.sync();
      const previous = loaded ? registryCellTexts(loaded.values.map((r) => r[0] as unknown)) : [];
      const cells = registryToCells({ ...registryFromCells(previous), settings });
      const rows = Array.from({ length: Math.max(cells.length, previous.length) }, (_v, i) => [
        cells[i] ?? "",
      ]);
      const sheet = names.includes(REGISTRY_SHEET)
        ? worksheets.getItem(REGISTRY_SHEET)
        : worksheets.add(REGISTRY_SHEET);
      const range = sheet.getRangeByIndexes(0, 0, rows.length, 1);
      range.numberFormat = rows.map(() => [TEXT_FORMAT]);
      range.values = rows;
      sheet.visibility = "VeryHidden";
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
