/** Words of the plan's output sheets in the output language. */
import type { DoctorStatus } from "../fields";
import { STATUS_LABELS } from "../fields";
import type { Lang } from "../issues";
import type { Half } from "./availability";
import type { UnplacedReason } from "./scheduler";

export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  zh: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

export function halfLabel(half: Half, lang: Lang): string {
  if (lang === "zh") return half === 0 ? "上午" : "下午";
  return half === 0 ? "AM" : "PM";
}

/** "第2/4次" or "2 of 4". */
export function callNumberLabel(seq: number, of: number, lang: Lang): string {
  return lang === "zh" ? `第${seq}/${of}次` : `${seq} of ${of}`;
}

/** "第1周" or "Week 1". */
export function weekLabel(week: number, lang: Lang): string {
  return lang === "zh" ? `第${week}周` : `Week ${week}`;
}

export function statusLabel(status: DoctorStatus | null, lang: Lang): string {
  return status ? STATUS_LABELS[status][lang] : "";
}

export const HOLIDAY_LABEL: Record<Lang, string> = { zh: "休息", en: "Holiday" };
/** A weekend day worked in exchange for a holiday (调休上班). */
export const MAKE_UP_LABEL: Record<Lang, string> = { zh: "调休上班", en: "Make-up working day" };

export const UNPLACED_REASONS: Record<UnplacedReason, Record<Lang, string>> = {
  "no-working-days": { zh: "周期内没有工作日", en: "the cycle has no working days" },
  "no-available-slot": {
    zh: "医生的门诊时间不在任何工作日",
    en: "the doctor is not available on any working day",
  },
  "fewer-days-than-calls": {
    zh: "拜访次数多于医生可拜访的工作日（同一医生每天最多拜访一次）",
    en: "more calls than working days the doctor is available (one call a day per doctor)",
  },
  "day-cap": {
    zh: "可拜访的日子已达每日拜访上限",
    en: "every day the doctor is available is at the daily call cap",
  },
};

type HeaderKey =
  | "action"
  | "targetRx"
  | "objective"
  | "dueDate"
  | "callsPlanned"
  | "tactic"
  | "smartCheck"
  | "date"
  | "weekday"
  | "half"
  | "hospital"
  | "department"
  | "doctor"
  | "quadrant"
  | "status"
  | "headroom"
  | "expectedGain"
  | "keyMessage"
  | "callNumber"
  | "week"
  | "weekStart"
  | "total"
  | "rank"
  | "calls"
  | "rep";

export const HEADERS: Record<HeaderKey, Record<Lang, string>> = {
  action: { zh: "行动", en: "Action" },
  targetRx: { zh: "目标月处方量", en: "Target monthly Rx" },
  objective: { zh: "SMART目标", en: "SMART objective" },
  dueDate: { zh: "完成日期", en: "Due date" },
  callsPlanned: { zh: "已排拜访", en: "Calls planned" },
  tactic: { zh: "关键信息/策略", en: "Key message / tactic" },
  smartCheck: { zh: "SMART检查", en: "SMART check" },
  date: { zh: "日期", en: "Date" },
  weekday: { zh: "星期", en: "Weekday" },
  half: { zh: "时段", en: "AM/PM" },
  hospital: { zh: "医院", en: "Hospital" },
  department: { zh: "科室", en: "Department" },
  doctor: { zh: "医生", en: "Doctor" },
  quadrant: { zh: "象限", en: "Quadrant" },
  status: { zh: "用药状态", en: "Status" },
  headroom: { zh: "增长空间", en: "Headroom" },
  expectedGain: { zh: "预期增量", en: "Expected gain" },
  keyMessage: { zh: "关键信息", en: "Key message" },
  callNumber: { zh: "拜访次序", en: "Call" },
  week: { zh: "周", en: "Week" },
  weekStart: { zh: "周一日期", en: "Week of" },
  total: { zh: "拜访合计", en: "Total calls" },
  rank: { zh: "排名", en: "Rank" },
  calls: { zh: "本周拜访", en: "Calls this week" },
  rep: { zh: "代表", en: "Rep" },
};

export function header(key: HeaderKey, lang: Lang): string {
  return HEADERS[key][lang];
}
