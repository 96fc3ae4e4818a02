/**
 * 门诊时间 / availability text → weekday × half-day slots.
 *
 * Slots are a bit mask: bit (weekday × 2 + half), weekday 0 = Monday … 6 =
 * Sunday, half 0 = AM, 1 = PM. Day words collect until a half-day word, which
 * applies to all of them ("周一、周三上午" = Monday and Wednesday mornings);
 * days with no half-day word are whole days. A half-day word with no day
 * applies to every weekday ("上午" = any morning). A 24-hour clock range reads
 * as its half-days ("周二8:00-12:00" = Tuesday AM). Blank text is "any time".
 *
 * Visiting hours (拜访时间) are when calls may be made, used as given. Clinic
 * hours (门诊时间) are when the doctor sees patients, when many hospitals bar
 * visits: setting schedule.clinicHours decides ("around" the sessions,
 * "during" them, or "ignore").
 */
import type { DoctorRecord } from "../fields";
import type { Issue, Lang } from "../issues";
import type { ClinicHoursRule } from "../settings";

export type Half = 0 | 1;
export const AM: Half = 0;
export const PM: Half = 1;

export const ANY_TIME = (1 << 14) - 1;
const WEEKDAYS_MASK = (1 << 10) - 1;

export function slotBit(weekday: number, half: Half): number {
  return 1 << (weekday * 2 + half);
}

export function isAvailable(slots: number, weekday: number, half: Half): boolean {
  return (slots & slotBit(weekday, half)) !== 0;
}

/** The `half` bit of every weekday Monday–Friday. */
const WEEKDAY_HALF: readonly number[] = [0x155, 0x2aa];

/**
 * Free on a working day, a make-up day included. A make-up working day (调休上班,
 * a Saturday or Sunday) works as a normal weekday, but which weekday it stands
 * in for is not known (the State Council notice does not say), and clinic and
 * visiting hours are written by weekday: a half-day is free there when it is
 * free on that day of the week itself or on some Monday–Friday.
 */
export function isAvailableOn(slots: number, weekday: number, half: Half, makeUp: boolean): boolean {
  return (slots & slotBit(weekday, half)) !== 0 || (makeUp && (slots & WEEKDAY_HALF[half]) !== 0);
}

type Token =
  | { kind: "day"; day: number }
  | { kind: "days"; mask: number }
  | { kind: "to" }
  | { kind: "half"; halves: number }
  | { kind: "skip" };

const ZH_DAY: Record<string, number> = {
  一: 0,
  二: 1,
  三: 2,
  四: 3,
  五: 4,
  六: 5,
  日: 6,
  天: 6,
  "1": 0,
  "2": 1,
  "3": 2,
  "4": 3,
  "5": 4,
  "6": 5,
  "7": 6,
};
const EN_DAY: [RegExp, number][] = [
  [/mon(day)?/y, 0],
  [/tue(s(day)?)?/y, 1],
  [/wed(nesday)?/y, 2],
  [/thu(r(s(day)?)?)?/y, 3],
  [/fri(day)?/y, 4],
  [/sat(urday)?/y, 5],
  [/sun(day)?/y, 6],
];

/** Half-days of a clock range; null when it is not a time of day. */
function clockHalves(m: RegExpExecArray): Token | null {
  const from = Number(m[1]);
  const to = Number(m[2]) + (m[3] && Number(m[3]) > 0 ? 0.5 : 0);
  if (from > 24 || to > 24 || to <= from) return null;
  return { kind: "half", halves: (from < 12 ? 1 : 0) | (from >= 12 || to > 12 ? 2 : 0) };
}

/** Lexemes tried in order at each position; the first match wins (longer forms first). */
const LEXEMES: [RegExp, (m: RegExpExecArray) => Token | null][] = [
  [/(?:周|星期|礼拜)([一二三四五六日天1-7])/y, (m) => ({ kind: "day", day: ZH_DAY[m[1]] })],
  ...EN_DAY.map(([re, day]): [RegExp, () => Token] => [re, () => ({ kind: "day", day })]),
  [
    /每天|每日|天天|工作日|daily|every\s*day|weekdays?|any\s*time|anytime|随时/y,
    () => ({ kind: "days", mask: WEEKDAYS_MASK }),
  ],
  // clock times on a 24-hour clock ("8:00-12:00" = AM, "14:00-17:00" = PM): before noon is AM, from 13:00 PM
  [/(\d{1,2})(?::\d{2})?\s*(?:-|~|–|—|至|到)\s*(\d{1,2})(?::(\d{2}))?点?/y, clockHalves],
  [/至|到|~|～|-|–|—|\bto\b|through|thru/y, () => ({ kind: "to" })],
  [/全天|整天|全日|all\s*day|full\s*day|whole\s*day/y, () => ({ kind: "half", halves: 3 })],
  [/上午|早上|早晨|a\.?m\.?(?![a-z])|mornings?/y, () => ({ kind: "half", halves: 1 })],
  [/下午|午后|p\.?m\.?(?![a-z])|afternoons?/y, () => ({ kind: "half", halves: 2 })],
  // separators and filler words carry no meaning for the slots
  [/[\s,，、;；/|]+|和|及|与|\band\b|&|门诊|出诊|坐诊|专家|clinic|only/y, () => ({ kind: "skip" })],
];

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const [re, make] of LEXEMES) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        const t = make(m);
        if (!t) return null;
        if (t.kind !== "skip") tokens.push(t);
        i += m[0].length;
        continue outer;
      }
    }
    return null;
  }
  return tokens;
}

function halvesMask(days: number, halves: number): number {
  let mask = 0;
  for (let d = 0; d < 7; d++) {
    if ((days & (1 << d)) === 0) continue;
    if (halves & 1) mask |= slotBit(d, AM);
    if (halves & 2) mask |= slotBit(d, PM);
  }
  return mask;
}

/** Day set (bit d = weekday d) from a weekday-slot mask. */
function daysOf(slotMask: number): number {
  let days = 0;
  for (let d = 0; d < 7; d++) if ((slotMask >> (d * 2)) & 3) days |= 1 << d;
  return days;
}

/** Full-width letters/digits/punctuation → ASCII, lower case, so "Ｍｏｎ　ＡＭ" reads as "mon am". */
function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .toLowerCase()
    .trim();
}

/** Slot mask of an availability text; ANY_TIME for blank; null when it cannot be read. */
export function parseAvailability(text: string): number | null {
  const s = normalize(text);
  if (s === "") return ANY_TIME;
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;

  let mask = 0;
  let pending = 0; // days waiting for a half-day word
  let lastDays = 0; // days of the last group, for a second half-day word ("周一上午、下午")
  let lastDay: number | null = null;
  let rangeOpen = false;
  for (const t of tokens) {
    if (t.kind === "day") {
      if (rangeOpen) {
        if (lastDay === null || t.day < lastDay) return null;
        for (let d = lastDay; d <= t.day; d++) pending |= 1 << d;
        rangeOpen = false;
      } else pending |= 1 << t.day;
      lastDay = t.day;
    } else if (t.kind === "days") {
      pending |= daysOf(t.mask);
      lastDay = null;
    } else if (t.kind === "to") {
      if (lastDay === null || rangeOpen) return null;
      rangeOpen = true;
    } else if (t.kind === "half") {
      if (rangeOpen) return null;
      const days = pending !== 0 ? pending : lastDays !== 0 ? lastDays : 0b11111;
      mask |= halvesMask(days, t.halves);
      lastDays = days;
      pending = 0;
      lastDay = null;
    }
  }
  if (rangeOpen) return null;
  if (pending !== 0) mask |= halvesMask(pending, 3);
  return mask === 0 ? null : mask;
}

export interface DoctorAvailability {
  slots: number;
  issue: Issue | null;
}

const AVAILABILITY_HEADER: Record<Lang, string> = { zh: "门诊时间", en: "Clinic hours" };
const VISITING_HEADER: Record<Lang, string> = { zh: "拜访时间", en: "Visiting hours" };

/**
 * "around" a clinic (SPEC §9): the half-day next to a session on the same day —
 * after a morning clinic, before an afternoon one. A whole-day clinic leaves
 * nothing that day; a day without a clinic is not a day the doctor is known
 * to be at the hospital.
 */
export function aroundSessions(sessions: number): number {
  let mask = 0;
  for (let d = 0; d < 7; d++) {
    const am = isAvailable(sessions, d, AM);
    const pm = isAvailable(sessions, d, PM);
    if (am && !pm) mask |= slotBit(d, PM);
    if (pm && !am) mask |= slotBit(d, AM);
  }
  return mask;
}

/** When calls may be made, given clinic sessions and the schedule.clinicHours rule. */
export function clinicSlots(sessions: number, rule: ClinicHoursRule): number {
  if (rule === "ignore" || sessions === ANY_TIME) return ANY_TIME;
  return rule === "during" ? sessions : aroundSessions(sessions);
}

function unparsed(record: DoctorRecord, column: string, value: string): Issue {
  return {
    code: "unparsed-availability",
    severity: "warning",
    sheet: record.sheet,
    row: record.row,
    column,
    value,
    params: { doctor: record.name },
  };
}

/**
 * A doctor's slots: visiting hours (拜访时间) as given; else clinic hours
 * (门诊时间) by the rule. Unreadable text is an "unparsed-availability" issue
 * and the doctor counts as available any time, so the calls are still planned.
 * `parse` reads one text (a memo of parseAvailability when many doctors share texts).
 */
export function doctorAvailability(
  record: DoctorRecord,
  lang: Lang,
  rule: ClinicHoursRule = "around",
  parse: (text: string) => number | null = parseAvailability,
): DoctorAvailability {
  const visiting = record.visitingHours ?? "";
  if (visiting.trim() !== "") {
    const slots = parse(visiting);
    if (slots !== null) return { slots, issue: null };
    return { slots: ANY_TIME, issue: unparsed(record, VISITING_HEADER[lang], visiting) };
  }
  const sessions = parse(record.availability);
  if (sessions !== null) return { slots: clinicSlots(sessions, rule), issue: null };
  return { slots: ANY_TIME, issue: unparsed(record, AVAILABILITY_HEADER[lang], record.availability) };
}

/**
 * parseAvailability remembered by text, for one plan: tens of thousands of
 * targets share a handful of clinic-hour texts, each otherwise tokenized anew.
 */
export function availabilityMemo(): (text: string) => number | null {
  const known = new Map<string, number | null>();
  return (text) => {
    let slots = known.get(text);
    if (slots === undefined) known.set(text, (slots = parseAvailability(text)));
    return slots;
  };
}
