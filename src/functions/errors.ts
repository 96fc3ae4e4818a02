/**
 * The edge between the engine's one error vocabulary (Issue codes with zh/en
 * messages, src/core/messages.ts) and Excel's error values.
 *
 * A bad argument cell throws a CellProblem carrying an Issue; the broadcaster
 * turns it into a CustomFunctions.Error in that cell's position only.
 */
import type { Issue, IssueCode, Lang } from "../core/issues";
import { issueMessage } from "../core/messages";
import type { CellInput } from "./grid";

/** #VALUE!, #DIV/0!, #NUM!, #N/A. */
export type ErrorKind = "value" | "div0" | "num" | "na";

/**
 * Creates the error value Excel shows. Excel displays the message for #VALUE!
 * and #N/A; for #DIV/0! and #NUM! it keeps only the code, so the message is
 * passed anyway and shows wherever the host supports it.
 */
export function worksheetError(kind: ErrorKind, message?: string): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const code =
    kind === "value"
      ? codes.invalidValue
      : kind === "div0"
        ? codes.divisionByZero
        : kind === "num"
          ? codes.invalidNumber
          : codes.notAvailable;
  return message === undefined ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, message);
}

/** A problem with one argument cell, reported in that cell's position of the result. */
export class CellProblem extends Error {
  constructor(
    public readonly kind: ErrorKind,
    public readonly issue: Issue,
  ) {
    super(issue.code);
    this.name = "CellProblem";
  }
}

/** An Issue about a function argument: `column` is the parameter name, `value` the raw cell. */
export function argumentIssue(
  code: IssueCode,
  parameter: string,
  raw: CellInput | string,
  params?: Record<string, string | number>,
): Issue {
  const issue: Issue = {
    code,
    severity: "error",
    sheet: "",
    row: null,
    column: parameter,
    value: raw === null || raw === undefined ? "" : String(raw),
  };
  if (params) issue.params = params;
  return issue;
}

export function problem(
  kind: ErrorKind,
  code: IssueCode,
  parameter: string,
  raw: CellInput | string,
  params?: Record<string, string | number>,
): CellProblem {
  return new CellProblem(kind, argumentIssue(code, parameter, raw, params));
}

/** The worksheet error of a CellProblem, with its message in the user's language. */
export function cellProblemError(p: CellProblem, lang: Lang): CustomFunctions.Error {
  return worksheetError(p.kind, issueMessage(p.issue, lang));
}

/**
 * An argument outside the values a function accepts (labels "xx", method
 * "mode" …): #VALUE! saying the formula cannot be read, with what it takes.
 * `allowed` is written so it reads the same in Chinese and English.
 */
export function badArgument(parameter: string, raw: CellInput | string, allowed: string): CellProblem {
  return problem("value", "formula-invalid", parameter, raw, { detail: allowed });
}
