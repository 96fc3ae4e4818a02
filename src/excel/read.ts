/**
 * Reads every worksheet's used range (values only) in a fixed number of
 * requests: one for the sheet names and visibility, one for the registry and
 * the used ranges' sizes and tables, one for all values. Only sheets past the
 * limits of limits.ts are read in row blocks, spread over more requests. The
 * core (workbookSnapshot / splitRead) says which sheets are inputs and which
 * are MicroSeg's own.
 */
import { cellError, isErrorLiteral, type CellValue, type SheetData } from "../core/cells";
import { parseRegistry, REGISTRY_SHEET, type Registry } from "../core/registry";
import {
  splitRead,
  workbookSnapshot,
  type SheetVisibility,
  type WorkbookRead,
  type WorkbookSnapshot,
} from "../core/write";
import { syncInBatches } from "./batches";
import { queueDateSystemRead } from "./dateSystem";
import { rowBlocks, type ExcelLimits } from "./limits";

interface UsedRangeInfo {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range;
  tables: Excel.TableCollection;
}

interface BlockRead {
  sheetIndex: number;
  range: Excel.Range;
  cells: number;
}

/** Converts one cell of a `values` / `valueTypes` pair into the engine's CellValue. */
export function toCellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      // `values` holds the error literal (#N/A …), never a name; unknown ones keep their kind.
      return cellError(typeof value === "string" && isErrorLiteral(value) ? value : "#UNKNOWN!");
    case "Boolean":
      return Boolean(value);
    case "Integer":
    case "Double":
      return typeof value === "number" ? value : Number(value);
    default:
      if (typeof value === "string") return value === "" ? null : value;
      if (typeof value === "number" || typeof value === "boolean") return value;
      return null;
  }
}

function toCellRows(values: unknown[][], types: (Excel.RangeValueType | string)[][]): CellValue[][] {
  return values.map((row, r) => row.map((v, c) => toCellValue(v, types[r]?.[c] ?? "Unknown")));
}

/** Queues the load of the registry cell; null when the workbook has no registry. Needs the sheet names. */
export function queueRegistryRead(
  worksheets: Excel.WorksheetCollection,
  sheetNames: readonly string[],
): Excel.Range | null {
  if (!sheetNames.includes(REGISTRY_SHEET)) return null;
  const a1 = worksheets.getItem(REGISTRY_SHEET).getRange("A1");
  a1.load("values");
  return a1;
}

/** The registry from a registry cell loaded by queueRegistryRead (after the sync). */
export function registryFromCell(loaded: Excel.Range | null): { registry: Registry; text: string | null } {
  const text = loaded ? (loaded.values[0]?.[0] as unknown) : null;
  return { registry: parseRegistry(text), text: typeof text === "string" ? text : null };
}

/** Rows of column A the registry may use (64 cells of 32,767 characters: 2 MB of JSON). */
export const REGISTRY_ROWS = 64;

/** Queues the load of the registry's column A; null when the workbook has no registry. */
export function queueRegistryCells(
  worksheets: Excel.WorksheetCollection,
  sheetNames: readonly string[],
): Excel.Range | null {
  if (!sheetNames.includes(REGISTRY_SHEET)) return null;
  const cells = worksheets.getItem(REGISTRY_SHEET).getRangeByIndexes(0, 0, REGISTRY_ROWS, 1);
  cells.load("values");
  return cells;
}

/** The snapshot from the loaded sheets (name, visibility), their tables and the registry cells. */
export function snapshotFrom(
  sheets: readonly { name: string; visibility: string; tables: readonly string[] }[],
  registryCells: Excel.Range | null,
): WorkbookSnapshot {
  return workbookSnapshot(
    sheets.map((s) => ({ name: s.name, visibility: s.visibility as SheetVisibility, tables: s.tables })),
    registryCells ? registryCells.values.map((row) => row[0] as string) : null,
  );
}

export async function readWorkbookSheets(
  context: Excel.RequestContext,
  limits: ExcelLimits,
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  // Date cells are serials of the workbook's own date system (1900 or 1904).
  const dateSystem = queueDateSystemRead(context);
  await context.sync();

  const names = worksheets.items.map((ws) => ws.name);
  const registryCells = queueRegistryCells(worksheets, names);
  const infos: UsedRangeInfo[] = worksheets.items
    .filter((ws) => ws.name !== REGISTRY_SHEET)
    .map((sheet) => {
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const tables = sheet.tables;
      tables.load("items/name");
      return { sheet, name: sheet.name, used, tables };
    });
  await context.sync();

  const tablesOf = new Map(infos.map((i) => [i.name, i.tables.items.map((t) => t.name)]));
  const snapshot = snapshotFrom(
    worksheets.items.map((ws) => ({
      name: ws.name,
      visibility: ws.visibility,
      tables: tablesOf.get(ws.name) ?? [],
    })),
    registryCells,
  );
  const inputs = infos;

  // Rows per block so that a block stays under both the cell cap and the payload budget.
  const blocks: BlockRead[] = [];
  inputs.forEach((info, sheetIndex) => {
    const { rowIndex, columnIndex, rowCount, columnCount } = info.used;
    const cellsPerBlock = Math.min(limits.cellsPerRead, limits.payloadBytes / limits.bytesPerCellRead);
    const maxRows = Math.max(1, Math.floor(cellsPerBlock / columnCount));
    if (rowCount <= maxRows) {
      blocks.push({ sheetIndex, range: info.used, cells: rowCount * columnCount });
      return;
    }
    for (const b of rowBlocks(rowCount, maxRows)) {
      const range = info.sheet.getRangeByIndexes(rowIndex + b.start, columnIndex, b.count, columnCount);
      blocks.push({ sheetIndex, range, cells: b.count * columnCount });
    }
  });

  await syncInBatches(
    context,
    blocks.map((block) => ({
      bytes: block.cells * limits.bytesPerCellRead,
      queue: () => {
        block.range.load("values,valueTypes");
      },
    })),
    limits.payloadBytes,
  );

  const sheets = inputs.map((info, sheetIndex): SheetData => {
    const values: CellValue[][] = [];
    for (const block of blocks) {
      if (block.sheetIndex !== sheetIndex) continue;
      for (const row of toCellRows(block.range.values, block.range.valueTypes)) values.push(row);
    }
    return {
      name: info.name,
      values,
      firstRow: info.used.rowIndex + 1,
      firstCol: info.used.columnIndex,
      tables: info.tables.items.map((t) => ({ name: t.name })),
      dateSystem: dateSystem(),
    };
  });
  return splitRead(snapshot, sheets);
}
