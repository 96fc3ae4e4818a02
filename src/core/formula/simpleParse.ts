/**
 * The fast path of the formula sandbox: plain arithmetic over the formula's
 * own variables (numbers, + - * / ^, unary minus and plus, parentheses), the
 * shape of every default formula and of most edits. It builds the same Expr
 * the mathjs path builds, without making mathjs build its parser — that costs
 * about 100 ms, on the first generate of every command-line run and task-pane
 * session.
 *
 * Anything else (a function, a comparison, an unknown name, a number such as
 * 1e3 or .5, implicit multiplication, a syntax error) returns null, and the
 * mathjs path parses it and words every problem as before. The grammar
 * follows mathjs' own: + and - bind loosest and group left, then * and /,
 * then the unary signs, then ^, which groups right and takes a signed right
 * operand (-a^b is -(a^b); a^-b is a^(-b)).
 */
import type { Expr } from "./ir";

const SPACE = /[ \t]/;
const DIGIT = /[0-9]/;
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

class NotSimple extends Error {}

class SimpleParser {
  private i = 0;

  constructor(
    private readonly source: string,
    private readonly variables: ReadonlySet<string>,
  ) {}

  parse(): Expr {
    const e = this.addSubtract();
    this.skipSpace();
    if (this.i < this.source.length) throw new NotSimple();
    return e;
  }

  private skipSpace(): void {
    while (this.i < this.source.length && SPACE.test(this.source[this.i])) this.i++;
  }

  private peek(): string {
    this.skipSpace();
    return this.source[this.i] ?? "";
  }

  private addSubtract(): Expr {
    let left = this.multiplyDivide();
    for (let c = this.peek(); c === "+" || c === "-"; c = this.peek()) {
      this.i++;
      left = { kind: "binary", op: c, left, right: this.multiplyDivide() };
    }
    return left;
  }

  private multiplyDivide(): Expr {
    let left = this.unary();
    for (let c = this.peek(); c === "*" || c === "/"; c = this.peek()) {
      this.i++;
      // "**" or "*/" is not arithmetic mathjs reads the same way: leave it to mathjs.
      const next = this.peek();
      if (next === "*" || next === "/") throw new NotSimple();
      left = { kind: "binary", op: c, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    const c = this.peek();
    if (c === "-") {
      this.i++;
      return { kind: "unary", op: "neg", arg: this.unary() };
    }
    if (c === "+") {
      this.i++;
      return this.unary();
    }
    return this.pow();
  }

  private pow(): Expr {
    const base = this.operand();
    if (this.peek() !== "^") return base;
    this.i++;
    return { kind: "binary", op: "^", left: base, right: this.unary() };
  }

  private operand(): Expr {
    const c = this.peek();
    const s = this.source;
    if (c === "(") {
      this.i++;
      const inner = this.addSubtract();
      if (this.peek() !== ")") throw new NotSimple();
      this.i++;
      return this.followed(inner);
    }
    if (DIGIT.test(c)) {
      const start = this.i;
      while (this.i < s.length && DIGIT.test(s[this.i])) this.i++;
      if (s[this.i] === ".") {
        this.i++;
        if (!DIGIT.test(s[this.i] ?? "")) throw new NotSimple();
        while (this.i < s.length && DIGIT.test(s[this.i])) this.i++;
      }
      const value = Number(s.slice(start, this.i));
      if (!Number.isFinite(value)) throw new NotSimple();
      return this.followed({ kind: "num", value });
    }
    if (NAME_START.test(c)) {
      const start = this.i;
      while (this.i < s.length && NAME_PART.test(s[this.i])) this.i++;
      const name = s.slice(start, this.i);
      if (!this.variables.has(name)) throw new NotSimple();
      return this.followed({ kind: "var", name });
    }
    throw new NotSimple();
  }

  /**
   * An operand must be followed by an operator, ")" or the end: anything else
   * (a name or number right after it, "(", ".", "e", "'", "!") is implicit
   * multiplication, a unit, a transpose or a factorial to mathjs.
   */
  private followed(e: Expr): Expr {
    const c = this.peek();
    if (c === "" || c === ")" || c === "+" || c === "-" || c === "*" || c === "/" || c === "^") return e;
    throw new NotSimple();
  }
}

/** The Expr of a plain arithmetic formula over `variables`, or null when mathjs must read it. */
export function parseSimpleFormula(source: string, variables: ReadonlySet<string>): Expr | null {
  try {
    return new SimpleParser(source, variables).parse();
  } catch (e) {
    if (e instanceof NotSimple) return null;
    throw e;
  }
}
