import { ISSUE_CODES, type Issue, type Lang, type Severity } from "../../src/core/issues";
import { issueMessage, reasonText, severityLabel } from "../../src/core/messages";

const LANGS: Lang[] = ["zh", "en"];
const HAN = /[\u4e00-\u9fff]/;

/**
 * Params other stages send; a message may use any of them and must survive none of them.
 * Values are ASCII so the check "no Chinese in an English message" tests our words only.
 */
const ALL_PARAMS = {
  role: "doctors",
  field: "beds",
  firstRow: 4,
  hospital: "Ruijin",
  department: "Cardiology",
  doctor: "Zhang",
  count: 12,
  min: 30,
  workload: 200,
  capacity: 176,
  calls: 2,
  wanted: "Hospital Tiers",
  used: "Hospital Tiers (2)",
  name: "import",
  position: 3,
  detail: "unexpected end",
  expected: "zh, en",
  key: "formulas.deptTotalRx",
  formula: "deptTotalRx",
};

function issue(code: Issue["code"], extra: Partial<Issue> = {}): Issue {
  return { code, severity: "warning", sheet: "", row: null, column: "", value: "", ...extra };
}

describe("issueMessage", () => {
  test.each(ISSUE_CODES.map((c) => [c]))("%s has a zh and an en message, with and without params", (code) => {
    for (const params of [undefined, ALL_PARAMS]) {
      const i = issue(code, params ? { params } : {});
      const zh = issueMessage(i, "zh");
      const en = issueMessage(i, "en");
      for (const text of [zh, en]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
      expect(zh).toMatch(HAN);
      expect(en).not.toMatch(HAN);
      expect(zh).not.toBe(en);
    }
  });

  test("names the sheet, Excel row, column and raw value", () => {
    const i = issue("not-a-number", { sheet: "医生", row: 7, column: "月处方量", value: "abc" });
    expect(issueMessage(i, "zh")).toBe(
      "工作表「医生」，第 7 行，列「月处方量」，值「abc」：此处应为数字，无法识别为数字，按缺失处理。",
    );
    expect(issueMessage(i, "en")).toBe(
      'Sheet "医生", row 7, column "月处方量", value "abc": A number belongs here but this is not one; treated as missing.',
    );
  });

  test("uses params: the first row of a duplicate, the field of a missing column", () => {
    const dup = issue("duplicate-key", { sheet: "Hospitals", row: 8, params: { firstRow: 4 } });
    expect(reasonText(dup, "en")).toBe("Repeats row 4; this later row is not used.");
    expect(reasonText(dup, "zh")).toBe("与第 4 行重复，后出现的这一行未使用。");
    const missing = issue("required-column-missing", { params: { role: "doctors", field: "doctor" } });
    expect(reasonText(missing, "en")).toBe('The Doctors table has no "Doctor" column, which is required.');
    expect(reasonText(missing, "zh")).toBe("医生表缺少必需的列「医生」。");
  });

  test("a run-level issue (no sheet, row or column) starts with its reason, not a bare value", () => {
    const few = issue("few-targets", { value: "9", params: { count: 9, min: 30 } });
    expect(issueMessage(few, "en")).toBe("Only 9 prescribing target doctors; at least 30 are recommended.");
    expect(issueMessage(few, "zh")).toBe("有处方的目标医生只有 9 位，建议至少 30 位。");
    // A setting issue has a place (its key), so its value stays.
    const bad = issue("setting-unknown", { column: "foo", value: "1" });
    expect(issueMessage(bad, "en")).toBe('"foo", value "1": Unknown setting; ignored.');
    const invalid = issue("setting-invalid", {
      column: "frequency.HH",
      value: "-1",
      params: { expected: "a number ≥ 0", expectedZh: "不小于 0 的数字" },
    });
    expect(reasonText(invalid, "zh")).toBe("设置无效（不小于 0 的数字），已使用默认值。");
    expect(reasonText(invalid, "en")).toBe("Invalid setting (a number ≥ 0); the default is used.");
    const typo = issue("setting-unknown", {
      column: "cutoff.metod",
      params: { suggestion: "cutoff.method" },
    });
    expect(reasonText(typo, "en")).toBe('Unknown setting; ignored (did you mean "cutoff.method"?).');
    expect(reasonText(typo, "zh")).toBe("未知的设置项，已忽略（是否应为「cutoff.method」？）。");
  });
});

test("a rep's utilisation message names the threshold set in team.minUtilisation / maxUtilisation", () => {
  const rep = (over: 0 | 1, limit: number): Issue => ({
    code: "rep-utilisation",
    severity: "warning",
    sheet: "",
    row: null,
    column: "",
    value: "Li",
    params: { rep: "Li", utilisation: over ? 130 : 80, workload: 80, capacity: 100, over, limit },
  });
  expect(reasonText(rep(0, 90), "en")).toBe(
    "Rep Li is at 80% utilisation (80 calls planned / 100 capacity), below 90%.",
  );
  expect(reasonText(rep(1, 120), "zh")).toBe(
    "代表「Li」的拜访利用率为 130%（计划 80 次 / 能力 100 次），超过 120%。",
  );
});

test.each([
  ["error", "错误", "Error"],
  ["warning", "警告", "Warning"],
  ["skipped", "已跳过", "Skipped"],
] as [Severity, string, string][])("severityLabel(%s)", (sev, zh, en) => {
  expect(severityLabel(sev, "zh")).toBe(zh);
  expect(severityLabel(sev, "en")).toBe(en);
  expect(LANGS.map((l) => severityLabel(sev, l))).toEqual([zh, en]);
});
