/**
 * Requirement sets. The manifest declares ExcelApi 1.7, the lowest set that
 * has everything a plan needs: getRangeByIndexes, freezePanes and chart
 * series data (1.7), conditional formats and suspendApiCalculationUntilNextSync
 * (1.6), getUsedRange(valuesOnly) (1.2). Newer features are used only when
 * the host reports them (suspendScreenUpdatingUntilNextSync is ExcelApi 1.9,
 * data validation 1.8: without it the feedback cells are styled, not listed).
 */
import { PortError } from "../core/portError";

export const MIN_EXCEL_API = "1.7";
export const SCREEN_UPDATING_API = "1.9";
/** Range.dataValidation (the Target List's feedback drop-down, issue 16). */
export const DATA_VALIDATION_API = "1.8";

/** The requirement sets manifest.xml declares (a test keeps them equal), each with what needs it. */
export const REQUIRED_SETS = [
  { name: "ExcelApi", version: MIN_EXCEL_API, for: "the workbook port (see above)" },
  {
    name: "SharedRuntime",
    version: "1.1",
    for: "one runtime for pane, ribbon and functions; Office.addin visibility events",
  },
  {
    name: "CustomFunctionsRuntime",
    version: "1.3",
    for: "CustomFunctions.Error (1.2) with its ErrorCode values (1.3)",
  },
] as const;

/**
 * Where those sets exist, per Microsoft's requirement-set tables: the shared
 * runtime and custom functions need Excel 2021 or later when volume-licensed,
 * a retail or Microsoft 365 Excel of Version 2311 or later on Windows, 16.40 on
 * Mac; volume-licensed Excel 2019 and Excel on iPad have neither.
 */
export const SUPPORTED_EXCEL = {
  en: "Microsoft 365 on Windows or Mac, Excel 2021 or later, or Excel on the web; not volume-licensed Excel 2019 or earlier, nor Excel on iPad",
  zh: "Microsoft 365（Windows 或 Mac）、Excel 2021 及以上或网页版 Excel；批量许可的 Excel 2019 及更早版本和 iPad 版 Excel 不支持",
} as const;

/** Asks the host whether it supports a version of the ExcelApi requirement set. */
export type SupportsExcelApi = (version: string) => boolean;

export function officeSupportsExcelApi(version: string): boolean {
  // Outside an Office host (the page opened in a browser) office.js loads but
  // Office.context has no requirements: no Excel API at all, not a TypeError.
  if (typeof Office === "undefined") return false;
  const requirements = (Office.context as Office.Context | undefined)?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : false;
}

/** The port's error when the host is not an Excel that can run MicroSeg: a PortError "excel-unsupported". */
export class RequirementError extends PortError {
  constructor(readonly version: string) {
    super("excel-unsupported", { params: { version } });
    this.message = this.messageIn("en");
  }

  override messageIn(lang: "zh" | "en"): string {
    return lang === "zh"
      ? `MicroSeg 需要支持 ExcelApi ${this.version} 或更高版本及共享运行时的 Excel（${SUPPORTED_EXCEL.zh}）。`
      : `MicroSeg needs Excel with ExcelApi ${this.version} or later and the shared runtime (${SUPPORTED_EXCEL.en}).`;
  }
}

export function assertMinimumApi(supports: SupportsExcelApi): void {
  if (!supports(MIN_EXCEL_API)) throw new RequirementError(MIN_EXCEL_API);
}
