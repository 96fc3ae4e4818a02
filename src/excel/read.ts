/**
 * Reads every worksheet's used range (values only) in a fixed number of
 * requests: one for the sheet names and visibility, one for the registry and
 * the used ranges' sizes and tables, one for all values. Only sheets past the
 * limits of limits.ts are read in row blocks, spread over more requests, after
 * a probe of where their values are (extent.ts); rows and columns at the end
 * without a value are dropped. The
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
import { blockLoadStep, syncInBatches } from "./batches";
import { queueDateSystemRead } from "./dateSystem";
import { cellCount, contentRects, type CellRect } from "./extent";
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
  at: CellRect;
}

const blankCell = (v: CellValue) => v === null || v === "";

/** Puts a row read at column offset `col` into row `index` (rows between blocks stay empty, ragged). */
function placeRow(values: CellValue[][], index: number, col: number, row: CellValue[]): void {
  while (values.length < index) values.push([]);
  const target = values[index];
  if (target === undefined && col === 0) {
    values[index] = row;
    return;
  }
  const cells = target ?? (values[index] = []);
  while (cells.length < col) cells.push(null);
  for (let j = 0; j < row.length; j++) cells[col + j] = row[j];
}

/**
 * Drops trailing rows without a value and cuts rows to the last column with
 * one: a formula filled to the last row that shows "" is no data to hold.
 */
export function trimTrailingBlanks(values: CellValue[][]): CellValue[][] {
  let rows = values.length;
  while (rows > 0 && values[rows - 1].every(blankCell)) rows--;
  values.length = rows;
  let width = 0;
  for (const row of values) {
    for (let c = row.length - 1; c >= width; c--) {
      if (!blankCell(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  for (const row of values) if (row.length > width) row.length = width;
  return values;
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
  // Rows per block so that a block stays under both the cell cap and the payload budget.
  const cellsPerBlock = Math.min(limits.cellsPerRead, limits.payloadBytes / limits.bytesPerCellRead);
  const rects = await contentRects(
    context,
    infos.map((info) => ({
      sheet: info.sheet,
      used: {
        row: info.used.rowIndex,
        col: info.used.columnIndex,
        rows: info.used.rowCount,
        cols: info.used.columnCount,
      },
    })),
    cellsPerBlock,
  );
  const blocks: BlockRead[] = [];
  rects.forEach((sheetRects, sheetIndex) => {
    for (const rect of sheetRects) {
      const maxRows = Math.max(1, Math.floor(cellsPerBlock / rect.cols));
      for (const b of rowBlocks(rect.rows, maxRows)) {
        const at = { row: rect.row + b.start, col: rect.col, rows: b.count, cols: rect.cols };
        const range = infos[sheetIndex].sheet.getRangeByIndexes(at.row, at.col, at.rows, at.cols);
        blocks.push({ sheetIndex, range, at });
      }
    }
  });

  // A block whose answer Excel refuses as too large (long texts) is read again in two halves.
  const valuesLoad = {
    bytes: (b: BlockRead) => cellCount(b.at) * limits.bytesPerCellRead,
    queue: (b: BlockRead) => {
      b.range.load("values,valueTypes");
    },
    make: (like: BlockRead, at: CellRect): BlockRead => ({
      sheetIndex: like.sheetIndex,
      at,
      range: infos[like.sheetIndex].sheet.getRangeByIndexes(at.row, at.col, at.rows, at.cols),
    }),
  };
  await syncInBatches(
    context,
    blocks.map((b) => blockLoadStep(blocks, b, valuesLoad)),
    limits.payloadBytes,
  );

  const sheets = infos.map((info, sheetIndex): SheetData => {
    const own = blocks.filter((b) => b.sheetIndex === sheetIndex);
    const firstRow = own.reduce((n, b) => Math.min(n, b.at.row), own[0]?.at.row ?? info.used.rowIndex);
    const firstCol = own.reduce((n, b) => Math.min(n, b.at.col), own[0]?.at.col ?? info.used.columnIndex);
    const values: CellValue[][] = [];
    for (const block of own) {
      const rows = toCellRows(block.range.values, block.range.valueTypes);
      rows.forEach((row, i) => placeRow(values, block.at.row + i - firstRow, block.at.col - firstCol, row));
    }
    return {
      name: info.name,
      values: trimTrailingBlanks(values),
      firstRow: firstRow + 1,
      firstCol,
      tables: info.tables.items.map((t) => ({ name: t.name })),
      dateSystem: dateSystem(),
    };
  });
  return splitRead(snapshot, sheets);
}
