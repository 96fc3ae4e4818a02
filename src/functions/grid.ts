/**
 * Broadcasting of worksheet arguments, the way native Excel functions lift a
 * scalar operation over ranges: a single cell (or a 1-row / 1-column range)
 * is repeated along the other arguments' shape, equal-shaped ranges go cell by
 * cell, and positions outside a smaller range give #N/A, as =A1:A3+B1:B2 does.
 */
import { cellProblemError, CellProblem, worksheetError } from "./errors";
import type { Lang } from "../core/issues";

/**
 * One cell as Excel hands it to a custom function ("" or null when blank). An
 * error cell (#N/A …) arrives as a CustomFunctions.Error, because the metadata
 * allows errors for parameters typed any (allowErrorForDataTypeAny).
 */
export type CellInput = number | string | boolean | null | undefined | CustomFunctions.Error;

/** A range (or a single cell, as [[value]]) passed to a matrix parameter. */
export type Grid = readonly (readonly CellInput[])[];

/** One cell of a function's spilled result. */
export type ResultCell = number | string | CustomFunctions.Error;

export type ResultGrid = ResultCell[][];

/** Rows × columns of a grid; an empty grid counts as one blank cell. */
export interface Shape {
  rows: number;
  cols: number;
}

/** True for an error cell of an argument (the runtime's CustomFunctions.Error: an object with its code). */
export function isErrorCell(raw: unknown): raw is CustomFunctions.Error {
  if (typeof raw !== "object" || raw === null) return false;
  const code = (raw as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/** The error codes a custom function may return; #NAME?, #REF!, #SPILL! … are input-only. */
const RETURNABLE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/**
 * What a function gives for an error cell among its arguments: that error, as
 * =A1+1 does, or #VALUE! for an error a custom function cannot return.
 */
export function passedOnError(error: CustomFunctions.Error): CustomFunctions.Error {
  if (!RETURNABLE.has(String(error.code))) return worksheetError("value");
  return error.message === undefined || error.message === ""
    ? new CustomFunctions.Error(error.code)
    : new CustomFunctions.Error(error.code, error.message);
}

/** Thrown by an argument reader that meets an error cell; the call (or the position) becomes that error. */
export class ErrorCellArgument extends Error {
  constructor(public readonly error: CustomFunctions.Error) {
    super(String(error.code));
    this.name = "ErrorCellArgument";
  }
}

/** Stops reading a cell that holds an error (see ErrorCellArgument). */
export function refuseErrorCell<T>(raw: T): Exclude<T, CustomFunctions.Error> {
  if (isErrorCell(raw)) throw new ErrorCellArgument(raw);
  return raw as Exclude<T, CustomFunctions.Error>;
}

export function shapeOf(grid: Grid): Shape {
  const rows = grid.length;
  if (rows === 0) return { rows: 1, cols: 1 };
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, grid[r].length);
  return { rows, cols: Math.max(cols, 1) };
}

/** True for an omitted optional argument (Excel passes null or nothing). */
export function isOmitted(arg: Grid | null | undefined): arg is null | undefined {
  return arg === null || arg === undefined;
}

/** Every cell of a grid, row by row (for whole-range arguments such as holidays). */
export function cellsOf(grid: Grid | null | undefined): CellInput[] {
  if (isOmitted(grid)) return [];
  const out: CellInput[] = [];
  for (const row of grid) for (const cell of row) out.push(cell);
  return out;
}

/** The single value of an option argument: its first cell, or undefined when omitted or blank. */
export function optionValue(grid: Grid | null | undefined): CellInput {
  if (isOmitted(grid) || grid.length === 0) return undefined;
  return grid[0][0];
}

/**
 * Applies `each` to every position of the broadcast shape of `args`.
 * `each` receives one cell per argument (undefined for an omitted one) in a
 * buffer that is reused between positions, so a 100,000-row call allocates
 * only its result. A CellProblem thrown by `each` becomes an error in that
 * position only; the rest of the spill is unaffected.
 */
export function spill(
  args: readonly (Grid | null | undefined)[],
  lang: Lang,
  each: (cells: readonly CellInput[]) => ResultCell,
): ResultGrid {
  const shapes = args.map((a) => (isOmitted(a) ? null : shapeOf(a)));
  let rows = 1;
  let cols = 1;
  for (const s of shapes) {
    if (s) {
      rows = Math.max(rows, s.rows);
      cols = Math.max(cols, s.cols);
    }
  }
  const buffer: CellInput[] = new Array<CellInput>(args.length);
  const result: ResultGrid = new Array<ResultCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = new Array<ResultCell>(cols);
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let k = 0; k < args.length; k++) {
        const grid = args[k];
        const s = shapes[k];
        if (isOmitted(grid) || s === null) {
          buffer[k] = undefined;
          continue;
        }
        const rr = s.rows === 1 ? 0 : r;
        const cc = s.cols === 1 ? 0 : c;
        if (rr >= s.rows || cc >= s.cols) {
          outside = true;
          break;
        }
        buffer[k] = grid.length === 0 ? null : grid[rr][cc];
      }
      line[c] = outside ? worksheetError("na") : evaluate(each, buffer, lang);
    }
    result[r] = line;
  }
  return result;
}

/**
 * Runs a whole function call. A CellProblem thrown outside `spill` comes from
 * an argument that applies to the whole call (labels, thresholds, method…),
 * so the whole result is that one error.
 */
export function whole(lang: Lang, body: () => ResultGrid): ResultGrid {
  try {
    return body();
  } catch (e) {
    if (e instanceof CellProblem) return [[cellProblemError(e, lang)]];
    if (e instanceof ErrorCellArgument) return [[passedOnError(e.error)]];
    throw e;
  }
}

function evaluate(
  each: (cells: readonly CellInput[]) => ResultCell,
  cells: readonly CellInput[],
  lang: Lang,
): ResultCell {
  // An error cell in this position's arguments is this position's result, whatever the function.
  for (const cell of cells) if (isErrorCell(cell)) return passedOnError(cell);
  try {
    return each(cells);
  } catch (e) {
    if (e instanceof CellProblem) return cellProblemError(e, lang);
    if (e instanceof ErrorCellArgument) return passedOnError(e.error);
    throw e;
  }
}
