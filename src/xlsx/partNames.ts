/**
 * Where a package's parts are: relationship targets resolved against their
 * source part (OPC rules). Excel writes relative targets ("worksheets/sheet1.xml"),
 * openpyxl absolute ones ("/xl/worksheets/sheet1.xml"); both name the same part.
 */
import { elementsNamed } from "./xmlEvents";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  extendedProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target for an external one. */
  part: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(decodeURIComponent(seg));
  }
  return base.join("/");
}

/** The target to write in `sourcePart`'s rels for `part`: relative, as Excel writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRels(sourcePart: string, bytes: Uint8Array | undefined): Relationship[] {
  if (!bytes) return [];
  return elementsNamed(bytes, "Relationship").map((a) => {
    const external = a.TargetMode === "External";
    const target = a.Target ?? "";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      part: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Read access to a package's parts: a Map of inflated parts, or the lazily inflating ZipParts. */
export interface PartReader {
  get(name: string): Uint8Array | undefined;
  has(name: string): boolean;
  keys(): Iterable<string>;
  /** Lets go of an inflated part that will not be read again. */
  release?(name: string): void;
}

/** Looks a part up ignoring case, as OPC part names are case-insensitive. */
export function findPart(
  parts: { has(name: string): boolean; keys(): Iterable<string> },
  name: string,
): string | undefined {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  for (const key of parts.keys()) if (key.toLowerCase() === lower) return key;
  return undefined;
}
