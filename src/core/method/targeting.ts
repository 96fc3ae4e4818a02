/**
 * Target doctors (SPEC §5), per rep (SPEC §8).
 *
 * Order within a quadrant: target score (default potential − volume =
 * headroom) descending, then conversion opportunities (二线 / 保守) first,
 * then potential descending, then name. The quadrants' priority is
 * settings.targeting.quadrants (LH, HH, HL), LL after them when
 * targeting.fillWithLL lets LL doctors with headroom in.
 *
 * Capacity is shared out, not spent in priority order: each rep's calls in
 * the cycle are split by targeting.shares (HH 40 · LH 35 · HL 20 · LL 5 %),
 * each share filled in score order (shares.ts). Then the 30-prescribing rule
 * swaps non-prescribing targets for prescribing candidates. Every doctor's
 * reason names the rule that placed it.
 */
import type { DoctorRecord, DoctorStatus } from "../fields";
import type { CompiledFormula } from "../formula/compile";
import { DOCTOR_VARIABLES, type DoctorVariable } from "../formula/variables";
import type { Issue, Lang } from "../issues";
import { phrase } from "../labels";
import type { DoctorResult, PlanSummary, RepFeedbackNote, RepSummary, TargetRule } from "../results";
import { QUADRANTS, type Quadrant, type Settings } from "../settings";
import type { Team, TeamRep } from "../team/roster";
import { fieldNumber } from "./fieldNumber";
import { selectRank } from "./orderStatistic";
import { quadrantOf, type QuadrantCuts } from "./quadrant";
import { fillShares, type ShareBucket } from "./shares";

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
  /** Calls the cycle can hold, for a plan without a team (ignored when `team` is given). */
  capacity?: number;
  /** The reps and who covers whom; absent = one rep with `capacity`. */
  team?: Pick<Team, "reps" | "doctorRep" | "unassigned">;
  /** Months in the cycle: calls in the cycle = frequency × months (default 1). */
  months?: number;
  targetScore: CompiledFormula;
  lang: Lang;
  /** The reps' feedback from the previous Target List, by doctor index (issue 16). */
  feedback?: ReadonlyMap<number, RepFeedbackNote>;
}

export interface TargetingResult {
  /** One result per doctor record, in input order. */
  doctors: DoctorResult[];
  /** Targets rep by rep (team order), each rep's in priority order (priority 1 first). */
  targets: DoctorResult[];
  /** Kept for the planner's contract: every candidate is decided here, so this is empty. */
  others: DoctorResult[];
  summary: PlanSummary;
  issues: Issue[];
}

/** Marks a score whose inputs were all present but whose result is not a finite number. */
const NOT_FINITE = Symbol("not finite");

/** Fills the formula's variables for one doctor; null when one is missing, NOT_FINITE for sqrt(-1), x/0 … */
function scoreOf(
  formula: CompiledFormula,
  slots: Int8Array,
  volume: number | null,
  potential: number | null,
  head: number | null,
  bonus: number,
  buf: Float64Array,
): number | null | typeof NOT_FINITE {
  // A switch instead of a scope object: this runs once per doctor (1M in the
  // benchmark), on the variables' indices in DOCTOR_VARIABLES (not their names:
  // a switch on strings compares them per doctor and variable).
  for (let i = 0; i < slots.length; i++) {
    let v: number | null;
    switch (slots[i]) {
      case 0:
        v = volume;
        break;
      case 1:
        v = potential;
        break;
      case 2:
        v = head;
        break;
      case 3:
        v = bonus;
        break;
      default:
        // Not a doctor variable (compiling rejects those): an unset slot, as NaN.
        v = NaN;
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

/** Quadrants that take part, in priority order: the targeted ones, then LL when it may fill. */
export function candidateQuadrants(settings: Pick<Settings, "targeting">): Quadrant[] {
  const order = [...settings.targeting.quadrants];
  if (settings.targeting.fillWithLL && !order.includes("LL")) order.push("LL");
  return order;
}

function singleRep(capacity: number): TeamRep {
  return {
    name: null,
    sheet: "",
    row: 0,
    listed: false,
    callsPerDay: 0,
    city: "",
    daysOff: [],
    workingDays: [],
    capacity,
  };
}

export function selectTargets(input: TargetingInput): TargetingResult {
  const { doctors: records, cuts, settings, targetScore, lang } = input;
  const months = input.months ?? 1;
  const n = records.length;
  const team = input.team ?? {
    reps: [singleRep(input.capacity ?? 0)],
    doctorRep: new Int32Array(n),
    unassigned: [],
  };
  const pool = candidateQuadrants(settings);
  const rankOf = new Map<Quadrant, number>(pool.map((q, i) => [q, i]));
  const llFillOnly = !settings.targeting.quadrants.includes("LL");
  // Sort keys in typed arrays: the comparator runs millions of times.
  const rank = new Int32Array(n).fill(-1);
  const score = new Float64Array(n);
  const bonus = new Uint8Array(n);
  const potential = new Float64Array(n);
  const calls = new Float64Array(n);
  // Volume > 0, read by the shares for every candidate: a byte here, not a record per look.
  const prescribes = new Uint8Array(n);
  const buf = new Float64Array(targetScore.variables.length);
  const slots = Int8Array.from(targetScore.variables, (v) => DOCTOR_VARIABLES.indexOf(v as DoctorVariable));
  const results = new Array<DoctorResult>(n);
  const notTargeted = phrase("notTargetQuadrant", lang);
  const noQuadrant = phrase("noQuadrant", lang);
  const noHeadroom = phrase("noHeadroom", lang);
  const noRep = phrase("noRep", lang);
  const notFiniteReason = phrase("scoreNotFinite", lang);
  const scoreIssues: Issue[] = [];
  const targeted = new Set(settings.targeting.quadrants);
  const pinned = new Uint8Array(n);
  const answers = input.feedback && input.feedback.size > 0 ? input.feedback : null;
  const said = overrideWords(lang);
  let callsWanted = 0;
  const words = shareWords(lang, settings.targeting.minTargets);
  const beyondReason = pool.map((q) => words.beyond(q));

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
    prescribes[i] = (rec.volume ?? 0) > 0 ? 1 : 0;
    calls[i] = Math.max(0, Math.floor(callsFor(quadrant, settings) * months));
    const repIndex = team.doctorRep[i];
    let rule: TargetRule = notFinite ? "score-not-finite" : "no-quadrant";
    let reason = notFinite ? notFiniteReason : noQuadrant;
    if (quadrant !== null && !notFinite) {
      const r = rankOf.get(quadrant);
      const noRoom = quadrant === "LL" && (head === null || head <= 0);
      if (r !== undefined && !(quadrant === "LL" && llFillOnly && noRoom)) {
        rank[i] = r;
        rule = "beyond-share";
        // Until the shares place them: most candidates of a big territory stay here.
        reason = beyondReason[r];
      } else {
        rule = noRoom ? "no-headroom" : "not-targeted";
        reason = noRoom ? noHeadroom : notTargeted;
      }
      if (targeted.has(quadrant)) callsWanted += calls[i];
    }
    if (repIndex < 0 && rank[i] >= 0) {
      rank[i] = -1;
      rule = "no-rep";
      reason = noRep;
    }
    // Issue 16: a person's decision comes before the rules; the manager's before the rep's.
    const note = answers ? (answers.get(i) ?? null) : null;
    // Most doctors have no one's decision: no object per doctor then (1M in the benchmark).
    const decided =
      (rec.override ?? null) === null && note === null
        ? UNDECIDED
        : decide(rec.override ?? null, rec.overrideReason ?? "", note);
    // callsWanted stays SPEC §8's: every doctor of the target quadrants, whoever decided.
    if (decided.override === "pinned") {
      if (quadrant === null || notFinite || calls[i] === 0)
        calls[i] = Math.max(0, Math.floor(callsFor(quadrant ?? "LL", settings) * months));
      if (repIndex >= 0) {
        pinned[i] = 1;
        rule = "pinned";
        reason = said.pinned(rec.overrideReason ?? "", note);
      } else reason = `${reason} · ${said.pinned(rec.overrideReason ?? "", null)}`;
    } else if (decided.override !== null) {
      rank[i] = -1;
      rule = decided.override === "excluded" ? "manager-excluded" : "feedback-removed";
      reason =
        decided.override === "excluded"
          ? said.excluded(rec.overrideReason ?? "")
          : said.removed(note?.reason ?? "");
    }
    results[i] = {
      record: rec,
      rep: repIndex >= 0 ? team.reps[repIndex].name : null,
      quadrant,
      headroom: head,
      score: s,
      target: false,
      priority: null,
      callsPerMonth: 0,
      callsInCycle: 0,
      targetRx: null,
      rule,
      reason,
      override: decided.override,
      overrideReason: decided.reason,
      feedback: note,
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

  // Doctors grouped by rep (a counting sort), so each rep is planned on its own.
  const reps = team.reps;
  const start = new Int32Array(reps.length + 1);
  for (let i = 0; i < n; i++) if (team.doctorRep[i] >= 0) start[team.doctorRep[i] + 1]++;
  for (let r = 0; r < reps.length; r++) start[r + 1] += start[r];
  const members = new Int32Array(start[reps.length]);
  const fillAt = start.slice(0, reps.length);
  for (let i = 0; i < n; i++) {
    const r = team.doctorRep[i];
    if (r >= 0) members[fillAt[r]++] = i;
  }
  // The selection's keys for sortHeadByScore, shared by every bucket (grown to the largest).
  let scratch = new Float64Array(0);
  const order = (b: ShareBucket, k: number): number => {
    if (scratch.length < b.members.length) scratch = new Float64Array(b.members.length);
    return sortHeadByScore(b.members, score, compare, k, scratch);
  };
  const otherShares = QUADRANTS.filter((q) => !rankOf.has(q)).reduce(
    (t, q) => t + settings.targeting.shares[q],
    0,
  );

  const issues: Issue[] = scoreIssues;
  const targets: DoctorResult[] = [];
  const repSummaries: RepSummary[] = [];
  for (let r = 0; r < reps.length; r++) {
    const rep = reps[r];
    const buckets: ShareBucket[] = pool.map((q) => ({
      quadrant: q,
      share: settings.targeting.shares[q],
      members: [],
    }));
    const hospitals = new Set<string>();
    let lastHospital: string | null = null;
    const pins: number[] = [];
    let excluded = 0;
    let feedbackRemoved = 0;
    // The rep's candidates: what they want and the Rx they write, before any is placed.
    let wanted = 0;
    let candidateRx = 0;
    let candidates = 0;
    for (let m = start[r]; m < start[r + 1]; m++) {
      const i = members[m];
      // A rep's doctors come hospital by hospital: add each name once, not per doctor.
      const hospital = records[i].hospital;
      if (hospital !== lastHospital) {
        hospitals.add(hospital);
        lastHospital = hospital;
      }
      if (pinned[i]) pins.push(i);
      else if (rank[i] >= 0) {
        buckets[rank[i]].members.push(i);
        wanted += calls[i];
        candidateRx += Math.max(0, records[i].volume ?? 0);
        candidates++;
      } else if (results[i].rule === "manager-excluded") excluded++;
      else if (results[i].rule === "feedback-removed") feedbackRemoved++;
    }
    pins.sort(compare);
    // Pins come first in the rep's capacity; the shares share out what they leave.
    let pinCalls = 0;
    let pinPrescribing = 0;
    for (const i of pins) {
      pinCalls += calls[i];
      if ((records[i].volume ?? 0) > 0) pinPrescribing++;
    }
    const shareCapacity = Math.max(0, rep.capacity - pinCalls);
    // Only the head of each bucket can be reached by a capacity of calls: order
    // that head (a rep with 1M candidates sorts a few hundred), and a longer
    // one only if the rules look past it (below).
    // A bucket's candidates all want their quadrant's calls, so the capacity
    // reaches fewer of those that want more (HH at 4 a month: a quarter).
    const slack = settings.targeting.minTargets + 16;
    const heads = buckets.map((b) => {
      const each = Math.max(0, Math.floor(callsFor(b.quadrant, settings) * months));
      return (each > 0 ? Math.floor(shareCapacity / each) : b.members.length) + slack;
    });
    buckets.forEach((b, j) => (b.sorted = order(b, heads[j])));
    const shareInput = {
      capacity: shareCapacity,
      buckets,
      otherShares,
      calls,
      prescribing: (i: number) => prescribes[i] === 1,
      minPrescribing: Math.max(0, settings.targeting.minTargets - pinPrescribing),
    };
    let outcome = fillShares(shareInput);
    // Each try orders 4× longer heads, until a bucket is whole: the outcome is then a full sort's.
    while (outcome.unordered) {
      buckets.forEach((b, j) => {
        heads[j] *= 4;
        b.sorted = order(b, heads[j]);
      });
      outcome = fillShares(shareInput);
    }
    const chosen: number[] = [];
    let workload = 0;
    let targetsRx = 0;
    let chosenRx = 0;
    let prescribingTargets = 0;
    wanted += pinCalls;
    for (const i of pins) {
      const d = results[i];
      d.target = true;
      d.callsPerMonth = d.quadrant ? callsFor(d.quadrant, settings) : callsFor("LL", settings);
      d.callsInCycle = fieldNumber(calls[i]);
      workload += calls[i];
      targetsRx += d.record.volume ?? 0;
      if ((d.record.volume ?? 0) > 0) prescribingTargets++;
    }
    if (pinCalls > rep.capacity)
      issues.push({
        code: "pins-over-capacity",
        severity: "warning",
        sheet: "",
        row: null,
        column: "",
        value: String(pinCalls),
        params: {
          ...(rep.name ? { rep: rep.name } : {}),
          pinned: pins.length,
          calls: pinCalls,
          capacity: rep.capacity,
          over: pinCalls - rep.capacity,
        },
      });
    // Every doctor the rules placed or swapped out lies in its bucket's ordered
    // head; the others keep the beyond-share rule they were given above.
    for (const b of buckets) {
      const budget = outcome.budget.get(b.quadrant) ?? 0;
      const reach = b.sorted ?? b.members.length;
      for (let k = 0; k < reach; k++) {
        const i = b.members[k];
        const rule = outcome.rules.get(i);
        if (rule === undefined) continue;
        const d = results[i];
        d.rule = rule;
        d.reason = words.reason(rule, b, k + 1, budget, bonus[i]);
        if (rule === "share" || rule === "flow" || rule === "swap-in") {
          d.target = true;
          d.callsPerMonth = callsFor(d.quadrant, settings);
          d.callsInCycle = fieldNumber(calls[i]);
          chosen.push(i);
          workload += calls[i];
          targetsRx += d.record.volume ?? 0;
          chosenRx += Math.max(0, d.record.volume ?? 0);
          if ((d.record.volume ?? 0) > 0) prescribingTargets++;
        }
      }
    }
    const dropped = candidates - chosen.length;
    const volumeAtRisk = candidateRx - chosenRx;
    chosen.sort(compare);
    [...pins, ...chosen].forEach((i, k) => {
      results[i].priority = k + 1;
      targets.push(results[i]);
    });
    const label = rep.name ?? "";
    if (dropped > 0)
      issues.push(
        runIssue("capacity-exceeded", wanted, { capacity: rep.capacity, workload: wanted, dropped }, label),
      );
    if (prescribingTargets < settings.targeting.minTargets && start[r + 1] > start[r])
      issues.push(
        runIssue(
          "few-targets",
          prescribingTargets,
          {
            count: prescribingTargets,
            min: settings.targeting.minTargets,
            available: outcome.prescribingCandidates + pinPrescribing,
          },
          label,
        ),
      );
    repSummaries.push({
      name: rep.name,
      city: rep.city,
      callsPerDay: rep.callsPerDay,
      workingDays: rep.workingDays.length,
      daysOff: rep.daysOff,
      capacity: rep.capacity,
      workload,
      hospitals: hospitals.size,
      doctors: start[r + 1] - start[r],
      targets: chosen.length + pins.length,
      prescribingTargets,
      targetsRx,
      volumeAtRisk,
      dropped,
      pinned: pins.length,
      excluded,
      feedbackRemoved,
    });
  }

  const sum = (f: (s: RepSummary) => number) => repSummaries.reduce((t, s) => t + f(s), 0);
  const capacity = sum((s) => s.capacity);
  return {
    doctors: results,
    targets,
    others: [],
    summary: {
      capacity,
      workload: sum((s) => s.workload),
      targets: targets.length,
      prescribingTargets: sum((s) => s.prescribingTargets),
      dropped: sum((s) => s.dropped),
      months,
      callsWanted,
      repsNeeded: repsNeeded(callsWanted, reps.length > 0 ? capacity / reps.length : 0),
      volumeAtRisk: sum((s) => s.volumeAtRisk),
      reps: repSummaries,
      unassignedHospitals: team.unassigned.map((u) => ({ ...u })),
    },
    issues,
  };
}

/**
 * Puts the `k` first members (by `compare`) in order at the front, the rest
 * after them in any order (quickselect, then a sort of the head); returns how
 * many lead in order. Small or nearly whole arrays are simply sorted.
 */
export function sortHead(members: number[], compare: (a: number, b: number) => number, k: number): number {
  const n = members.length;
  if (k >= n || n <= 2048 || k * 4 >= n) {
    members.sort(compare);
    return n;
  }
  let lo = 0;
  let hi = n - 1;
  // Deterministic pivots (median of three): the same input always gives the same plan.
  while (hi > lo) {
    const mid = lo + ((hi - lo) >> 1);
    const a = members[lo];
    const b = members[mid];
    const c = members[hi];
    const pivot =
      compare(a, b) < 0
        ? compare(b, c) < 0
          ? b
          : compare(a, c) < 0
            ? c
            : a
        : compare(a, c) < 0
          ? a
          : compare(b, c) < 0
            ? c
            : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(members[i], pivot) < 0) i++;
      while (compare(members[j], pivot) > 0) j--;
      if (i <= j) {
        const t = members[i];
        members[i] = members[j];
        members[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  const headPart = members.slice(0, k).sort(compare);
  for (let t = 0; t < k; t++) members[t] = headPart[t];
  return k;
}

/**
 * sortHead for one bucket, whose members share a rank so that `compare`
 * orders them by `score` (descending) first: the k-th best score is selected
 * from a typed copy (no comparator calls), every member scoring at least that
 * leads, and only they are sorted with `compare` — a few hundred where a rep
 * has thousands of candidates. Returns how many lead in order (k or more).
 */
export function sortHeadByScore(
  members: number[],
  score: Float64Array,
  compare: (a: number, b: number) => number,
  k: number,
  scratch?: Float64Array,
): number {
  const n = members.length;
  if (k >= n || n <= 64) {
    members.sort(compare);
    return n;
  }
  const keys = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const v = score[members[m]];
    // NaN is not ordered by score: the comparator alone decides then.
    if (v !== v) return sortHead(members, compare, k);
    keys[m] = v;
  }
  const cut = selectRank(keys, n - k);
  // A member below the cut scores less than every leading one: it comes after
  // them all. The rest are packed in place, then moved up behind the lead.
  const lead: number[] = [];
  let w = 0;
  for (let m = 0; m < n; m++) {
    const i = members[m];
    if (score[i] >= cut) lead.push(i);
    else members[w++] = i;
  }
  for (let m = w - 1; m >= 0; m--) members[m + lead.length] = members[m];
  lead.sort(compare);
  for (let m = 0; m < lead.length; m++) members[m] = lead[m];
  return lead.length;
}

/** SPEC §8: ⌈calls wanted ÷ mean rep capacity⌉; worked: 1,398 wanted, reps of 168 → 9. */
export function repsNeeded(callsWanted: number, meanRepCapacity: number): number {
  if (!(meanRepCapacity > 0)) return 0;
  return Math.ceil(callsWanted / meanRepCapacity - 1e-9);
}

function runIssue(
  code: "capacity-exceeded" | "few-targets",
  value: number,
  params: Record<string, number>,
  rep: string,
): Issue {
  return {
    code,
    severity: "warning",
    sheet: "",
    row: null,
    column: "",
    value: String(value),
    params: rep === "" ? params : { ...params, rep },
  };
}

/** The reason texts of SPEC §5: "HH 份额 40%（67 次）第 12 位", "换入：保证 30 位有处方目标", "超出 LH 份额". */
function shareWords(lang: Lang, minTargets: number) {
  const conversion = ` · ${phrase("conversion", lang)}`;
  const swapIn = phrase("swapIn", lang).replace("{n}", String(minTargets));
  const swapOut = phrase("swapOut", lang).replace("{n}", String(minTargets));
  const beyond = phrase("beyondShare", lang);
  const flowed = phrase("flowed", lang);
  return {
    reason(rule: TargetRule, b: ShareBucket, k: number, budget: number, bonus: number): string {
      const q = b.quadrant;
      const tail = bonus ? conversion : "";
      switch (rule) {
        case "share":
          return (
            (lang === "zh"
              ? `${q} 份额 ${b.share}%（${budget} 次）第 ${k} 位`
              : `${q} share ${b.share}% (${budget} calls), #${k}`) + tail
          );
        case "flow":
          return (lang === "zh" ? `${q} 第 ${k} 位，${flowed}` : `${q} #${k}, ${flowed}`) + tail;
        case "swap-in":
          return swapIn + tail;
        case "swap-out":
          return swapOut;
        default:
          return beyond.replace("{q}", q);
      }
    },
    /** The reason of a candidate the shares did not reach. */
    beyond(q: Quadrant): string {
      return beyond.replace("{q}", q);
    },
  };
}

const UNDECIDED: { override: DoctorResult["override"]; reason: string | null } = {
  override: null,
  reason: null,
};

/**
 * Who decides (issue 16): the manager's 目标调整 first (必选 pins, 排除
 * excludes), then the rep's 移除. A rep's 保留 changes nothing but is kept
 * as a note; a rep's 移除 on a doctor the manager pinned is overruled.
 */
function decide(
  override: "pin" | "exclude" | null,
  managerReason: string,
  note: RepFeedbackNote | null,
): { override: DoctorResult["override"]; reason: string | null } {
  const text = (s: string | undefined) => (s && s.trim() !== "" ? s.trim() : null);
  if (override === "pin") return { override: "pinned", reason: text(managerReason) };
  if (override === "exclude") return { override: "excluded", reason: text(managerReason) };
  if (note?.feedback === "remove") return { override: "feedback-removed", reason: text(note.reason) };
  return { override: null, reason: null };
}

/** "经理指定：科主任，必须覆盖", "经理排除：即将退休", "代表移除：…" (and English). */
function overrideWords(lang: Lang) {
  const withReason = (head: string, reason: string) => {
    const r = reason.trim();
    return r === "" ? head : `${head}${lang === "zh" ? "：" : ": "}${r}`;
  };
  return {
    pinned(reason: string, note: RepFeedbackNote | null): string {
      const text = withReason(phrase("managerPinned", lang), reason);
      return note?.feedback === "remove" ? `${text} · ${phrase("feedbackOverruled", lang)}` : text;
    },
    excluded: (reason: string) => withReason(phrase("managerExcluded", lang), reason),
    removed: (reason: string) => withReason(phrase("repRemoved", lang), reason),
  };
}
