/**
 * Under Jest there is no Excel: this installs a tiny CustomFunctions global
 * (Error + ErrorCode, typed against @types/custom-functions-runtime) so the
 * production code path `new CustomFunctions.Error(...)` runs unchanged, and
 * lets a test choose the Office display language. Importing it installs it.
 */
import { parseAddress } from "../../src/core/cells";
import type { ResultCell, ResultGrid } from "../../src/functions/grid";

/** A cell as Excel passes it inside a range: a blank cell is "", an error cell a CustomFunctions.Error. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class ShimError implements CustomFunctions.Error {
  constructor(
    public code: CustomFunctions.ErrorCode,
    public message?: string,
  ) {}
}

const shim: typeof CustomFunctions = {
  associate: () => undefined,
  Error: ShimError,
  // The runtime enum is an object of these strings; the cast only renames the type.
  ErrorCode: ERROR_CODES as unknown as typeof CustomFunctions.ErrorCode,
};

const globals = globalThis as unknown as { CustomFunctions?: typeof CustomFunctions; Office?: unknown };
globals.CustomFunctions = shim;

/** Pretends Office runs in this display language ("zh-CN", "en-US"); undefined = outside Office. */
export function setDisplayLanguage(language: string | undefined): void {
  if (language === undefined) delete globals.Office;
  else globals.Office = { context: { displayLanguage: language } };
}

/** The Excel error text of a result cell ("#VALUE!"), or null for a value. */
export function errorCode(cell: ResultCell): string | null {
  return cell instanceof ShimError ? String(cell.code) : null;
}

/** The message of an error cell ("" for a value or an error without one). */
export function errorMessage(cell: ResultCell): string {
  return cell instanceof ShimError ? (cell.message ?? "") : "";
}

/** Result cells with errors shown as their codes: easy to compare with toEqual. */
export function shown(grid: ResultGrid): (number | string)[][] {
  return grid.map((row) => row.map((cell) => errorCode(cell) ?? (cell as number | string)));
}

/** The result cell at an A1 address, A1 being the formula's own cell. */
export function at(grid: ResultGrid, address: string): ResultCell {
  const { row, col } = parseAddress(address);
  return grid[row - 1][col];
}

/** A single cell as Excel passes it to a matrix parameter. */
export function one(value: ExcelCell): ExcelCell[][] {
  return [[value]];
}

/** A one-column range. */
export function column(...values: ExcelCell[]): ExcelCell[][] {
  return values.map((v) => [v]);
}

/** A one-row range. */
export function row(...values: ExcelCell[]): ExcelCell[][] {
  return [values];
}

/** An error cell as the runtime passes it when the metadata allows errors ("#N/A", "#REF!" …). */
export function errorCell(code: string): CustomFunctions.Error {
  return new ShimError(code as CustomFunctions.ErrorCode);
}
