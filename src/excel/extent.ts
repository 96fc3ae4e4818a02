/**
 * Where a sheet's values really are, before any value is read. The used
 * range (valuesOnly) is one rectangle around every non-empty cell, so one
 * stray value at XFD1048576 makes it 17 billion cells. A sheet whose used
 * range needs more than one read block is probed first: the rectangle is cut
 * into bands and Excel gives each band's own used range
 * (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4), one request per level
 * for every sheet at once. Where the bands hold most of the rectangle the
 * data is dense and their bounding box is read; otherwise each band is kept
 * on its own and a band still too large is cut again, a bounded number of
 * levels. Only those rectangles are read.
 */

export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Bands per probe: a stray cell a million rows down is found in two levels of 16. */
export const PROBE_BANDS = 16;
/** Probe levels at most (each is one request for every sheet being probed). */
export const MAX_PROBE_LEVELS = 6;
/** Band ranges probed in one request at most; past it, rectangles are read as they are. */
export const MAX_PROBES = 4096;

export const cellCount = (r: CellRect): number => r.rows * r.cols;

/** Cuts a rectangle into at most n bands: of rows when it has several, else of columns. */
export function bandsOf(r: CellRect, n: number): CellRect[] {
  const byRows = r.rows > 1;
  const length = byRows ? r.rows : r.cols;
  const size = Math.ceil(length / Math.min(n, length));
  const bands: CellRect[] = [];
  for (let start = 0; start < length; start += size) {
    const count = Math.min(size, length - start);
    bands.push(
      byRows
        ? { row: r.row + start, col: r.col, rows: count, cols: r.cols }
        : { row: r.row, col: r.col + start, rows: r.rows, cols: count },
    );
  }
  return bands;
}

function boundingBox(rects: readonly CellRect[]): CellRect {
  const row = Math.min(...rects.map((r) => r.row));
  const col = Math.min(...rects.map((r) => r.col));
  const rowEnd = Math.max(...rects.map((r) => r.row + r.rows));
  const colEnd = Math.max(...rects.map((r) => r.col + r.cols));
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

function rectOf(range: Excel.Range): CellRect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/**
 * The rectangles to read on each sheet, given each sheet's used range
 * (loaded). A used range within `cellsPerBlock` is read as it is, without a probe.
 */
export async function contentRects(
  context: Excel.RequestContext,
  sheets: readonly { sheet: Excel.Worksheet; used: CellRect }[],
  cellsPerBlock: number,
): Promise<CellRect[][]> {
  const leaves: CellRect[][] = sheets.map(() => []);
  let open: { index: number; rect: CellRect }[] = [];
  sheets.forEach((s, index) => {
    if (cellCount(s.used) > cellsPerBlock) open.push({ index, rect: s.used });
    else leaves[index].push(s.used);
  });
  for (let level = 0; level < MAX_PROBE_LEVELS && open.length > 0; level++) {
    if (open.length * PROBE_BANDS > MAX_PROBES) break;
    const probes = open.map((o) => ({
      ...o,
      bands: bandsOf(o.rect, PROBE_BANDS).map((b) => {
        const used = sheets[o.index].sheet
          .getRangeByIndexes(b.row, b.col, b.rows, b.cols)
          .getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return used;
      }),
    }));
    // One request per level, all sheets together; MAX_PROBE_LEVELS bounds them.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const next: typeof open = [];
    for (const p of probes) {
      const found = p.bands.filter((b) => !b.isNullObject).map(rectOf);
      if (found.length === 0) continue;
      const filled = found.reduce((n, r) => n + cellCount(r), 0);
      if (filled * 2 > cellCount(p.rect)) {
        // Dense: the bands hold most of it; read it whole (margins trimmed).
        leaves[p.index].push(boundingBox(found));
        continue;
      }
      for (const rect of found) {
        if (cellCount(rect) > cellsPerBlock) next.push({ index: p.index, rect });
        else leaves[p.index].push(rect);
      }
    }
    open = next;
  }
  for (const o of open) leaves[o.index].push(o.rect);
  // Top to bottom, left to right: the order rows are assembled in.
  return leaves.map((rects) => rects.sort((a, b) => a.row - b.row || a.col - b.col));
}
