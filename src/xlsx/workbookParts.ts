/**
 * The workbook's map of its package: which part is the workbook, its sheets
 * (name, state, worksheet part), shared strings, styles and date system.
 * Read from the relationships, never from fixed paths, so packages laid out
 * by any writer are found.
 */
import { findPart, parseRels, REL_TYPES, relsPartOf, type PartReader, type Relationship } from "./partNames";
import { localAttrs, parseXml } from "./xmlEvents";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part; undefined for a chart sheet or dialog sheet (no cells to read). */
  part?: string;
}

export interface WorkbookParts {
  workbook: string;
  workbookRels: Relationship[];
  sheets: SheetEntry[];
  sharedStrings?: string;
  styles?: string;
  /** Serial 0 is 1904-01-01 (Mac Excel's old default) instead of 1899-12-31. */
  date1904: boolean;
}

export class PackageError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "PackageError";
  }
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

export function readWorkbookParts(parts: PartReader): WorkbookParts {
  const rootRels = parseRels("", parts.get(findPart(parts, "_rels/.rels") ?? ""));
  const office = rootRels.find((r) => r.type === REL_TYPES.officeDocument && !r.external);
  const workbook = findPart(parts, office?.part ?? "xl/workbook.xml");
  if (!workbook) throw new PackageError("no workbook part");
  const workbookRels = parseRels(workbook, parts.get(findPart(parts, relsPartOf(workbook)) ?? ""));
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(parts.get(workbook)!, {
    open: (name, raw) => {
      if (name === "workbookPr") date1904 = isTrue(localAttrs(raw).date1904);
      if (name !== "sheet") return;
      const a = localAttrs(raw);
      const rel = byId.get(a.id ?? "");
      const isWorksheet = rel !== undefined && rel.type === REL_TYPES.worksheet && !rel.external;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({
        name: a.name ?? "",
        sheetId: Number(a.sheetId),
        relId: a.id ?? "",
        state,
        part: isWorksheet ? findPart(parts, rel.part) : undefined,
      });
    },
  });
  const partOfType = (type: string) => {
    const rel = workbookRels.find((r) => r.type === type && !r.external);
    return rel ? findPart(parts, rel.part) : undefined;
  };
  return {
    workbook,
    workbookRels,
    sheets,
    sharedStrings: partOfType(REL_TYPES.sharedStrings),
    styles: partOfType(REL_TYPES.styles),
    date1904,
  };
}
