/**
 * One rep's capacity shared out by quadrant (SPEC §5), then the
 * 30-prescribing rule.
 *
 * 1. Each quadrant's share is ⌊capacity × share %⌋ calls, filled in score
 *    order while the next doctor's calls fit. Worked: capacity 168, HH 40 % =
 *    67 calls → 16 HH doctors at 4 calls (64), 3 left.
 * 2. What a share leaves flows to the next quadrant in priority order; what
 *    is still left (with the shares of quadrants not taking part and the
 *    calls lost to rounding) goes to any quadrant with candidates left, in
 *    priority order.
 * 3. While fewer than min(minPrescribing, prescribing candidates) targets
 *    prescribe, the highest-priority prescribing candidate comes in, on spare
 *    calls or in place of the lowest-priority non-prescribing targets.
 *    Calls freed and not used by a swap are offered again as in step 2.
 */
import type { TargetRule } from "../results";
import type { Quadrant } from "../settings";

export interface ShareBucket {
  quadrant: Quadrant;
  /** Percent of the capacity. */
  share: number;
  /** Candidate doctors (indices), best first — at least the first `sorted` of them. */
  members: number[];
  /**
   * How many leading members are in order (default: all). The rest may be in
   * any order: when the rules need to look past the ordered part, the outcome
   * says so (`unordered`) and the caller sorts fully and asks again.
   */
  sorted?: number;
}

export interface ShareInput {
  capacity: number;
  /** In priority order. */
  buckets: readonly ShareBucket[];
  /** Percent held by quadrants with no bucket: it flows on. */
  otherShares: number;
  /** Calls in the cycle per doctor index. */
  calls: ArrayLike<number>;
  prescribing: (doctor: number) => boolean;
  minPrescribing: number;
}

export interface ShareOutcome {
  /** The rule of each doctor placed or swapped out; the others are beyond their share. */
  rules: Map<number, TargetRule>;
  /** Calls of each quadrant's share. */
  budget: Map<Quadrant, number>;
  /** Prescribing candidates among the buckets' members. */
  prescribingCandidates: number;
  /** Calls left unused. */
  spare: number;
  /** The rules looked past some bucket's ordered part: the outcome is not valid; sort fully and call again. */
  unordered: boolean;
}

export function fillShares(input: ShareInput): ShareOutcome {
  const { buckets, calls } = input;
  const capacity = Math.max(0, Math.floor(input.capacity));
  const rules = new Map<number, TargetRule>();
  const budget = new Map<Quadrant, number>();
  const pos = buckets.map(() => 0);
  const orderedUpTo = buckets.map((b) => b.sorted ?? b.members.length);
  let unordered = false;
  let prescribingTaken = 0;
  const take = (j: number, rule: TargetRule): void => {
    const i = buckets[j].members[pos[j]++];
    rules.set(i, rule);
    if (input.prescribing(i)) prescribingTaken++;
  };
  /** Takes bucket j's next members while they fit in `room`; returns what is left. */
  const offer = (j: number, room: number, rule: TargetRule): number => {
    const m = buckets[j].members;
    let left = room;
    while (pos[j] < m.length) {
      if (pos[j] >= orderedUpTo[j]) {
        unordered = true;
        return left;
      }
      const i = m[pos[j]];
      if (rules.has(i)) {
        pos[j]++;
        continue;
      }
      if (calls[i] > left) break;
      left -= calls[i];
      take(j, rule);
    }
    return left;
  };

  let allotted = 0;
  const left = buckets.map((b, j) => {
    const calls = Math.floor((capacity * b.share) / 100);
    budget.set(b.quadrant, calls);
    allotted += calls;
    return offer(j, calls, "share");
  });
  const other = Math.floor((capacity * input.otherShares) / 100);
  const rounding = Math.max(0, capacity - allotted - other);

  let carry = 0;
  for (let j = 0; j < buckets.length; j++) {
    carry += left[j];
    if (j + 1 < buckets.length) carry = offer(j + 1, carry, "flow");
  }
  carry += other + rounding;
  const sweep = (): void => {
    for (let j = 0; j < buckets.length; j++) carry = offer(j, carry, "flow");
  };
  sweep();

  let prescribingCandidates = 0;
  for (const b of buckets) for (const i of b.members) if (input.prescribing(i)) prescribingCandidates++;
  const goal = Math.min(input.minPrescribing, prescribingCandidates);
  if (unordered) return { rules, budget, prescribingCandidates, spare: carry, unordered };
  if (prescribingTaken < goal) {
    // Prescribing candidates not taken, best first; only the first few are ever used.
    function* incoming(): Generator<number> {
      for (let j = 0; j < buckets.length; j++) {
        const m = buckets[j].members;
        for (let k = 0; k < m.length; k++) {
          if (rules.has(m[k]) || !input.prescribing(m[k])) continue;
          if (k >= orderedUpTo[j]) {
            unordered = true;
            return;
          }
          yield m[k];
        }
      }
    }
    const outgoing: number[] = [];
    for (let j = buckets.length - 1; j >= 0; j--) {
      const m = buckets[j].members;
      for (let k = m.length - 1; k >= 0; k--) {
        const rule = rules.get(m[k]);
        if ((rule === "share" || rule === "flow") && !input.prescribing(m[k])) outgoing.push(m[k]);
      }
    }
    let out = 0;
    for (const i of incoming()) {
      if (prescribingTaken >= goal) break;
      const from = out;
      while (carry < calls[i] && out < outgoing.length) carry += calls[outgoing[out++]];
      if (carry < calls[i]) {
        // Not even every non-prescribing target makes room: keep them.
        for (let k = from; k < out; k++) carry -= calls[outgoing[k]];
        out = from;
        break;
      }
      for (let k = from; k < out; k++) rules.set(outgoing[k], "swap-out");
      rules.set(i, "swap-in");
      carry -= calls[i];
      prescribingTaken++;
    }
    sweep();
  }
  return { rules, budget, prescribingCandidates, spare: carry, unordered };
}
