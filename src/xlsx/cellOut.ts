/**
 * One output value → the exceljs cell value to write. Only a column template
 * or a side-block value starting with "=" becomes a formula; every other
 * string is written as a string cell, which exceljs never parses, so a
 * doctor called `=HYPERLINK("x")` or `+86 138…` stays text.
 */
import type { CellValue as ExcelCellValue } from "exceljs";
import { formulaForRow, type ColumnFormat, type OutputValue } from "../core/output";
import { isoToDate } from "./cellValue";

/** A column value: dates as real dates, everything else as given. */
export function plainCell(value: OutputValue, format: ColumnFormat): ExcelCellValue {
  if (format === "date" && typeof value === "string") return isoToDate(value) ?? value;
  return value;
}

/** A formula cell whose cached result is the engine's computed value (Excel shows it before recalculating). */
export function formulaCell(formula: string, value: OutputValue): ExcelCellValue {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (value === null || value === undefined) return { formula: body };
  return { formula: body, result: value };
}

export function columnCell(
  template: string | undefined,
  dataRowIndex: number,
  value: OutputValue,
  format: ColumnFormat,
): ExcelCellValue {
  if (template) return formulaCell(formulaForRow(template, dataRowIndex), value);
  return plainCell(value, format);
}
