/**
 * A worksheet part's cell values, streamed: the same raw values Office.js
 * `range.values` gives (the core's CellValue), without styles or a workbook
 * model. A formula cell gives its cached value (shared and array formulas
 * alike: only <v> is read); a cell without one is empty.
 */
import { cellError, isErrorLiteral, type CellValue } from "../core/cells";
import { isoDateTimeToSerial, type DateSystem } from "../core/dates";
import { decodeEscapes, RunText } from "./sharedStrings";
import { parseXml } from "./xmlEvents";

export interface SheetValues {
  values: CellValue[][];
  firstRow: number;
  firstCol: number;
}

export interface CellContext {
  shared: readonly string[];
  /** The workbook's date system: an ISO date cell (t="d") becomes a serial of this system. */
  dateSystem: DateSystem;
}

/** "AB12" → [11, 27] (row 1-based, column 0-based); absent or bad → null. */
function parseRef(ref: string): [row: number, col: number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isInteger(row) || row < 1 ? null : [row, col - 1];
}

function cellValue(type: string, raw: string, inline: string | null, ctx: CellContext): CellValue {
  switch (type) {
    case "s": {
      const s = ctx.shared[Number(raw)];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      return inline !== null ? decodeEscapes(inline) : raw === "" ? null : raw;
    case "str":
      return decodeEscapes(raw);
    case "b":
      return raw === "" ? null : raw === "1" || raw === "true";
    case "e":
      return isErrorLiteral(raw) ? cellError(raw) : cellError("#UNKNOWN!");
    case "d":
      // As Excel shows it: a serial of the workbook's own system (text it cannot read as a date stays text).
      return raw === "" ? null : (isoDateTimeToSerial(raw, ctx.dateSystem) ?? raw);
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      if (Number.isNaN(n)) return raw;
      return n;
    }
  }
}

export function readSheetValues(bytes: Uint8Array, ctx: CellContext): SheetValues {
  // Sparse rows: [excelRow, cells by absolute column].
  const rows: [number, CellValue[]][] = [];
  let row = 0;
  let col = -1;
  let current: CellValue[] | null = null;
  let type = "";
  let raw = "";
  let inCell = false;
  let inV = false;
  let inIs = false;
  let hasInline = false;
  const run = new RunText();
  let inSheetData = false;

  parseXml(bytes, {
    open: (name, attrs, selfClosing) => {
      if (!inSheetData) {
        if (name === "sheetData" && !selfClosing) inSheetData = true;
        return;
      }
      switch (name) {
        case "row": {
          const r = Number(attrs.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = -1;
          current = null;
          break;
        }
        case "c": {
          const at = attrs.r ? parseRef(attrs.r) : null;
          if (at) {
            if (at[0] !== row) {
              row = at[0];
              current = null;
            }
            col = at[1];
          } else col += 1;
          type = attrs.t ?? "";
          raw = "";
          hasInline = false;
          inCell = !selfClosing;
          break;
        }
        case "v":
          inV = inCell && !selfClosing;
          break;
        case "is":
          if (inCell && !selfClosing) {
            inIs = true;
            hasInline = true;
            run.reset();
          }
          break;
        default:
          if (inIs && !selfClosing) run.open(name);
      }
    },
    close: (name) => {
      if (!inSheetData) return;
      switch (name) {
        case "sheetData":
          inSheetData = false;
          break;
        case "v":
          inV = false;
          break;
        case "is":
          inIs = false;
          break;
        case "c": {
          if (!inCell) break;
          inCell = false;
          const value = cellValue(type, raw, hasInline ? run.text : null, ctx);
          if (value === null) break;
          if (!current || rows[rows.length - 1][0] !== row) {
            current = [];
            rows.push([row, current]);
          }
          current[col] = value;
          break;
        }
        default:
          if (inIs) run.close(name);
      }
    },
    text: (t) => {
      if (inV) raw += t;
      else if (inIs) run.add(t);
    },
  });
  return toRectangle(rows);
}

/** Sparse rows → the used range: first row/column with a value, rows ragged, gaps null. */
function toRectangle(rows: [number, CellValue[]][]): SheetValues {
  if (rows.length === 0) return { values: [], firstRow: 1, firstCol: 0 };
  // Writers emit rows in order; a file that does not is put in order.
  if (rows.some(([r], i) => i > 0 && r <= rows[i - 1][0])) rows = mergeRows(rows);
  let firstCol = Number.POSITIVE_INFINITY;
  for (const [, cells] of rows) {
    const i = cells.findIndex((v) => v !== undefined);
    if (i >= 0 && i < firstCol) firstCol = i;
  }
  const firstRow = rows[0][0];
  const lastRow = rows[rows.length - 1][0];
  const values: CellValue[][] = new Array<CellValue[]>(lastRow - firstRow + 1);
  for (const [r, cells] of rows) {
    const out: CellValue[] = new Array<CellValue>(cells.length - firstCol);
    for (let c = firstCol; c < cells.length; c++) out[c - firstCol] = cells[c] ?? null;
    values[r - firstRow] = out;
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return { values, firstRow, firstCol };
}

function mergeRows(rows: [number, CellValue[]][]): [number, CellValue[]][] {
  const byRow = new Map<number, CellValue[]>();
  for (const [r, cells] of rows) {
    const into = byRow.get(r);
    if (!into) byRow.set(r, cells);
    else cells.forEach((v, c) => (into[c] = v));
  }
  return [...byRow].sort((a, b) => a[0] - b[0]);
}
