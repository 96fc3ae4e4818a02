import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { parseWithMathjs } from "../../../src/core/formula/sandbox";
import { parseSimpleFormula } from "../../../src/core/formula/simpleParse";
import { DEPARTMENT_VARIABLES, FORMULA_VARIABLES } from "../../../src/core/formula/variables";

const allowed = new Set<string>(DEPARTMENT_VARIABLES);

/** What the mathjs path makes of the source, for comparison. */
function viaMathjs(source: string) {
  const r = parseWithMathjs(source, allowed);
  return r.ok ? r.expr : null;
}

const name = fc.constantFrom(...DEPARTMENT_VARIABLES);
const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`),
);
const space = fc.constantFrom("", " ", "  ", "\t");

/** Arithmetic sources with random spacing, signs and parentheses. */
const arithmetic: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    name,
    number,
    fc
      .tuple(tie("e"), space, fc.constantFrom("+", "-", "*", "/", "^"), space, tie("e"))
      .map((parts) => parts.join("")),
    fc.tuple(fc.constantFrom("-", "+"), space, tie("e")).map((parts) => parts.join("")),
    fc.tuple(space, tie("e"), space).map(([a, e, b]) => `(${a}${e}${b})`),
  ),
})).e;

describe("the formula sandbox's fast path", () => {
  it("reads each default formula as the mathjs path does", () => {
    for (const [key, source] of Object.entries(DEFAULT_SETTINGS.formulas)) {
      const vars = new Set(FORMULA_VARIABLES[key as keyof typeof FORMULA_VARIABLES]);
      const fast = parseSimpleFormula(source, vars);
      expect(fast).not.toBeNull();
      const slow = parseWithMathjs(source, vars);
      expect(slow.ok && slow.expr).toEqual(fast);
    }
  });

  it("builds the same tree as mathjs for any arithmetic it accepts", () => {
    fc.assert(
      fc.property(arithmetic, (source) => {
        const fast = parseSimpleFormula(source, allowed);
        if (fast !== null) expect(fast).toEqual(viaMathjs(source));
      }),
      { numRuns: 600 },
    );
  });

  it("accepts the generated arithmetic that mathjs reads as arithmetic (so the comparison is not empty)", () => {
    const sources = fc.sample(arithmetic, { numRuns: 300, seed: 11 });
    const accepted = sources.filter((s) => parseSimpleFormula(s, allowed) !== null);
    expect(accepted.length).toBeGreaterThan(200);
  });

  it.each([
    ["precedence", "dailyPatients + workingDays * 2 ^ 3"],
    ["left grouping", "dailyPatients - workingDays - 1 / 2 / 4"],
    ["power groups right and takes a sign", "-dailyPatients ^ -workingDays ^ 2"],
    ["signs", "- - + dailyPatients * -(workingDays)"],
  ])("%s: same tree as mathjs", (_label, source) => {
    const fast = parseSimpleFormula(source, allowed);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(viaMathjs(source));
  });

  it.each([
    ["a function", "max(dailyPatients, 1)"],
    ["an unknown name", "dailyPatients * beds"],
    ["a comparison", "dailyPatients > 2"],
    ["implicit multiplication", "2 dailyPatients"],
    ["a parenthesis after an operand", "2(dailyPatients)"],
    ["an exponent number", "1e3 * dailyPatients"],
    ["a leading-dot number", ".5 * dailyPatients"],
    ["a unit-like dot", "dailyPatients.value"],
    ["a percent", "dailyPatients % 3"],
    ["a doubled operator", "dailyPatients ** 2"],
    ["a new line", "dailyPatients\n* 2"],
    ["a full-width space", "dailyPatients\u3000* 2"],
    ["an unclosed parenthesis", "(dailyPatients * 2"],
    ["a stray parenthesis", "dailyPatients * 2)"],
    ["an operator at the end", "dailyPatients *"],
    ["a conditional", "dailyPatients ? 1 : 2"],
    ["text", '"a"'],
    ["a factorial", "workingDays!"],
  ])("leaves %s to mathjs", (_label, source) => {
    expect(parseSimpleFormula(source, allowed)).toBeNull();
  });
});
