/**
 * Writes one planned sheet (core/write SheetWrite) onto a fresh exceljs
 * worksheet: the table, side blocks, chart data, number formats, widths,
 * frozen header and conditional formats, all as the plan says. Every formula
 * cell carries its cached value. exceljs has no charts: the chart spec is
 * left to the package writer.
 */
import type { CellValue as ExcelCellValue, Style, Worksheet } from "exceljs";
import { formulaForRow, type OutputValue } from "../core/output";
import type { ConditionalFormatRule, PlannedColumn, SheetWrite } from "../core/write";
import { isoToDate } from "./cellValue";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** A formula cell whose cached result is the engine's computed value (Excel shows it before recalculating). */
export function formulaCell(formula: string, value: OutputValue): ExcelCellValue {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (value === null || value === undefined) return { formula: body };
  return { formula: body, result: value };
}

function dataCell(col: PlannedColumn, i: number, value: OutputValue): ExcelCellValue {
  if (col.formula) return formulaCell(formulaForRow(col.formula, i), value);
  if (col.format === "date" && typeof value === "string") return isoToDate(value) ?? value;
  return value;
}

export function writePlannedSheet(ws: Worksheet, sheet: SheetWrite): void {
  const { table } = sheet;
  const { columns } = table;
  // The table is given empty rows (exceljs keeps its rows in the model for
  // good) and the cells are written below, so 100,000 rows are held once.
  const EMPTY: ExcelCellValue[] = [];
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: "A1",
    headerRow: true,
    style: { theme: table.style, showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: new Array<ExcelCellValue[]>(table.spanRows).fill(EMPTY),
  });

  // One style object per column, shared by its cells: exceljs dedupes styles
  // through a WeakMap keyed by object, so per-cell objects cost seconds per
  // 100,000 rows when saving.
  const headerStyle: Partial<Style> = { font: { bold: true }, numFmt: "@" };
  const textStyle: Partial<Style> = { numFmt: "@" };
  const styles = columns.map((c, j): Partial<Style> => {
    ws.getCell(1, j + 1).style = headerStyle;
    return { numFmt: c.numberFormat };
  });
  const textRows = columns.map((c) => new Set(c.textRows));
  table.rows.forEach((values, i) => {
    const row = ws.getRow(i + 2);
    columns.forEach((c, j) => {
      const value = values[j] ?? null;
      // An empty cell is left out entirely: on a large sheet each one costs time and memory when saving.
      if (value === null && !c.formula) return;
      const cell = row.getCell(j + 1);
      cell.value = dataCell(c, i, value);
      cell.style = textRows[j].has(i) ? textStyle : styles[j];
    });
  });
  for (const w of sheet.columnWidths) ws.getColumn(w.col + 1).width = w.chars;
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) {
    ws.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
  }

  for (const block of sheet.sideBlocks) {
    const title = ws.getCell(block.excelRow, block.col + 1);
    title.value = block.title;
    title.font = { bold: true };
    block.rows.forEach((r, i) => {
      const excelRow = block.excelRow + 1 + i;
      const label = ws.getCell(excelRow, block.col + 1);
      label.value = r.label;
      label.numFmt = "@";
      const cell = ws.getCell(excelRow, block.col + 2);
      cell.value = r.formula ? formulaCell(r.formula, r.value) : r.value;
      cell.numFmt = r.numberFormat;
    });
  }
  for (const g of sheet.grids) {
    g.values.forEach((line, r) => {
      line.forEach((v, c) => {
        const f = g.formulas?.[r]?.[c] ?? null;
        if (v === null && f === null) return;
        const cell = ws.getCell(g.row + r + 1, g.col + c + 1);
        cell.value = f ? formulaCell(f, v) : v;
        cell.numFmt = g.rowFormats[r];
        if (g.boldRows.includes(r)) cell.font = { bold: true };
      });
    });
  }
  addConditionalFormats(ws, sheet.conditionalFormats);
}

type Rule = Parameters<Worksheet["addConditionalFormatting"]>[0]["rules"][number];

/** Rules over one range go in one entry, in the plan's order (the first has the highest priority). */
function addConditionalFormats(ws: Worksheet, rules: readonly ConditionalFormatRule[]): void {
  const byRange = new Map<string, Rule[]>();
  rules.forEach((rule, i) => {
    const exceljsRule: Rule =
      rule.kind === "expression"
        ? {
            type: "expression",
            priority: i + 1,
            formulae: [rule.formula.replace(/^=/, "")],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } },
          }
        : ({
            type: "dataBar",
            priority: i + 1,
            gradient: true,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: argb(rule.color) },
          } as Rule);
    const list = byRange.get(rule.range) ?? [];
    list.push(exceljsRule);
    byRange.set(rule.range, list);
  });
  for (const [ref, list] of byRange) ws.addConditionalFormatting({ ref, rules: list });
}
