/**
 * Executes the core's write plan (core/write) inside one Excel.run: one
 * request loads the sheet names, one the registry and the tables, one the
 * content of the owned sheets about to be rewritten (kept for rollback), then
 * the writes go in as few requests as the payload limit allows.
 *
 * In place (SPEC §7): an owned sheet is the same sheet after a re-run — its
 * tables and conditional formats deleted, its cells cleared, rewritten and,
 * when the language changed, renamed — so a user's ='Target List'!B2 or a
 * pivot on it keeps working. Retired sheets, then the rewritten sheets'
 * earlier charts, are deleted last, when everything else went through (a
 * very hidden sheet is made hidden first: Excel refuses to delete it otherwise).
 *
 * Failure: the sheets this run created are deleted, every rewritten sheet gets
 * back its name, cells, number formats and tables from the copy loaded
 * before, and the registry its previous cells. The error is a PortError.
 * The input cells' fill and drop-down list (the Target List's feedback,
 * ExcelApi 1.8) are not part of that copy: a restored Target List keeps its
 * answers but gets its fill and list again only from the next run.
 */
import { formulaForRow, type OutputValue } from "../core/output";
import type { WriteReport } from "../core/port";
import { hostErrorText, PortError } from "../core/portError";
import {
  excelCellValue,
  NUMBER_FORMATS,
  planWrite,
  TEXT_FORMAT,
  type PlannedGrid,
  type PlannedSideBlock,
  type PortWriteOptions,
  type SheetWrite,
  type WritePlan,
} from "../core/write";
import { serialInSystem, type DateSystem } from "../core/dates";
import { blockLoadStep, syncInBatches, type QueuedStep } from "./batches";
import { queueDateSystemRead } from "./dateSystem";
import { jsonBytes, rowBlocks, rowBlocksByBytes, type ExcelLimits } from "./limits";
import { queueRegistryCells, snapshotFrom } from "./read";
import { DATA_VALIDATION_API, SCREEN_UPDATING_API, type SupportsExcelApi } from "./requirements";
import { AXIS_NUMBER_FORMAT_API, chartSteps, type ChartApi } from "./chart";

export interface WriteContext {
  limits: ExcelLimits;
  supports: SupportsExcelApi;
  now: () => Date;
}

/** Fixed cost of one queued command besides its data (object path, method name). */
export const COMMAND_BYTES = 200;

/** What a rewritten sheet held before the write, to put back on failure. */
interface SheetBackup {
  name: string;
  address: { row: number; col: number; rows: number; cols: number } | null;
  formulas: unknown[][];
  numberFormat: unknown[][];
  tables: { name: string; address: string; style: string }[];
  /** The sheet's charts (loaded), deleted before the rewrite. */
  charts: Excel.ChartCollection;
  /** Its conditional formats, to add again on rollback. */
  conditionalFormats: SavedFormat[];
}

type SavedFormat =
  | { kind: "custom"; address: string; formula: string; fill: string }
  | { kind: "dataBar"; address: string; direction: string; color: string };

/** Looks a sheet up by name at queue time, whatever the sheet is called by then. */
type SheetRef = () => Excel.Worksheet;

/** Steps that assign a 2-D block in row chunks under the budget, sized from the bytes they carry. */
export function gridSteps(
  sheet: SheetRef,
  top: number,
  left: number,
  rows: unknown[][],
  width: number,
  budget: number,
  assign: (range: Excel.Range, block: unknown[][]) => void,
): QueuedStep[] {
  const step = (start: number, block: unknown[][]): QueuedStep => ({
    bytes: jsonBytes(block) + COMMAND_BYTES,
    queue: () => assign(sheet().getRangeByIndexes(top + start, left, block.length, width), block),
    // Refused as too large after all: the same rows in two halves.
    split:
      block.length > 1
        ? () => {
            const half = Math.ceil(block.length / 2);
            return [step(start, block.slice(0, half)), step(start + half, block.slice(half))];
          }
        : undefined,
  });
  return rowBlocksByBytes(rows, budget).map((b) => step(b.start, rows.slice(b.start, b.start + b.count)));
}

function sideBlockStep(sheet: SheetRef, block: PlannedSideBlock, dateSystem: DateSystem): QueuedStep {
  const formats = [[TEXT_FORMAT, TEXT_FORMAT], ...block.rows.map((r) => [TEXT_FORMAT, r.numberFormat])];
  // A date row holds a 1900-system serial (the plan's); the workbook's own system may be 1904.
  const value = (r: PlannedSideBlock["rows"][number]): OutputValue =>
    r.numberFormat === NUMBER_FORMATS.date && typeof r.value === "number"
      ? serialInSystem(r.value, dateSystem)
      : r.value;
  const values: OutputValue[][] = [
    [block.title, null],
    ...block.rows.map((r) => [r.label, r.formula ? null : value(r)]),
  ];
  const formulas = block.rows.map((r) => [r.formula]);
  return {
    bytes: jsonBytes(values) + jsonBytes(formats) + jsonBytes(formulas) + 4 * COMMAND_BYTES,
    queue: () => {
      const ws = sheet();
      const range = ws.getRangeByIndexes(block.excelRow - 1, block.col, block.rows.length + 1, 2);
      range.numberFormat = formats;
      range.values = values;
      ws.getRangeByIndexes(block.excelRow - 1, block.col, 1, 1).format.font.bold = true;
      block.rows.forEach((r, i) => {
        if (r.formula) ws.getRangeByIndexes(block.excelRow + i, block.col + 1, 1, 1).formulas = [[r.formula]];
      });
    },
  };
}

function gridBlockSteps(sheet: SheetRef, g: PlannedGrid, budget: number): QueuedStep[] {
  const width = g.values[0]?.length ?? 0;
  if (width === 0) return [];
  const formats = g.rowFormats.map((f) => new Array<string>(width).fill(f));
  const values = g.values.map((row, r) => row.map((v, c) => (g.formulas?.[r]?.[c] ? null : v)));
  const steps = [
    ...gridSteps(sheet, g.row, g.col, formats, width, budget, (r, b) => (r.numberFormat = b)),
    ...gridSteps(sheet, g.row, g.col, values, width, budget, (r, b) => (r.values = b)),
  ];
  if (g.formulas) {
    const formulas = g.formulas;
    // Only the cells with a formula: a null in `formulas` would clear the values written above.
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        steps.push({
          bytes: jsonBytes(f) + COMMAND_BYTES,
          queue: () => (sheet().getRangeByIndexes(g.row + r, g.col + c, 1, 1).formulas = [[f]]),
        });
      }),
    );
  }
  for (const r of g.boldRows) {
    steps.push({
      bytes: COMMAND_BYTES,
      queue: () => (sheet().getRangeByIndexes(g.row + r, g.col, 1, width).format.font.bold = true),
    });
  }
  return steps;
}

/** Adds one conditional format (a planned rule, or one saved before a rewrite). */
function addFormat(ws: Excel.Worksheet, f: SavedFormat): void {
  const range = ws.getRange(f.address);
  if (f.kind === "custom") {
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    cf.custom.format.fill.color = f.fill;
  } else {
    const cf = range.conditionalFormats.add("DataBar");
    cf.dataBar.barDirection = f.direction as Excel.ConditionalDataBarDirection;
    cf.dataBar.positiveFormat.fillColor = f.color;
  }
}

/** Every step that writes one planned sheet's content, in the order Excel needs them. */
function contentSteps(
  w: SheetWrite,
  sheet: SheetRef,
  budget: number,
  dateSystem: DateSystem,
  chartApi: ChartApi,
  /** The host has data validation (ExcelApi 1.8); without it the input cells are only styled. */
  validation: boolean,
): QueuedStep[] {
  const { table } = w;
  const cols = table.columns;
  const nCols = cols.length;
  const n = table.rows.length;
  const steps: QueuedStep[] = [];
  const headers = cols.map((c) => c.header);

  // 1. Header and "@" on text cells BEFORE any value is written: Excel converts on entry otherwise.
  steps.push({
    bytes: jsonBytes(headers) * 2 + 2 * COMMAND_BYTES,
    queue: () => {
      const head = sheet().getRangeByIndexes(0, 0, 1, nCols);
      head.numberFormat = [headers.map(() => TEXT_FORMAT)];
      head.values = [headers];
    },
  });
  if (n > 0) {
    cols.forEach((col, c) => {
      const text = new Set(col.textRows);
      const formats = table.rows.map((_r, i) => [text.has(i) ? TEXT_FORMAT : col.numberFormat]);
      steps.push(...gridSteps(sheet, 1, c, formats, 1, budget, (r, b) => (r.numberFormat = b)));
    });
    // 2. Values (formula columns left as null = untouched), then 3. formulas.
    const values = table.rows.map((row) =>
      cols.map((col, c) => (col.formula ? null : excelCellValue(row[c] ?? null, col.format, dateSystem))),
    );
    steps.push(...gridSteps(sheet, 1, 0, values, nCols, budget, (r, b) => (r.values = b)));
    cols.forEach((col, c) => {
      const template = col.formula;
      if (!template) return;
      const formulas = table.rows.map((_r, i) => [formulaForRow(template, i)]);
      steps.push(...gridSteps(sheet, 1, c, formulas, 1, budget, (r, b) => (r.formulas = b)));
    });
  }

  // 4. Table, frozen header, widths, side blocks, grids, conditional formats, chart.
  steps.push({
    bytes: (6 + w.columnWidths.length) * COMMAND_BYTES,
    queue: () => {
      const ws = sheet();
      const t = ws.tables.add(ws.getRange(table.address), true);
      t.name = table.name;
      t.style = table.style;
      if (w.freeze.rows > 0) ws.freezePanes.freezeRows(w.freeze.rows);
      for (const cw of w.columnWidths) ws.getRangeByIndexes(0, cw.col, 1, 1).format.columnWidth = cw.points;
    },
  });
  for (const block of w.sideBlocks) steps.push(sideBlockStep(sheet, block, dateSystem));
  for (const g of w.grids) steps.push(...gridBlockSteps(sheet, g, budget));
  if (w.conditionalFormats.length > 0) {
    steps.push({
      bytes: w.conditionalFormats.length * 3 * COMMAND_BYTES,
      queue: () => {
        const ws = sheet();
        for (const rule of w.conditionalFormats) {
          addFormat(
            ws,
            rule.kind === "expression"
              ? { kind: "custom", address: rule.range, formula: rule.formula, fill: rule.fill }
              : { kind: "dataBar", address: rule.range, direction: "LeftToRight", color: rule.color },
          );
        }
      },
    });
  }
  if (w.chart) steps.push(...chartSteps(sheet, w.chart, chartApi));
  const inputs = w.inputs ?? [];
  if (inputs.length > 0) {
    steps.push({
      bytes: inputs.length * 4 * COMMAND_BYTES + jsonBytes(inputs),
      queue: () => {
        const ws = sheet();
        // A rewritten sheet may still carry the last run's list, on more rows than this one has.
        if (validation && inputs.some((i) => i.list)) ws.getRange().dataValidation.clear();
        for (const input of inputs) {
          const range = ws.getRange(input.range);
          range.format.fill.color = input.fill;
          if (!validation || !input.list) continue;
          range.dataValidation.rule = { list: { inCellDropDown: true, source: input.list.join(",") } };
          if (input.prompt) range.dataValidation.prompt = { showPrompt: true, ...input.prompt };
        }
      },
    });
  }
  return steps;
}

/**
 * Clears an owned sheet for its rewrite: tables, conditional formats, cells,
 * frozen panes. Its charts are deleted only once the new content is written
 * (see planSteps), so a failed write still has them.
 */
function clearSheet(ws: Excel.Worksheet, tables: readonly string[]): void {
  for (const t of tables) ws.tables.getItem(t).delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.clear("All");
  ws.freezePanes.unfreeze();
}

export async function writePlan(
  context: Excel.RequestContext,
  tables: Parameters<typeof planWrite>[1],
  options: WriteContext & PortWriteOptions,
): Promise<WriteReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  // Dates are written as serials of the workbook's own date system.
  const dateSystem = queueDateSystemRead(context);
  await context.sync();

  const names = worksheets.items.map((ws) => ws.name);
  const registryCells = queueRegistryCells(worksheets, names);
  const tableLists = worksheets.items.map((ws) => {
    const collection = ws.tables;
    collection.load("items/name");
    return collection;
  });
  await context.sync();

  const snapshot = snapshotFrom(
    worksheets.items.map((ws, i) => ({
      name: ws.name,
      visibility: ws.visibility,
      tables: tableLists[i].items.map((t) => t.name),
    })),
    registryCells,
  );
  const plan = planWrite(snapshot, tables, {
    now: options.now(),
    scope: options.scope,
    annotate: options.annotate,
    show: options.show,
  });
  const budget = options.limits.payloadBytes;
  const backups = await loadBackups(context, plan, options.limits);

  const chartApi: ChartApi = { axisNumberFormat: options.supports(AXIS_NUMBER_FORMAT_API) };
  const steps = planSteps(
    context,
    plan,
    backups,
    Math.max(1024, Math.floor(budget / 2)),
    dateSystem(),
    chartApi,
    options.supports(DATA_VALIDATION_API),
  );
  const screenUpdating = options.supports(SCREEN_UPDATING_API);
  try {
    await syncInBatches(context, steps, budget, (batch) => {
      context.application.suspendApiCalculationUntilNextSync();
      // Once: repeated calls make the window flicker (Excel.Application docs).
      if (screenUpdating && batch === 0) context.application.suspendScreenUpdatingUntilNextSync();
    });
  } catch (cause) {
    let rollbackError: unknown = null;
    try {
      await rollBack(context, plan, backups, budget);
    } catch (e) {
      rollbackError = e;
    }
    throw new PortError("write-failed", {
      detail: hostErrorText(cause),
      cause,
      restored: rollbackError === null,
      rollbackError,
    });
  }
  return plan.report;
}

/** Queues the loads of a sheet's charts (names) and conditional formats (types). */
function sheetParts(
  worksheets: Excel.WorksheetCollection,
  name: string,
): { charts: Excel.ChartCollection; formats: Excel.ConditionalFormatCollection } {
  const charts = worksheets.getItem(name).charts;
  charts.load("items/name");
  const formats = worksheets.getItem(name).getRange().conditionalFormats;
  formats.load("items/type");
  return { charts, formats };
}

/** One request (more only past the payload limit): what each rewritten sheet holds now. */
async function loadBackups(
  context: Excel.RequestContext,
  plan: WritePlan,
  limits: ExcelLimits,
): Promise<SheetBackup[]> {
  const worksheets = context.workbook.worksheets;
  const rewrites = plan.sheets.filter((w) => w.previousName !== null);
  const loaded = rewrites.map((w) => {
    const ws = worksheets.getItem(w.previousName as string);
    // Values only: formats a user spread down to row 1,048,576 are not worth a 1,000,000-row backup.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const { charts, formats } = sheetParts(worksheets, w.previousName as string);
    const ranges = w.clear.tables.map((name) => {
      const t = ws.tables.getItem(name);
      t.load("style");
      const r = t.getRange();
      r.load("address");
      return { name, table: t, range: r };
    });
    return { w, ws, used, ranges, charts, formats };
  });
  if (loaded.length === 0) return [];
  await context.sync();

  const cellsPerBlock = Math.min(limits.cellsPerRead, limits.payloadBytes / limits.bytesPerCellRead / 2);
  interface BackupBlock {
    index: number;
    range: Excel.Range;
    at: { row: number; col: number; rows: number; cols: number };
  }
  const blocks: BackupBlock[] = [];
  const blockAt = (index: number, at: BackupBlock["at"]): BackupBlock => ({
    index,
    at,
    range: loaded[index].ws.getRangeByIndexes(at.row, at.col, at.rows, at.cols),
  });
  loaded.forEach((l, index) => {
    if (l.used.isNullObject) return;
    const { rowIndex, columnIndex, rowCount, columnCount } = l.used;
    const maxRows = Math.max(1, Math.floor(cellsPerBlock / columnCount));
    for (const b of rowBlocks(rowCount, maxRows)) {
      blocks.push(
        blockAt(index, { row: rowIndex + b.start, col: columnIndex, rows: b.count, cols: columnCount }),
      );
    }
  });
  // Queued as a step, so that a request refused as too large sends these loads again too.
  let savedFormats: { cf: Excel.ConditionalFormat; range: Excel.Range }[][] = [];
  const formatsStep: QueuedStep = {
    bytes: loaded.reduce((n, l) => n + l.formats.items.length, 0) * 3 * COMMAND_BYTES,
    queue: () => {
      savedFormats = loaded.map((l) =>
        l.formats.items.map((cf) => {
          const range = cf.getRange();
          range.load("address");
          if (cf.type === "DataBar") {
            cf.dataBar.load("barDirection");
            cf.dataBar.positiveFormat.load("fillColor");
          } else {
            cf.custom.rule.load("formula");
            cf.custom.format.fill.load("color");
          }
          return { cf, range };
        }),
      );
    },
  };
  // A block whose answer Excel refuses as too large is loaded again in two halves, in its place.
  const backupLoad = {
    bytes: (b: BackupBlock) => 2 * limits.bytesPerCellRead * b.at.rows * b.at.cols,
    queue: (b: BackupBlock) => {
      b.range.load("formulas,numberFormat");
    },
    make: (like: BackupBlock, at: BackupBlock["at"]) => blockAt(like.index, at),
  };
  await syncInBatches(
    context,
    [formatsStep, ...blocks.map((b) => blockLoadStep(blocks, b, backupLoad))],
    limits.payloadBytes,
  );
  return loaded.map((l, index): SheetBackup => {
    const formulas: unknown[][] = [];
    const numberFormat: unknown[][] = [];
    for (const b of blocks) {
      if (b.index !== index) continue;
      formulas.push(...b.range.formulas);
      numberFormat.push(...b.range.numberFormat);
    }
    return {
      name: l.w.previousName as string,
      address: l.used.isNullObject
        ? null
        : { row: l.used.rowIndex, col: l.used.columnIndex, rows: l.used.rowCount, cols: l.used.columnCount },
      formulas,
      numberFormat,
      tables: l.ranges.map((r) => ({
        name: r.name,
        address: r.range.address.replace(/^.*!/, ""),
        style: r.table.style,
      })),
      charts: l.charts,
      conditionalFormats: savedFormats[index].map(({ cf, range }): SavedFormat => {
        const address = range.address.replace(/^.*!/, "");
        return cf.type === "DataBar"
          ? {
              kind: "dataBar",
              address,
              direction: cf.dataBar.barDirection,
              color: cf.dataBar.positiveFormat.fillColor,
            }
          : { kind: "custom", address, formula: cf.custom.rule.formula, fill: cf.custom.format.fill.color };
      }),
    };
  });
}

function planSteps(
  context: Excel.RequestContext,
  plan: WritePlan,
  backups: readonly SheetBackup[],
  budget: number,
  dateSystem: DateSystem,
  chartApi: ChartApi,
  validation: boolean,
): QueuedStep[] {
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  const steps: QueuedStep[] = [];
  // 1. Every rewritten sheet is cleared (and renamed) and every new one added before any table is added.
  for (const w of plan.sheets) {
    steps.push({
      bytes: (6 + w.clear.tables.length) * COMMAND_BYTES,
      queue: () => {
        if (w.previousName) {
          const ws = worksheets.getItem(w.previousName);
          sheets.set(w.sheetName, ws);
          clearSheet(ws, w.clear.tables);
          if (w.previousName !== w.sheetName) ws.name = w.sheetName;
        } else {
          sheets.set(w.sheetName, worksheets.add(w.sheetName));
        }
      },
    });
  }
  for (const w of plan.sheets) {
    const sheet: SheetRef = () => {
      const ws = sheets.get(w.sheetName);
      if (!ws) throw new Error(`Sheet ${w.sheetName} was not prepared`);
      return ws;
    };
    steps.push(...contentSteps(w, sheet, budget, dateSystem, chartApi, validation));
  }
  // 2. The registry.
  const reg = plan.registry;
  const cells = Array.from({ length: reg.clearTo }, (_v, i) => [reg.cells[i] ?? ""]);
  steps.push({
    bytes: jsonBytes(cells) + 4 * COMMAND_BYTES,
    queue: () => {
      const ws = reg.create ? worksheets.add(reg.sheetName) : worksheets.getItem(reg.sheetName);
      const range = ws.getRangeByIndexes(0, 0, cells.length, 1);
      range.numberFormat = cells.map(() => [TEXT_FORMAT]);
      range.values = cells;
      ws.visibility = reg.visibility;
    },
  });
  // 3. The sheet to show, among the write's own requests: no Excel.run of its own.
  const show = plan.show;
  if (show) {
    steps.push({
      bytes: 2 * COMMAND_BYTES,
      queue: () => {
        const ws = worksheets.getItem(show.sheetName);
        ws.activate();
        if (show.address) ws.getRange(show.address).select();
      },
    });
  }
  // 4. The sheets a run no longer needs, deleted (no way back) once all else went through.
  for (const r of plan.retire) {
    steps.push({
      bytes: 2 * COMMAND_BYTES,
      queue: () => {
        const ws = worksheets.getItem(r.sheetName);
        if (r.visibility === "VeryHidden") ws.visibility = "Hidden";
        ws.delete();
      },
    });
  }
  // 5. Last of all, the earlier charts of rewritten sheets: a failure in any step before leaves
  // them where they were (Excel stops a request at the failing command), so rollback keeps them.
  for (const b of backups) {
    const names = b.charts.items.map((c) => c.name);
    if (names.length === 0) continue;
    steps.push({
      bytes: names.length * COMMAND_BYTES,
      queue: () => {
        const ws = sheets.get(plan.sheets.find((w) => w.previousName === b.name)?.sheetName ?? b.name);
        for (const name of names) ws?.charts.getItem(name).delete();
      },
    });
  }
  return steps;
}

/** Puts the workbook back as it was before a failed write (see the file comment). */
async function rollBack(
  context: Excel.RequestContext,
  plan: WritePlan,
  backups: readonly SheetBackup[],
  budget: number,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const present = new Map(worksheets.items.map((ws) => [ws.name, ws]));
  const prepared = plan.sheets.map((w) => {
    const ws = present.get(w.sheetName) ?? (w.previousName ? present.get(w.previousName) : undefined);
    return { w, ws, tables: ws?.tables, charts: ws?.charts };
  });
  // Usually one request; through syncInBatches so that a refusal as too large is no reason to stop.
  await syncInBatches(
    context,
    prepared.map((p) => ({
      bytes: 2 * COMMAND_BYTES,
      queue: () => {
        p.tables?.load("items/name");
        p.charts?.load("items/name");
      },
    })),
    budget,
  );

  const steps: QueuedStep[] = [];
  for (const p of prepared) {
    const { w, ws, tables, charts } = p;
    if (!ws || !tables || !charts) continue;
    if (!w.previousName) {
      steps.push({ bytes: COMMAND_BYTES, queue: () => ws.delete() });
      continue;
    }
    const backup = backups.find((b) => b.name === w.previousName);
    steps.push({
      bytes: 8 * COMMAND_BYTES,
      queue: () => {
        clearSheet(
          ws,
          tables.items.map((t) => t.name),
        );
        // Charts this run added go; the earlier ones were never deleted unless the write got that far.
        const earlier = new Set(backup?.charts.items.map((c) => c.name) ?? []);
        for (const c of charts.items) if (!earlier.has(c.name)) c.delete();
        if (w.previousName !== w.sheetName && present.has(w.sheetName)) ws.name = w.previousName as string;
      },
    });
    if (!backup?.address) continue;
    const { row, col, cols } = backup.address;
    const sheet: SheetRef = () => ws;
    steps.push(
      ...gridSteps(sheet, row, col, backup.numberFormat, cols, budget, (r, b) => (r.numberFormat = b)),
    );
    steps.push(...gridSteps(sheet, row, col, backup.formulas, cols, budget, (r, b) => (r.formulas = b)));
    for (const t of backup.tables) {
      steps.push({
        bytes: 3 * COMMAND_BYTES,
        queue: () => {
          const added = ws.tables.add(ws.getRange(t.address), true);
          added.name = t.name;
          added.style = t.style;
        },
      });
    }
    steps.push({
      bytes: (1 + backup.conditionalFormats.length * 3) * COMMAND_BYTES,
      queue: () => {
        ws.freezePanes.freezeRows(1);
        for (const f of backup.conditionalFormats) addFormat(ws, f);
      },
    });
  }
  const reg = plan.registry;
  const regSheet = present.get(reg.sheetName);
  if (regSheet) {
    if (reg.previous) {
      const cells = Array.from({ length: Math.max(reg.clearTo, reg.previous.cells.length) }, (_v, i) => [
        reg.previous?.cells[i] ?? "",
      ]);
      steps.push({
        bytes: jsonBytes(cells) + 2 * COMMAND_BYTES,
        queue: () => (regSheet.getRangeByIndexes(0, 0, cells.length, 1).values = cells),
      });
    } else {
      // Excel refuses to delete a very hidden sheet: hidden first.
      steps.push({
        bytes: 2 * COMMAND_BYTES,
        queue: () => {
          regSheet.visibility = "Hidden";
          regSheet.delete();
        },
      });
    }
  }
  await syncInBatches(context, steps, budget);
}
