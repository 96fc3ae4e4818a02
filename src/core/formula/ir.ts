/**
 * The only expression shapes a user formula may have once it has passed the
 * sandbox. Everything downstream (JS evaluation, Excel transpiling) works on
 * this small tree, never on mathjs nodes, so nothing outside the whitelist can
 * reach it.
 */

export const BINARY_OPS = ["+", "-", "*", "/", "^", "<", ">", "<=", ">=", "==", "!=", "and", "or"] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];
export type UnaryOp = "neg" | "not";

export const FORMULA_FUNCTIONS = [
  "min",
  "max",
  "abs",
  "round",
  "floor",
  "ceil",
  "sqrt",
  "log",
  "exp",
  "pow",
] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** Allowed argument counts per function (mathjs semantics). */
export const FUNCTION_ARITY: Record<FormulaFunction, { min: number; max: number }> = {
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  round: { min: 1, max: 2 },
  floor: { min: 1, max: 1 },
  ceil: { min: 1, max: 1 },
  sqrt: { min: 1, max: 1 },
  log: { min: 1, max: 2 },
  exp: { min: 1, max: 1 },
  pow: { min: 2, max: 2 },
};

export type Expr =
  | { kind: "num"; value: number }
  | { kind: "var"; name: string }
  | { kind: "unary"; op: UnaryOp; arg: Expr }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { kind: "call"; fn: FormulaFunction; args: Expr[] }
  | { kind: "if"; test: Expr; then: Expr; else: Expr };

/** Variables the expression reads, in first-use order. */
export function variablesOf(e: Expr, out: string[] = []): string[] {
  switch (e.kind) {
    case "num":
      break;
    case "var":
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case "unary":
      variablesOf(e.arg, out);
      break;
    case "binary":
      variablesOf(e.left, out);
      variablesOf(e.right, out);
      break;
    case "call":
      for (const a of e.args) variablesOf(a, out);
      break;
    case "if":
      variablesOf(e.test, out);
      variablesOf(e.then, out);
      variablesOf(e.else, out);
      break;
  }
  return out;
}

/** True when the result is a truth value rather than a number. */
export function isLogical(e: Expr): boolean {
  if (e.kind === "unary") return e.op === "not";
  if (e.kind === "binary") return !["+", "-", "*", "/", "^"].includes(e.op);
  if (e.kind === "if") return isLogical(e.then) && isLogical(e.else);
  return false;
}

/** True when evaluation may fail (division, roots, logs, powers): Excel then needs IFERROR. */
export function mayFail(e: Expr): boolean {
  switch (e.kind) {
    case "num":
    case "var":
      return false;
    case "unary":
      return mayFail(e.arg);
    case "binary":
      return e.op === "/" || e.op === "^" || mayFail(e.left) || mayFail(e.right);
    case "call":
      return ["sqrt", "log", "pow", "exp"].includes(e.fn) || e.args.some(mayFail);
    case "if":
      return mayFail(e.test) || mayFail(e.then) || mayFail(e.else);
  }
}
