/**
 * The human summary printed after a run: tiers, quadrants, targets, workload
 * against capacity and the first few issues, in the chosen language.
 */
import type { Issue, Lang } from "../core/issues";
import { issueMessage } from "../core/messages";
import type { EngineResult } from "../core/results";
import { measureHeadline, percentText, type Kpis, type MeasureHeadline } from "../core/measure";
import { QUADRANTS } from "../core/settings";

const SHOWN_ISSUES = 5;

const WORDS = {
  zh: {
    written: (f: string) => `已写出计划：${f}`,
    renamed: (w: string, u: string) => `已有用户工作表「${w}」，计划写在「${u}」`,
    tiers: "医院分级",
    noTier: "未分级",
    quadrants: "医生细分",
    cutoffs: (v: number, p: number, m: string) => `分界值：用量 ≥ ${v}，潜力 ≥ ${p}（${m}）`,
    targets: (n: number, p: number) => `目标医生：${n} 位（其中有处方 ${p} 位）`,
    workload: (w: number, c: number) => `拜访量：${w} / 产能 ${c} 次`,
    dropped: (n: number) => `，${n} 位因产能不足未列入`,
    rep: (name: string, t: number, p: number, w: number, c: number, risk: number, off: number) =>
      `  ${name}：目标 ${t} 位（有处方 ${p} 位），拜访 ${w} / ${c} 次` +
      (off > 0 ? `（休假 ${off} 天）` : "") +
      `，风险处方量 ${risk}`,
    sizing: (wanted: number, reps: number, needed: number) =>
      `团队规模：目标象限需拜访 ${wanted} 次，已计划 ${reps} 位代表，需要 ${needed} 位代表`,
    unassigned: (n: number) => `无负责代表的医院：${n} 家（已细分，未计划）`,
    overrides: (pinned: number, excluded: number, removed: number) =>
      `人工调整：经理指定 ${pinned} 位，经理排除 ${excluded} 位，代表反馈移除 ${removed} 位`,
    issues: (n: number) => (n === 0 ? "数据问题：无" : `数据问题：${n} 条（见"数据问题"工作表）`),
    more: (n: number) => `  … 另有 ${n} 条`,
    sep: "，",
    colon: "：",
    methods: { median: "中位数", mean: "平均数", percentile: "百分位", fixed: "固定值" },
    measured: (h: MeasureHeadline) => {
      const t = h.team;
      return (
        `执行跟踪（${h.cycle.start} ~ ${h.cycle.end}）：拜访 ${t.actualCalls} / 计划 ${t.plannedCalls} 次（${percentText(t.callAttainment)}）` +
        `，覆盖目标 ${t.reachedTargets} / ${t.targets} 位（${percentText(t.reach)}），人均 ${num(t.frequency)} 次`
      );
    },
    kpis: (t: Kpis) =>
      `业绩指标：目标达成 ${t.objectivesMet} / ${t.targets}（${percentText(t.objectivesMetRate)}），用药增长 ${percentText(t.rxGrowth)}` +
      `，产品覆盖 ${percentText(t.productCoverage)}，指标完成 ${percentText(t.quotaAttainment)}`,
    behind: (list: string) => `拜访达成最低的代表：${list}`,
    nextQuota: (q: NonNullable<MeasureHeadline["nextQuota"]>) =>
      `下月指标 ${num(q.quota)}：预计 ${num(q.expected)}${q.gap && q.gap > 0 ? `，缺口 ${num(q.gap)}` : "，可以完成"}`,
  },
  en: {
    written: (f: string) => `Plan written: ${f}`,
    renamed: (w: string, u: string) => `A sheet of yours is named "${w}": the plan is on "${u}"`,
    tiers: "Hospital tiers",
    noTier: "no tier",
    quadrants: "Doctor segments",
    cutoffs: (v: number, p: number, m: string) => `cut-offs: volume ≥ ${v}, potential ≥ ${p} (${m})`,
    targets: (n: number, p: number) => `Target doctors: ${n} (${p} prescribing)`,
    workload: (w: number, c: number) => `calls: ${w} of capacity ${c}`,
    dropped: (n: number) => `; ${n} dropped for capacity`,
    rep: (name: string, t: number, p: number, w: number, c: number, risk: number, off: number) =>
      `  ${name}: ${t} targets (${p} prescribing), calls ${w} of ${c}` +
      (off > 0 ? ` (${off} ${off === 1 ? "day" : "days"} off)` : "") +
      `, volume at risk ${risk}`,
    sizing: (wanted: number, reps: number, needed: number) =>
      `Team sizing: ${wanted} calls wanted in the target quadrants, ${reps} ${reps === 1 ? "rep" : "reps"} planned, ` +
      `${needed} ${needed === 1 ? "rep" : "reps"} needed`,
    unassigned: (n: number) => `Hospitals without a rep: ${n} (segmented, not planned)`,
    overrides: (pinned: number, excluded: number, removed: number) =>
      `Overrides: ${pinned} pinned and ${excluded} excluded by the manager, ${removed} removed by rep feedback`,
    issues: (n: number) => (n === 0 ? "Data issues: none" : `Data issues: ${n} (see the Issues sheet)`),
    more: (n: number) => `  … and ${n} more`,
    sep: ", ",
    colon: ": ",
    methods: { median: "median", mean: "mean", percentile: "percentile", fixed: "fixed" },
    measured: (h: MeasureHeadline) => {
      const t = h.team;
      return (
        `Plan vs Actual (${h.cycle.start} ~ ${h.cycle.end}): ${t.actualCalls} of ${t.plannedCalls} calls (${percentText(t.callAttainment)})` +
        `, ${t.reachedTargets} of ${t.targets} targets reached (${percentText(t.reach)}), ${num(t.frequency)} calls each`
      );
    },
    kpis: (t: Kpis) =>
      `KPIs: objectives met ${t.objectivesMet} of ${t.targets} (${percentText(t.objectivesMetRate)}), Rx growth ${percentText(t.rxGrowth)}` +
      `, product coverage ${percentText(t.productCoverage)}, quota attainment ${percentText(t.quotaAttainment)}`,
    behind: (list: string) => `Reps furthest behind on calls: ${list}`,
    nextQuota: (q: NonNullable<MeasureHeadline["nextQuota"]>) =>
      `Next month's quota ${num(q.quota)}: expected ${num(q.expected)}${q.gap && q.gap > 0 ? `, a gap of ${num(q.gap)}` : ", covered"}`,
  },
};

/** A count or Rx as the summary prints it: thousands separated, one decimal at most. */
function num(n: number | null): string {
  return n === null ? "—" : Number(n.toFixed(1)).toLocaleString("en-US");
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function counts<K extends string>(keys: readonly K[], values: (K | null)[]): Map<K | null, number> {
  const m = new Map<K | null, number>(keys.map((k) => [k, 0]));
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

export interface SummaryInput {
  result: EngineResult;
  output: string;
  renamed: { wanted: string; used: string }[];
  extraIssues: Issue[];
  lang: Lang;
}

export function humanSummary({ result, output, renamed, extraIssues, lang }: SummaryInput): string {
  const w = WORDS[lang];
  const lines = [w.written(output)];
  for (const r of renamed) lines.push(w.renamed(r.wanted, r.used));

  const tiers = counts(
    ["A", "B", "C"] as const,
    result.hospitals.map((h) => h.tier),
  );
  const tierText = ["A", "B", "C"].map((t) => `${t} ${tiers.get(t as "A") ?? 0}`).join(" · ");
  const untiered = tiers.get(null) ?? 0;
  lines.push(`${w.tiers}${w.colon}${tierText}${untiered ? ` · ${w.noTier} ${untiered}` : ""}`);

  const quads = counts(
    QUADRANTS,
    result.doctors.map((d) => d.quadrant),
  );
  const { cutoffs } = result;
  lines.push(
    `${w.quadrants}${w.colon}${QUADRANTS.map((q) => `${q} ${quads.get(q) ?? 0}`).join(" · ")}${w.sep}` +
      w.cutoffs(round(cutoffs.volume), round(cutoffs.potential), w.methods[cutoffs.method]),
  );

  const { plan } = result;
  lines.push(
    w.targets(plan.targets, plan.prescribingTargets) +
      w.sep +
      w.workload(round(plan.workload), round(plan.capacity)) +
      (plan.dropped > 0 ? w.dropped(plan.dropped) : ""),
  );
  if (result.hasReps)
    for (const r of plan.reps)
      lines.push(
        w.rep(
          r.name ?? "",
          r.targets,
          r.prescribingTargets,
          r.workload,
          r.capacity,
          round(r.volumeAtRisk),
          r.daysOff.length,
        ),
      );
  lines.push(w.sizing(plan.callsWanted, plan.reps.length, plan.repsNeeded));
  if (plan.unassignedHospitals.length > 0) lines.push(w.unassigned(plan.unassignedHospitals.length));
  const count = (o: string) =>
    result.doctors.filter((d) => d.override === o && (o !== "pinned" || d.target)).length;
  const overrides = [count("pinned"), count("excluded"), count("feedback-removed")] as const;
  if (overrides.some((n) => n > 0)) lines.push(w.overrides(...overrides));

  if (result.measure) {
    const h = measureHeadline(result.measure);
    lines.push(w.measured(h), w.kpis(h.team));
    if (h.behind.length > 0)
      lines.push(w.behind(h.behind.map((k) => `${k.name} ${percentText(k.callAttainment)}`).join(w.sep)));
    if (h.nextQuota) lines.push(w.nextQuota(h.nextQuota));
  }

  const issues = [...extraIssues, ...result.issues];
  lines.push(w.issues(issues.length));
  for (const i of issues.slice(0, SHOWN_ISSUES)) lines.push(`  - ${issueMessage(i, lang)}`);
  if (issues.length > SHOWN_ISSUES) lines.push(w.more(issues.length - SHOWN_ISSUES));
  return lines.join("\n") + "\n";
}
