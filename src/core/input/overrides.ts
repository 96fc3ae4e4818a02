/**
 * The words of the two ways to change MicroSeg's choice (issue 16): the
 * manager's 目标调整 on Doctors (必选 / pin, 排除 / exclude) and the rep's
 * 代表反馈 on the Target List (保留 / keep, 移除 / remove). Read in either
 * language, whatever the case, width or stray punctuation, so a value typed
 * in a Chinese workbook still counts after the output switched to English.
 */
import type { ManagerOverride } from "../fields";
import type { Lang } from "../issues";
import { foldKey } from "./chars";

/** A rep's answer on the Target List. */
export type RepFeedback = "keep" | "remove";

/** "Pin!", "必选。", " PIN " and "必 选" fold to one word. */
function word(text: string): string {
  let out = "";
  const folded = foldKey(text);
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (!" -_\u3000.。,，!！?？:：;；'\"“”‘’()（）[]【】".includes(ch)) out += ch;
  }
  return out;
}

function table<T>(entries: [T, string[]][]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const w of words) map.set(word(w), value);
  return map;
}

/** Blank-like cells that mean "the rules decide". */
const NONE = new Set(["", "无", "不调整", "自动", "默认", "none", "auto", "default", "n/a", "na"].map(word));

const OVERRIDE_WORDS = table<ManagerOverride>([
  [
    "pin",
    [
      "必选",
      "必须",
      "必须覆盖",
      "固定",
      "指定",
      "锁定",
      "保留",
      "纳入",
      "必访",
      "pin",
      "pinned",
      "keep",
      "must",
      "must see",
      "always",
      "include",
      "force",
      "lock",
    ],
  ],
  [
    "exclude",
    [
      "排除",
      "剔除",
      "不选",
      "去掉",
      "删除",
      "移除",
      "不要",
      "不访",
      "exclude",
      "excluded",
      "remove",
      "drop",
      "never",
      "skip",
      "out",
    ],
  ],
]);

const FEEDBACK_WORDS = table<RepFeedback>([
  ["keep", ["保留", "同意", "确认", "继续", "keep", "kept", "agree", "ok", "yes"]],
  ["remove", ["移除", "删除", "去掉", "排除", "不同意", "remove", "removed", "drop", "delete", "no"]],
]);

/** undefined when the text names none of the words (an issue for the caller to list). */
export function parseOverride(text: string): ManagerOverride | null | undefined {
  const w = word(text);
  if (NONE.has(w)) return null;
  return OVERRIDE_WORDS.get(w);
}

/** undefined when the text names neither keep nor remove. */
export function parseFeedback(text: string): RepFeedback | null | undefined {
  const w = word(text);
  if (NONE.has(w)) return null;
  return FEEDBACK_WORDS.get(w);
}

export const FEEDBACK_LABELS: Record<RepFeedback, Record<Lang, string>> = {
  keep: { zh: "保留", en: "keep" },
  remove: { zh: "移除", en: "remove" },
};

/** The drop-down's list in the output language: "保留,移除" / "keep,remove". */
export function feedbackChoices(lang: Lang): string[] {
  return [FEEDBACK_LABELS.keep[lang], FEEDBACK_LABELS.remove[lang]];
}
