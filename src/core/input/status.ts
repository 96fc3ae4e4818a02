/** Reading a doctor's prescribing status (SPEC §1: 首选 / 二线 / 保守 / 未用 [seed]). */
import type { DoctorStatus } from "../fields";
import { foldKey } from "./chars";

const STATUS_WORDS: ReadonlyMap<string, DoctorStatus> = new Map<string, DoctorStatus>([
  ["首选", "first-line"],
  ["一线", "first-line"],
  ["首选用药", "first-line"],
  ["firstline", "first-line"],
  ["first", "first-line"],
  ["二线", "second-line"],
  ["次选", "second-line"],
  ["secondline", "second-line"],
  ["second", "second-line"],
  ["保守", "conservative"],
  ["conservative", "conservative"],
  ["未用", "not-using"],
  ["未使用", "not-using"],
  ["不用", "not-using"],
  ["未处方", "not-using"],
  ["notusing", "not-using"],
  ["notused", "not-using"],
  ["none", "not-using"],
]);

/** "First-line", "first line", "FIRST_LINE" and "首选" all fold to one word. */
function statusWord(text: string): string {
  let out = "";
  const folded = foldKey(text);
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (ch !== " " && ch !== "-" && ch !== "_" && ch !== "\u3000") out += ch;
  }
  return out;
}

/** The status a cell's text names, or null when it names none of the four. */
export function parseStatus(text: string): DoctorStatus | null {
  // Exact words are the common case in a clean sheet; fold only when needed.
  return STATUS_WORDS.get(text) ?? STATUS_WORDS.get(statusWord(text)) ?? null;
}
