/**
 * Compiles an editable formula once per run: sandbox check → JS evaluator
 * (for the computed value) + Excel transpiler (for the output cell).
 */
import type { Issue } from "../issues";
import { compileExpr } from "./evaluate";
import { toExcelFormula } from "./excel";
import { variablesOf, type Expr } from "./ir";
import { formulaIssue, parseFormula } from "./sandbox";
import { FORMULA_VARIABLES, type FormulaName } from "./variables";

export interface CompiledFormula {
  name: FormulaName;
  source: string;
  expr: Expr;
  /** Variables the expression reads; evaluate() takes their values in this order. */
  variables: readonly string[];
  /**
   * The result for one row, or null when it is not a finite number
   * (the caller has already checked that no variable is missing).
   */
  evaluate(values: ArrayLike<number>): number | null;
  /** The Excel cell formula over the given references (see toExcelFormula). */
  excel(refs: Readonly<Record<string, string>>, alwaysPresent?: readonly string[]): string;
}

export type CompileResult = { ok: true; formula: CompiledFormula } | { ok: false; issue: Issue };

export function compileFormula(name: FormulaName, source: string): CompileResult {
  const parsed = parseFormula(source, FORMULA_VARIABLES[name]);
  if (!parsed.ok) {
    const issue = formulaIssue(`formulas.${name}`, source, parsed.problem);
    // The names the user may write instead, for an unknown one.
    if (parsed.problem.code === "formula-unknown-variable")
      issue.params = { ...issue.params, available: FORMULA_VARIABLES[name].join(", ") };
    return { ok: false, issue };
  }
  const expr = parsed.expr;
  const variables = variablesOf(expr);
  const fn = compileExpr(expr, new Map(variables.map((v, i) => [v, i])));
  return {
    ok: true,
    formula: {
      name,
      source,
      expr,
      variables,
      evaluate(values) {
        const r = fn(values);
        return Number.isFinite(r) ? r : null;
      },
      excel: (refs, alwaysPresent) => toExcelFormula(expr, refs, alwaysPresent),
    },
  };
}

/**
 * Evaluates over a record of named values: null when any variable the
 * formula reads is missing. Convenient for custom functions and tests; the
 * engine's hot loops fill a reusable array instead.
 */
export function evaluateFormula(
  formula: CompiledFormula,
  scope: Readonly<Record<string, number | null | undefined>>,
): number | null {
  const values = new Array<number>(formula.variables.length);
  for (let i = 0; i < formula.variables.length; i++) {
    const v = scope[formula.variables[i]];
    if (v === null || v === undefined) return null;
    values[i] = v;
  }
  return formula.evaluate(values);
}
