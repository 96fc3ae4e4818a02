/**
 * Writes the output tables into the open workbook inside one Excel.run:
 * one request loads the sheet names, one the registry and the tables, then
 * the writes go in as few requests as the payload limit allows (one when the
 * plan is under 4 MB, whatever the number of rows).
 *
 * Ownership and failure (SPEC §7): the earlier sheets of the same outputs
 * (named in the registry, in whatever language they were written) are first
 * renamed out of the way, the new sheets are written, and only then are the
 * old ones deleted; owned sheets of outputs not being written stay as they
 * are. If any request fails, the sheets this run created are deleted and the
 * earlier sheets get their names (and their tables' names) back, so the
 * workbook is as it was: a failed run never costs the user the previous plan.
 * Input sheets and users' sheets are never touched.
 */
import { columnLetter } from "../core/cells";
import type { DateSystem } from "../core/dates";
import type { Lang } from "../core/issues";
import {
  formulaForRow,
  OUTPUT_SHEET_NAMES,
  type ColumnFormat,
  type OutputTable,
  type OutputValue,
  type SideBlock,
} from "../core/output";
import type { WriteReport } from "../core/port";
import { chooseSheetName, REGISTRY_SHEET, serializeRegistry, type Registry } from "../core/registry";
import { QUADRANTS } from "../core/settings";
import { syncInBatches, type QueuedStep } from "./batches";
import { chartColumns, segmentationChartSteps } from "./chart";
import {
  columnWidthPoints,
  displayWidth,
  GENERAL_FORMAT,
  HEADER_TABLE_STYLE,
  needsTextFormat,
  NUMBER_FORMATS,
  QUADRANT_COLORS,
  quadrantTexts,
  TEXT_FORMAT,
  toExcelValue,
} from "./formats";
import { jsonBytes, rowBlocksByBytes, type ExcelLimits } from "./limits";
import { queueDateSystemRead } from "./dateSystem";
import { queueRegistryRead, registryFromCell } from "./read";
import { SCREEN_UPDATING_API, type SupportsExcelApi } from "./requirements";

export interface WriteContext {
  limits: ExcelLimits;
  supports: SupportsExcelApi;
  now: () => Date;
}

/** A write that failed; the workbook has been put back as it was (see `rollbackError`). */
export class OutputWriteError extends Error {
  constructor(
    message: string,
    cause: unknown,
    public readonly rollbackError: unknown = null,
  ) {
    super(message, { cause });
    this.name = "OutputWriteError";
  }
}

interface SheetPlan {
  table: OutputTable;
  sheetName: string;
  tableName: string;
}

interface RetiredSheet {
  original: string;
  temp: string;
  tables: { original: string; temp: string }[];
}

/** Fixed cost of one queued command besides its data (object path, method name). */
const COMMAND_BYTES = 200;

const lower = (s: string) => s.toLowerCase();

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === "string" ? e : JSON.stringify(e);
}

function uniqueName(base: string, taken: Set<string>, maxLength = 255): string {
  for (let i = 1; ; i++) {
    const name = `${base}_${i}`.slice(0, maxLength);
    if (!taken.has(lower(name))) {
      taken.add(lower(name));
      return name;
    }
  }
}

function safeTableName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.\\]/g, "_");
  return /^[A-Za-z_\\]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function tableLang(table: OutputTable): Lang {
  return OUTPUT_SHEET_NAMES[table.id].zh === table.sheetName ? "zh" : "en";
}

/** Width in characters: the engine's hint, else the header and the first rows' text. */
function columnChars(table: OutputTable, c: number): number {
  const col = table.columns[c];
  if (col.width) return col.width;
  let w = displayWidth(col.header);
  for (const row of table.rows.slice(0, 50)) {
    const v = row[c];
    if (typeof v === "string") w = Math.max(w, displayWidth(v));
    else if (typeof v === "number") w = Math.max(w, 10);
  }
  return w + 2;
}

/** Steps that assign a 2-D block (values, formulas or number formats) in row chunks under the budget. */
function gridSteps(
  sheet: () => Excel.Worksheet,
  top: number,
  left: number,
  rows: unknown[][],
  width: number,
  budget: number,
  assign: (range: Excel.Range, block: unknown[][]) => void,
): QueuedStep[] {
  return rowBlocksByBytes(rows, budget).map((b) => {
    const block = rows.slice(b.start, b.start + b.count);
    return {
      bytes: jsonBytes(block) + COMMAND_BYTES,
      queue: () => assign(sheet().getRangeByIndexes(top + b.start, left, b.count, width), block),
    };
  });
}

function sideBlockStep(sheet: () => Excel.Worksheet, block: SideBlock, dateSystem: DateSystem): QueuedStep {
  const isFormula = (v: OutputValue) => typeof v === "string" && v.startsWith("=");
  const formats: (string | null)[][] = [
    [TEXT_FORMAT, null],
    ...block.rows.map(({ value: v, format: f }): (string | null)[] => {
      if (typeof v === "string" && !isFormula(v)) return [TEXT_FORMAT, TEXT_FORMAT];
      return [TEXT_FORMAT, f ? NUMBER_FORMATS[f] : null];
    }),
  ];
  const values: OutputValue[][] = [
    [block.title, null],
    ...block.rows.map(({ label, value: v, format }): OutputValue[] => [
      label,
      isFormula(v) ? null : toExcelValue(v, format ?? "number", dateSystem),
    ]),
  ];
  const formulas: (string | null)[][] = [
    [null, null],
    ...block.rows.map(({ value: v }): (string | null)[] => [null, isFormula(v) ? (v as string) : null]),
  ];
  return {
    bytes: jsonBytes(values) + jsonBytes(formats) + jsonBytes(formulas) + 3 * COMMAND_BYTES,
    queue: () => {
      const ws = sheet();
      const range = ws.getRangeByIndexes(block.row - 1, block.col, block.rows.length + 1, 2);
      range.numberFormat = formats;
      range.values = values;
      if (formulas.some((r) => r[1] !== null)) range.formulas = formulas;
      ws.getRangeByIndexes(block.row - 1, block.col, 1, 1).format.font.bold = true;
    },
  };
}

/** Every step that writes one output sheet, in the order Excel needs them. */
function sheetSteps(
  plan: SheetPlan,
  sheets: Map<string, Excel.Worksheet>,
  worksheets: () => Excel.WorksheetCollection,
  budget: number,
  dateSystem: DateSystem,
): QueuedStep[] {
  const { table, sheetName, tableName } = plan;
  const excelValue = (v: OutputValue, format: ColumnFormat) => toExcelValue(v, format, dateSystem);
  const sheet = () => {
    const ws = sheets.get(sheetName);
    if (!ws) throw new Error(`Sheet ${sheetName} was not created`);
    return ws;
  };
  const nCols = table.columns.length;
  const n = table.rows.length;
  const cell = (r: number, c: number): OutputValue => table.rows[r]?.[c] ?? null;
  // A non-text column holding a string Excel would convert gets "@" on those cells.
  const risky = table.columns.map(
    (col, c) =>
      col.format !== "text" &&
      !col.formula &&
      table.rows.some((_r, i) => needsTextFormat(excelValue(cell(i, c), col.format))),
  );
  const steps: QueuedStep[] = [];

  // 1. The sheet, its header, and "@" on text columns BEFORE any value is written.
  const headers = table.columns.map((c) => c.header);
  steps.push({
    bytes: jsonBytes(headers) * 2 + 3 * COMMAND_BYTES,
    queue: () => {
      const ws = worksheets().add(sheetName);
      sheets.set(sheetName, ws);
      const head = ws.getRangeByIndexes(0, 0, 1, nCols);
      head.numberFormat = [headers.map(() => TEXT_FORMAT)];
      head.values = [headers];
    },
  });
  table.columns.forEach((col, c) => {
    if (n === 0) return;
    // A formula column is never "@": Excel would keep the formula as literal text.
    if (col.format === "text" && !col.formula) {
      const rows = table.rows.map(() => [TEXT_FORMAT]);
      steps.push(...gridSteps(sheet, 1, c, rows, 1, budget, (r, b) => (r.numberFormat = b)));
    } else if (risky[c]) {
      const fmt = NUMBER_FORMATS[col.format];
      const rows = table.rows.map((_r, i) => [
        needsTextFormat(excelValue(cell(i, c), col.format)) ? TEXT_FORMAT : fmt,
      ]);
      steps.push(...gridSteps(sheet, 1, c, rows, 1, budget, (r, b) => (r.numberFormat = b)));
    }
  });

  // 2. Values (formula columns left as null = untouched), then 3. formulas.
  if (n > 0) {
    const values = table.rows.map((_row, i) =>
      table.columns.map((col, c) => (col.formula ? null : excelValue(cell(i, c), col.format))),
    );
    steps.push(...gridSteps(sheet, 1, 0, values, nCols, budget, (r, b) => (r.values = b)));
    table.columns.forEach((col, c) => {
      if (!col.formula) return;
      const template = col.formula;
      const formulas = table.rows.map((_r, i) => [formulaForRow(template, i)]);
      steps.push(...gridSteps(sheet, 1, c, formulas, 1, budget, (r, b) => (r.formulas = b)));
    });
    // 4. Number formats of the other columns.
    table.columns.forEach((col, c) => {
      if ((col.format === "text" && !col.formula) || risky[c]) return;
      const fmt = col.format === "text" ? GENERAL_FORMAT : NUMBER_FORMATS[col.format];
      const rows = table.rows.map(() => [fmt]);
      steps.push(...gridSteps(sheet, 1, c, rows, 1, budget, (r, b) => (r.numberFormat = b)));
    });
  }

  // 5. Table, header row, widths, side blocks, conditional formats.
  const lastRow = Math.max(n, 1);
  steps.push({
    bytes: 40 * COMMAND_BYTES,
    queue: () => {
      const ws = sheet();
      const excelTable = ws.tables.add(ws.getRangeByIndexes(0, 0, n + 1, nCols), true);
      excelTable.name = tableName;
      excelTable.style = HEADER_TABLE_STYLE;
      ws.freezePanes.freezeRows(1);
      table.columns.forEach((col, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(columnChars(table, c));
        const data = ws.getRangeByIndexes(1, c, lastRow, 1);
        if (col.highlight === "quadrant") {
          const ref = `${columnLetter(c)}2`;
          for (const q of QUADRANTS) {
            const cf = data.conditionalFormats.add("Custom");
            cf.custom.rule.formula = `=OR(${quadrantTexts(q)
              .map((t) => `${ref}="${t}"`)
              .join(",")})`;
            cf.custom.format.fill.color = QUADRANT_COLORS[q];
          }
        } else if (col.highlight === "databar") {
          const cf = data.conditionalFormats.add("DataBar");
          cf.dataBar.barDirection = "LeftToRight";
        }
      });
    },
  });
  for (const block of table.side ?? []) steps.push(sideBlockStep(sheet, block, dateSystem));

  // 6. The scatter chart on the Segmentation sheet.
  if (table.id === "segmentation") {
    const cols = chartColumns(table);
    if (cols) {
      const sideEnd = Math.max(nCols, ...(table.side ?? []).map((b) => b.col + 2));
      const placement = { chartCol: sideEnd + 1, dataCol: sideEnd + 10 };
      steps.push(...segmentationChartSteps(sheet, table, cols, placement, tableLang(table), budget));
    }
  }
  return steps;
}

export async function writeOutputTables(
  context: Excel.RequestContext,
  tables: readonly OutputTable[],
  options: WriteContext,
): Promise<WriteReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // Dates are written as serials of the workbook's own date system.
  const dateSystem = queueDateSystemRead(context);
  await context.sync();

  const names = worksheets.items.map((ws) => ws.name);
  const registryCell = queueRegistryRead(worksheets, names);
  const tablesBySheet = worksheets.items.map((ws) => {
    const collection = ws.tables;
    collection.load("items/name");
    return { sheet: ws.name, collection };
  });
  await context.sync();

  const { registry, text: registryText } = registryFromCell(registryCell);
  const registryExisted = names.includes(REGISTRY_SHEET);
  const present = new Set(names);
  // Only the sheets of the outputs being written are replaced; other owned sheets stay as they are.
  const ownedNow = [...new Set(tables.map((t) => registry.owned[t.id]))].filter(
    (s): s is string => s !== undefined && present.has(s) && s !== REGISTRY_SHEET,
  );
  const sheetTables = new Map(tablesBySheet.map((t) => [t.sheet, t.collection.items.map((x) => x.name)]));

  // Names: old owned sheets step aside under temporary names; outputs never take a user's name.
  const takenSheets = new Set(names.map(lower));
  const takenTables = new Set([...sheetTables.values()].flat().map(lower));
  const retired: RetiredSheet[] = ownedNow.map((original) => ({
    original,
    temp: uniqueName("_MicroSeg_old", takenSheets, 31),
    tables: (sheetTables.get(original) ?? []).map((t) => {
      takenTables.delete(lower(t));
      return { original: t, temp: uniqueName("_MicroSeg_old", takenTables) };
    }),
  }));
  const ownedNames = new Set(ownedNow);
  const existing = new Set(names);
  const plans: SheetPlan[] = tables.map((table) => {
    const sheetName = chooseSheetName(table.sheetName, existing, ownedNames);
    existing.add(sheetName);
    ownedNames.delete(sheetName);
    const wantedTable = safeTableName(table.tableName);
    const tableName = takenTables.has(lower(wantedTable))
      ? uniqueName(wantedTable, takenTables)
      : wantedTable;
    takenTables.add(lower(tableName));
    return { table, sheetName, tableName };
  });

  const nextRegistry: Registry = {
    ...registry,
    owned: {
      ...Object.fromEntries(Object.entries(registry.owned).filter(([, name]) => present.has(name))),
      ...Object.fromEntries(plans.map((p) => [p.table.id, p.sheetName])),
    },
    generatedAt: options.now().toISOString(),
  };

  const sheets = new Map<string, Excel.Worksheet>();
  const budget = options.limits.payloadBytes;
  const chunkBudget = Math.max(1024, Math.floor(budget / 2));
  const registryJson = serializeRegistry(nextRegistry);
  const steps: QueuedStep[] = [
    {
      bytes: (retired.length + 2) * COMMAND_BYTES,
      queue: () => {
        for (const r of retired) {
          const ws = worksheets.getItem(r.original);
          for (const t of r.tables) ws.tables.getItem(t.original).name = t.temp;
          ws.name = r.temp;
        }
        if (!registryExisted) {
          const reg = worksheets.add(REGISTRY_SHEET);
          reg.visibility = "VeryHidden";
          reg.getRange("A1").numberFormat = [[TEXT_FORMAT]];
        }
      },
    },
    ...plans.flatMap((plan) => sheetSteps(plan, sheets, () => worksheets, chunkBudget, dateSystem())),
    {
      bytes: jsonBytes(registryJson) + (retired.length + 1) * COMMAND_BYTES,
      queue: () => {
        worksheets.getItem(REGISTRY_SHEET).getRange("A1").values = [[registryJson]];
        for (const r of retired) worksheets.getItem(r.temp).delete();
      },
    },
  ];

  const screenUpdating = options.supports(SCREEN_UPDATING_API);
  try {
    await syncInBatches(context, steps, budget, (batch) => {
      context.application.suspendApiCalculationUntilNextSync();
      // Once: repeated calls make the window flicker (Excel.Application docs).
      if (screenUpdating && batch === 0) context.application.suspendScreenUpdatingUntilNextSync();
    });
  } catch (cause) {
    const created = [...plans.map((p) => p.sheetName), ...(registryExisted ? [] : [REGISTRY_SHEET])];
    let rollbackError: unknown = null;
    try {
      await rollBack(context, created, retired, registryExisted ? registryText : null);
    } catch (e) {
      rollbackError = e;
    }
    const undone = rollbackError
      ? ` Cleaning up also failed: ${errorText(rollbackError)}`
      : " The workbook was left as it was.";
    throw new OutputWriteError(
      `MicroSeg could not write the plan sheets: ${errorText(cause)}.${undone}`,
      cause,
      rollbackError,
    );
  }

  return {
    written: plans.map((p) => ({ id: p.table.id, sheetName: p.sheetName })),
    renamed: plans
      .filter((p) => p.sheetName !== p.table.sheetName)
      .map((p) => ({ wanted: p.table.sheetName, used: p.sheetName })),
    replaced: retired.map((r) => r.original),
    retired: [],
  };
}

/** Puts the workbook back as it was before a failed write (see the file comment). */
async function rollBack(
  context: Excel.RequestContext,
  created: readonly string[],
  retired: readonly RetiredSheet[],
  registryText: string | null,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  tables.load("items/name");
  await context.sync();

  const present = new Set(worksheets.items.map((ws) => ws.name));
  const presentTables = new Set(tables.items.map((t) => t.name));
  // A created name equal to an old sheet's name exists only if that old sheet stepped aside.
  const stillOriginal = new Set(retired.filter((r) => !present.has(r.temp)).map((r) => r.original));
  for (const name of created) {
    if (present.has(name) && !stillOriginal.has(name)) worksheets.getItem(name).delete();
  }
  for (const r of retired) {
    if (present.has(r.temp)) worksheets.getItem(r.temp).name = r.original;
    for (const t of r.tables) if (presentTables.has(t.temp)) tables.getItem(t.temp).name = t.original;
  }
  if (registryText !== null && present.has(REGISTRY_SHEET)) {
    worksheets.getItem(REGISTRY_SHEET).getRange("A1").values = [[registryText]];
  }
  await context.sync();
}
