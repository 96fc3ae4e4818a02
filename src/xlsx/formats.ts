/**
 * ColumnFormat → Excel number format, the same codes the Excel host uses, so a
 * plan looks alike whichever host wrote it.
 */
import type { ColumnFormat } from "../core/output";

export const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: "@",
  integer: "#,##0",
  number: "#,##0.00",
  rx: "#,##0.0",
  money: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

/** Default width (characters) when a column gives none: wide enough for its header. */
export function columnWidth(header: string, width: number | undefined): number {
  if (width !== undefined) return width;
  let chars = 0;
  // CJK characters take about two character widths in Excel's default font.
  for (const ch of header) chars += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return Math.min(60, Math.max(10, chars + 4));
}
