/** How output values, formats and colours look in Excel. */
import { isoDateToSerial, type DateSystem } from "../core/dates";
import { QUADRANT_LABELS } from "../core/labels";
import type { ColumnFormat, OutputValue } from "../core/output";
import type { Quadrant } from "../core/settings";

/** Excel's text number format: what is typed into such a cell stays text. */
export const TEXT_FORMAT = "@";

/** For text-valued formula columns: "@" would stop the formula from calculating. */
export const GENERAL_FORMAT = "General";

export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: TEXT_FORMAT,
  integer: "#,##0",
  number: "#,##0.00",
  rx: "#,##0.0",
  money: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

/** Soft fills for the four quadrants (readable with black text). */
export const QUADRANT_COLORS: Record<Quadrant, string> = {
  HH: "#C6EFCE",
  LH: "#FFEB9C",
  HL: "#BDD7EE",
  LL: "#E7E6E6",
};

/** Marker colours for the scatter chart (stronger than the fills). */
export const QUADRANT_MARKERS: Record<Quadrant, string> = {
  HH: "#2E7D32",
  LH: "#EF6C00",
  HL: "#1565C0",
  LL: "#757575",
};

export const HEADER_TABLE_STYLE = "TableStyleMedium2";

/** Every text a quadrant cell may hold: its code and its zh/en names. */
export function quadrantTexts(q: Quadrant): string[] {
  return [q, QUADRANT_LABELS[q].name.zh, QUADRANT_LABELS[q].name.en];
}

const QUADRANT_BY_TEXT: ReadonlyMap<string, Quadrant> = new Map(
  (Object.keys(QUADRANT_LABELS) as Quadrant[]).flatMap((q) => quadrantTexts(q).map((t) => [t, q] as const)),
);

export function quadrantOfCell(v: OutputValue): Quadrant | null {
  return typeof v === "string" ? (QUADRANT_BY_TEXT.get(v.trim()) ?? null) : null;
}

/**
 * A string Excel would not keep as typed in a General cell: a leading "=",
 * "+", "-" or "@" makes a formula, and strings that look like numbers or
 * dates are converted. Only text-formatted cells keep such strings literally.
 */
export function needsTextFormat(v: OutputValue): boolean {
  return typeof v === "string" && v !== "" && /^[=+\-@]|^\s*[\d.,]|^\s*$/.test(v);
}

/** "2026-12-01" → Excel date serial in the workbook's date system; anything else is returned unchanged. */
export function toExcelValue(v: OutputValue, format: ColumnFormat, system: DateSystem = 1900): OutputValue {
  if (format === "date" && typeof v === "string") return isoDateToSerial(v, system) ?? v;
  return v;
}

/** Column width in points for a width in characters (CJK characters count double). */
export function columnWidthPoints(chars: number): number {
  return Math.round(Math.min(Math.max(chars, 6), 60) * 7.2);
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}
