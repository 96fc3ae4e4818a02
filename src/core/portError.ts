/**
 * The one error type a workbook port throws (Excel, .xlsx, memory): a kind
 * to branch on with `instanceof` and `kind` (never by `name` or message
 * text), and a message in either language for the user.
 */
import type { Lang } from "./issues";

export type PortErrorKind =
  /** Writing the plan failed; `restored` says whether the workbook was put back as it was. */
  | "write-failed"
  /** The host lacks the Excel API version MicroSeg needs (`params.version`). */
  | "excel-unsupported"
  /** A sheet that should be there is not (`params.sheet`). */
  | "sheet-not-found";

export interface PortErrorDetails {
  /** The host's own reason (Excel's message), untranslated. */
  detail?: string;
  /** For "write-failed": the workbook is as it was before the write. */
  restored?: boolean;
  params?: Record<string, string>;
  cause?: unknown;
  /** For "write-failed": why putting the workbook back failed, when it did. */
  rollbackError?: unknown;
}

const TEXT: Record<PortErrorKind, Record<Lang, (e: PortError) => string>> = {
  "write-failed": {
    en: (e) =>
      `MicroSeg could not write the plan sheets${e.detail ? ` (${e.detail})` : ""}. ` +
      (e.restored
        ? "The workbook was left as it was."
        : "Putting the workbook back also failed: check the plan sheets."),
    zh: (e) =>
      `无法写入计划工作表${e.detail ? `（${e.detail}）` : ""}。` +
      (e.restored ? "工作簿已保持原样。" : "恢复工作簿也失败了，请检查计划工作表。"),
  },
  "excel-unsupported": {
    en: (e) =>
      `MicroSeg needs Excel with ExcelApi ${e.params.version ?? ""} or later and the shared runtime (Microsoft 365, Excel on the web, or a recent retail Excel).`,
    zh: (e) =>
      `MicroSeg 需要支持 ExcelApi ${e.params.version ?? ""} 或更高版本及共享运行时的 Excel（Microsoft 365、网页版 Excel 或较新的零售版 Excel）。`,
  },
  "sheet-not-found": {
    en: (e) => `There is no sheet named "${e.params.sheet ?? ""}".`,
    zh: (e) => `找不到名为「${e.params.sheet ?? ""}」的工作表。`,
  },
};

export class PortError extends Error {
  readonly kind: PortErrorKind;
  readonly detail: string;
  readonly restored: boolean;
  readonly params: Record<string, string>;
  readonly rollbackError: unknown;

  constructor(kind: PortErrorKind, details: PortErrorDetails = {}) {
    super("", details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "PortError";
    this.kind = kind;
    this.detail = details.detail ?? "";
    this.restored = details.restored ?? true;
    this.params = details.params ?? {};
    this.rollbackError = details.rollbackError ?? null;
    this.message = this.messageIn("en");
  }

  /** The message for the user, in their language. */
  messageIn(lang: Lang): string {
    return TEXT[this.kind][lang](this);
  }
}

/** The message of anything a host threw, untranslated: Excel's and Node's own reasons. */
export function hostErrorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === "string" ? e : JSON.stringify(e);
}
