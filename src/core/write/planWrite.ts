/**
 * planWrite: from a workbook snapshot and the engine's output tables, the
 * whole write as one value (types.ts says how a port executes it).
 *
 * Ownership: only sheets the registry lists are MicroSeg's. An output whose
 * owned sheet exists is rewritten IN PLACE on that sheet (renamed when the
 * language changed), so references to it keep working; otherwise a sheet is
 * created. A name held by any other sheet is never taken (names.ts suffix).
 * With scope "plan", owned sheets of outputs the run no longer writes are
 * retired; with "only", they stay and stay in the registry.
 */
import { columnLetter } from "../cells";
import type { OutputId, OutputTable } from "../output";
import type { WriteReport } from "../port";
import { REGISTRY_SHEET, type Registry } from "../registry";
import { freeSheetName, freeTableName, NameSet } from "./names";
import {
  barChart,
  conditionalFormats,
  matrixGrid,
  matrixWidth,
  PALETTE,
  plannedColumns,
  plannedInputs,
  plannedSideBlock,
  scatterChart,
  TABLE_STYLE,
  tableWidths,
} from "./presentation";
import { registryToCells } from "./registryCells";
import type {
  PlannedGrid,
  PlannedTable,
  RetiredSheet,
  SheetWrite,
  WorkbookSnapshot,
  WriteOptions,
  WritePlan,
} from "./types";

interface Naming {
  table: OutputTable;
  sheetName: string;
  previousName: string | null;
  tableName: string;
}

function decideNames(snapshot: WorkbookSnapshot, tables: readonly OutputTable[]): Naming[] {
  const rewritten = new Set(tables.map((t) => snapshot.owned[t.id]).filter((n): n is string => !!n));
  // Tables on rewritten sheets are deleted before any is added; every other table keeps its name.
  const takenTables = new NameSet(
    snapshot.sheets.filter((s) => !rewritten.has(s.name)).flatMap((s) => s.tables),
  );
  const decided = new NameSet();
  return tables.map((table) => {
    const previousName = snapshot.owned[table.id] ?? null;
    const taken = new NameSet([
      ...snapshot.sheets.map((s) => s.name).filter((n) => n !== previousName),
      REGISTRY_SHEET,
    ]);
    const sheetName = freeSheetName(table.sheetName, {
      has: (n: string) => taken.has(n) || decided.has(n),
    } as NameSet);
    decided.add(sheetName);
    const tableName = freeTableName(table.tableName, takenTables);
    takenTables.add(tableName);
    return { table, sheetName, previousName, tableName };
  });
}

function sheetWrite(n: Naming, snapshot: WorkbookSnapshot): SheetWrite {
  const { table } = n;
  const nCols = table.columns.length;
  const spanRows = Math.max(1, table.rows.length);
  const planned: PlannedTable = {
    name: n.tableName,
    style: TABLE_STYLE,
    address: `A1:${columnLetter(Math.max(nCols, 1) - 1)}${spanRows + 1}`,
    columns: plannedColumns(table),
    rows: table.rows,
    spanRows,
  };
  const sideBlocks = (table.side ?? []).map(plannedSideBlock);
  const matrices = table.matrices ?? [];
  const sideEnd = Math.max(
    nCols,
    ...sideBlocks.map((b) => b.col + 2),
    ...matrices.map((m) => m.col + matrixWidth(m)),
  );
  const scatter = table.id === "segmentation" ? scatterChart(table, sideEnd) : null;
  const bar = scatter ? null : barChart(table, sideEnd);
  const chart = scatter?.chart ?? bar?.chart ?? null;
  const grids = [...matrices.map(matrixGrid), scatter?.grid, bar?.grid].filter((g): g is PlannedGrid => !!g);
  const extentRows = Math.max(
    spanRows + 1,
    ...sideBlocks.map((b) => b.excelRow + b.rows.length),
    ...grids.map((g) => g.row + g.values.length),
  );
  const extentCols = Math.max(sideEnd, ...grids.map((g) => g.col + (g.values[0]?.length ?? 0)));
  const previous = n.previousName ? snapshot.sheets.find((s) => s.name === n.previousName) : undefined;
  return {
    id: table.id,
    lang: table.lang,
    sheetName: n.sheetName,
    mode: n.previousName ? "rewrite" : "create",
    previousName: n.previousName,
    clear: { tables: previous ? [...previous.tables] : [] },
    table: planned,
    sideBlocks,
    grids,
    conditionalFormats: conditionalFormats(table),
    inputs: plannedInputs(table),
    chart,
    columnWidths: tableWidths(table),
    freeze: { rows: 1, columns: 0 },
    extent: { rows: extentRows, columns: extentCols },
  };
}

function reportOf(names: readonly Naming[], retire: readonly RetiredSheet[]): WriteReport {
  return {
    written: names.map((n) => ({ id: n.table.id, sheetName: n.sheetName })),
    renamed: names
      .filter((n) => n.sheetName !== n.table.sheetName)
      .map((n) => ({ wanted: n.table.sheetName, used: n.sheetName })),
    replaced: names.filter((n) => n.previousName !== null).map((n) => n.previousName as string),
    retired: retire.map((r) => r.sheetName),
  };
}

export function planWrite(
  snapshot: WorkbookSnapshot,
  tables: readonly OutputTable[],
  options: WriteOptions,
): WritePlan {
  const ids = new Set<OutputId>();
  for (const t of tables) {
    if (ids.has(t.id)) throw new Error(`Output ${t.id} is written twice in one plan`);
    ids.add(t.id);
  }
  const scope = options.scope ?? "plan";
  const keptOwned = Object.entries(snapshot.owned).filter(([id]) => !ids.has(id as OutputId)) as [
    OutputId,
    string,
  ][];
  const retire: RetiredSheet[] =
    scope === "plan"
      ? keptOwned.map(([id, sheetName]) => ({
          id,
          sheetName,
          visibility: snapshot.sheets.find((s) => s.name === sheetName)?.visibility ?? "Visible",
        }))
      : [];

  let names = decideNames(snapshot, tables);
  const report = reportOf(names, retire);
  if (options.annotate) {
    const annotated = options.annotate(report, tables);
    const byId = new Map(annotated.map((t) => [t.id, t]));
    names = names.map((n) => ({ ...n, table: byId.get(n.table.id) ?? n.table }));
  }

  const next: Registry = {
    ...snapshot.registry,
    owned: {
      ...(scope === "only" ? Object.fromEntries(keptOwned) : {}),
      ...Object.fromEntries(names.map((n) => [n.table.id, n.sheetName])),
    },
    generatedAt: options.now.toISOString(),
  };
  const cells = registryToCells(next);
  const registrySheet = snapshot.sheets.find((s) => s.name === REGISTRY_SHEET);
  const previousCells = snapshot.registryCells ?? [];
  return {
    sheets: names.map((n) => sheetWrite(n, snapshot)),
    retire,
    registry: {
      sheetName: REGISTRY_SHEET,
      create: !registrySheet,
      cells,
      clearTo: Math.max(cells.length, previousCells.length),
      visibility: "VeryHidden",
      next,
      previous: registrySheet ? { cells: [...previousCells], visibility: registrySheet.visibility } : null,
    },
    report,
    show: showOf(names, options.show),
    palette: PALETTE,
  };
}

function showOf(names: readonly Naming[], show: WriteOptions["show"]): WritePlan["show"] {
  if (!show || names.length === 0) return null;
  const wanted = show.outputs.map((id) => names.find((n) => n.table.id === id)).find((n) => n !== undefined);
  return { sheetName: (wanted ?? names[0]).sheetName, address: show.address ?? null };
}
