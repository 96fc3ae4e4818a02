/**
 * A worksheet part written directly as SpreadsheetML (ECMA-376 §18.3): cells
 * with inline strings (the shared string table stays the user's), formulas
 * with cached values, column widths, a frozen header, conditional formats,
 * and links to its table and drawing parts. Rows are produced lazily and
 * leave as UTF-8 chunks.
 */
import { columnLetter } from "../core/cells";
import type { OutputValue } from "../core/output";
import { ChunkSink, escapeAttr, escapeText, textElement } from "./xmlText";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorksheetSpec {
  /** Used range, e.g. "A1:M7". */
  dimension: string;
  /** Rows above the scroll area that stay in view (1 = the header). */
  frozenRows: number;
  /** Columns left of the scroll area that stay in view. */
  frozenColumns: number;
  /** The tab is selected (only the workbook's active sheet may be). */
  selected: boolean;
  /** [0-based column, width in characters]. */
  widths: [number, number][];
  /** Complete <row> elements in ascending row order. */
  rows: () => Iterable<string>;
  /** Serialised <conditionalFormatting> elements. */
  conditional: string[];
  /** A serialised <dataValidations> element, or "" (it follows conditionalFormatting in CT_Worksheet). */
  validations?: string;
  drawingRelId?: string;
  tableRelIds: string[];
}

const LETTERS: string[] = [];
export function letter(col: number): string {
  return (LETTERS[col] ??= columnLetter(col));
}

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** One cell. A string is always text (never parsed as a formula); only `formula` makes a formula. */
export function cellXml(
  col: number,
  row: number,
  value: OutputValue,
  style: number,
  formula?: string,
): string {
  const ref = `${letter(col)}${row}`;
  const s = style !== 0 ? ` s="${style}"` : "";
  if (formula !== undefined) {
    const f = `<f>${escapeText(formula.startsWith("=") ? formula.slice(1) : formula)}</f>`;
    if (typeof value === "number") {
      const n = numberText(value);
      return `<c r="${ref}"${s}>${f}${n === null ? "" : `<v>${n}</v>`}</c>`;
    }
    if (typeof value === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(value)}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof value === "number") {
    const n = numberText(value);
    return n === null ? "" : `<c r="${ref}"${s}><v>${n}</v></c>`;
  }
  if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return s ? `<c r="${ref}"${s}/>` : "";
}

export function rowXml(row: number, cells: string): string {
  return `<row r="${row}">${cells}</row>`;
}

function sheetViews(spec: WorksheetSpec): string {
  const selected = spec.selected ? ' tabSelected="1"' : "";
  const rows = Math.max(0, spec.frozenRows);
  const columns = Math.max(0, spec.frozenColumns);
  if (rows === 0 && columns === 0)
    return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const top = `${letter(columns)}${rows + 1}`;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane${split} topLeftCell="${top}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${top}" sqref="${top}"/>` +
    `</sheetView></sheetViews>`
  );
}

function cols(widths: [number, number][]): string {
  if (widths.length === 0) return "";
  const sorted = [...widths].sort((a, b) => a[0] - b[0]);
  const items = sorted.map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`);
  return `<cols>${items.join("")}</cols>`;
}

export function* worksheetChunks(spec: WorksheetSpec): Iterable<Uint8Array> {
  const sink = new ChunkSink();
  sink.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<dimension ref="${spec.dimension}"/>${sheetViews(spec)}<sheetFormatPr defaultRowHeight="15"/>` +
      `${cols(spec.widths)}<sheetData>`,
  );
  for (const row of spec.rows()) {
    sink.push(row);
    yield* sink.take();
  }
  // CT_Worksheet order: … sheetData, …, conditionalFormatting, dataValidations, hyperlinks, …, pageMargins.
  sink.push(`</sheetData>${spec.conditional.join("")}${spec.validations ?? ""}`);
  sink.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (spec.drawingRelId) sink.push(`<drawing r:id="${escapeAttr(spec.drawingRelId)}"/>`);
  if (spec.tableRelIds.length > 0) {
    const parts = spec.tableRelIds.map((id) => `<tablePart r:id="${escapeAttr(id)}"/>`).join("");
    sink.push(`<tableParts count="${spec.tableRelIds.length}">${parts}</tableParts>`);
  }
  sink.push("</worksheet>");
  sink.flush();
  yield* sink.take();
}

/** A table part (ECMA-376 §18.5): header names must equal the header cells' text. */
export function tableXml(id: number, name: string, ref: string, headers: string[], style: string): string {
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

export type ConditionalRule =
  { type: "expression"; formula: string; dxfId: number } | { type: "dataBar"; color: string };

/** One <conditionalFormatting> element; priorities continue from `firstPriority`. */
export function conditionalXml(ref: string, rules: ConditionalRule[], firstPriority: number): string {
  const body = rules
    .map((r, i) => {
      const priority = firstPriority + i;
      if (r.type === "expression")
        return `<cfRule type="expression" dxfId="${r.dxfId}" priority="${priority}"><formula>${escapeText(r.formula)}</formula></cfRule>`;
      return (
        `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/>` +
        `<color rgb="${r.color}"/></dataBar></cfRule>`
      );
    })
    .join("");
  return `<conditionalFormatting sqref="${ref}">${body}</conditionalFormatting>`;
}
