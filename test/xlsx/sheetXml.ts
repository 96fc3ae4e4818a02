/**
 * A second, independent .xlsx reader for tests: it unzips the package with
 * JSZip and reads the sheet XML directly, so what the tests check is what
 * Excel will see in the file, not what exceljs believes it wrote.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { parseAddress } from "../../src/core/cells";

export interface XmlCell {
  ref: string;
  /** 1-based Excel row. */
  row: number;
  /** 0-based column. */
  col: number;
  /** The cell's t attribute ("" when absent = number). */
  type: string;
  /** Formula text without "=", when the cell has one. */
  formula?: string;
  /** Cached value / literal value. */
  value: string | number | boolean | null;
}

export type XmlWorkbook = Map<string, XmlCell[]>;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e in ENTITIES) return ENTITIES[e];
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join("");
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

function parseCells(xml: string, shared: string[]): XmlCell[] {
  const cells: XmlCell[] = [];
  for (const m of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = ` ${m[1]}`;
    const body = m[2] ?? "";
    const ref = attr(tag, "r") ?? "";
    const type = attr(tag, "t") ?? "";
    const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    const raw = v ? unescapeXml(v[1]) : null;
    let value: XmlCell["value"] = null;
    if (type === "s") value = shared[Number(raw)];
    else if (type === "inlineStr") value = texts(body);
    else if (type === "str" || type === "e") value = raw ?? "";
    else if (type === "b") value = raw === "1";
    else if (raw !== null) value = Number(raw);
    const { row, col } = parseAddress(ref);
    cells.push({ ref, row, col, type, formula: f ? unescapeXml(f[1]) : undefined, value });
  }
  return cells;
}

/** Every worksheet of the file by name, as its cells. */
export async function readXmlWorkbook(path: string): Promise<XmlWorkbook> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const sharedFile = zip.file("xl/sharedStrings.xml");
  const shared = sharedFile
    ? [...(await sharedFile.async("string")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  const targets = new Map(
    [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => [attr(m[0], "Id"), attr(m[0], "Target")]),
  );
  const out: XmlWorkbook = new Map();
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const target = targets.get(attr(m[0], "r:id")) ?? "";
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    out.set(name, parseCells(await text(zip, part), shared));
  }
  return out;
}
