/**
 * The formula sandbox. A user's mathjs expression is parsed by a locked-down
 * mathjs instance and its tree is checked node by node against a whitelist;
 * what passes becomes our own small Expr tree (ir.ts). mathjs never
 * evaluates user text, so `import`, `createUnit`, `evaluate`, property access
 * such as a["constructor"], units and assignments cannot run at all.
 */
import {
  all,
  create,
  isConditionalNode,
  isConstantNode,
  isFunctionNode,
  isOperatorNode,
  isParenthesisNode,
  isSymbolNode,
  type MathJsInstance,
  type MathNode,
} from "mathjs";
import type { Issue, IssueCode } from "../issues";
import { FORMULA_FUNCTIONS, FUNCTION_ARITY, type BinaryOp, type Expr, type FormulaFunction } from "./ir";

/** Functions of the mathjs instance that could reach outside the expression. */
const DISABLED_FUNCTIONS = [
  "import",
  "createUnit",
  "evaluate",
  "parse",
  "simplify",
  "simplifyConstant",
  "simplifyCore",
  "derivative",
  "compile",
  "resolve",
  "reviver",
  "replacer",
  "rationalize",
  "leafCount",
  "parser",
  "chain",
  "config",
  "help",
  "unit",
  "typed",
] as const;

type Parse = (expr: string) => MathNode;

let lockedParse: Parse | null = null;

/** Builds the locked instance once; only its parse function is kept. */
function sandboxParse(): Parse {
  if (lockedParse) return lockedParse;
  const math: MathJsInstance = create(all, {});
  const parse = math.parse.bind(math) as Parse;
  const disabled: Record<string, () => never> = {};
  for (const name of DISABLED_FUNCTIONS) {
    disabled[name] = () => {
      throw new Error(`Function ${name} is disabled in MicroSeg formulas`);
    };
  }
  math.import(disabled, { override: true });
  lockedParse = parse;
  return parse;
}

const OPERATORS: Partial<Record<string, BinaryOp>> = {
  add: "+",
  subtract: "-",
  multiply: "*",
  divide: "/",
  pow: "^",
  smaller: "<",
  larger: ">",
  smallerEq: "<=",
  largerEq: ">=",
  equal: "==",
  unequal: "!=",
  and: "and",
  or: "or",
};

const FUNCTION_SET: ReadonlySet<string> = new Set(FORMULA_FUNCTIONS);

export interface FormulaProblem {
  code: Extract<IssueCode, "formula-invalid" | "formula-forbidden" | "formula-unknown-variable">;
  /** What is wrong, e.g. the unknown name or the forbidden construct. */
  name: string;
  /** 1-based character position in the source, when known. */
  position: number | null;
  detail: string;
}

class ProblemError extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.detail);
  }
}

/** 1-based position of the first whole-word occurrence of `word` in source. */
function positionOf(source: string, word: string): number | null {
  if (word === "") return null;
  if (!/^[A-Za-z_]/.test(word)) {
    const i = source.indexOf(word);
    return i < 0 ? null : i + 1;
  }
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(^|[^A-Za-z0-9_])(${escaped})`).exec(source);
  return m ? m.index + m[1].length + 1 : null;
}

function problem(
  source: string,
  code: FormulaProblem["code"],
  name: string,
  detail: string,
  at: string = name,
): ProblemError {
  return new ProblemError({ code, name, position: positionOf(source, at), detail });
}

/** Converts a checked mathjs node to Expr, throwing ProblemError at the first forbidden part. */
function toExpr(node: MathNode, source: string, variables: ReadonlySet<string>): Expr {
  if (isParenthesisNode(node)) return toExpr(node.content, source, variables);
  if (isConstantNode(node)) {
    const v: unknown = node.value;
    if (typeof v === "number" && Number.isFinite(v)) return { kind: "num", value: v };
    if (typeof v === "boolean") return { kind: "num", value: v ? 1 : 0 };
    throw problem(source, "formula-forbidden", String(v), "only numbers are allowed as constants", `"`);
  }
  if (isSymbolNode(node)) {
    if (variables.has(node.name)) return { kind: "var", name: node.name };
    if (FUNCTION_SET.has(node.name))
      throw problem(source, "formula-invalid", node.name, "a function must be called with arguments");
    throw problem(source, "formula-unknown-variable", node.name, "not one of the formula's variables");
  }
  if (isOperatorNode(node)) {
    const args = node.args.map((a) => toExpr(a, source, variables));
    if (args.length === 1) {
      if (node.fn === "unaryMinus") return { kind: "unary", op: "neg", arg: args[0] };
      if (node.fn === "unaryPlus") return args[0];
      if (node.fn === "not") return { kind: "unary", op: "not", arg: args[0] };
    }
    const op = OPERATORS[node.fn];
    if (args.length === 2 && op) return { kind: "binary", op, left: args[0], right: args[1] };
    throw problem(source, "formula-forbidden", node.op, `operator "${node.op}" is not allowed`);
  }
  if (isConditionalNode(node)) {
    return {
      kind: "if",
      test: toExpr(node.condition, source, variables),
      then: toExpr(node.trueExpr, source, variables),
      else: toExpr(node.falseExpr, source, variables),
    };
  }
  if (isFunctionNode(node)) {
    const fnNode = node.fn as MathNode;
    if (!isSymbolNode(fnNode))
      throw problem(source, "formula-forbidden", "(", "only named functions may be called");
    const name = fnNode.name;
    if (!FUNCTION_SET.has(name)) throw problem(source, "formula-forbidden", name, "function not allowed");
    const fn = name as FormulaFunction;
    const arity = FUNCTION_ARITY[fn];
    if (node.args.length < arity.min || node.args.length > arity.max)
      throw problem(source, "formula-invalid", name, `wrong number of arguments (${node.args.length})`);
    return { kind: "call", fn, args: node.args.map((a) => toExpr(a, source, variables)) };
  }
  // AccessorNode, IndexNode, ObjectNode, ArrayNode, AssignmentNode,
  // FunctionAssignmentNode, BlockNode, RangeNode, RelationalNode…
  const where =
    node.type === "AccessorNode" || node.type === "IndexNode" ? "[" : node.type === "ObjectNode" ? "{" : "=";
  throw problem(source, "formula-forbidden", node.type, `${node.type} is not allowed`, where);
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; problem: FormulaProblem };

/** Parses and checks one formula against the allowed variable names. */
export function parseFormula(source: string, variables: readonly string[]): ParseResult {
  if (source.trim() === "")
    return {
      ok: false,
      problem: { code: "formula-invalid", name: "", position: 1, detail: "empty formula" },
    };
  let node: MathNode;
  try {
    node = sandboxParse()(source);
  } catch (e) {
    const err = e as Error & { char?: number };
    return {
      ok: false,
      problem: {
        code: "formula-invalid",
        name: "",
        position: typeof err.char === "number" ? err.char + 1 : null,
        detail: err.message,
      },
    };
  }
  try {
    return { ok: true, expr: toExpr(node, source, new Set(variables)) };
  } catch (e) {
    if (e instanceof ProblemError) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** The problem as an Issue on the setting key (e.g. "formulas.deptTotalRx"). */
export function formulaIssue(settingKey: string, source: string, p: FormulaProblem): Issue {
  return {
    code: p.code,
    severity: "error",
    sheet: "",
    row: null,
    column: settingKey,
    value: source,
    params: {
      key: settingKey,
      name: p.name,
      position: p.position ?? "",
      detail: p.detail,
    },
  };
}
