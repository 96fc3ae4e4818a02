/**
 * Requirement sets. The manifest declares ExcelApi 1.7, the lowest set that
 * has everything a plan needs: getRangeByIndexes, freezePanes and chart
 * series data (1.7), conditional formats and suspendApiCalculationUntilNextSync
 * (1.6), getUsedRange(valuesOnly) (1.2). Newer features are used only when
 * the host reports them (suspendScreenUpdatingUntilNextSync is ExcelApi 1.9).
 */
import { PortError } from "../core/portError";

export const MIN_EXCEL_API = "1.7";
export const SCREEN_UPDATING_API = "1.9";

/** Asks the host whether it supports a version of the ExcelApi requirement set. */
export type SupportsExcelApi = (version: string) => boolean;

export function officeSupportsExcelApi(version: string): boolean {
  // Outside an Office host (the page opened in a browser) office.js loads but
  // Office.context has no requirements: no Excel API at all, not a TypeError.
  if (typeof Office === "undefined") return false;
  const requirements = (Office.context as Office.Context | undefined)?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : false;
}

export function assertMinimumApi(supports: SupportsExcelApi): void {
  if (!supports(MIN_EXCEL_API))
    throw new PortError("excel-unsupported", { params: { version: MIN_EXCEL_API } });
}
