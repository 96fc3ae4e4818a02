import { compileFormula, evaluateFormula, parseFormula } from "../../../src/core/formula";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const dept = {
  dailyPatients: 80,
  classUsageRate: 0.4,
  rxPerPatient: 2,
  workingDays: 22,
  ourDailyPatients: 12,
};

describe("formula sandbox: default formulas compute SPEC §3", () => {
  it("deptTotalRx = 1408", () => {
    const r = compileFormula("deptTotalRx", DEFAULT_SETTINGS.formulas.deptTotalRx);
    if (!r.ok) throw new Error("should compile");
    expect(evaluateFormula(r.formula, dept)).toBeCloseTo(1408, 9);
  });
  it("ourRx = 528", () => {
    const r = compileFormula("ourRx", DEFAULT_SETTINGS.formulas.ourRx);
    if (!r.ok) throw new Error("should compile");
    expect(evaluateFormula(r.formula, dept)).toBe(528);
  });
  it("targetScore default = headroom", () => {
    const r = compileFormula("targetScore", DEFAULT_SETTINGS.formulas.targetScore);
    if (!r.ok) throw new Error("should compile");
    expect(evaluateFormula(r.formula, { volume: 5, potential: 20 })).toBe(15);
  });
  it("a missing variable makes the result missing", () => {
    const r = compileFormula("ourRx", DEFAULT_SETTINGS.formulas.ourRx);
    if (!r.ok) throw new Error("should compile");
    expect(evaluateFormula(r.formula, { ...dept, ourDailyPatients: null })).toBeNull();
  });
  it("a non-finite result is missing", () => {
    const r = compileFormula("targetScore", "potential / volume");
    if (!r.ok) throw new Error("should compile");
    expect(evaluateFormula(r.formula, { volume: 0, potential: 20 })).toBeNull();
  });
});

describe("formula sandbox: rejections point at the problem", () => {
  it.each([
    ["import({}, {})", "formula-forbidden", "import", 1],
    ['createUnit("foo")', "formula-forbidden", "createUnit", 1],
    ['evaluate("1+1")', "formula-forbidden", "evaluate", 1],
    ['parse("1")', "formula-forbidden", "parse", 1],
    ['simplify("x")', "formula-forbidden", "simplify", 1],
    ["derivative(volume, volume)", "formula-forbidden", "derivative", 1],
    ['volume["constructor"]', "formula-forbidden", "AccessorNode", 7],
    ["volume.constructor", "formula-forbidden", "AccessorNode", null],
    ["potential - volum", "formula-unknown-variable", "volum", 13],
    ["x = 1", "formula-forbidden", "AssignmentNode", 3],
    ["f(x) = x", "formula-forbidden", "FunctionAssignmentNode", 6],
    ["{a: 1}", "formula-forbidden", "ObjectNode", 1],
    ["[1, 2]", "formula-forbidden", "ArrayNode", null],
    ["5 cm", "formula-unknown-variable", "cm", 3],
    ['"text"', "formula-forbidden", "text", 1],
    ["volume % 2", "formula-forbidden", "%", null],
    ["potential - (volume", "formula-invalid", "", 21],
    ["", "formula-invalid", "", 1],
    ["round(volume, 1, 2)", "formula-invalid", "round", 1],
    ["sqrt", "formula-invalid", "sqrt", 1],
  ] as const)("%s → %s (%s at %s)", (source, code, name, position) => {
    const r = parseFormula(source, ["volume", "potential", "headroom", "statusBonus"]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(r.problem.name).toBe(name);
    if (position !== null) expect(r.problem.position).toBe(position);
  });

  it("the issue names the setting key and the source", () => {
    const r = compileFormula("deptTotalRx", "dailyPatients * foo");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue).toMatchObject({
      code: "formula-unknown-variable",
      severity: "error",
      column: "formulas.deptTotalRx",
      value: "dailyPatients * foo",
      params: { name: "foo", position: 17 },
    });
  });

  it("department variables are not doctor variables", () => {
    const r = compileFormula("targetScore", "dailyPatients");
    expect(r.ok ? "" : r.issue.code).toBe("formula-unknown-variable");
  });
});

describe("formula sandbox: whitelisted functions and operators", () => {
  const scope = { volume: 4, potential: 10, headroom: 6, statusBonus: 1 };
  it.each([
    ["min(potential, volume * 2)", 8],
    ["max(potential, volume, 11)", 11],
    ["abs(volume - potential)", 6],
    ["round(potential / 3, 2)", 3.33],
    ["round(2.5)", 3],
    ["round(-2.5)", -3],
    ["floor(-1.5)", -2],
    ["ceil(1.2)", 2],
    ["sqrt(volume)", 2],
    ["log(exp(2))", 2],
    ["log(100, 10)", 2],
    ["pow(volume, 2)", 16],
    ["-volume^2", -16],
    ["2^3^2", 512],
    ["volume > 3 ? potential : 0", 10],
    ["statusBonus == 1 and volume < 5", 1],
    ["not (volume > 3) or false", 0],
    ["headroom * (1 + 0.2 * statusBonus)", 7.2],
    ["2 volume", 8],
    ["+volume", 4],
    ["50% * potential", 5],
  ] as const)("%s = %d", (source, expected) => {
    const r = compileFormula("targetScore", source);
    if (!r.ok) throw new Error(JSON.stringify(r.issue));
    expect(evaluateFormula(r.formula, scope)).toBeCloseTo(expected, 9);
  });
});
