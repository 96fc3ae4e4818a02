/**
 * The one place settings are validated (CONVENTIONS habit 9): a CLI --config
 * file, the task pane and the copy saved in a workbook all pass through here.
 * Input is merged over the defaults key by key; an unknown key or a bad value
 * is an Issue naming the key path (e.g. `cutoff.metod`) and the default is
 * kept for it, so one typo never stops a run.
 */
import { ROLES, type Field } from "./fields";
import { compileFormula } from "./formula/compile";
import { FIELD_SPECS } from "./input/fieldSpecs";
import type { FormulaName } from "./formula/variables";
import type { Issue } from "./issues";
import { parseIsoDate } from "./plan/cycle";
import {
  CALENDAR_SETTINGS,
  CLINIC_HOURS_RULES,
  DEFAULT_SETTINGS,
  QUADRANTS,
  defaultSettings,
  type Settings,
} from "./settings";

/** Every field id a column mapping may name: the fields of all roles. */
const FIELD_IDS: readonly Field[] = [...new Set(ROLES.flatMap((role) => FIELD_SPECS[role].map((f) => f.id)))];

/** What a setting must be, in both languages (en is also the `expected` param; zh is `expectedZh`). */
type Expected = { en: string; zh: string };
type Leaf = { kind: "leaf"; expected: Expected; ok: (v: unknown) => boolean };
type ObjectNode = { kind: "object"; fields: Record<string, SchemaNode> };
/** Free keys (optionally from a fixed list) with values of one shape. */
type MapNode = { kind: "map"; keys?: readonly string[]; value: SchemaNode };
type SchemaNode = Leaf | ObjectNode | MapNode;

const leaf = (en: string, zh: string, ok: (v: unknown) => boolean): Leaf => ({
  kind: "leaf",
  expected: { en, zh },
  ok,
});
const obj = (fields: Record<string, SchemaNode>): ObjectNode => ({ kind: "object", fields });

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const numberIn = (min: number, max: number) =>
  leaf(
    `a number from ${min} to ${max}`,
    `${min} 到 ${max} 之间的数字`,
    (v) => isNum(v) && v >= min && v <= max,
  );
const nonNegative = leaf("a number ≥ 0", "不小于 0 的数字", (v) => isNum(v) && v >= 0);
const nonNegativeInt = leaf(
  "a whole number ≥ 0",
  "不小于 0 的整数",
  (v) => isNum(v) && v >= 0 && Number.isInteger(v),
);
const text = leaf("text", "文本", (v) => typeof v === "string");
const bool = leaf("true or false", "true 或 false", (v) => typeof v === "boolean");
const isoDate = (v: unknown) => typeof v === "string" && parseIsoDate(v) !== null;
const isoDateOrNull = leaf(
  'a date "YYYY-MM-DD" or null',
  '日期 "YYYY-MM-DD" 或 null',
  (v) => v === null || isoDate(v),
);
const oneOf = (values: readonly string[]) =>
  leaf(
    `one of ${values.map((x) => `"${x}"`).join(", ")}`,
    `${values.map((x) => `"${x}"`).join("、")} 之一`,
    (v) => typeof v === "string" && values.includes(v),
  );
const dateList = leaf(
  'a list of dates "YYYY-MM-DD"',
  '日期列表（"YYYY-MM-DD"）',
  (v) => Array.isArray(v) && v.every(isoDate),
);
const tierCut = obj({ A: nonNegative, B: nonNegative });

const SCHEMA: ObjectNode = obj({
  version: leaf("1", "1", (v) => v === 1),
  language: oneOf(["zh", "en"]),
  product: text,
  tiers: obj({ beds: tierCut, dailyOutpatients: tierCut, monthlyPurchase: tierCut }),
  workingDaysDefault: numberIn(1, 31),
  cutoff: obj({
    method: oneOf(["median", "percentile", "mean", "fixed"]),
    percentile: numberIn(0, 100),
    volume: leaf("a number or null", "数字或 null", (v) => v === null || isNum(v)),
    potential: leaf("a number or null", "数字或 null", (v) => v === null || isNum(v)),
  }),
  stage: obj({ stableShare: numberIn(0, 1) }),
  targeting: obj({
    quadrants: leaf(
      `a list of distinct quadrants from ${QUADRANTS.join(", ")}`,
      `由 ${QUADRANTS.join("、")} 中不重复的象限组成的列表`,
      (v) =>
        Array.isArray(v) &&
        v.every((q) => typeof q === "string" && (QUADRANTS as readonly string[]).includes(q)) &&
        new Set(v).size === v.length,
    ),
    fillWithLL: bool,
    minTargets: nonNegativeInt,
    shares: obj(Object.fromEntries(QUADRANTS.map((q) => [q, numberIn(0, 100)]))),
  }),
  frequency: obj(Object.fromEntries(QUADRANTS.map((q) => [q, nonNegative]))),
  capacity: obj({ callsPerDay: leaf("a number > 0", "大于 0 的数字", (v) => isNum(v) && v > 0) }),
  team: obj({ maxUtilisation: numberIn(0, 10), minUtilisation: numberIn(0, 10) }),
  cycle: obj({
    start: isoDateOrNull,
    end: isoDateOrNull,
    calendar: oneOf(CALENDAR_SETTINGS),
    holidays: dateList,
    workdays: dateList,
  }),
  schedule: obj({ clinicHours: oneOf(CLINIC_HOURS_RULES) }),
  smart: obj({ ambition: nonNegative, trial: nonNegative }),
  weeklyProspects: nonNegativeInt,
  formulas: obj({ deptTotalRx: text, ourRx: text, targetScore: text }),
  mapping: {
    kind: "map",
    keys: ROLES,
    value: obj({
      sheet: text,
      columns: { kind: "map", keys: FIELD_IDS, value: text },
    }),
  },
  tactics: { kind: "map", value: text },
});

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined) return "";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Edit distance, to suggest `method` for `metod`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function suggestion(key: string, known: readonly string[]): string {
  let best = "";
  let bestD = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** Params of what a setting must be: `expected` (en, kept for readers of old issues) and `expectedZh`. */
function expected(en: string, zh: string): Record<string, string> {
  return { expected: en, expectedZh: zh };
}

function settingIssue(
  code: "setting-invalid" | "setting-unknown",
  key: string,
  value: unknown,
  extra: Record<string, string>,
): Issue {
  return {
    code,
    severity: code === "setting-invalid" ? "error" : "warning",
    sheet: "",
    row: null,
    column: key,
    value: show(value),
    params: { key, value: show(value), ...extra },
  };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Walks input against the schema; returns the merged value. */
function walk(input: unknown, fallback: unknown, node: SchemaNode, path: string, issues: Issue[]): unknown {
  if (node.kind === "leaf") {
    if (node.ok(input)) return input;
    issues.push(settingIssue("setting-invalid", path, input, expected(node.expected.en, node.expected.zh)));
    return fallback;
  }
  if (!isPlainObject(input)) {
    issues.push(settingIssue("setting-invalid", path, input, expected("an object", "对象")));
    return fallback;
  }
  const out: Record<string, unknown> = {};
  const known = node.kind === "object" ? Object.keys(node.fields) : (node.keys ?? null);
  const base = isPlainObject(fallback) ? fallback : {};
  if (node.kind === "object") for (const k of Object.keys(node.fields)) out[k] = base[k];
  else Object.assign(out, base);
  for (const [k, v] of Object.entries(input)) {
    const keyPath = join(path, k);
    if (known && !known.includes(k)) {
      const hint = suggestion(k, known);
      issues.push(settingIssue("setting-unknown", keyPath, v, hint ? { suggestion: join(path, hint) } : {}));
      continue;
    }
    const child = node.kind === "object" ? node.fields[k] : node.value;
    const merged = walk(v, base[k], child, keyPath, issues);
    if (merged !== undefined) out[k] = merged;
  }
  return out;
}

/** Relations between values that no single key can check. */
function crossChecks(s: Settings, issues: Issue[]): void {
  for (const key of ["beds", "dailyOutpatients", "monthlyPurchase"] as const) {
    const cut = s.tiers[key];
    if (cut.A < cut.B) {
      issues.push(
        settingIssue(
          "setting-invalid",
          `tiers.${key}.A`,
          cut.A,
          expected(`a number ≥ tiers.${key}.B (${cut.B})`, `不小于 tiers.${key}.B（${cut.B}）的数字`),
        ),
      );
      s.tiers[key] = { ...DEFAULT_SETTINGS.tiers[key] };
    }
  }
  if (s.cutoff.method === "fixed") {
    for (const key of ["volume", "potential"] as const) {
      if (s.cutoff[key] === null) {
        issues.push(
          settingIssue(
            "setting-invalid",
            `cutoff.${key}`,
            null,
            expected('a number when cutoff.method is "fixed"', 'cutoff.method 为 "fixed" 时须为数字'),
          ),
        );
        s.cutoff.method = "median";
      }
    }
  }
  const shares = s.targeting.shares;
  const total = QUADRANTS.reduce((t, q) => t + shares[q], 0);
  if (Math.abs(total - 100) > 1e-9) {
    issues.push(
      settingIssue(
        "setting-invalid",
        "targeting.shares",
        shares,
        expected(`shares summing to 100 (now ${total})`, `合计为 100 的份额（现为 ${total}）`),
      ),
    );
    s.targeting.shares = { ...DEFAULT_SETTINGS.targeting.shares };
  }
  if (s.team.minUtilisation > s.team.maxUtilisation) {
    issues.push(
      settingIssue(
        "setting-invalid",
        "team.minUtilisation",
        s.team.minUtilisation,
        expected(
          `a number ≤ team.maxUtilisation (${s.team.maxUtilisation})`,
          `不大于 team.maxUtilisation（${s.team.maxUtilisation}）的数字`,
        ),
      ),
    );
    s.team = { ...DEFAULT_SETTINGS.team };
  }
  const both = s.cycle.workdays.filter((d) => s.cycle.holidays.includes(d));
  if (both.length > 0) {
    issues.push(
      settingIssue(
        "setting-invalid",
        "cycle.workdays",
        both,
        expected("dates not also listed in cycle.holidays", "不能同时出现在 cycle.holidays 中的日期"),
      ),
    );
    s.cycle.workdays = s.cycle.workdays.filter((d) => !both.includes(d));
  }
  const { start, end } = s.cycle;
  if ((start === null) !== (end === null)) {
    const missing = start === null ? "cycle.start" : "cycle.end";
    issues.push(
      settingIssue(
        "setting-invalid",
        missing,
        null,
        expected("a date, set together with the other end", "日期，须与另一端同时设置"),
      ),
    );
    s.cycle.start = null;
    s.cycle.end = null;
  } else if (start !== null && end !== null && end < start) {
    issues.push(
      settingIssue(
        "setting-invalid",
        "cycle.end",
        end,
        expected(`a date on or after ${start}`, `不早于 ${start} 的日期`),
      ),
    );
    s.cycle.start = null;
    s.cycle.end = null;
  }
}

/** Compiles each formula; a bad one is reported and the default is kept. */
function checkFormulas(s: Settings, issues: Issue[]): void {
  for (const name of ["deptTotalRx", "ourRx", "targetScore"] as const satisfies readonly FormulaName[]) {
    const r = compileFormula(name, s.formulas[name]);
    if (!r.ok) {
      issues.push(r.issue);
      s.formulas[name] = DEFAULT_SETTINGS.formulas[name];
    }
  }
}

/**
 * Validates settings from any source (parsed JSON). null/undefined = all
 * defaults. The result is always complete and usable.
 */
export function validateSettings(input: unknown): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  if (input === null || input === undefined) return { settings: defaultSettings(), issues };
  const merged = walk(input, defaultSettings(), SCHEMA, "", issues) as Settings;
  // A deep copy so the caller's object and the defaults are never shared.
  const settings = JSON.parse(JSON.stringify(merged)) as Settings;
  crossChecks(settings, issues);
  checkFormulas(settings, issues);
  return { settings, issues };
}
