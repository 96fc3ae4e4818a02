/**
 * [Content_Types].xml edited in place: an Override per part MicroSeg adds,
 * removed with the parts it retires; the user's entries (including an .xlsm's
 * macro-enabled workbook type) stay as written.
 */
import { escapeRegExp, rootPrefix } from "./xmlEdit";
import { escapeAttr } from "./xmlText";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export class ContentTypes {
  private readonly prefix: string;
  constructor(private xml: string) {
    this.prefix = rootPrefix(xml, "Types");
  }

  private overrideRe(part: string): RegExp {
    return new RegExp(
      `<${escapeRegExp(this.prefix)}Override\\s[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`,
      "i",
    );
  }

  add(part: string, type: string): void {
    const existing = this.overrideRe(part).exec(this.xml);
    // A part rewritten in place keeps its entry as the user's writer put it (attribute order and all).
    if (existing && new RegExp(`ContentType="${escapeRegExp(type)}"`).test(existing[0])) return;
    if (existing) this.remove(part);
    const close = this.xml.lastIndexOf(`</${this.prefix}Types>`);
    const entry = `<${this.prefix}Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`;
    this.xml = this.xml.slice(0, close) + entry + this.xml.slice(close);
  }

  remove(part: string): void {
    this.xml = this.xml.replace(this.overrideRe(part), "");
  }

  /** A Default for an extension, when none is declared (rels and xml always are in a valid package). */
  ensureDefault(extension: string, type: string): void {
    const re = new RegExp(
      `<${escapeRegExp(this.prefix)}Default\\s[^>]*Extension="${escapeRegExp(extension)}"`,
      "i",
    );
    if (re.test(this.xml)) return;
    const close = this.xml.lastIndexOf(`</${this.prefix}Types>`);
    const entry = `<${this.prefix}Default Extension="${extension}" ContentType="${type}"/>`;
    this.xml = this.xml.slice(0, close) + entry + this.xml.slice(close);
  }

  toString(): string {
    return this.xml;
  }
}
