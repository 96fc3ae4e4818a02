/**
 * The in-memory workbook port: the third implementation of WorkbookPort, used
 * by tests and by the browser workbench. It executes the core's write plan
 * (core/write) like the other hosts: owned sheets rewritten in place, others
 * created, retired ones removed, the registry kept as column A cells. A
 * failed write puts back the copy taken before it.
 */
import type { CellValue, SheetData } from "../core/cells";
import { parseAddress } from "../core/cells";
import type { OutputId, OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import { renameSheetRefs, type SheetRenames } from "../core/formula";
import { hostErrorText, PortError } from "../core/portError";
import { REGISTRY_SHEET, type Registry } from "../core/registry";
import {
  planRenames,
  planWrite,
  registryFromCells,
  registryToCells,
  splitRead,
  workbookSnapshot,
  type ConditionalFormatRule,
  type PlannedInput,
  type PortWriteOptions,
  type ChartSpec,
  type SheetSeen,
  type SheetVisibility,
  type WorkbookRead,
  type WritePlan,
} from "../core/write";
import { sheetValues } from "./tableToValues";

/** A sheet as the memory workbook holds it. */
export interface MemorySheet {
  name: string;
  values: CellValue[][];
  /** Set when the registry lists this sheet as MicroSeg's output. */
  owner?: OutputId;
  visibility?: SheetVisibility;
  /** Excel tables on the sheet, by name. */
  tables?: string[];
  conditionalFormats?: ConditionalFormatRule[];
  /** Cells meant for typing and their drop-down lists (the Target List's feedback), as planned. */
  inputs?: PlannedInput[];
  /** The charts the plan put on the sheet, as specified (the memory workbook draws none). */
  charts?: ChartSpec[];
}

/** Which sheet (and cell) the user last activated. */
export interface Selection {
  sheet: string;
  /** 0-based row and column inside the sheet's values, when a cell was selected. */
  cell?: { row: number; col: number };
}

export interface MemoryWorkbookSnapshot {
  sheets: readonly MemorySheet[];
  selection: Selection | null;
  /** Increases on every change, so views can tell snapshots apart cheaply. */
  version: number;
}

export interface MemoryPortOptions {
  now?: () => Date;
  /** Tests: makes the write of this sheet fail, as a host error would halfway through a plan. */
  failWriting?: (sheetName: string) => boolean;
}

function copyValues(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((row) => row.slice());
}

function copySheet(s: MemorySheet): MemorySheet {
  return { ...s, values: copyValues(s.values), tables: s.tables?.slice() };
}

export class MemoryWorkbookPort implements WorkbookPort {
  private sheetList: MemorySheet[];
  /** Column A of the registry sheet; null while the workbook has none. */
  private registryCells: string[] | null;
  private selection: Selection | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private snapshotCache: MemoryWorkbookSnapshot | null = null;
  private readonly now: () => Date;
  private readonly failWriting: (sheetName: string) => boolean;

  /**
   * @param sheets the workbook's sheets, in tab order (SheetData from a file, or literal 2-D arrays);
   *   their rows are taken over, not copied.
   *   A sheet named like the registry (`_MicroSeg`) is read as the registry, as the other hosts do.
   */
  constructor(sheets: readonly SheetData[] = [], options: MemoryPortOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.failWriting = options.failWriting ?? (() => false);
    const registrySheet = sheets.find((s) => s.name === REGISTRY_SHEET);
    this.registryCells = registrySheet
      ? padToOrigin(registrySheet)
          .map((row) => row[0])
          .filter((v): v is string => typeof v === "string")
      : null;
    this.sheetList = sheets
      .filter((s) => s.name !== REGISTRY_SHEET)
      .map((s) => ({ name: s.name, values: padToOrigin(s) }));
    this.markOwners();
  }

  private snapshotNow() {
    const sheets: SheetSeen[] = this.sheetList.map((s) => ({
      name: s.name,
      tables: s.tables ?? [],
      visibility: s.visibility ?? "Visible",
    }));
    if (this.registryCells) sheets.push({ name: REGISTRY_SHEET, visibility: "VeryHidden" });
    return workbookSnapshot(sheets, this.registryCells);
  }

  /** Owners come from the registry alone (names are never looked at). */
  private markOwners(): void {
    const snapshot = this.snapshotNow();
    const owners = new Map(
      snapshot.sheets.filter((s) => s.ownedAs).map((s) => [s.name, s.ownedAs as OutputId]),
    );
    for (const s of this.sheetList) {
      const owner = owners.get(s.name);
      if (owner) s.owner = owner;
      else delete s.owner;
    }
  }

  private get registry(): Registry {
    return registryFromCells(this.registryCells);
  }

  /** Input sheets only: MicroSeg's own outputs and its registry are not inputs. */
  async readSheets(): Promise<SheetData[]> {
    return (await this.readWorkbook()).inputs;
  }

  readWorkbook(): Promise<WorkbookRead> {
    const values = this.sheetList.map((s): SheetData => ({
      name: s.name,
      values: copyValues(s.values),
      firstRow: 1,
      firstCol: 0,
    }));
    return Promise.resolve(splitRead(this.snapshotNow(), values));
  }

  /** Rejects (never throws) with a PortError when the write fails. */
  writeOutputs(tables: OutputTable[], options: PortWriteOptions = {}): Promise<WriteReport> {
    return new Promise((resolve) => resolve(this.write(tables, options)));
  }

  private write(tables: OutputTable[], options: PortWriteOptions): WriteReport {
    const plan = planWrite(this.snapshotNow(), tables, { ...options, now: this.now() });
    const before = { sheets: this.sheetList.map(copySheet), registry: this.registryCells?.slice() ?? null };
    try {
      this.execute(plan);
    } catch (cause) {
      // Everything is put back from the copy: the same sheet objects' content, names and order.
      this.sheetList = before.sheets;
      this.registryCells = before.registry;
      this.markOwners();
      this.changed();
      throw new PortError("write-failed", { detail: hostErrorText(cause), cause, restored: true });
    }
    if (plan.show) this.selection = selectionOf(plan.show.sheetName, plan.show.address ?? undefined);
    if (this.selection && !this.sheetList.some((s) => s.name === this.selection?.sheet))
      this.selection = null;
    this.changed();
    return plan.report;
  }

  private execute(plan: WritePlan): void {
    const written = new Set<MemorySheet>();
    for (const w of plan.sheets) {
      let sheet = w.previousName ? this.sheetList.find((s) => s.name === w.previousName) : undefined;
      if (!sheet) {
        sheet = { name: w.sheetName, values: [] };
        this.sheetList.push(sheet);
      }
      // Same sheet object, cleared and written: what refers to it keeps working.
      sheet.name = w.sheetName;
      if (this.failWriting(w.sheetName)) throw new Error(`Writing ${w.sheetName} failed`);
      sheet.values = sheetValues(w);
      sheet.tables = [w.table.name];
      sheet.conditionalFormats = w.conditionalFormats;
      sheet.inputs = w.inputs ?? [];
      sheet.charts = w.chart ? [w.chart] : [];
      written.add(sheet);
    }
    renameFormulas(
      this.sheetList.filter((s) => !written.has(s)),
      planRenames(plan),
    );
    const retired = new Set(plan.retire.map((r) => r.sheetName));
    this.sheetList = this.sheetList.filter((s) => !retired.has(s.name));
    this.registryCells = plan.registry.cells.slice();
    this.markOwners();
  }

  loadSettings(): Promise<unknown> {
    const saved = this.registry.settings;
    return Promise.resolve(saved === null || saved === undefined ? null : JSON.parse(JSON.stringify(saved)));
  }

  saveSettings(settings: unknown): Promise<void> {
    // Stored as JSON, like the registry sheet of the other hosts.
    const next = { ...this.registry, settings: JSON.parse(JSON.stringify(settings)) as unknown };
    this.registryCells = registryToCells(next);
    this.changed();
    return Promise.resolve();
  }

  activate(sheetName: string, address?: string): Promise<void> {
    const sheet = this.sheetList.find((s) => s.name === sheetName);
    if (!sheet) return Promise.reject(new PortError("sheet-not-found", { params: { sheet: sheetName } }));
    this.selection = selectionOf(sheet.name, address);
    this.changed();
    return Promise.resolve();
  }

  /** The registry as the other hosts would store it in `_MicroSeg`!A1…. */
  registryState(): Registry {
    return JSON.parse(JSON.stringify(this.registry)) as Registry;
  }

  /** For views (useSyncExternalStore): the same object until something changes. */
  snapshot = (): MemoryWorkbookSnapshot => {
    if (!this.snapshotCache) {
      this.snapshotCache = { sheets: this.sheetList, selection: this.selection, version: this.version };
    }
    return this.snapshotCache;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private changed(): void {
    this.version += 1;
    this.snapshotCache = null;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A renamed sheet is renamed as Excel renames one: the formulas of the other
 * sheets (a cell whose text starts with "=", as typed into Excel) that refer
 * to it follow it. Only cells that change are replaced, on a copy of the row
 * (a sheet's rows may be the caller's).
 */
function renameFormulas(sheets: readonly MemorySheet[], renames: SheetRenames): void {
  if (renames.size === 0) return;
  for (const sheet of sheets) {
    sheet.values = sheet.values.map((row) => {
      let out: CellValue[] | null = null;
      row.forEach((v, c) => {
        if (typeof v !== "string" || !v.startsWith("=")) return;
        const next = renameSheetRefs(v, renames);
        if (next === v) return;
        out ??= row.slice();
        out[c] = next;
      });
      return out ?? row;
    });
  }
}

function selectionOf(sheet: string, address: string | undefined): Selection {
  const selection: Selection = { sheet };
  if (address) {
    const { row, col } = parseAddress(address);
    selection.cell = { row: row - 1, col };
  }
  return selection;
}

/**
 * Values anchored at A1, so a cell's row/column in the array is its Excel
 * position. Rows that need no leading columns are taken as they are (not
 * copied: a large file's rows would cost the page a long task), so the
 * caller hands them over; a write replaces a sheet's rows, never edits them.
 */
function padToOrigin(sheet: SheetData): CellValue[][] {
  const padRows = Math.max(0, sheet.firstRow - 1);
  const padCols = Math.max(0, sheet.firstCol);
  const rows: CellValue[][] = [];
  for (let i = 0; i < padRows; i++) rows.push([]);
  if (padCols === 0) for (const row of sheet.values) rows.push(row);
  else for (const row of sheet.values) rows.push([...new Array<CellValue>(padCols).fill(null), ...row]);
  return rows;
}
