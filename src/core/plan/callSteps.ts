/**
 * Key messages that follow the deck's call steps over a doctor's calls in the
 * cycle (拜访技巧: 开场白 → 探询需求 → 产品FAB陈述 → 反对意见处理 → 缔结, and
 * 加强印象), adapted to the doctor's type (医生类型: 创新型 / 有影响型 /
 * 缺乏经验型; 容易会见型 / 太忙 / 朋友型 / 困难型). Each part is looked up by
 * key and settings.tactics overrides any of them, like the quadrant, status
 * and stage parts (tactics.ts):
 *   "step:opening" | "step:fab" | "step:objection" | "step:close"
 *   "type:innovative" | "type:influential" | "type:inexperienced" |
 *   "type:easy" | "type:busy" | "type:friend" | "type:difficult"
 */
import type { DoctorRecord } from "../fields";
import type { Issue, Lang } from "../issues";

export type CallStep = "opening" | "fab" | "objection" | "close";
export const CALL_STEPS: readonly CallStep[] = ["opening", "fab", "objection", "close"];

export type DoctorType =
  "innovative" | "influential" | "inexperienced" | "easy" | "busy" | "friend" | "difficult";

export type StepKey = `step:${CallStep}` | `type:${DoctorType}`;

export const STEP_MESSAGES: Record<Lang, Record<StepKey, string>> = {
  zh: {
    "step:opening": "开场与探询需求：以病人为中心开场，探询医生的需求、目前用药与顾虑",
    "step:fab": "特性利益（FAB）：针对探询到的需求，陈述产品的特性、优点和给病人的利益",
    "step:objection": "处理异议：了解医生的顾虑和反对意见，以证据回应",
    "step:close": "缔结与加强印象：主动请求处方承诺，加强医生已获得的正面印象",
    "type:innovative": "创新型：乐于尝试，先讲新证据和新用法，争取率先试用",
    "type:influential": "有影响型：提供高质量循证资料，邀请病例分享或学术讲座，借其影响带动同科室",
    "type:inexperienced": "缺乏经验型：多讲用法用量与安全性，提供指南和上级医生的经验，增强处方信心",
    "type:easy": "容易会见型：每次拜访都要有明确目标，推动实际处方而不只是交谈",
    "type:busy": "太忙型：开门见山，一两分钟讲清一个利益，留下简明资料并约定下次时间",
    "type:friend": "朋友型：不要只叙交情，把良好关系转化为处方承诺",
    "type:difficult": "困难型：保持专业和耐心，先聆听其顾虑，用数据回应，逐步建立信任",
  },
  en: {
    "step:opening":
      "Opening and probing: open on the patients, probe the doctor's needs, current treatment and doubts",
    "step:fab":
      "Features and benefits (FAB): answer the needs found with the product's features, advantages and patient benefits",
    "step:objection": "Handling objections: hear the doctor's doubts and objections, answer with evidence",
    "step:close":
      "Closing and reinforcing: ask for a prescribing commitment, reinforce the good impression already made",
    "type:innovative":
      "Innovator: keen to try, lead with new evidence and uses, ask to be among the first to prescribe",
    "type:influential":
      "Opinion leader: bring strong evidence, invite case sharing or a talk, let their influence carry the department",
    "type:inexperienced":
      "Less experienced: cover dosing and safety, bring guidelines and senior colleagues' experience, build confidence",
    "type:easy": "Easy to see: give every call a clear objective, push for prescriptions, not just a chat",
    "type:busy":
      "Too busy: get to the point, one benefit in a minute or two, leave a short leave-behind, book the next call",
    "type:friend": "Friend: do not just chat, turn the good relationship into a prescribing commitment",
    "type:difficult":
      "Difficult: stay professional and patient, listen to the doubts first, answer with data, build trust step by step",
  },
};

/** The step of call `seq` of `n`: the first call opens, the last closes, the others in between in order. */
export function callStep(seq: number, n: number): CallStep {
  if (n <= 1 || seq <= 1) return "opening";
  return CALL_STEPS[Math.min(3, Math.floor(((Math.min(seq, n) - 1) * 3) / (n - 1)))];
}

const TYPE_WORDS: [RegExp, DoctorType][] = [
  [/创新|innovat/i, "innovative"],
  [/有影响|影响力|意见领袖|学术带头|学术专家|influen|opinion\s*leader|\bkol\b/i, "influential"],
  [/缺乏经验|经验不足|新手|inexperienced|junior/i, "inexperienced"],
  [/容易会见|容易见|easy/i, "easy"],
  [/太忙|忙|busy/i, "busy"],
  [/朋友|friend/i, "friend"],
  [/困难|难见|难以会见|difficult|hard/i, "difficult"],
];

/**
 * Each 医生类型 cell that names no type the deck knows, as an Issues line
 * naming the cell (a typo or a word of the user's own would otherwise be
 * ignored without a word).
 */
export function doctorTypeIssues(doctors: readonly DoctorRecord[], column: string): Issue[] {
  const issues: Issue[] = [];
  for (const d of doctors)
    if (d.doctorType.trim() !== "" && doctorTypes(d.doctorType).length === 0)
      issues.push({
        code: "unknown-doctor-type",
        severity: "warning",
        sheet: d.sheet,
        row: d.row,
        column,
        value: d.doctorType,
        params: { doctor: d.name },
      });
  return issues;
}

/** The types a 医生类型 cell names ("创新型/太忙" → innovative, busy), in the deck's order. */
export function doctorTypes(text: string): DoctorType[] {
  if (text.trim() === "") return [];
  return TYPE_WORDS.filter(([re]) => re.test(text)).map(([, t]) => t);
}

export function stepPart(key: StepKey, overrides: Readonly<Record<string, string>>, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(overrides, key)
    ? overrides[key].trim()
    : STEP_MESSAGES[lang][key];
}

const SEPARATOR: Record<Lang, string> = { zh: "；", en: "; " };

/** The tactic with the doctor-type parts after it (what to do, then how to deal with this doctor). */
export function withDoctorType(
  tactic: string,
  types: readonly DoctorType[],
  overrides: Readonly<Record<string, string>>,
  lang: Lang,
): string {
  return [tactic, ...types.map((t) => stepPart(`type:${t}`, overrides, lang))]
    .filter((s) => s !== "")
    .join(SEPARATOR[lang]);
}

/** One call's key message: its step first, then the doctor's tactic. */
export function callMessage(
  step: CallStep,
  tactic: string,
  overrides: Readonly<Record<string, string>>,
  lang: Lang,
): string {
  return [stepPart(`step:${step}`, overrides, lang), tactic].filter((s) => s !== "").join(SEPARATOR[lang]);
}
