/**
 * The Specific part of a SMART objective: which action (status conversion,
 * more Rx, or a first trial) and the sentence a representative reads.
 */
import type { DoctorStatus } from "../fields";
import type { Lang } from "../issues";

export type ObjectiveAction = "trial" | "second-to-first" | "conservative-to-second" | "raise" | "maintain";

/**
 * Volume 0 is a first trial whatever the status says: there is nothing to convert yet.
 * A target at or below today's volume (potential not above current use) cannot be a
 * rise: the objective is to keep the volume, and the potential is worth checking.
 */
export function objectiveAction(
  volume: number,
  status: DoctorStatus | null,
  target?: number,
): ObjectiveAction {
  if (volume === 0) return "trial";
  if (target !== undefined && target <= volume) return "maintain";
  if (status === "second-line") return "second-to-first";
  if (status === "conservative") return "conservative-to-second";
  return "raise";
}

const ACTION_LABELS: Record<ObjectiveAction, Record<Lang, string>> = {
  trial: { zh: "首次试用", en: "First trial" },
  "second-to-first": { zh: "二线→首选", en: "Second-line → first-line" },
  "conservative-to-second": { zh: "保守→二线", en: "Conservative → second-line" },
  raise: { zh: "提升月处方量", en: "Raise monthly Rx" },
  maintain: { zh: "维持用量", en: "Maintain volume" },
};

export function actionLabel(action: ObjectiveAction, lang: Lang): string {
  return ACTION_LABELS[action][lang];
}

/** settings.product, or a neutral word so the sentence still names a product. */
export function productName(product: string, lang: Lang): string {
  const p = product.trim();
  if (p !== "") return p;
  return lang === "zh" ? "本品" : "our product";
}

/** Rx counts in text: whole numbers stay whole, others get one decimal (like the "rx" format). */
export function rxText(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export interface ObjectiveFacts {
  doctor: string;
  hospital: string;
  department: string;
  product: string;
  action: ObjectiveAction;
  volume: number;
  target: number;
  dueDate: string;
}

/** e.g. "协和医院 心内科 王医生：本品由二线转为首选，月处方量从10提升到12（2026-12-31前）". */
export function objectiveText(f: ObjectiveFacts, lang: Lang): string {
  const from = rxText(f.volume);
  const to = rxText(f.target);
  // Only the sentence of the action is built, and no array or closure per call (tens of thousands of targets).
  if (lang === "zh") {
    const who = joinPresent(joinPresent(f.hospital, f.department, " "), f.doctor, " ");
    return `${who}：${zhSentence(f, from, to)}（${f.dueDate}前）`;
  }
  const where = joinPresent(f.department, f.hospital, ", ");
  const who = where === "" ? f.doctor : `${f.doctor} (${where})`;
  return `${who}: ${enSentence(f, from, to)} by ${f.dueDate}`;
}

/** a and b joined by sep, leaving out a part that is blank (as filter + join did). */
function joinPresent(a: string, b: string, sep: string): string {
  const hasA = a !== "" && a.trim() !== "";
  const hasB = b !== "" && b.trim() !== "";
  return hasA ? (hasB ? `${a}${sep}${b}` : a) : hasB ? b : "";
}

function zhSentence(f: ObjectiveFacts, from: string, to: string): string {
  switch (f.action) {
    case "trial":
      return `开始试用${f.product}，月处方量达到${to}`;
    case "second-to-first":
      return `${f.product}由二线转为首选，月处方量从${from}提升到${to}`;
    case "conservative-to-second":
      return `${f.product}由保守转为二线使用，月处方量从${from}提升到${to}`;
    case "raise":
      return `${f.product}月处方量从${from}提升到${to}`;
    case "maintain":
      return `${f.product}月处方量保持在${from}（潜力${to}不高于当前用量，请核实潜力估计）`;
  }
}

function enSentence(f: ObjectiveFacts, from: string, to: string): string {
  switch (f.action) {
    case "trial":
      return `start a first trial of ${f.product}, reaching ${to} Rx a month`;
    case "second-to-first":
      return `move ${f.product} from second-line to first-line, raising monthly Rx from ${from} to ${to}`;
    case "conservative-to-second":
      return `bring ${f.product} from conservative to second-line use, raising monthly Rx from ${from} to ${to}`;
    case "raise":
      return `raise monthly Rx of ${f.product} from ${from} to ${to}`;
    case "maintain":
      return `keep monthly Rx of ${f.product} at ${from} (the potential, ${to}, is not above today's use: check the estimate)`;
  }
}
