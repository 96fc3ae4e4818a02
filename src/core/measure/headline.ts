/**
 * What a summary says about the measured cycle (CLI, task pane): the team's
 * KPIs, the reps furthest behind on call attainment, and next month's quota
 * coverage summed over the reps that have a quota. Hosts only word it.
 */
import type { Kpis, QuotaCoverage } from "./kpis";
import type { MeasureResult } from "./measure";

export interface MeasureHeadline {
  cycle: { start: string; end: string };
  team: Kpis;
  /** Lowest call attainment first; only when there are several reps. */
  behind: (Kpis & { name: string })[];
  /** Next month's quota, expected Rx and gap over the reps with a quota; null when none has. */
  nextQuota: Pick<QuotaCoverage, "quota" | "expected" | "gap"> | null;
}

export function measureHeadline(m: MeasureResult, shown = 3): MeasureHeadline {
  const reps = m.kpis.reps.filter((k) => k.name !== "" && k.targets > 0);
  const behind =
    reps.length > 1
      ? [...reps]
          .sort((a, b) => (a.callAttainment ?? 0) - (b.callAttainment ?? 0) || a.name.localeCompare(b.name))
          .slice(0, shown)
      : [];
  const withQuota = m.quotaCoverage.filter((c) => c.quota !== null);
  const quota = withQuota.reduce((s, c) => s + (c.quota ?? 0), 0);
  const expected = withQuota.reduce((s, c) => s + c.expected, 0);
  return {
    cycle: m.cycle,
    team: m.kpis.team,
    behind,
    nextQuota: withQuota.length === 0 ? null : { quota, expected, gap: Math.max(0, quota - expected) },
  };
}

/** A ratio as "75.0%", or "—" when it has no denominator. */
export function percentText(r: number | null): string {
  return r === null ? "—" : `${(r * 100).toFixed(1)}%`;
}
