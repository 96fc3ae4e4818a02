/**
 * The independent formula check shared by the CLI tests: every native formula
 * of the written workbook, read back by a second reader (raw sheet XML) and
 * evaluated by a second engine (HyperFormula), against MicroSeg's own value.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { REGISTRY_SHEET } from "../../src/core/registry";
import type { OutputTable, OutputValue } from "../../src/core/output";
import { isoDateSerial } from "../../src/core";
import type { XmlCell, XmlWorkbook } from "../xlsx/sheetXml";
import type { Run } from "./helpers";

/** Cell content for HyperFormula: strings forced to text with a leading apostrophe. */
function content(c: XmlCell): RawCellContent {
  if (c.formula !== undefined) return `=${c.formula}`;
  if (c.type === "e") return c.value;
  if (typeof c.value === "string") return `'${c.value}`;
  return c.value;
}

function grid(cells: XmlCell[]): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const c of cells) {
    const r = (rows[c.row - 1] ??= []);
    while (r.length < c.col) r.push(null);
    r[c.col] = content(c);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** What Excel should show for an engine value of a given column format. */
function expected(value: OutputValue, format: OutputTable["columns"][number]["format"]): OutputValue {
  if (format === "date" && typeof value === "string") {
    return isoDateSerial(value) ?? value;
  }
  return value;
}

function same(actual: unknown, want: OutputValue): boolean {
  if (want === null || want === "") return actual === null || actual === "";
  if (typeof want === "number") {
    if (typeof actual !== "number") return false;
    return actual === want || Math.abs(actual - want) <= 1e-9 * Math.abs(want);
  }
  return actual === want;
}

export interface Checked {
  formulas: number;
  /** Of them, formulas outside the tables (side blocks such as the cut-offs, grids). */
  outside: number;
  mismatches: string[];
}

export function check(run: Run, book: XmlWorkbook): Checked {
  const sheets = Object.fromEntries(
    [...book].filter(([name]) => name !== REGISTRY_SHEET).map(([name, cells]) => [name, grid(cells)]),
  );
  // smartRounding off: HyperFormula would otherwise round results to 10 decimals.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  const out: Checked = { formulas: 0, outside: 0, mismatches: [] };
  for (const table of run.result!.outputs) {
    const cells = book.get(table.sheetName)!;
    const sheet = hf.getSheetId(table.sheetName)!;
    for (const c of cells) {
      if (c.formula === undefined) continue;
      out.formulas++;
      const actual = hf.getCellValue({ sheet, row: c.row - 1, col: c.col });
      const column = table.columns[c.col];
      const inTable = column !== undefined && c.row >= 2 && c.row - 2 < table.rows.length;
      if (!inTable) {
        // Side blocks and grids (cut-offs, chart data, migration totals) have no per-row engine
        // value: they must carry a cached value (<v>, what Excel shows before it recalculates,
        // and what other readers see), equal to what they evaluate to.
        out.outside++;
        if (typeof actual === "object" && actual !== null)
          out.mismatches.push(`${table.sheetName}!${c.ref}: ${String(actual)}`);
        else if (c.value === null && actual !== null && actual !== "")
          out.mismatches.push(
            `${table.sheetName}!${c.ref} =${c.formula}: no cached value, HyperFormula ${String(actual)}`,
          );
        else if (!same(actual, c.value))
          out.mismatches.push(
            `${table.sheetName}!${c.ref} =${c.formula}: HyperFormula ${String(actual)}, cached ${String(c.value)}`,
          );
        continue;
      }
      const want = expected(table.rows[c.row - 2][c.col], column.format);
      if (!same(actual, want)) {
        out.mismatches.push(
          `${table.sheetName}!${c.ref} =${c.formula}: HyperFormula ${String(actual)}, engine ${String(want)}`,
        );
      }
      if (!same(c.value ?? null, want) && !(want === null && c.value === "")) {
        out.mismatches.push(`${table.sheetName}!${c.ref}: cached ${String(c.value)}, engine ${String(want)}`);
      }
    }
  }
  hf.destroy();
  return out;
}
