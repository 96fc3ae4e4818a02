/**
 * Size limits of one Office.js request and the arithmetic that keeps every
 * read and write under them.
 *
 * Excel add-ins (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   - Excel on the web limits the payload of each request and of each response
 *     to 5 MB (a larger one fails with RequestPayloadSizeLimitExceeded);
 *   - a range read (get) is limited to 5,000,000 cells.
 * Large ranges should be read and written in blocks:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large
 *
 * We keep 1 MB of headroom under the 5 MB limit and apply it on every
 * platform, so a workbook behaves the same on the web and on the desktop.
 */
export interface ExcelLimits {
  /** Largest estimated request or response of one context.sync(), in bytes. */
  payloadBytes: number;
  /** Largest number of cells read by one range load. */
  cellsPerRead: number;
  /**
   * Estimated response bytes per cell read (values + valueTypes, JSON). The
   * real size is unknown until read; typical cells take about 20 bytes.
   */
  bytesPerCellRead: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ExcelLimits = Object.freeze({
  payloadBytes: 4 * MB,
  cellsPerRead: 5_000_000,
  bytesPerCellRead: 32,
});

/** Size of a value as it travels in a request: its JSON length (UTF-8 bytes). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** UTF-8 byte length without allocating (runs in the browser, where Buffer does not exist). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A contiguous block of rows [start, start + count) (0-based, relative). */
export interface RowBlock {
  start: number;
  count: number;
}

/** Splits `rowCount` rows into blocks of at most `maxRows` rows (at least one row each). */
export function rowBlocks(rowCount: number, maxRows: number): RowBlock[] {
  const size = Math.max(1, Math.floor(maxRows));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rowCount; start += size) {
    blocks.push({ start, count: Math.min(size, rowCount - start) });
  }
  return blocks;
}

/**
 * Splits rows so that each block's JSON stays under `budget` bytes. Rows are
 * measured one by one, so a column of long names is split earlier than a
 * column of numbers.
 */
export function rowBlocksByBytes<T>(rows: readonly T[], budget: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (i > start && bytes + b > budget) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) blocks.push({ start, count: rows.length - start });
  return blocks;
}
