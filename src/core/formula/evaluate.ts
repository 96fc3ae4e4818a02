/**
 * Turns a checked Expr into a plain JS closure over a number array. With
 * 1M doctors a per-row mathjs evaluate would dominate the run; closures over
 * whitelisted nodes cost a few nanoseconds each and need no eval/new Function
 * (which an add-in's content security policy may forbid).
 */
import type { Expr } from "./ir";

/** Reads variable i of the current row. */
export type Evaluator = (values: ArrayLike<number>) => number;

/** Rounds half away from zero to n decimals, like Excel ROUND and mathjs round. */
export function roundHalfAway(x: number, digits = 0): number {
  if (!Number.isFinite(x) || !Number.isFinite(digits)) return NaN;
  const n = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const text = String(Math.abs(x));
  // Shifting through the decimal text avoids 1.005 * 100 = 100.49999… errors.
  if (text.includes("e")) return (sign * Math.round(Math.abs(x) * 10 ** n)) / 10 ** n;
  const shifted = Math.round(Number(`${text}e${n}`));
  return sign * Number(`${shifted}e${-n}`);
}

function num(b: boolean): number {
  return b ? 1 : 0;
}

/** @param slots variable name → index into the values array */
export function compileExpr(e: Expr, slots: ReadonlyMap<string, number>): Evaluator {
  switch (e.kind) {
    case "num": {
      const v = e.value;
      return () => v;
    }
    case "var": {
      const i = slots.get(e.name);
      if (i === undefined) throw new Error(`No slot for variable ${e.name}`);
      return (vals) => vals[i];
    }
    case "unary": {
      const a = compileExpr(e.arg, slots);
      return e.op === "neg" ? (v) => -a(v) : (v) => num(!a(v));
    }
    case "binary": {
      const l = compileExpr(e.left, slots);
      const r = compileExpr(e.right, slots);
      switch (e.op) {
        case "+":
          return (v) => l(v) + r(v);
        case "-":
          return (v) => l(v) - r(v);
        case "*":
          return (v) => l(v) * r(v);
        case "/":
          return (v) => l(v) / r(v);
        case "^":
          return (v) => Math.pow(l(v), r(v));
        case "<":
          return (v) => num(l(v) < r(v));
        case ">":
          return (v) => num(l(v) > r(v));
        case "<=":
          return (v) => num(l(v) <= r(v));
        case ">=":
          return (v) => num(l(v) >= r(v));
        case "==":
          return (v) => num(l(v) === r(v));
        case "!=":
          return (v) => num(l(v) !== r(v));
        case "and":
          return (v) => num(!!l(v) && !!r(v));
        case "or":
          return (v) => num(!!l(v) || !!r(v));
      }
      break;
    }
    case "if": {
      const t = compileExpr(e.test, slots);
      const a = compileExpr(e.then, slots);
      const b = compileExpr(e.else, slots);
      return (v) => (t(v) ? a(v) : b(v));
    }
    case "call": {
      const args = e.args.map((x) => compileExpr(x, slots));
      const a0 = args[0];
      const a1 = args[1] as Evaluator | undefined;
      switch (e.fn) {
        case "min":
          return (v) => Math.min(...args.map((f) => f(v)));
        case "max":
          return (v) => Math.max(...args.map((f) => f(v)));
        case "abs":
          return (v) => Math.abs(a0(v));
        case "round":
          return a1 ? (v) => roundHalfAway(a0(v), a1(v)) : (v) => roundHalfAway(a0(v));
        case "floor":
          return (v) => Math.floor(a0(v));
        case "ceil":
          return (v) => Math.ceil(a0(v));
        case "sqrt":
          return (v) => Math.sqrt(a0(v));
        case "log":
          return a1 ? (v) => Math.log(a0(v)) / Math.log(a1(v)) : (v) => Math.log(a0(v));
        case "exp":
          return (v) => Math.exp(a0(v));
        case "pow":
          return (v) => Math.pow(a0(v), a1 ? a1(v) : NaN);
      }
    }
  }
  throw new Error("Unreachable expression kind");
}
