/**
 * Small builders shared by the output tables: a column from its label key,
 * guarded same-row formulas, and the side-block cell addresses.
 */
import { columnLetter } from "../cells";
import type { Lang } from "../issues";
import { columnLabel, type ColumnLabelKey } from "../labels";
import type { ColumnFormat, OutputColumn, OutputId, SideBlock } from "../output";

export function column(
  key: string,
  label: ColumnLabelKey,
  lang: Lang,
  format: ColumnFormat,
  extra: Partial<OutputColumn> = {},
): OutputColumn {
  return { key, header: columnLabel(label, lang), format, ...extra };
}

/** "{c:key}{r}": the same row's cell of another column, resolved by resolveColumnRefs. */
export function ref(key: string): string {
  return `{c:${key}}{r}`;
}

/** Excel table name of an output, e.g. "MicroSeg_TargetList". */
export function tableNameOf(id: OutputId): string {
  return `MicroSeg_${id[0].toUpperCase()}${id.slice(1)}`;
}

/**
 * Absolute address of value i of a side block. Hosts write the title at
 * (row, col) and pair i on row + 1 + i: label in col, value in col + 1.
 */
export function sideValueAddress(block: Pick<SideBlock, "col" | "row">, i: number): string {
  return `$${columnLetter(block.col + 1)}$${block.row + 1 + i}`;
}

/** A number as formula text without float noise. */
export function formulaNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Excel string literal (doubled quotes). */
export function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Whole-column range of a table's data rows, e.g. C2:C1001 (C2:C2 when empty). */
export function dataRange(colIndex: number, rows: number): string {
  const letter = columnLetter(colIndex);
  return `${letter}2:${letter}${Math.max(rows + 1, 2)}`;
}
