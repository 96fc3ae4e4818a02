/**
 * A package's worksheets as the engine's SheetData (values only), plus the
 * registry's A1 text. Works on part bytes alone (no fs), so the browser
 * workbench reads .xlsx files with the same code as the command line.
 */
import type { SheetData } from "../core/cells";
import { findPart, parseRels, REL_TYPES, relsPartOf, type PartReader } from "./partNames";
import { readSharedStrings } from "./sharedStrings";
import { readSheetValues, type CellContext } from "./sheetValues";
import type { SheetEntry, WorkbookParts } from "./workbookParts";
import { elementsNamed } from "./xmlEvents";

export type Parts = PartReader;

export interface PackageSheet extends SheetData {
  state: SheetEntry["state"];
}

export function cellContext(parts: Parts, map: WorkbookParts): CellContext {
  return {
    shared: readSharedStrings(map.sharedStrings ? parts.get(map.sharedStrings) : undefined),
    dateSystem: map.date1904 ? 1904 : 1900,
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
    // The sheet's XML is not needed again: the writer copies the part as stored.
    parts.release?.(sheet.part);
    const tables = sheetTables(parts, sheet.part).map(({ name }) => ({ name }));
    // Serials stay as the workbook stores them (as Office.js gives them); the engine reads them in its date system.
    const dateSystem = map.date1904 ? 1904 : 1900;
    return [{ name: sheet.name, state: sheet.state, values, firstRow, firstCol, tables, dateSystem }];
  });
}
