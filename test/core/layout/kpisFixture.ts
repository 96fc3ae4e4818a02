/** A measured cycle in the shape the KPIs layout takes, with named reps or without rep data. */
import type { DoctorStatus } from "../../../src/core/fields";
import { kpisOf, migrationMatrix, STATUS_ORDER, type KpiCounts } from "../../../src/core/measure/kpis";
import type { MeasureResult } from "../../../src/core/measure/measure";
import { QUADRANTS, type Quadrant } from "../../../src/core/settings";

function counts(plannedCalls: number, actualCalls: number): KpiCounts {
  return {
    targets: 10,
    plannedCalls,
    actualCalls,
    reachedTargets: 8,
    objectivesMet: 3,
    rxThen: 100,
    rxNow: 110,
    hospitals: 4,
    coveredHospitals: 3,
    prescribingTargets: 6,
    rx: 300,
    quota: null,
  };
}

/** Quadrant moves: 3 LH → HH, 1 HH → HH, 2 HL → LL; status moves: 2 未用 → 保守, 1 二线 → 首选. */
export const QUADRANT_MOVES: [Quadrant, Quadrant][] = [
  ["LH", "HH"],
  ["LH", "HH"],
  ["LH", "HH"],
  ["HH", "HH"],
  ["HL", "LL"],
  ["HL", "LL"],
];
export const STATUS_MOVES: [DoctorStatus, DoctorStatus][] = [
  ["not-using", "conservative"],
  ["not-using", "conservative"],
  ["second-line", "first-line"],
];

/** reps: [name, planned, actual]; an empty list gives the single unnamed rep of a plan without rep data. */
export function measured(reps: [string, number, number][]): MeasureResult {
  const list = reps.length > 0 ? reps : ([["", 160, 120]] as [string, number, number][]);
  const planned = list.reduce((s, r) => s + r[1], 0);
  const actual = list.reduce((s, r) => s + r[2], 0);
  return {
    cycle: { start: "2026-09-01", end: "2026-09-30" },
    targets: [],
    kpis: {
      team: kpisOf(counts(planned, actual)),
      reps: list.map(([name, p, a]) => ({ name, ...kpisOf(counts(p, a)) })),
    },
    migration: {
      quadrant: migrationMatrix(
        QUADRANTS,
        QUADRANT_MOVES.map(([then, now]) => ({ then, now })),
      ),
      status: migrationMatrix(
        STATUS_ORDER,
        STATUS_MOVES.map(([then, now]) => ({ then, now })),
      ),
    },
    quotaCoverage: [],
  };
}
