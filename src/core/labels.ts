/**
 * zh-CN / en-US words for every value and header the engine writes (SPEC §4,
 * §7). Issue messages live in messages.ts; this file holds the vocabulary of
 * the output sheets so the layout never spells a word itself.
 */
import { STATUS_LABELS, type DoctorStatus } from "./fields";
import type { Lang } from "./issues";
import type { Quadrant, Stage, Tier } from "./settings";

export type Bilingual = { zh: string; en: string };

export interface QuadrantLabel {
  name: Bilingual;
  strategy: Bilingual;
}

/** SPEC §4 table: names are [seed], strategies are [default]. */
export const QUADRANT_LABELS: Record<Quadrant, QuadrantLabel> = {
  HH: {
    name: { zh: "用量大潜力大", en: "High volume · High potential" },
    strategy: { zh: "扩量", en: "Grow" },
  },
  LH: {
    name: { zh: "用量小潜力大", en: "Low volume · High potential" },
    strategy: { zh: "重点开发", en: "Develop" },
  },
  HL: {
    name: { zh: "用量大潜力小", en: "High volume · Low potential" },
    strategy: { zh: "维护", en: "Maintain" },
  },
  LL: {
    name: { zh: "用量小潜力小", en: "Low volume · Low potential" },
    strategy: { zh: "观察", en: "Monitor" },
  },
};

export const TIER_LABELS: Record<Tier, Bilingual> = {
  A: { zh: "A级", en: "Tier A" },
  B: { zh: "B级", en: "Tier B" },
  C: { zh: "C级", en: "Tier C" },
};

export interface StageLabel {
  name: Bilingual;
  /** The deck's call focus for the stage (SPEC §4). */
  callFocus: Bilingual;
}

export const STAGE_LABELS: Record<Stage, StageLabel> = {
  development: {
    name: { zh: "开发期", en: "Development" },
    callFocus: {
      zh: "药剂科主任、采购、药事委员会、目标科室主任",
      en: "Pharmacy director, purchasing, pharmacy & therapeutics committee, target department heads",
    },
  },
  growth: {
    name: { zh: "成长期", en: "Growth" },
    callFocus: {
      zh: "目标科室：从主任/主治到住院医生；库房保管",
      en: "Target departments: from chiefs and attendings to residents; storeroom keeper",
    },
  },
  stable: {
    name: { zh: "稳定期", en: "Stable" },
    callFocus: {
      zh: "拓展广度与深度；专家；关注竞争对手；维护药剂科",
      en: "Breadth and depth; experts; watch competitors; keep the pharmacy",
    },
  },
};

export function quadrantName(q: Quadrant, lang: Lang): string {
  return QUADRANT_LABELS[q].name[lang];
}

export function quadrantStrategy(q: Quadrant, lang: Lang): string {
  return QUADRANT_LABELS[q].strategy[lang];
}

export function tierLabel(t: Tier, lang: Lang): string {
  return TIER_LABELS[t][lang];
}

export function stageName(s: Stage, lang: Lang): string {
  return STAGE_LABELS[s].name[lang];
}

export function stageCallFocus(s: Stage, lang: Lang): string {
  return STAGE_LABELS[s].callFocus[lang];
}

export function statusLabel(s: DoctorStatus, lang: Lang): string {
  return STATUS_LABELS[s][lang];
}

export const SEVERITY_LABELS: Record<"error" | "warning" | "skipped", Bilingual> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  skipped: { zh: "已跳过", en: "Skipped" },
};

/** Every output column header, by column key. */
export const COLUMN_LABELS = {
  // hospitals
  hospital: { zh: "医院", en: "Hospital" },
  beds: { zh: "床位数", en: "Beds" },
  dailyOutpatients: { zh: "日门诊量", en: "Daily outpatients" },
  monthlyPurchase: { zh: "月购金额(元)", en: "Monthly purchase (CNY)" },
  classShare: { zh: "该类药占比", en: "Class share" },
  classMarketValue: { zh: "该类药市场额(元)", en: "Class market value (CNY)" },
  bedsTier: { zh: "床位分级", en: "Beds tier" },
  outpatientsTier: { zh: "门诊分级", en: "Outpatients tier" },
  purchaseTier: { zh: "月购分级", en: "Purchase tier" },
  tier: { zh: "医院级别", en: "Tier" },
  tierWhy: { zh: "分级依据", en: "Why this tier" },
  hospitalPotential: { zh: "潜力(月处方)", en: "Potential (Rx/month)" },
  hospitalVolume: { zh: "我方月用量", en: "Our monthly volume" },
  share: { zh: "份额", en: "Share" },
  stage: { zh: "发展阶段", en: "Stage" },
  callFocus: { zh: "拜访重点", en: "Call focus" },
  quadrant: { zh: "象限", en: "Quadrant" },
  quadrantName: { zh: "细分", en: "Segment" },
  // departments
  department: { zh: "科室", en: "Department" },
  dailyPatients: { zh: "平均每日病人数", en: "Daily patients" },
  classUsageRate: { zh: "用药比例", en: "Class usage rate" },
  rxPerPatient: { zh: "每病人处方量", en: "Rx per patient" },
  workingDays: { zh: "工作日数", en: "Working days" },
  ourDailyPatients: { zh: "我方病人数", en: "Our daily patients" },
  dailyVisits: { zh: "每日就诊人数(X)", en: "Daily visits (X)" },
  relatedPatients: { zh: "相关患者人数(Y)", en: "Related patients (Y)" },
  deptTotalRx: { zh: "科室总处方量(月)", en: "Dept total Rx (month)" },
  ourRx: { zh: "我方处方量(月)", en: "Our Rx (month)" },
  headroom: { zh: "增量空间", en: "Headroom" },
  targetRatio: { zh: "目标科室比(Y/X)", en: "Target ratio (Y/X)" },
  // doctors
  doctor: { zh: "医生", en: "Doctor" },
  title: { zh: "职称", en: "Title" },
  status: { zh: "用药状态", en: "Prescribing status" },
  volume: { zh: "月处方量", en: "Volume (Rx/month)" },
  potential: { zh: "月潜力", en: "Potential (Rx/month)" },
  score: { zh: "优先分", en: "Score" },
  strategy: { zh: "策略", en: "Strategy" },
  target: { zh: "目标", en: "Target" },
  priority: { zh: "优先级", en: "Priority" },
  callsPerMonth: { zh: "月拜访次数", en: "Calls per month" },
  callsInCycle: { zh: "周期拜访次数", en: "Calls in cycle" },
  rep: { zh: "代表", en: "Rep" },
  // team
  city: { zh: "城市/区域", en: "City / region" },
  callsPerDay: { zh: "每日拜访数", en: "Calls per day" },
  repWorkingDays: { zh: "工作日(扣除休假)", en: "Working days (less days off)" },
  daysOff: { zh: "休假", en: "Days off" },
  hospitals: { zh: "医院数", en: "Hospitals" },
  doctors: { zh: "医生数", en: "Doctors" },
  targets: { zh: "目标医生", en: "Targets" },
  prescribingTargets: { zh: "其中有处方", en: "Of which prescribing" },
  pinned: { zh: "经理指定", en: "Pinned by manager" },
  excludedByManager: { zh: "经理排除", en: "Excluded by manager" },
  removedByFeedback: { zh: "代表移除", en: "Removed by rep" },
  callsPlanned: { zh: "计划拜访", en: "Calls planned" },
  capacity: { zh: "拜访能力", en: "Capacity" },
  utilisation: { zh: "利用率", en: "Utilisation" },
  targetsRx: { zh: "目标现有处方(月)", en: "Targets' current Rx (month)" },
  volumeAtRisk: { zh: "风险处方量", en: "Volume at risk" },
  flag: { zh: "提示", en: "Flag" },
  reason: { zh: "原因", en: "Reason" },
  repFeedback: { zh: "代表反馈", en: "Rep feedback" },
  feedbackReason: { zh: "反馈原因", en: "Feedback reason" },
  // issues
  sheet: { zh: "工作表", en: "Sheet" },
  row: { zh: "行", en: "Row" },
  column: { zh: "列", en: "Column" },
  value: { zh: "原值", en: "Value" },
  severity: { zh: "级别", en: "Severity" },
  code: { zh: "代码", en: "Code" },
  message: { zh: "说明", en: "Message" },
} satisfies Record<string, Bilingual>;

export type ColumnLabelKey = keyof typeof COLUMN_LABELS;

export function columnLabel(key: ColumnLabelKey, lang: Lang): string {
  return COLUMN_LABELS[key][lang];
}

/** Small words used inside generated text (reasons, "why" columns, side blocks). */
export const PHRASES = {
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  cutoffs: { zh: "分界值", en: "Cut-offs" },
  cutoffMethod: { zh: "方法", en: "Method" },
  volumeCutoff: { zh: "用量分界", en: "Volume cut-off" },
  potentialCutoff: { zh: "潜力分界", en: "Potential cut-off" },
  median: { zh: "中位数", en: "Median" },
  mean: { zh: "平均数", en: "Mean" },
  percentile: { zh: "百分位", en: "Percentile" },
  fixed: { zh: "固定值", en: "Fixed" },
  noCriteria: { zh: "无分级依据", en: "No criteria" },
  targetInQuadrant: { zh: "目标象限", en: "Target quadrant" },
  conversion: { zh: "转化机会", en: "conversion opportunity" },
  share: { zh: "份额", en: "share" },
  flowed: { zh: "使用其他份额未用的拜访", en: "on calls other shares left unused" },
  swapIn: { zh: "换入：保证 {n} 位有处方目标", en: "Swapped in: keeps {n} prescribing targets" },
  swapOut: { zh: "换出：为保证 {n} 位有处方目标", en: "Swapped out: makes room for {n} prescribing targets" },
  beyondShare: { zh: "超出 {q} 份额", en: "Beyond the {q} share" },
  noRep: { zh: "无负责代表：已细分，未计划", en: "No rep: segmented, not planned" },
  typeHere: { zh: "（可填写）", en: " (type here)" },
  feedbackPrompt: {
    zh: "选择「保留」或「移除」。移除：下次生成时不再把该医生列为目标，原因写在「反馈原因」。",
    en: "Choose keep or remove. remove: the next run takes this doctor out of the plan; say why under Feedback reason.",
  },
  managerPinned: { zh: "经理指定", en: "Manager pinned" },
  managerExcluded: { zh: "经理排除", en: "Manager excluded" },
  repRemoved: { zh: "代表移除", en: "Removed by the rep" },
  feedbackOverruled: {
    zh: "代表反馈「移除」未采用（经理指定）",
    en: "the rep's remove is overruled by the pin",
  },
  teamTotals: { zh: "团队合计", en: "Team totals" },
  teamSizing: { zh: "团队规模", en: "Team sizing" },
  callsWanted: { zh: "拜访需求(目标象限全部医生)", en: "Calls wanted (all target-quadrant doctors)" },
  teamCapacity: { zh: "团队拜访能力", en: "Team capacity" },
  meanRepCapacity: { zh: "代表平均能力", en: "Mean rep capacity" },
  repsPlanned: { zh: "已计划代表", en: "Reps planned" },
  repsNeeded: { zh: "所需代表数", en: "Reps needed" },
  unassigned: { zh: "无负责代表的医院（医生数）", en: "Hospitals without a rep (doctors)" },
  overLoaded: { zh: "超负荷", en: "Over capacity" },
  underLoaded: { zh: "利用不足", en: "Under-used" },
  allDoctors: { zh: "（全部）", en: "(all)" },
  notTargetQuadrant: { zh: "非目标象限", en: "Quadrant not targeted" },
  noQuadrant: { zh: "缺少用量或潜力，无法细分", en: "Volume or potential missing: not segmented" },
  noHeadroom: { zh: "无增量空间", en: "No headroom" },
  scoreNotFinite: {
    zh: "目标评分公式结果不是有限数字，未参与排序（见数据问题）",
    en: "Target score formula gave no finite number: not ranked (see Issues)",
  },
  beds: { zh: "床位", en: "Beds" },
  outpatients: { zh: "门诊", en: "Outpatients" },
  purchase: { zh: "月购", en: "Purchase" },
} satisfies Record<string, Bilingual>;

export function phrase(key: keyof typeof PHRASES, lang: Lang): string {
  return PHRASES[key][lang];
}
