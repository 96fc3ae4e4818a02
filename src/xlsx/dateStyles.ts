/**
 * Which cell styles show a number as a date. Only needed for the 1904 date
 * system: its serials are moved to the 1900 system the engine (and Office.js
 * `values` in a default workbook) uses. Only cellXfs' number formats are read.
 */
import { localAttrs, parseXml } from "./xmlEvents";

/** Built-in date/time formats (ECMA-376 §18.8.30), including the CJK ones. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format is a date when it has a date/time token outside quotes, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.split(";")[0]) && !/^[#0.,%E+\- ]*$/.test(bare);
}

/** isDate[s] for each cell style index s. */
export function readDateStyles(bytes: Uint8Array | undefined): boolean[] {
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open: (name, raw, selfClosing) => {
      const a = localAttrs(raw);
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs" && !selfClosing) inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfs.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
