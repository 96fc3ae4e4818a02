import { reasonText } from "../../../src/core/messages";
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
    ['volume["constructor"]', "formula-forbidden", "[", 7],
    ["volume.constructor", "formula-forbidden", ".", 7],
    ["potential - volum", "formula-unknown-variable", "volum", 13],
    ["x = 1", "formula-forbidden", "=", 3],
    ["f(x) = x", "formula-forbidden", "=", 6],
    ["{a: 1}", "formula-forbidden", "{", 1],
    ["[1, 2]", "formula-forbidden", "[", 1],
    ["5 cm", "formula-unknown-variable", "cm", 3],
    ['"text"', "formula-forbidden", "text", 1],
    ["volume % 2", "formula-forbidden", "%", null],
    ["potential - (volume", "formula-invalid", ")", 20],
    ["potential +", "formula-invalid", "+", 11],
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

describe("formula refusals speak the user's words, in the user's language", () => {
  const message = (source: string, lang: "zh" | "en") => {
    const r = compileFormula("targetScore", source);
    if (r.ok) throw new Error(`${source} should be refused`);
    return reasonText(r.issue, lang);
  };

  it.each([
    ["potential +", "公式以“+”结尾，请补全。", 'The formula ends with "+": complete it.'],
    ["min(volume,", "公式以“,”结尾，请补全。", 'The formula ends with ",": complete it.'],
    ["potential - (volume", "缺少右括号“)”，请补全。", 'A closing ")" is missing.'],
    ["volume)", "第 7 个字符的“)”多余或位置不对。", 'Unexpected ")" at character 7.'],
    [
      'volume["constructor"]',
      "不能用“[ ]”或“.”取值（第 7 个字符）。",
      '"[ ]" and "." lookups are not allowed at character 7.',
    ],
    [
      "f(x) = x",
      "公式中不能用“=”赋值或定义函数；比较是否相等请用“==”。",
      '"=" cannot assign or define a function in a formula; compare with "==".',
    ],
    [
      "volume; potential",
      "只能写一个表达式，不能用“;”或换行分成几条。",
      'Write one expression, not several separated by ";" or line breaks.',
    ],
    [
      "import(volume)",
      "不允许使用函数「import」；可用：min, max, abs, round, floor, ceil, sqrt, log, exp, pow。",
      'The function "import" is not allowed; use min, max, abs, round, floor, ceil, sqrt, log, exp, pow.',
    ],
    [
      "round(volume, 1, 2)",
      "函数「round」的参数个数不对（写了 3 个）。",
      'The function "round" has the wrong number of arguments (3 given).',
    ],
    [
      "potential - volum",
      "公式中的「volum」不是可用的字段名（可用：volume, potential, headroom, statusBonus）。",
      '"volum" in the formula is not a known field name (use: volume, potential, headroom, statusBonus).',
    ],
  ])("%s", (source, zh, en) => {
    expect(message(source, "zh")).toBe(zh);
    expect(message(source, "en")).toBe(en);
  });

  it.each([
    "x = 1",
    "{a: 1}",
    "[1, 2]",
    "volume.constructor",
    "1:3",
    "volume < 1 < 2",
    '"text"',
    "volume +* 2",
    "",
  ])("%s: no mathjs node name or parser text in either language", (source) => {
    for (const lang of ["zh", "en"] as const) {
      const text = message(source, lang);
      expect(text).not.toMatch(/Node|char \d|Unexpected end|Value expected|Parenthesis/);
    }
    expect(message(source, "zh")).toMatch(/[\u4e00-\u9fff]/);
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
