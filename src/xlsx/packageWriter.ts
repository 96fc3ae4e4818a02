/**
 * The output package: the input's parts, byte for byte, with MicroSeg's
 * parts added or replaced. Only the workbook part, its relationships, the
 * content types, the styles part and (when it lists sheets) docProps/app.xml
 * are edited, each in place; and, when the plan renames a sheet, the formulas
 * of the user's parts that refer to it (renameReferences). Nothing is written until save(), which writes a
 * temporary file beside the target and renames it.
 */
import { renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { AppProps } from "./appProps";
import { CONTENT_TYPES, ContentTypes } from "./contentTypes";
import type { OpenedPackage } from "./openWorkbook";
import { findPart, parseRels, REL_TYPES, relativeTarget, relsPartOf } from "./partNames";
import { EMPTY_RELS, RelsEdit } from "./relsEdit";
import { StyleBook } from "./styleBook";
import type { SheetEntry } from "./workbookParts";
import { WorkbookEdit } from "./workbookEdit";
import { sheetTables } from "./packageSheets";
import { inflateEntry } from "./zipEntries";
import { writeZip, type PartSource } from "./zipWrite";
import { elementsNamed } from "./xmlEvents";
import { fromUtf8, utf8 } from "./xmlText";
import { renameRefsInPart } from "./renameRefs";
import type { SheetRenames } from "../core";

export interface SheetRel {
  type: string;
  part: string;
}

/** Parts a sheet of MicroSeg's may own, removed with it (a user's image or comment is not among them). */
const OWNED_REL_TYPES = new Set<string>([REL_TYPES.table, REL_TYPES.drawing, REL_TYPES.chart]);

/** Parts besides worksheets whose formulas may name a sheet: charts (c:f) and pivot caches (their source). */
const REFERRING_PART = /(?:^|\/)(?:charts\/[^/]+|pivotCache\/pivotCacheDefinition[^/]*)\.xml$/i;

/** A drawing's anchors (they do not nest), and the ones that hold a chart. */
const ANCHOR_RE = /<((?:[\w.-]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor))(?=[\s>])[\s\S]*?<\/\1>/g;
const CHART_GRAPHIC_RE =
  /graphicData\s[^>]*uri="http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart"/;
const CHART_REL_ID_RE = /<(?:[\w.-]+:)?chart\s[^>]*?(?:[\w.-]+:)?id="([^"]+)"/;

/**
 * What a rewritten sheet keeps of its drawing: the pictures and shapes a user
 * put on it (the Excel host keeps them too, clearing only cells, tables and
 * charts). Its charts are gone with their parts; MicroSeg's new chart is added
 * to it.
 */
export interface KeptDrawing {
  part: string;
  /** The drawing without its chart anchors, as written otherwise. */
  xml: string;
  /** Its relationships without the removed charts', and the part they are written to. */
  rels: RelsEdit;
  relsPart: string;
}

export class PackageWriter {
  readonly styles: StyleBook;
  private readonly parts: Map<string, PartSource>;
  private readonly contentTypes: ContentTypes;
  private readonly workbook: WorkbookEdit;
  private readonly workbookRels: RelsEdit;
  private readonly app: AppProps | null;
  private nextTableId = 1;
  private nextSheetId: number;
  private readonly stylesPart: string;

  constructor(private readonly pkg: OpenedPackage) {
    const { parts, map } = pkg;
    this.parts = new Map();
    for (const name of parts.keys()) this.parts.set(name, parts.entry(name)!);
    const text = (name: string) => fromUtf8(parts.get(name)!);
    const ct = findPart(parts, "[Content_Types].xml");
    if (!ct) throw new Error("package has no [Content_Types].xml");
    this.contentTypes = new ContentTypes(text(ct));
    this.workbook = new WorkbookEdit(text(map.workbook));
    const relsPart = findPart(parts, relsPartOf(map.workbook));
    this.workbookRels = new RelsEdit(relsPart ? text(relsPart) : EMPTY_RELS);
    this.styles = StyleBook.fromBytes(map.styles ? parts.get(map.styles) : undefined);
    this.stylesPart = map.styles ?? `${dirname(map.workbook)}/styles.xml`;
    if (!map.styles) {
      this.workbookRels.add(REL_TYPES.styles, relativeTarget(map.workbook, this.stylesPart));
      this.contentTypes.add(this.stylesPart, CONTENT_TYPES.styles);
    }
    const appPart = findPart(parts, "docProps/app.xml");
    this.app = appPart ? new AppProps(text(appPart)) : null;
    this.nextSheetId = Math.max(0, ...map.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
    for (const sheet of map.sheets) {
      if (!sheet.part) continue;
      for (const t of sheetTables(parts, sheet.part)) {
        const id = Number(elementsNamed(parts.get(t.part)!, "table")[0]?.id);
        if (Number.isFinite(id)) this.nextTableId = Math.max(this.nextTableId, id + 1);
      }
    }
  }

  /** A part name not used yet: `${stem}${n}${ext}`. */
  newPartName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!findPart(this.parts, name)) return name;
    }
  }

  /** A table id unused in the workbook (the plan has already made the table's name unique). */
  tableId(): number {
    return this.nextTableId++;
  }

  /** A part's bytes as read or put (undefined for a part streamed only at save). */
  private bytesOf(part: string): Uint8Array | undefined {
    const source = this.parts.get(part);
    return source === undefined || typeof source === "function"
      ? undefined
      : source instanceof Uint8Array
        ? source
        : inflateEntry(source);
  }

  /**
   * Takes away the parts of a sheet of MicroSeg's about to be rewritten
   * (tables, charts, their rels) and gives back its drawing when it holds
   * anything besides charts; the caller puts that drawing back.
   */
  releaseSheetParts(sheetPart: string): KeptDrawing | null {
    const relsPart = findPart(this.parts, relsPartOf(sheetPart));
    if (!relsPart) return null;
    let kept: KeptDrawing | null = null;
    for (const rel of parseRels(sheetPart, this.bytesOf(relsPart))) {
      const target = rel.external ? undefined : findPart(this.parts, rel.part);
      if (!target || !OWNED_REL_TYPES.has(rel.type)) continue;
      if (rel.type === REL_TYPES.drawing && !kept) {
        kept = this.keepUserAnchors(target);
        if (kept) continue;
      }
      this.dropOwnedParts(target);
      this.removePart(target);
    }
    this.removePart(relsPart);
    return kept;
  }

  /** The drawing without its charts, or null when nothing else is on it. */
  private keepUserAnchors(drawingPart: string): KeptDrawing | null {
    const bytes = this.bytesOf(drawingPart);
    if (!bytes) return null;
    const xml = fromUtf8(bytes);
    const anchors = [...xml.matchAll(ANCHOR_RE)].map((m) => m[0]);
    const charts = anchors.filter((a) => CHART_GRAPHIC_RE.test(a));
    if (charts.length === anchors.length) return null;
    const relsPart = findPart(this.parts, relsPartOf(drawingPart));
    const relsBytes = relsPart ? this.bytesOf(relsPart) : undefined;
    const rels = new RelsEdit(relsBytes ? fromUtf8(relsBytes) : EMPTY_RELS);
    const targets = parseRels(drawingPart, relsBytes);
    let out = xml;
    for (const anchor of charts) {
      out = out.replace(anchor, "");
      const id = CHART_REL_ID_RE.exec(anchor)?.[1];
      const rel = id ? targets.find((r) => r.id === id && !r.external) : undefined;
      if (!id || !rel) continue;
      rels.remove(id);
      const chartPart = findPart(this.parts, rel.part);
      if (chartPart) {
        this.dropOwnedParts(chartPart);
        this.removePart(chartPart);
      }
    }
    return { part: drawingPart, xml: out, rels, relsPart: relsPart ?? relsPartOf(drawingPart) };
  }

  /** Puts a kept drawing back, with its relationships as edited. */
  putKeptDrawing(kept: KeptDrawing, xml: string): void {
    this.addPart(kept.part, CONTENT_TYPES.drawing, utf8(xml));
    this.parts.set(kept.relsPart, utf8(kept.rels.toString()));
  }

  /** Drops a sheet's own parts (tables, drawings, charts and their rels); the sheet part is replaced by the caller. */
  private dropOwnedParts(part: string): void {
    const relsPart = findPart(this.parts, relsPartOf(part));
    if (!relsPart) return;
    const bytes = this.bytesOf(relsPart);
    if (bytes) {
      for (const rel of parseRels(part, bytes)) {
        const target = rel.external ? undefined : findPart(this.parts, rel.part);
        if (!target || !OWNED_REL_TYPES.has(rel.type)) continue;
        this.dropOwnedParts(target);
        this.removePart(target);
      }
    }
    this.removePart(relsPart);
  }

  private removePart(part: string): void {
    this.parts.delete(part);
    this.contentTypes.remove(part);
  }

  addPart(part: string, contentType: string, source: PartSource): void {
    this.parts.set(part, source);
    this.contentTypes.add(part, contentType);
  }

  /** A new part's relationships, with ids rId1… in the order given. */
  putRels(part: string, rels: SheetRel[]): void {
    if (rels.length === 0) return;
    const edit = new RelsEdit(EMPTY_RELS);
    for (const rel of rels) edit.add(rel.type, relativeTarget(part, rel.part));
    this.parts.set(relsPartOf(part), utf8(edit.toString()));
  }

  private putSheetPart(part: string, body: PartSource, rels: SheetRel[]): void {
    this.addPart(part, CONTENT_TYPES.worksheet, body);
    this.putRels(part, rels);
  }

  setSheetState(entry: SheetEntry, state: SheetEntry["state"]): void {
    if (state !== entry.state) this.workbook.setSheetAttribute(entry.relId, "state", state);
  }

  /** Rewrites an existing sheet of MicroSeg's in place: same position, same part, maybe a new name. */
  replaceSheet(
    entry: SheetEntry,
    name: string,
    body: PartSource,
    rels: SheetRel[],
    /** The caller has already taken the sheet's parts away (releaseSheetParts). */
    released = false,
  ): void {
    if (!entry.part) throw new Error(`sheet ${entry.name} has no worksheet part`);
    if (!released) this.dropOwnedParts(entry.part);
    this.putSheetPart(entry.part, body, rels);
    if (name !== entry.name) {
      this.workbook.setSheetAttribute(entry.relId, "name", name);
      this.app?.rename(entry.name, name);
    }
  }

  /** The part name a new sheet will get (callers need it before writing its rels). */
  newSheetPart(): string {
    return this.newPartName(`${dirname(this.pkg.map.workbook)}/worksheets/sheet`, ".xml");
  }

  addSheet(part: string, name: string, state: SheetEntry["state"], body: PartSource, rels: SheetRel[]): void {
    this.putSheetPart(part, body, rels);
    const relId = this.workbookRels.add(REL_TYPES.worksheet, relativeTarget(this.pkg.map.workbook, part));
    this.workbook.addSheet(name, this.nextSheetId++, relId, state);
    if (state === "visible") this.app?.add(name);
  }

  /** Takes a sheet of MicroSeg's out of the workbook with its parts. */
  removeSheet(entry: SheetEntry): void {
    if (entry.part) {
      this.dropOwnedParts(entry.part);
      this.removePart(entry.part);
    }
    this.workbook.removeSheet(entry.relId);
    this.workbookRels.remove(entry.relId);
    this.app?.remove(entry.name);
  }

  /**
   * Excel's rename, carried out on the user's parts: each worksheet, chart
   * and pivot cache referring to a renamed sheet, and the defined names, get
   * the new name; a part that refers to none keeps its stored bytes. Called
   * once the plan's sheets are put (their parts are written anew).
   */
  renameReferences(renames: SheetRenames): void {
    if (renames.size === 0) return;
    this.workbook.renameInDefinedNames(renames);
    const worksheets = new Set(this.pkg.map.sheets.map((s) => s.part));
    for (const [name, source] of [...this.parts]) {
      if (typeof source === "function") continue;
      if (!worksheets.has(name) && !REFERRING_PART.test(name)) continue;
      const bytes = this.bytesOf(name);
      if (!bytes) continue;
      const xml = fromUtf8(bytes);
      const next = renameRefsInPart(xml, renames);
      if (next !== xml) this.parts.set(name, utf8(next));
    }
  }

  activeTab(): number {
    return this.workbook.activeTab();
  }

  async save(path: string): Promise<void> {
    const { map } = this.pkg;
    this.workbook.requestFullCalc();
    const edited = new Map<string, Uint8Array>([
      [findPart(this.parts, "[Content_Types].xml")!, utf8(this.contentTypes.toString())],
      [map.workbook, utf8(this.workbook.toString())],
      [
        findPart(this.pkg.parts, relsPartOf(map.workbook)) ?? relsPartOf(map.workbook),
        utf8(this.workbookRels.toString()),
      ],
    ]);
    if (this.styles.changed || !map.styles) edited.set(this.stylesPart, this.styles.toBytes());
    const app = findPart(this.parts, "docProps/app.xml");
    if (app && this.app?.changed) edited.set(app, utf8(this.app.toString()));
    const entries = new Map(this.parts);
    for (const [name, bytes] of edited) entries.set(name, bytes);
    // [Content_Types].xml first, as Office writes it; then the rest in the input's order.
    const ctName = findPart(entries, "[Content_Types].xml")!;
    const ordered: [string, PartSource][] = [[ctName, entries.get(ctName)!]];
    for (const [name, source] of entries) if (name !== ctName) ordered.push([name, source]);

    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await writeZip(tmp, ordered);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
}
