/**
 * The formula sandbox. A user's mathjs expression is parsed by a locked-down
 * mathjs instance and its tree is checked node by node against a whitelist;
 * what passes becomes our own small Expr tree (ir.ts). mathjs never
 * evaluates user text, so `import`, `createUnit`, `evaluate`, property access
 * such as a["constructor"], units and assignments cannot run at all.
 */
import type { MathJsInstance, MathNode } from "mathjs";
import type { Issue, IssueCode } from "../issues";
import { FORMULA_FUNCTIONS, FUNCTION_ARITY, type BinaryOp, type Expr, type FormulaFunction } from "./ir";
import { parseSimpleFormula } from "./simpleParse";

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
type MathJs = typeof import("mathjs");

let mathjs: MathJs | null = null;

/**
 * mathjs, loaded on first need: loading it takes most of a command-line run's
 * start-up (about a second on a 2-core machine), and plain arithmetic, the
 * default formulas included, never needs it (simpleParse.ts).
 */
function mathjsModule(): MathJs {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (above)
  mathjs ??= require("mathjs") as MathJs;
  return mathjs;
}

let lockedParse: Parse | null = null;

/** Builds the locked instance once; only its parse function is kept. */
function sandboxParse(): Parse {
  if (lockedParse) return lockedParse;
  const { all, create } = mathjsModule();
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

/**
 * Why a formula is refused, in the user's terms (messages.ts words each one);
 * never mathjs' node names or parser text.
 */
export type FormulaReason =
  | "empty"
  | "ends-early"
  | "missing-parenthesis"
  | "unexpected"
  | "text"
  | "lookup"
  | "assignment"
  | "object"
  | "list"
  | "several"
  | "range"
  | "chained-comparison"
  | "operator"
  | "function"
  | "needs-arguments"
  | "arity"
  | "unnamed-call"
  | "unknown-name"
  | "not-allowed";

export interface FormulaProblem {
  code: Extract<IssueCode, "formula-invalid" | "formula-forbidden" | "formula-unknown-variable">;
  reason: FormulaReason;
  /** What is wrong as the user wrote it: the unknown name, the operator or character. */
  name: string;
  /** 1-based character position in the source, when known. */
  position: number | null;
  /** Arguments given, for "arity". */
  count?: number;
  /** Technical detail for logs (English); the message does not show it. */
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
  reason: FormulaReason,
  name: string,
  detail: string,
  at: string = name,
): ProblemError {
  return new ProblemError({ code, reason, name, position: positionOf(source, at), detail });
}

/** What a construct mathjs accepts but MicroSeg refuses is, in the user's terms, and the character it starts at. */
const REFUSED_NODES: Readonly<Record<string, { reason: FormulaReason; at: string }>> = {
  AccessorNode: { reason: "lookup", at: "[" },
  IndexNode: { reason: "lookup", at: "[" },
  AssignmentNode: { reason: "assignment", at: "=" },
  FunctionAssignmentNode: { reason: "assignment", at: "=" },
  ObjectNode: { reason: "object", at: "{" },
  ArrayNode: { reason: "list", at: "[" },
  BlockNode: { reason: "several", at: ";" },
  RangeNode: { reason: "range", at: ":" },
  RelationalNode: { reason: "chained-comparison", at: "" },
};

/** The refused construct's own character as the user wrote it ("." for volume.constructor). */
function refusedAt(source: string, at: string): { name: string; position: number | null } {
  if (at === "") return { name: "", position: null };
  let i = source.indexOf(at);
  if (at === "[" && i < 0) i = source.indexOf(".");
  if (at === ";" && i < 0) i = source.search(/\n/);
  return i < 0
    ? { name: at, position: null }
    : { name: source[i] === "\n" ? "↵" : source[i], position: i + 1 };
}

/** Converts a checked mathjs node to Expr, throwing ProblemError at the first forbidden part. */
function toExpr(node: MathNode, source: string, variables: ReadonlySet<string>): Expr {
  const {
    isConditionalNode,
    isConstantNode,
    isFunctionNode,
    isOperatorNode,
    isParenthesisNode,
    isSymbolNode,
  } = mathjsModule();
  if (isParenthesisNode(node)) return toExpr(node.content, source, variables);
  if (isConstantNode(node)) {
    const v: unknown = node.value;
    if (typeof v === "number" && Number.isFinite(v)) return { kind: "num", value: v };
    if (typeof v === "boolean") return { kind: "num", value: v ? 1 : 0 };
    throw problem(
      source,
      "formula-forbidden",
      "text",
      String(v),
      "only numbers are allowed as constants",
      `"`,
    );
  }
  if (isSymbolNode(node)) {
    if (variables.has(node.name)) return { kind: "var", name: node.name };
    if (FUNCTION_SET.has(node.name))
      throw problem(
        source,
        "formula-invalid",
        "needs-arguments",
        node.name,
        "a function must be called with arguments",
      );
    throw problem(
      source,
      "formula-unknown-variable",
      "unknown-name",
      node.name,
      "not one of the formula's variables",
    );
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
    throw problem(source, "formula-forbidden", "operator", node.op, `operator "${node.op}" is not allowed`);
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
      throw problem(source, "formula-forbidden", "unnamed-call", "(", "only named functions may be called");
    const name = fnNode.name;
    if (!FUNCTION_SET.has(name))
      throw problem(source, "formula-forbidden", "function", name, "function not allowed");
    const fn = name as FormulaFunction;
    const arity = FUNCTION_ARITY[fn];
    if (node.args.length < arity.min || node.args.length > arity.max) {
      const err = problem(
        source,
        "formula-invalid",
        "arity",
        name,
        `wrong number of arguments (${node.args.length})`,
      );
      err.problem.count = node.args.length;
      throw err;
    }
    return { kind: "call", fn, args: node.args.map((a) => toExpr(a, source, variables)) };
  }
  // AccessorNode, IndexNode, ObjectNode, ArrayNode, AssignmentNode,
  // FunctionAssignmentNode, BlockNode, RangeNode, RelationalNode…
  const refused = REFUSED_NODES[node.type] ?? { reason: "not-allowed" as const, at: "" };
  const { name, position } = refusedAt(source, refused.at);
  throw new ProblemError({
    code: "formula-forbidden",
    reason: refused.reason,
    name,
    position,
    detail: `${node.type} is not allowed`,
  });
}

/** A mathjs parse error in the user's terms: where it stopped and what it found there. */
function parseProblem(source: string, message: string, char: number | undefined): FormulaProblem {
  // mathjs' char is the 1-based position of the offending token's end.
  const position = typeof char === "number" ? char : null;
  const base = { code: "formula-invalid" as const, detail: message };
  const trimmed = source.trimEnd();
  if (/^Parenthesis \) expected/.test(message))
    return { ...base, reason: "missing-parenthesis", name: ")", position };
  if (/^Unexpected end of expression/.test(message)) {
    return { ...base, reason: "ends-early", name: trimmed.slice(-1), position: trimmed.length };
  }
  if (/^End of string/.test(message))
    return { ...base, reason: "text", name: '"', position: source.indexOf('"') + 1 };
  const at = position !== null ? source[position - 1] : "";
  return { ...base, reason: "unexpected", name: at ?? "", position };
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; problem: FormulaProblem };

/** Parses and checks one formula against the allowed variable names. */
export function parseFormula(source: string, variables: readonly string[]): ParseResult {
  if (source.trim() === "")
    return {
      ok: false,
      problem: { code: "formula-invalid", reason: "empty", name: "", position: 1, detail: "empty formula" },
    };
  const allowed = new Set(variables);
  // Plain arithmetic over the variables needs no mathjs parser (simpleParse.ts).
  const simple = parseSimpleFormula(source, allowed);
  if (simple !== null) return { ok: true, expr: simple };
  return parseWithMathjs(source, allowed);
}

/** The full path: mathjs parses, the tree is checked node by node (exported for the fast path's tests). */
export function parseWithMathjs(source: string, allowed: ReadonlySet<string>): ParseResult {
  let node: MathNode;
  try {
    node = sandboxParse()(source);
  } catch (e) {
    const err = e as Error & { char?: number };
    return { ok: false, problem: parseProblem(source, err.message, err.char) };
  }
  try {
    return { ok: true, expr: toExpr(node, source, allowed) };
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
      reason: p.reason,
      name: p.name,
      position: p.position ?? "",
      ...(p.count !== undefined ? { count: p.count } : {}),
      detail: p.detail,
    },
  };
}
