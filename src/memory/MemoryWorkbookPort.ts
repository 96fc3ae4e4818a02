/**
 * The in-memory workbook port: the third implementation of WorkbookPort, used
 * by tests and by the browser workbench. It keeps the same registry semantics
 * as the Excel and .xlsx hosts: only sheets MicroSeg wrote are replaced, and
 * an output whose name a user's sheet already has gets a suffix.
 */
import type { CellValue, SheetData } from "../core/cells";
import { parseAddress } from "../core/cells";
import type { OutputId, OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import {
  chooseSheetName,
  emptyRegistry,
  parseRegistry,
  REGISTRY_SHEET,
  type Registry,
} from "../core/registry";
import { tableToValues } from "./tableToValues";
import {
  registryToCells,
  splitRead,
  workbookSnapshot,
  type SheetSeen,
  type WorkbookRead,
} from "../core/write";

/** A sheet as the memory workbook holds it. */
export interface MemorySheet {
  name: string;
  values: CellValue[][];
  /** Set when MicroSeg wrote this sheet. */
  owner?: OutputId;
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

function copyValues(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((row) => row.slice());
}

export class MemoryWorkbookPort implements WorkbookPort {
  private sheetList: MemorySheet[];
  private registry: Registry;
  private selection: Selection | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private snapshotCache: MemoryWorkbookSnapshot | null = null;

  /**
   * @param sheets the workbook's sheets, in tab order (SheetData from a file, or literal 2-D arrays).
   *   A sheet named like the registry (`_MicroSeg`) is read as the registry, as the other hosts do.
   */
  constructor(sheets: readonly SheetData[] = []) {
    const registrySheet = sheets.find((s) => s.name === REGISTRY_SHEET);
    this.registry = registrySheet ? parseRegistry(registrySheet.values[0]?.[0]) : emptyRegistry();
    const owners = new Map<string, OutputId>(
      Object.entries(this.registry.owned).map(([id, name]) => [name, id as OutputId]),
    );
    this.sheetList = sheets
      .filter((s) => s.name !== REGISTRY_SHEET)
      .map((s) => {
        const sheet: MemorySheet = { name: s.name, values: padToOrigin(s) };
        const owner = owners.get(s.name);
        if (owner) sheet.owner = owner;
        return sheet;
      });
    // Names in the registry that no longer exist are not owned any more.
    const present = new Set(this.sheetList.map((s) => s.name));
    for (const [id, name] of Object.entries(this.registry.owned)) {
      if (!present.has(name)) delete this.registry.owned[id as OutputId];
    }
  }

  /** Input sheets only: MicroSeg's own outputs and its registry are not inputs. */
  readSheets(): Promise<SheetData[]> {
    return Promise.resolve(
      this.sheetList
        .filter((s) => !s.owner)
        .map((s) => ({ name: s.name, values: copyValues(s.values), firstRow: 1, firstCol: 0 })),
    );
  }

  readWorkbook(): Promise<WorkbookRead> {
    const sheets: SheetSeen[] = this.sheetList.map((s) => ({ name: s.name }));
    sheets.push({ name: REGISTRY_SHEET, visibility: "VeryHidden" });
    const snapshot = workbookSnapshot(sheets, registryToCells(this.registry));
    const values = this.sheetList.map((s): SheetData => ({
      name: s.name,
      values: copyValues(s.values),
      firstRow: 1,
      firstCol: 0,
    }));
    return Promise.resolve(splitRead(snapshot, values));
  }

  writeOutputs(tables: OutputTable[]): Promise<WriteReport> {
    // Everything is computed first and swapped in at once, so a failure leaves the workbook as it was.
    const previouslyOwned = this.sheetList.filter((s) => s.owner);
    const kept = this.sheetList.filter((s) => !s.owner);
    const ownedNames = new Set(previouslyOwned.map((s) => s.name));
    const taken = new Set(kept.map((s) => s.name));
    const report: WriteReport = { written: [], renamed: [], replaced: [], retired: [] };
    const written: MemorySheet[] = [];
    const owned: Registry["owned"] = {};
    for (const table of tables) {
      const name = chooseSheetName(table.sheetName, new Set([...taken]), ownedNames);
      if (name !== table.sheetName) report.renamed.push({ wanted: table.sheetName, used: name });
      if (ownedNames.has(name)) report.replaced.push(name);
      taken.add(name);
      written.push({ name, values: tableToValues(table), owner: table.id });
      owned[table.id] = name;
      report.written.push({ id: table.id, sheetName: name });
    }
    this.sheetList = [...kept, ...written];
    this.registry = { ...this.registry, owned, generatedAt: new Date().toISOString() };
    if (this.selection && !this.sheetList.some((s) => s.name === this.selection?.sheet))
      this.selection = null;
    this.changed();
    return Promise.resolve(report);
  }

  loadSettings(): Promise<unknown> {
    const saved = this.registry.settings;
    return Promise.resolve(saved === null || saved === undefined ? null : JSON.parse(JSON.stringify(saved)));
  }

  saveSettings(settings: unknown): Promise<void> {
    // Stored as JSON, like the registry sheet of the other hosts.
    this.registry = { ...this.registry, settings: JSON.parse(JSON.stringify(settings)) as unknown };
    this.changed();
    return Promise.resolve();
  }

  activate(sheetName: string, address?: string): Promise<void> {
    const sheet = this.sheetList.find((s) => s.name === sheetName);
    if (!sheet) return Promise.reject(new Error(`No sheet named "${sheetName}"`));
    const selection: Selection = { sheet: sheet.name };
    if (address) {
      const { row, col } = parseAddress(address);
      selection.cell = { row: row - 1, col };
    }
    this.selection = selection;
    this.changed();
    return Promise.resolve();
  }

  /** The registry as the other hosts would store it in `_MicroSeg`!A1. */
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

/** Values anchored at A1, so a cell's row/column in the array is its Excel position. */
function padToOrigin(sheet: SheetData): CellValue[][] {
  const padRows = Math.max(0, sheet.firstRow - 1);
  const padCols = Math.max(0, sheet.firstCol);
  const rows: CellValue[][] = [];
  for (let i = 0; i < padRows; i++) rows.push([]);
  for (const row of sheet.values) rows.push([...new Array<CellValue>(padCols).fill(null), ...row]);
  return rows;
}
