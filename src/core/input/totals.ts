/**
 * Recognising total rows (合计 / 总计 / 小计 / Total / Subtotal) so their sums
 * are never read as one more hospital or doctor. Runs on every key cell of a
 * million-row sheet: one char loop, no allocation for Chinese text.
 */
import { isSpaceCode } from "./chars";

const JI = 0x8ba1; // 计
const JI_TRADITIONAL = 0x8a08; // 計
const TOTAL_PREFIXES = new Set([0x5408, 0x603b, 0x5c0f, 0x7e3d]); // 合 总 小 總

/** English words a total row is labelled with, compared as letters only ("Total:" → "total"). */
const ENGLISH_TOTALS = new Set(["total", "totals", "subtotal", "subtotals", "grandtotal", "sum"]);

/**
 * True for a label like "合计", "总计：", "小计(华东)", "Total", "Sub-total",
 * "Grand Total". English words must be the whole label so a hospital called
 * "Total Care Clinic" is still a hospital.
 */
export function isTotalText(text: string): boolean {
  let firstLetter = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === JI || c === JI_TRADITIONAL) && i > 0 && TOTAL_PREFIXES.has(text.charCodeAt(i - 1)))
      return true;
    if (firstLetter < 0 && !isSpaceCode(c)) firstLetter = c | 0x20;
  }
  // Only labels starting with t/s/g can be an English total; skip the rest cheaply.
  if (firstLetter !== 0x74 && firstLetter !== 0x73 && firstLetter !== 0x67) return false;
  return ENGLISH_TOTALS.has(lettersOnly(text));
}

function lettersOnly(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) out += String.fromCharCode(c);
  }
  return out;
}
