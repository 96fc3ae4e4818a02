/**
 * Key message / tactic per target, from the deck's guidance (units 3–4:
 * 依医院销售情况设定拜访重点, and the quadrant strategies of SPEC §4).
 *
 * The text is made of up to three parts, each looked up by key:
 *   "quadrant:HH" | "quadrant:LH" | "quadrant:HL" | "quadrant:LL"
 *   "status:first-line" | "status:second-line" | "status:conservative" | "status:not-using"
 *   "stage:development" | "stage:growth" | "stage:stable"
 * settings.tactics overrides any key (its text is used as written, whatever the
 * output language); an override of "" removes that part.
 */
import type { DoctorStatus } from "../fields";
import type { Lang } from "../issues";
import type { Quadrant, Stage } from "../settings";

export type TacticKey = `quadrant:${Quadrant}` | `status:${DoctorStatus}` | `stage:${Stage}`;

export const DEFAULT_TACTICS: Record<Lang, Record<TacticKey, string>> = {
  zh: {
    "quadrant:LH": "重点开发：潜力大用量小，提高拜访频率，了解病人需求与处方顾虑",
    "quadrant:HH": "扩量：巩固用药习惯，扩大适应症，提高目前适应症的用量",
    "quadrant:HL": "维护：保持良好关系，确保不断货，关注竞争产品",
    "quadrant:LL": "观察：低频拜访，收集用药信息",
    "status:second-line": "二线→首选：以循证证据和疗效数据说明首选理由",
    "status:conservative": "保守→二线：提供文献和同行经验，消除顾虑，先从二线病例用起",
    "status:not-using": "首次试用：介绍产品特性利益，争取试用病例并跟进疗效",
    "status:first-line": "首选：加强印象，反馈疗效，维持处方习惯",
    "stage:development":
      "开发期：拜访药剂科主任、采购、药事委员会成员和目标科室主任，提出用药申请，举办产品知识讲座",
    "stage:growth":
      "成长期：目标科室专业研讨会，由主任、主治扩展至住院医生，延伸到相关科室，与库房保管做用药调查",
    "stage:stable":
      "稳定期：拓展拜访广度和深度，请专家做多层次学术推广，密切关注竞争产品，维持与药剂科的良好关系",
  },
  en: {
    "quadrant:LH":
      "Develop: high potential, low use — call more often, learn the patients' needs and the doctor's doubts",
    "quadrant:HH": "Grow: reinforce the habit, widen indications, raise use in current indications",
    "quadrant:HL": "Maintain: keep the relationship, make sure stock never runs out, watch competitors",
    "quadrant:LL": "Monitor: few calls, gather prescribing information",
    "status:second-line":
      "Second-line → first-line: make the case for first choice with evidence and outcome data",
    "status:conservative":
      "Conservative → second-line: share studies and peers' experience, answer doubts, start with second-line cases",
    "status:not-using":
      "First trial: present features and benefits, ask for trial patients and follow up on results",
    "status:first-line": "First-line: reinforce the good impression, feed back results, keep the habit",
    "stage:development":
      "Development: see the pharmacy director, purchasing, the drug committee and the target department head; apply for listing; hold product talks",
    "stage:growth":
      "Growth: department meetings; extend from chiefs and attendings to residents and related departments; check usage with the store keeper",
    "stage:stable":
      "Stable: widen and deepen coverage, bring in experts, watch competitors closely, keep good relations with the pharmacy",
  },
};

export interface TacticFacts {
  quadrant: Quadrant | null;
  status: DoctorStatus | null;
  stage: Stage | null;
}

function lookup(key: TacticKey, overrides: Readonly<Record<string, string>>, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(overrides, key)
    ? overrides[key].trim()
    : DEFAULT_TACTICS[lang][key];
}

/** Quadrant, then status, then hospital stage: what to do with the doctor first, where the hospital stands last. */
export function tacticFor(
  facts: TacticFacts,
  overrides: Readonly<Record<string, string>>,
  lang: Lang,
): string {
  const keys: TacticKey[] = [];
  if (facts.quadrant) keys.push(`quadrant:${facts.quadrant}`);
  if (facts.status) keys.push(`status:${facts.status}`);
  if (facts.stage) keys.push(`stage:${facts.stage}`);
  return keys
    .map((k) => lookup(k, overrides, lang))
    .filter((s) => s !== "")
    .join(lang === "zh" ? "；" : "; ");
}
