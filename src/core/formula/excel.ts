/**
 * Transpiles a checked Expr to a native Excel formula, so an output cell holds
 * the user's own expression over A1 references and stays auditable without
 * the add-in. Excel differs from mathjs in precedence (unary minus binds
 * tighter than ^) and associativity (^ is left-associative), so operands are
 * parenthesised wherever the two could disagree.
 */
import { isLogical, mayFail, variablesOf, type BinaryOp, type Expr } from "./ir";

const PRECEDENCE: Record<BinaryOp, number> = {
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "==": 1,
  "!=": 1,
  "+": 2,
  "-": 2,
  "*": 3,
  "/": 3,
  "^": 4,
  and: 9, // rendered as AND(…): atomic
  or: 9,
};

const EXCEL_OP: Partial<Record<BinaryOp, string>> = { "==": "=", "!=": "<>" };

function isInfix(e: Expr): e is Extract<Expr, { kind: "binary" }> {
  return e.kind === "binary" && e.op !== "and" && e.op !== "or";
}

function operand(
  child: Expr,
  parent: BinaryOp,
  side: "left" | "right",
  refs: Readonly<Record<string, string>>,
): string {
  const text = render(child, refs);
  if (child.kind === "unary" && child.op === "neg") return `(${text})`;
  if (!isInfix(child)) return text;
  const pc = PRECEDENCE[child.op];
  const pp = PRECEDENCE[parent];
  if (parent === "^") return `(${text})`;
  if (pc < pp) return `(${text})`;
  // a-(b-c), a/(b*c), (a<b)=c: the right operand of a non-associative operator keeps its group.
  if (pc === pp && side === "right" && !(parent === "+" || parent === "*")) return `(${text})`;
  if (pc === pp && pp === 1) return `(${text})`;
  return text;
}

function render(e: Expr, refs: Readonly<Record<string, string>>): string {
  switch (e.kind) {
    case "num":
      return String(e.value);
    case "var": {
      const ref = refs[e.name];
      if (ref === undefined) throw new Error(`No cell reference for variable ${e.name}`);
      return ref;
    }
    case "unary": {
      const inner = render(e.arg, refs);
      if (e.op === "not") return `NOT(${inner})`;
      return e.arg.kind === "num" || e.arg.kind === "var" || e.arg.kind === "call"
        ? `-${inner}`
        : `-(${inner})`;
    }
    case "binary": {
      if (e.op === "and" || e.op === "or")
        return `${e.op.toUpperCase()}(${render(e.left, refs)},${render(e.right, refs)})`;
      const op = EXCEL_OP[e.op] ?? e.op;
      return `${operand(e.left, e.op, "left", refs)}${op}${operand(e.right, e.op, "right", refs)}`;
    }
    case "if":
      return `IF(${render(e.test, refs)},${render(e.then, refs)},${render(e.else, refs)})`;
    case "call": {
      const args = e.args.map((a) => render(a, refs));
      switch (e.fn) {
        case "min":
        case "max":
        case "abs":
        case "sqrt":
        case "exp":
          return `${e.fn.toUpperCase()}(${args.join(",")})`;
        case "round":
          return `ROUND(${args[0]},${args[1] ?? "0"})`;
        // FLOOR.MATH/CEILING.MATH round toward −∞/+∞ like mathjs (Office.js hosts have them).
        case "floor":
          return `FLOOR.MATH(${args[0]})`;
        case "ceil":
          return `CEILING.MATH(${args[0]})`;
        case "log":
          return args.length === 2 ? `LOG(${args[0]},${args[1]})` : `LN(${args[0]})`;
        case "pow":
          return `POWER(${args[0]},${args[1]})`;
      }
    }
  }
  throw new Error("Unreachable expression kind");
}

/** The bare Excel expression (no "=" and no blank/error guards). */
export function toExcelExpression(e: Expr, refs: Readonly<Record<string, string>>): string {
  return render(e, refs);
}

/**
 * The full cell formula: blank when any variable's cell is blank (the engine
 * treats a missing input as missing, not 0), blank instead of an Excel error
 * (the engine gives null for a non-finite result), and a number even when the
 * expression is a comparison.
 *
 * @param refs variable → A1 text, e.g. {volume: "{c:volume}{r}"}
 * @param alwaysPresent variables whose cell is never blank (no guard needed)
 */
export function toExcelFormula(
  e: Expr,
  refs: Readonly<Record<string, string>>,
  alwaysPresent: readonly string[] = [],
): string {
  let body = render(e, refs);
  if (isLogical(e)) body = `N(${body})`;
  if (mayFail(e)) body = `IFERROR(${body},"")`;
  const guarded = variablesOf(e)
    .filter((v) => !alwaysPresent.includes(v))
    .map((v) => refs[v]);
  if (guarded.length === 0) return `=${body}`;
  return `=IF(COUNT(${guarded.join(",")})<${guarded.length},"",${body})`;
}
