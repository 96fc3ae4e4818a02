/**
 * Hospital tier (SPEC §2). Each present criterion gives a tier; the hospital
 * gets the best tier that a majority (⌈k/2⌉ of its k present criteria) reach,
 * so one outlier neither lifts nor sinks a hospital.
 */
import type { Settings, Tier, TierCut } from "../settings";

export const TIERS: readonly Tier[] = ["A", "B", "C"];

/** Tier of one criterion value: ≥ A → A, ≥ B → B, else C; missing → null. */
export function tierOf(value: number | null | undefined, cut: TierCut): Tier | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (value >= cut.A) return "A";
  if (value >= cut.B) return "B";
  return "C";
}

export interface TierCriteria {
  beds: number | null;
  dailyOutpatients: number | null;
  monthlyPurchase: number | null;
}

export interface TierVerdict {
  tier: Tier | null;
  criteria: { beds: Tier | null; dailyOutpatients: Tier | null; monthlyPurchase: Tier | null };
  /** Criteria present (k) and how many reach the chosen tier or better. */
  present: number;
  reaching: number;
}

/** Combines per-criterion tiers by the majority rule; no tier when none is present. */
export function combineTiers(tiers: readonly (Tier | null)[]): {
  tier: Tier | null;
  present: number;
  reaching: number;
} {
  const present = tiers.filter((t): t is Tier => t !== null);
  if (present.length === 0) return { tier: null, present: 0, reaching: 0 };
  const need = Math.ceil(present.length / 2);
  for (let i = 0; i < TIERS.length; i++) {
    // "reach T" = tier T or better, i.e. an index ≤ i in A, B, C.
    const reaching = present.filter((t) => TIERS.indexOf(t) <= i).length;
    if (reaching >= need) return { tier: TIERS[i], present: present.length, reaching };
  }
  // Unreachable: every present criterion reaches C.
  return { tier: "C", present: present.length, reaching: present.length };
}

/** The hospital's tier from beds, daily outpatients and monthly purchase (元). */
export function hospitalTier(criteria: TierCriteria, settings: Pick<Settings, "tiers">): TierVerdict {
  const perCriterion = {
    beds: tierOf(criteria.beds, settings.tiers.beds),
    dailyOutpatients: tierOf(criteria.dailyOutpatients, settings.tiers.dailyOutpatients),
    monthlyPurchase: tierOf(criteria.monthlyPurchase, settings.tiers.monthlyPurchase),
  };
  const combined = combineTiers([
    perCriterion.beds,
    perCriterion.dailyOutpatients,
    perCriterion.monthlyPurchase,
  ]);
  return { ...combined, criteria: perCriterion };
}

/** Market value of the class in a hospital = monthlyPurchase × classShare (元). */
export function classMarketValue(monthlyPurchase: number | null, classShare: number | null): number | null {
  if (monthlyPurchase === null || classShare === null) return null;
  return monthlyPurchase * classShare;
}
