/**
 * A package's worksheets as the engine's SheetData (values only), plus the
 * registry's A1 text. Works on part bytes alone (no fs), so the browser
 * workbench reads .xlsx files with the same code as the command line.
 */
import type { SheetData } from "../core/cells";
import { readDateStyles } from "./dateStyles";
import { findPart, parseRels, REL_TYPES, relsPartOf } from "./partNames";
import { readSharedStrings } from "./sharedStrings";
import { readSheetValues, type CellContext } from "./sheetValues";
import type { SheetEntry, WorkbookParts } from "./workbookParts";
import { elementsNamed } from "./xmlEvents";

export type Parts = ReadonlyMap<string, Uint8Array>;

export interface PackageSheet extends SheetData {
  state: SheetEntry["state"];
}

export function cellContext(parts: Parts, map: WorkbookParts): CellContext {
  return {
    shared: readSharedStrings(map.sharedStrings ? parts.get(map.sharedStrings) : undefined),
    dateStyles: map.date1904 ? readDateStyles(map.styles ? parts.get(map.styles) : undefined) : [],
    date1904: map.date1904,
  };
}

/** Excel table names on a worksheet (displayName, what Office.js calls Table.name). */
export function sheetTables(parts: Parts, sheetPart: string): { name: string; part: string }[] {
  const rels = parseRels(sheetPart, parts.get(findPart(parts, relsPartOf(sheetPart)) ?? ""));
  return rels.flatMap((r) => {
    const part = r.type === REL_TYPES.table && !r.external ? findPart(parts, r.part) : undefined;
    const attrs = part ? elementsNamed(parts.get(part)!, "table")[0] : undefined;
    const name = attrs?.displayName ?? attrs?.name;
    return part && name ? [{ name, part }] : [];
  });
}

/** The named worksheets (all worksheets when `names` is omitted), in workbook order. */
export function readPackageSheets(
  parts: Parts,
  map: WorkbookParts,
  keep: (sheet: SheetEntry) => boolean = () => true,
  ctx: CellContext = cellContext(parts, map),
): PackageSheet[] {
  return map.sheets.flatMap((sheet) => {
    if (!sheet.part || !keep(sheet)) return [];
    const { values, firstRow, firstCol } = readSheetValues(parts.get(sheet.part)!, ctx);
    const tables = sheetTables(parts, sheet.part).map(({ name }) => ({ name }));
    return [{ name: sheet.name, state: sheet.state, values, firstRow, firstCol, tables }];
  });
}
