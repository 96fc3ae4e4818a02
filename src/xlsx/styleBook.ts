/**
 * MicroSeg's formats added to the package's styles part. The user's number
 * formats, fonts, cell formats and differential formats keep their indices
 * (existing cells point at them); MicroSeg's are appended, and reused when an
 * identical entry is already there (a re-run does not grow the part).
 */
import { appendChildren, findElement, getAttribute, rootPrefix } from "./xmlEdit";
import { escapeAttr, fromUtf8, utf8 } from "./xmlText";

/** Number formats Excel knows by id (ECMA-376 §18.8.30) that MicroSeg uses. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM = 164;

/** A minimal styles part for a package that has none (allowed, but then cells cannot be formatted). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  /** A solid fill, ARGB ("FFFFF2CC"): the cells meant for typing. */
  fill?: string;
}

interface Section {
  container: string;
  child: string;
  before: string[];
  existing: string[];
  added: string[];
}

const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function after(container: string): string[] {
  return ORDER.slice(ORDER.indexOf(container) + 1);
}

export class StyleBook {
  private readonly prefix: string;
  private readonly sections: Record<"numFmts" | "fonts" | "fills" | "cellXfs" | "dxfs", Section>;
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM;
  private readonly cache = new Map<string, number>();
  private boldFontId: number | null = null;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "styleSheet");
    const read = (container: string, child: string): Section => {
      const span = findElement(xml, this.prefix + container);
      const inner = span && !span.selfClosing ? xml.slice(span.openEnd, span.closeStart) : "";
      return {
        container,
        child,
        before: after(container),
        existing: splitChildren(inner, this.prefix + child),
        added: [],
      };
    };
    this.sections = {
      numFmts: read("numFmts", "numFmt"),
      fonts: read("fonts", "font"),
      fills: read("fills", "fill"),
      cellXfs: read("cellXfs", "xf"),
      dxfs: read("dxfs", "dxf"),
    };
    for (const f of this.sections.numFmts.existing) {
      const id = Number(getAttribute(f, "numFmtId"));
      const code = getAttribute(f, "formatCode");
      if (code !== undefined) this.customFormats.set(unescape(code), id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  static fromBytes(bytes: Uint8Array | undefined): StyleBook {
    return new StyleBook(bytes ? fromUtf8(bytes) : MINIMAL_STYLES);
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILT_IN) return BUILT_IN[code];
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.sections.numFmts.added.push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`,
    );
    return id;
  }

  private boldFont(): number {
    if (this.boldFontId !== null) return this.boldFontId;
    const p = this.prefix;
    const base = this.sections.fonts.existing[0] ?? `<${p}font/>`;
    if (base.includes(`<${p}b/>`)) return (this.boldFontId = 0);
    const bold = base.endsWith("/>")
      ? `<${p}font><${p}b/></${p}font>`
      : base.replace(/^(<[^>]*>)/, `$1<${p}b/>`);
    this.boldFontId = this.indexOf(this.sections.fonts, bold);
    return this.boldFontId;
  }

  /** Index of an identical existing entry, or of a newly appended one. */
  private indexOf(section: Section, entry: string): number {
    const existing = section.existing.indexOf(entry);
    if (existing >= 0) return existing;
    const added = section.added.indexOf(entry);
    if (added >= 0) return section.existing.length + added;
    section.added.push(entry);
    return section.existing.length + section.added.length - 1;
  }

  /** A solid pattern fill (ECMA-376 §18.8.32: the colour of a solid fill is its fgColor). */
  private solidFill(argb: string): number {
    const p = this.prefix;
    return this.indexOf(
      this.sections.fills,
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeAttr(argb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** The cellXfs index (a cell's s attribute) for this style. */
  cellXf(style: CellStyle): number {
    const key = `${style.numberFormat ?? ""}\u0000${style.bold ? 1 : 0}\u0000${style.fill ?? ""}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (!style.numberFormat && !style.bold && !style.fill) {
      this.cache.set(key, 0);
      return 0;
    }
    const numFmtId = this.numFmtId(style.numberFormat);
    const fontId = style.bold ? this.boldFont() : 0;
    const fillId = style.fill ? this.solidFill(style.fill) : 0;
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}" borderId="0" xfId="0"`,
      numFmtId !== 0 ? 'applyNumberFormat="1"' : "",
      style.bold ? 'applyFont="1"' : "",
      style.fill ? 'applyFill="1"' : "",
    ].filter((a) => a !== "");
    const index = this.indexOf(this.sections.cellXfs, `<${this.prefix}xf ${attrs.join(" ")}/>`);
    this.cache.set(key, index);
    return index;
  }

  /** A differential format (conditional formatting) with a solid fill of this ARGB colour. */
  fillDxf(argb: string): number {
    const p = this.prefix;
    return this.indexOf(
      this.sections.dxfs,
      `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** The styles part with MicroSeg's entries appended; unchanged text when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    for (const s of Object.values(this.sections)) {
      xml = appendChildren(xml, this.prefix, s.container, s.child, s.added, s.before, "styleSheet").xml;
    }
    return xml;
  }

  toBytes(): Uint8Array {
    return utf8(this.toXml());
  }

  get changed(): boolean {
    return Object.values(this.sections).some((s) => s.added.length > 0);
  }
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The direct children named `qname` of a container's inner text, as written. */
function splitChildren(inner: string, qname: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const span = findElement(inner, qname, at);
    if (!span) break;
    out.push(inner.slice(span.start, span.end));
    at = span.end;
  }
  return out;
}
