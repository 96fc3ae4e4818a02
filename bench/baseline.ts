/**
 * The baseline pass: convert every raw cell of the numeric columns to a
 * number with the engine's own cell parser, and nothing else. The pipeline
 * is judged against it (≤ 8×), so it must do the unavoidable work only.
 */
import type { SheetData } from "../src/core/cells";
import { parseNumber } from "../src/core/input/numbers";

/** 0-based columns holding text keys/labels, per sheet (not converted). */
const TEXT_COLUMNS: Record<string, ReadonlySet<number>> = {
  医院: new Set([0, 6]),
  科室: new Set([0, 1]),
  医生: new Set([0, 1, 2, 3, 6]),
  代表: new Set([0, 2]),
};

/** Header rows per sheet (the Hospitals sheet has a title row above its header). */
const HEADER_ROWS: Record<string, number> = { 医院: 2, 科室: 1, 医生: 1 };

export function baselinePass(sheets: readonly SheetData[]): { numbers: number; checksum: number } {
  let numbers = 0;
  let checksum = 0;
  for (const sheet of sheets) {
    const text = TEXT_COLUMNS[sheet.name] ?? new Set<number>();
    const out = new Float64Array(sheet.values.length * 9);
    let k = 0;
    for (let r = HEADER_ROWS[sheet.name] ?? 1; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      for (let c = 0; c < row.length; c++) {
        if (text.has(c)) continue;
        const read = parseNumber(row[c], "amount");
        const v = read.ok && read.value !== null ? read.value : NaN;
        out[k++] = v;
        if (v === v) {
          numbers++;
          checksum += v;
        }
      }
    }
  }
  return { numbers, checksum };
}
