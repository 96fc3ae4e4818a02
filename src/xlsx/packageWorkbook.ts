/**
 * The workbook port over an .xlsx/.xlsm package. Reading streams values out
 * of the sheet parts; writing executes the core's write plan on a copy of
 * the package in which every part of the user's stays byte for byte (see
 * packageWriter.ts). Nothing touches the disk until save(), except that a
 * read or write after a write first builds the package that write made (in a
 * temporary file, removed at once) so it sees its sheets and registry.
 */
import {
  planRenames,
  planWrite,
  REGISTRY_SHEET,
  registryToCells,
  splitRead,
  workbookSnapshot,
  type CellValue,
  type OutputTable,
  type Registry,
  type SheetVisibility,
  type SheetWrite,
  type WorkbookPort,
  type WorkbookRead,
  type WorkbookSnapshot,
  type WriteOptions,
  type WriteReport,
} from "../core";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { hostErrorText, PortError } from "../core/portError";
import { chartXml, drawingWithChart, drawingXml } from "./chartXml";
import { CONTENT_TYPES } from "./contentTypes";
import { openPackage, type OpenedPackage } from "./openWorkbook";
import { readPackageSheets, sheetTables, type PackageSheet } from "./packageSheets";
import { PackageWriter, type SheetRel } from "./packageWriter";
import { REL_TYPES, relativeTarget } from "./partNames";
import { planSheetSpec } from "./planSheet";
import type { SheetEntry } from "./workbookParts";
import { cellXml, rowXml, tableXml, worksheetChunks, type WorksheetSpec } from "./worksheetXml";
import { utf8 } from "./xmlText";

const VISIBILITY: Record<SheetEntry["state"], SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const STATE: Record<SheetVisibility, SheetEntry["state"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Column A from A1 of a sheet read as values. */
function columnA(sheet: PackageSheet): CellValue[] {
  if (sheet.firstCol !== 0) return [];
  const cells: CellValue[] = new Array<CellValue>(sheet.firstRow - 1).fill(null);
  for (const row of sheet.values) cells.push(row[0] ?? null);
  return cells;
}

/** Temporary packages of one process, each with its own name. */
let settled = 0;

export class PackageWorkbook implements WorkbookPort {
  private writer: PackageWriter | null = null;
  /** The registry to store at save(): the plan's `next`, with settings saved after it. */
  private registry: Registry | null = null;
  private registryVisibility: SheetVisibility = "VeryHidden";
  private cachedRead: WorkbookRead | null = null;
  private cachedSnapshot: WorkbookSnapshot | null = null;

  constructor(private pkgNow: OpenedPackage) {}

  /** The package as of the last write (the one opened until a second read or write needs the first's result). */
  get pkg(): OpenedPackage {
    return this.pkgNow;
  }

  static async open(path: string): Promise<PackageWorkbook> {
    return new PackageWorkbook(await openPackage(path));
  }

  /** Every worksheet's name in tab order (the registry included). */
  sheetNames(): string[] {
    return this.pkg.map.sheets.map((s) => s.name);
  }

  private entry(name: string): SheetEntry | undefined {
    return this.pkg.map.sheets.find((s) => s.name === name);
  }

  private snapshot(): WorkbookSnapshot {
    return this.cachedSnapshot ?? this.read().snapshot;
  }

  private read(): WorkbookRead {
    if (this.cachedRead) return this.cachedRead;
    const { parts, map } = this.pkg;
    const sheets = readPackageSheets(parts, map);
    const registrySheet = sheets.find((s) => s.name === REGISTRY_SHEET);
    const seen = map.sheets
      .filter((s) => s.part)
      .map((s) => ({
        name: s.name,
        visibility: VISIBILITY[s.state],
        tables: sheetTables(parts, s.part!).map((t) => t.name),
      }));
    const snapshot = workbookSnapshot(seen, registrySheet ? columnA(registrySheet) : null);
    this.cachedRead = splitRead(
      snapshot,
      sheets.map(({ state: _state, ...sheet }) => sheet),
    );
    return this.cachedRead;
  }

  /**
   * After a write, a read or a second write must see what it wrote: the
   * package as it would be saved is built (in a temporary file, removed at
   * once) and opened in place of the one read. Only then, so a single
   * write-and-save costs nothing extra.
   */
  private async settle(): Promise<void> {
    if (!this.writer) return;
    const path = join(
      tmpdir(),
      `.microseg-${process.pid}-${++settled}${extname(this.pkgNow.path) || ".xlsx"}`,
    );
    try {
      await this.save(path);
      this.pkgNow = { ...(await openPackage(path)), path: this.pkgNow.path };
    } finally {
      rmSync(path, { force: true });
    }
    this.writer = null;
    this.registry = null;
    this.cachedRead = null;
    this.cachedSnapshot = null;
  }

  async readWorkbook(): Promise<WorkbookRead> {
    await this.settle();
    // Settings saved since the package was read are what loadSettings answers too.
    return { ...this.read(), settings: this.currentRegistry().settings };
  }

  async readSheets(): Promise<WorkbookRead["inputs"]> {
    await this.settle();
    return this.read().inputs;
  }

  private currentRegistry(): Registry {
    return this.registry ?? this.snapshot().registry;
  }

  /** Rejects with a PortError "write-failed" (the package as it was read) when executing the plan fails. */
  async writeOutputs(tables: OutputTable[], options: Partial<WriteOptions> = {}): Promise<WriteReport> {
    try {
      // A second write plans from the workbook the first one left.
      await this.settle();
      return this.write(tables, options);
    } catch (cause) {
      if (cause instanceof PortError) throw cause;
      throw new PortError("write-failed", { detail: hostErrorText(cause), cause, restored: true });
    }
  }

  private write(tables: OutputTable[], options: Partial<WriteOptions>): WriteReport {
    const plan = planWrite(this.snapshot(), tables, { now: new Date(), ...options });
    // A fresh writer per plan: if executing fails half-way, the package is as it was read.
    const writer = new PackageWriter(this.pkg);
    for (const sheet of plan.sheets) this.putSheet(writer, sheet);
    // What refers to a renamed sheet (the user's formulas, names, charts) follows it, as in Excel.
    writer.renameReferences(planRenames(plan));
    for (const retired of plan.retire) {
      const entry = this.entry(retired.sheetName);
      if (entry) writer.removeSheet(entry);
    }
    this.writer = writer;
    // The values have been planned from: a 1,000,000-row sheet is not held through save (read again if asked).
    this.cachedSnapshot = this.snapshot();
    this.cachedRead = null;
    this.registry = { ...plan.registry.next, settings: this.currentRegistry().settings };
    this.registryVisibility = plan.registry.visibility;
    return plan.report;
  }

  private putSheet(writer: PackageWriter, write: SheetWrite): void {
    const previous =
      write.mode === "rewrite" && write.previousName ? this.entry(write.previousName) : undefined;
    const part = previous?.part ?? writer.newSheetPart();
    // A rewrite first takes the sheet's own parts away; pictures or shapes of the user's on it stay.
    const kept = previous?.part ? writer.releaseSheetParts(previous.part) : null;
    const rels: SheetRel[] = [];
    const tablePart = writer.newPartName("xl/tables/table", ".xml");
    const { table } = write;
    const headers = table.columns.map((c) => c.header);
    const xml = tableXml(writer.tableId(), table.name, table.address, headers, table.style);
    writer.addPart(tablePart, CONTENT_TYPES.table, utf8(xml));
    rels.push({ type: REL_TYPES.table, part: tablePart });
    let drawing: string | undefined;
    const chartPart = write.chart ? writer.newPartName("xl/charts/chart", ".xml") : null;
    if (write.chart && chartPart)
      writer.addPart(chartPart, CONTENT_TYPES.chart, utf8(chartXml(write.chart, write.sheetName)));
    if (kept) {
      let xml = kept.xml;
      if (write.chart && chartPart) {
        const relId = kept.rels.add(REL_TYPES.chart, relativeTarget(kept.part, chartPart));
        xml = drawingWithChart(xml, write.chart, relId);
      }
      writer.putKeptDrawing(kept, xml);
      rels.push({ type: REL_TYPES.drawing, part: kept.part });
      drawing = "rId2";
    } else if (write.chart && chartPart) {
      const drawingPart = writer.newPartName("xl/drawings/drawing", ".xml");
      writer.addPart(drawingPart, CONTENT_TYPES.drawing, utf8(drawingXml(write.chart, "rId1")));
      writer.putRels(drawingPart, [{ type: REL_TYPES.chart, part: chartPart }]);
      rels.push({ type: REL_TYPES.drawing, part: drawingPart });
      drawing = "rId2";
    }
    const dateSystem = this.pkg.map.date1904 ? 1904 : 1900;
    const spec = planSheetSpec(write, writer.styles, { tables: ["rId1"], drawing }, dateSystem);
    const body = () => worksheetChunks(spec);
    if (previous) writer.replaceSheet(previous, write.sheetName, body, rels, !!previous.part);
    else writer.addSheet(part, write.sheetName, "visible", body, rels);
  }

  loadSettings(): Promise<unknown> {
    return Promise.resolve(this.currentRegistry().settings);
  }

  saveSettings(settings: unknown): Promise<void> {
    this.registry = { ...this.currentRegistry(), settings };
    return Promise.resolve();
  }

  /**
   * The workbook keeps opening on the sheet the user had open: selecting a
   * plan sheet would mean editing the user's sheet parts (their tabSelected
   * flag), and two selected tabs open as a group in Excel.
   */
  activate(_sheetName?: string): Promise<void> {
    return Promise.resolve();
  }

  save(path: string): Promise<void> {
    const writer = this.writer ?? new PackageWriter(this.pkg);
    if (this.registry) this.putRegistry(writer, this.registry);
    return writer.save(path);
  }

  private putRegistry(writer: PackageWriter, reg: Registry): void {
    const cells = registryToCells(reg);
    const text = writer.styles.cellXf({ numberFormat: "@" });
    const spec: WorksheetSpec = {
      dimension: `A1:A${cells.length}`,
      frozenRows: 0,
      frozenColumns: 0,
      selected: false,
      widths: [],
      rows: () => cells.map((c, i) => rowXml(i + 1, cellXml(0, i + 1, c, text))),
      conditional: [],
      tableRelIds: [],
    };
    const body = () => worksheetChunks(spec);
    const existing = this.entry(REGISTRY_SHEET);
    const state = STATE[this.registryVisibility];
    if (existing) {
      writer.replaceSheet(existing, REGISTRY_SHEET, body, []);
      writer.setSheetState(existing, state);
    } else writer.addSheet(writer.newSheetPart(), REGISTRY_SHEET, state, body, []);
  }
}
