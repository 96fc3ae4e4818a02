/**
 * The one error vocabulary of the engine (CONVENTIONS habit 3). Every problem
 * found in input data, settings or formulas is an Issue with a code; hosts map
 * it to the Issues sheet, CustomFunctions.Error, a MessageBar or an exit code.
 */
export type Lang = "zh" | "en";

export type Severity = "error" | "warning" | "skipped";

export const ISSUE_CODES = [
  // rows skipped on purpose
  "blank-row",
  "total-row",
  // cell values
  "excel-error",
  "not-a-number",
  "negative-count",
  "rate-above-100",
  "rate-read-as-percent",
  "missing-key",
  "missing-value",
  "duplicate-key",
  "unknown-hospital",
  "unknown-department",
  "unknown-status",
  "unknown-override",
  "unknown-doctor-type",
  "no-tier-criteria",
  "no-department-potential",
  "no-volume-or-potential",
  "implausible-value",
  "department-rx-exceeded",
  "unparsed-availability",
  "unreadable-date",
  // call log and quota (SPEC §10)
  "call-unknown-doctor",
  "call-date-future",
  "call-date-outside-cycles",
  "call-not-target",
  "quota-unknown-rep",
  "invalid-date",
  "unknown-day-type",
  // representatives and territories (SPEC §8)
  "rep-calls-invalid",
  "days-off-unreadable",
  "unknown-rep",
  "rep-ambiguous",
  "no-rep",
  // tables
  "table-not-found",
  "header-not-found",
  "required-column-missing",
  "ambiguous-column",
  // settings and formulas
  "setting-invalid",
  "setting-unknown",
  "formula-invalid",
  "formula-forbidden",
  "formula-unknown-variable",
  "formula-not-finite",
  // targeting and planning
  "few-targets",
  "capacity-exceeded",
  "call-not-placed",
  "calendar-arrangement-unknown",
  "rep-utilisation",
  "pins-over-capacity",
  "feedback-unknown-doctor",
  "unknown-feedback",
  "output-name-taken",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Sheet name as the user sees it ("" for settings / whole-run issues). */
  sheet: string;
  /** Excel row number as the user sees it; null for sheet/run-level issues. */
  row: number | null;
  /** Column header as written in the input (or a setting key); "" when none. */
  column: string;
  /** The raw value as text ("" when none). */
  value: string;
  /** Extra words for the message (e.g. {field: "beds", count: 12}). */
  params?: Record<string, string | number>;
}
