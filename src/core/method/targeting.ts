/**
 * Target doctors (SPEC §5) and the capacity check (SPEC §6, first paragraph).
 *
 * Order: the quadrants of settings.targeting.quadrants in that order (LH, HH,
 * HL); within one, by target score (default potential − volume = headroom)
 * descending, then conversion opportunities (二线 / 保守) first, then potential
 * descending, then name. Status thus breaks score ties in favour of 二线/保守;
 * a stronger lift is a one-word change of the score formula, which can read
 * statusBonus (1 for 二线/保守, else 0), e.g. `headroom * (1 + 0.2 * statusBonus)`.
 *
 * Capacity: targets are kept in priority order while their calls fit; from
 * the first that does not fit, every lower-priority target is dropped (a
 * higher-priority doctor is never dropped to fit a cheaper one). LL doctors
 * with headroom fill what capacity remains when nothing was dropped.
 */
import type { DoctorRecord, DoctorStatus } from "../fields";
import type { CompiledFormula } from "../formula/compile";
import type { DoctorVariable } from "../formula/variables";
import type { Issue, Lang } from "../issues";
import { phrase } from "../labels";
import type { DoctorResult, PlanSummary } from "../results";
import type { Quadrant, Settings } from "../settings";
import { quadrantOf, type QuadrantCuts } from "./quadrant";
import { topN } from "./topN";

/** Calls per month for a doctor of this quadrant. */
export function callsFor(quadrant: Quadrant | null, settings: Pick<Settings, "frequency">): number {
  return quadrant === null ? 0 : settings.frequency[quadrant];
}

/** 1 for 二线 / 保守 (conversion opportunities), else 0. */
export function statusBonus(status: DoctorStatus | null): number {
  return status === "second-line" || status === "conservative" ? 1 : 0;
}

export interface TargetingInput {
  doctors: readonly DoctorRecord[];
  cuts: QuadrantCuts;
  settings: Settings;
  /** Calls the cycle can hold (cycleCapacity). */
  capacity: number;
  targetScore: CompiledFormula;
  lang: Lang;
}

export interface TargetingResult {
  /** One result per doctor record, in input order. */
  doctors: DoctorResult[];
  /** Targets in priority order (priority 1 first). */
  targets: DoctorResult[];
  /** LL doctors with headroom not taken as targets, best first (for the planner). */
  others: DoctorResult[];
  summary: PlanSummary;
  issues: Issue[];
}

/** Marks a score whose inputs were all present but whose result is not a finite number. */
const NOT_FINITE = Symbol("not finite");

/** Fills the formula's variables for one doctor; null when one is missing, NOT_FINITE for sqrt(-1), x/0 … */
function scoreOf(
  formula: CompiledFormula,
  slots: readonly DoctorVariable[],
  volume: number | null,
  potential: number | null,
  head: number | null,
  bonus: number,
  buf: Float64Array,
): number | null | typeof NOT_FINITE {
  // A switch instead of a scope object: this runs once per doctor (1M in the benchmark).
  for (let i = 0; i < slots.length; i++) {
    let v: number | null;
    switch (slots[i]) {
      case "volume":
        v = volume;
        break;
      case "potential":
        v = potential;
        break;
      case "headroom":
        v = head;
        break;
      case "statusBonus":
        v = bonus;
        break;
    }
    if (v === null) return null;
    buf[i] = v;
  }
  return formula.evaluate(buf) ?? NOT_FINITE;
}

/** The doctor's row on Issues when the target-score formula gives no finite number: never ranked. */
function scoreNotFinite(rec: DoctorRecord, formula: CompiledFormula): Issue {
  return {
    code: "formula-not-finite",
    severity: "warning",
    sheet: rec.sheet,
    row: rec.row,
    column: `formulas.${formula.name}`,
    value: formula.source,
    params: { formula: formula.name, doctor: rec.name, hospital: rec.hospital },
  };
}

export function selectTargets(input: TargetingInput): TargetingResult {
  const { doctors: records, cuts, settings, capacity, targetScore, lang } = input;
  const n = records.length;
  const order = settings.targeting.quadrants;
  const rankOf = new Map<Quadrant, number>(order.map((q, i) => [q, i]));
  // Sort keys in typed arrays: the comparator runs millions of times.
  const rank = new Int32Array(n).fill(-1);
  const score = new Float64Array(n);
  const bonus = new Uint8Array(n);
  const potential = new Float64Array(n);
  const buf = new Float64Array(targetScore.variables.length);
  const slots = targetScore.variables as readonly DoctorVariable[];
  const results = new Array<DoctorResult>(n);
  const eligible: number[] = [];
  const llCandidates: number[] = [];
  const reasons = {
    notTargeted: phrase("notTargetQuadrant", lang),
    noQuadrant: phrase("noQuadrant", lang),
    noHeadroom: phrase("noHeadroom", lang),
    scoreNotFinite: phrase("scoreNotFinite", lang),
  };
  const scoreIssues: Issue[] = [];

  for (let i = 0; i < n; i++) {
    const rec = records[i];
    const quadrant = quadrantOf(rec.volume, rec.potential, cuts);
    const head = rec.volume !== null && rec.potential !== null ? rec.potential - rec.volume : null;
    const b = statusBonus(rec.status);
    const scored = scoreOf(targetScore, slots, rec.volume, rec.potential, head, b, buf);
    const notFinite = scored === NOT_FINITE;
    if (notFinite) scoreIssues.push(scoreNotFinite(rec, targetScore));
    const s = notFinite ? null : scored;
    score[i] = s ?? -Infinity;
    bonus[i] = b;
    potential[i] = rec.potential ?? -Infinity;
    let reason = notFinite ? reasons.scoreNotFinite : reasons.noQuadrant;
    if (quadrant !== null && !notFinite) {
      const r = rankOf.get(quadrant);
      if (r !== undefined) {
        rank[i] = r;
        eligible.push(i);
      } else if (quadrant === "LL" && head !== null && head > 0) {
        llCandidates.push(i);
      }
      reason = quadrant === "LL" && (head === null || head <= 0) ? reasons.noHeadroom : reasons.notTargeted;
    }
    results[i] = {
      record: rec,
      quadrant,
      headroom: head,
      score: s,
      target: false,
      priority: null,
      callsPerMonth: 0,
      reason,
    };
  }

  const compare = (a: number, b: number): number =>
    rank[a] - rank[b] ||
    score[b] - score[a] ||
    bonus[b] - bonus[a] ||
    potential[b] - potential[a] ||
    (records[a].name < records[b].name ? -1 : records[a].name > records[b].name ? 1 : 0) ||
    (records[a].hospital < records[b].hospital ? -1 : records[a].hospital > records[b].hospital ? 1 : 0) ||
    a - b;

  // Only the targets that can fit need an exact order; the rest are all dropped.
  const freqs = order.map((q) => settings.frequency[q]);
  const minFreq = Math.min(...freqs.filter((f) => f > 0));
  const needed =
    freqs.some((f) => f <= 0) || !Number.isFinite(minFreq)
      ? eligible.length
      : Math.floor(capacity / minFreq) + 1;
  const ranked = topN(eligible, needed, compare);

  const issues: Issue[] = scoreIssues;
  const targets: DoctorResult[] = [];
  let workload = 0;
  let dropped = 0;
  let wanted = 0;
  const keep = (i: number, calls: number, reason: string) => {
    const d = results[i];
    d.target = true;
    d.callsPerMonth = calls;
    d.priority = targets.length + 1;
    d.reason = reason;
    targets.push(d);
    workload += calls;
  };
  const droppedReason = phrase("dropped", lang);
  const targetReason = (q: Quadrant, b: number) =>
    `${phrase("targetInQuadrant", lang)} ${q}${b ? ` · ${phrase("conversion", lang)}` : ""}`;

  for (const i of ranked) {
    const d = results[i];
    const calls = callsFor(d.quadrant, settings);
    wanted += calls;
    if (dropped === 0 && workload + calls <= capacity) {
      keep(i, calls, targetReason(d.quadrant as Quadrant, bonus[i]));
      continue;
    }
    // Dropped doctors are listed by their reason on the Segmentation sheet; the
    // Issues sheet keeps one summary, so real data problems are not buried.
    dropped++;
    d.reason = droppedReason;
  }
  // Eligible doctors outside the exact-order window are dropped too.
  if (ranked.length < eligible.length) {
    const inWindow = new Uint8Array(n);
    for (const i of ranked) inWindow[i] = 1;
    for (const i of eligible) {
      if (inWindow[i]) continue;
      dropped++;
      wanted += callsFor(results[i].quadrant, settings);
      results[i].reason = droppedReason;
    }
  }
  if (dropped > 0)
    issues.push({
      code: "capacity-exceeded",
      severity: "warning",
      sheet: "",
      row: null,
      column: "",
      value: String(wanted),
      params: { capacity, workload: wanted, dropped },
    });

  let others: DoctorResult[] = [];
  const llCalls = settings.frequency.LL;
  if (dropped === 0 && settings.targeting.fillWithLL && llCalls > 0 && !rankOf.has("LL")) {
    const room = Math.floor((capacity - workload) / llCalls);
    const fill = topN(llCandidates, room + 1, compare);
    const fillReason = phrase("llFill", lang);
    fill.forEach((i, k) => {
      if (k < room) keep(i, llCalls, fillReason);
    });
    others = fill.slice(room).map((i) => results[i]);
  }

  const prescribingTargets = targets.filter((t) => (t.record.volume ?? 0) > 0).length;
  if (prescribingTargets < settings.targeting.minTargets)
    issues.push({
      code: "few-targets",
      severity: "warning",
      sheet: "",
      row: null,
      column: "",
      value: String(prescribingTargets),
      params: { count: prescribingTargets, min: settings.targeting.minTargets },
    });

  return {
    doctors: results,
    targets,
    others,
    summary: { capacity, workload, targets: targets.length, prescribingTargets, dropped },
    issues,
  };
}
