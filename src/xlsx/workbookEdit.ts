/**
 * The workbook part edited in place: <sheet> entries for MicroSeg's sheets
 * appended (or renamed/removed), sheet-scoped defined names and the active
 * tab kept pointing at the same sheets, and a full recalculation asked for on
 * open. Everything else the user's workbook says (defined names, pivot
 * caches, calc settings, extensions) stays as written.
 */
import { escapeRegExp, findElement, getAttribute, rootPrefix, setAttribute } from "./xmlEdit";
import { escapeAttr } from "./xmlText";
import { NS_REL } from "./worksheetXml";
import { renameRefsInDefinedNames } from "./renameRefs";
import type { SheetRenames } from "../core";

export class WorkbookEdit {
  private readonly p: string;
  private readonly relPrefix: string | null;

  constructor(private xml: string) {
    this.p = rootPrefix(xml, "workbook");
    // Only a declaration on the root is in scope for new <sheet> elements (openpyxl declares it on each sheet).
    const root = findElement(xml, `${this.p}workbook`);
    const rootTag = root ? xml.slice(root.start, root.openEnd) : "";
    const m = new RegExp(`xmlns:([\\w.-]+)="${escapeRegExp(NS_REL)}"`).exec(rootTag);
    this.relPrefix = m ? m[1] : null;
  }

  /** The open tags of the <sheet> elements, in order. */
  private sheetTags(): { start: number; end: number; tag: string }[] {
    const out: { start: number; end: number; tag: string }[] = [];
    const re = new RegExp(`<${escapeRegExp(this.p)}sheet(?=[\\s/>])[^>]*>`, "g");
    for (const m of this.xml.matchAll(re))
      out.push({ start: m.index, end: m.index + m[0].length, tag: m[0] });
    return out;
  }

  private relIdOf(tag: string): string | undefined {
    const m = /\s([\w.-]+:)?id="([^"]*)"/.exec(tag);
    return m?.[2];
  }

  private indexOf(relId: string): number {
    return this.sheetTags().findIndex((t) => this.relIdOf(t.tag) === relId);
  }

  addSheet(name: string, sheetId: number, relId: string, state: "visible" | "hidden" | "veryHidden"): void {
    const rid = this.relPrefix ? `${this.relPrefix}:id` : `xmlns:r="${NS_REL}" r:id`;
    const stateAttr = state === "visible" ? "" : ` state="${state}"`;
    const entry = `<${this.p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${stateAttr} ${rid}="${relId}"/>`;
    const sheets = findElement(this.xml, `${this.p}sheets`);
    if (!sheets) throw new Error("workbook part has no <sheets>");
    if (sheets.selfClosing) {
      this.xml = `${this.xml.slice(0, sheets.start)}<${this.p}sheets>${entry}</${this.p}sheets>${this.xml.slice(sheets.end)}`;
    } else this.xml = this.xml.slice(0, sheets.closeStart) + entry + this.xml.slice(sheets.closeStart);
  }

  setSheetAttribute(relId: string, attr: "name" | "state", value: string): void {
    const t = this.sheetTags().find((s) => this.relIdOf(s.tag) === relId);
    if (t) this.xml = setAttribute(this.xml, t.start, attr, escapeAttr(value));
  }

  /** Removes a sheet; sheet-scoped names and tab indices after it move down by one. */
  removeSheet(relId: string): void {
    const index = this.indexOf(relId);
    if (index < 0) return;
    const t = this.sheetTags()[index];
    this.xml = this.xml.slice(0, t.start) + this.xml.slice(t.end);
    const local = new RegExp(
      `<${escapeRegExp(this.p)}definedName\\s[^>]*localSheetId="(\\d+)"[^>]*>[\\s\\S]*?</${escapeRegExp(this.p)}definedName>`,
      "g",
    );
    this.xml = this.xml.replace(local, (whole, id: string) => {
      const n = Number(id);
      if (n === index) return "";
      return n > index ? whole.replace(`localSheetId="${id}"`, `localSheetId="${n - 1}"`) : whole;
    });
    for (const attr of ["activeTab", "firstSheet"]) {
      const view = findElement(this.xml, `${this.p}workbookView`);
      const value = view ? getAttribute(this.xml.slice(view.start, view.openEnd), attr) : undefined;
      if (view && value !== undefined && Number(value) > index)
        this.xml = setAttribute(this.xml, view.start, attr, String(Number(value) - 1));
      else if (view && value !== undefined && Number(value) === index)
        this.xml = setAttribute(this.xml, view.start, attr, "0");
    }
  }

  /** Defined names referring to a renamed sheet follow it, as in Excel. */
  renameInDefinedNames(renames: SheetRenames): void {
    this.xml = renameRefsInDefinedNames(this.xml, renames);
  }

  /** Index of the sheet the workbook opens on. */
  activeTab(): number {
    const view = findElement(this.xml, `${this.p}workbookView`);
    return Number((view && getAttribute(this.xml.slice(view.start, view.openEnd), "activeTab")) ?? 0);
  }

  /** Cached values are written with every formula; Excel still recalculates them on open. */
  requestFullCalc(): void {
    const calc = findElement(this.xml, `${this.p}calcPr`);
    if (calc) {
      this.xml = setAttribute(this.xml, calc.start, "fullCalcOnLoad", "1");
      return;
    }
    // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr, …
    let at = -1;
    for (const name of ["definedNames", "externalReferences", "functionGroups", "sheets"]) {
      const span = findElement(this.xml, this.p + name);
      if (span) {
        at = span.end;
        break;
      }
    }
    if (at >= 0)
      this.xml = `${this.xml.slice(0, at)}<${this.p}calcPr fullCalcOnLoad="1"/>${this.xml.slice(at)}`;
  }

  toString(): string {
    return this.xml;
  }
}
