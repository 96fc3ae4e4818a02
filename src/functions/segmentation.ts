/**
 * TIER, CUTOFF, QUADRANT and STAGE over ranges (SPEC §2, §4), each a call of
 * the engine's method in src/core/method.
 */
import type { Field, FieldKind, Role } from "../core/fields";
import { fieldSpec } from "../core/input/fieldSpecs";
import { foldKey } from "../core/input/chars";
import { parseNumber } from "../core/input/numbers";
import type { Lang } from "../core/issues";
import { PHRASES, quadrantName, stageName } from "../core/labels";
import { cutoff, type CutoffRule } from "../core/method/cutoff";
import { quadrantOf } from "../core/method/quadrant";
import { stageOf } from "../core/method/stage";
import { hospitalTier } from "../core/method/tier";
import { DEFAULT_SETTINGS, type CutoffMethod, type Settings } from "../core/settings";
import { readNumber, readNumberList, readNumberOr } from "./args";
import { badArgument, problem } from "./errors";
import {
  cellsOf,
  isErrorCell,
  isOmitted,
  optionValue,
  refuseErrorCell,
  spill,
  whole,
  type CellInput,
  type Grid,
  type ResultGrid,
} from "./grid";
import { displayLang, labelMode } from "./lang";

/** How the engine reads a field's column (count, money, rate …). */
function kindOf(role: Role, field: Field): FieldKind {
  return fieldSpec(role, field)?.kind ?? "amount";
}

/** Looked up once: a 100,000-row call reads every cell with these. */
const KIND = {
  beds: kindOf("hospitals", "beds"),
  dailyOutpatients: kindOf("hospitals", "dailyOutpatients"),
  monthlyPurchase: kindOf("hospitals", "monthlyPurchase"),
  hospitalVolume: kindOf("hospitals", "hospitalVolume"),
  classShare: kindOf("hospitals", "classShare"),
  volume: kindOf("doctors", "volume"),
  potential: kindOf("doctors", "potential"),
};

// ---- TIER ----------------------------------------------------------------

/** Six numbers, row by row: beds A, B; outpatients A, B; purchase A, B (a 3×2 range). */
function tierSettings(thresholds: Grid | null | undefined): Pick<Settings, "tiers"> {
  if (isOmitted(thresholds)) return DEFAULT_SETTINGS;
  const n = readNumberList(thresholds, "money", "thresholds");
  if (n.length !== 6 || n[0] < n[1] || n[2] < n[3] || n[4] < n[5]) {
    throw badArgument("thresholds", cellsOf(thresholds).join(", "), "3 × 2: A ≥ B");
  }
  return {
    tiers: {
      beds: { A: n[0], B: n[1] },
      dailyOutpatients: { A: n[2], B: n[3] },
      monthlyPurchase: { A: n[4], B: n[5] },
    },
  };
}

export function tierCells(
  beds: Grid,
  outpatients: Grid,
  purchase: Grid,
  thresholds?: Grid | null,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () => {
    const settings = tierSettings(thresholds);
    return spill([beds, outpatients, purchase], lang, ([b, o, p]) => {
      const verdict = hospitalTier(
        {
          beds: readNumber(b, KIND.beds, "beds"),
          dailyOutpatients: readNumber(o, KIND.dailyOutpatients, "outpatients"),
          monthlyPurchase: readNumber(p, KIND.monthlyPurchase, "purchase"),
        },
        settings,
      );
      if (verdict.tier === null) throw problem("na", "no-tier-criteria", "beds", "");
      return verdict.tier;
    });
  });
}

// ---- CUTOFF --------------------------------------------------------------

type RangeMethod = Exclude<CutoffMethod, "fixed">;

/** Method names as the settings and the Segmentation sheet spell them, in both languages. */
const METHODS: ReadonlyMap<string, RangeMethod> = new Map(
  (["median", "mean", "percentile"] as const).flatMap((m): [string, RangeMethod][] => [
    [m, m],
    [foldKey(PHRASES[m].zh), m],
    [foldKey(PHRASES[m].en), m],
  ]),
);

function cutoffMethod(raw: CellInput): RangeMethod {
  refuseErrorCell(raw);
  if (raw === null || raw === undefined || raw === "") return "median";
  const method = typeof raw === "string" ? METHODS.get(foldKey(raw)) : undefined;
  if (!method) throw badArgument("method", raw, "median, percentile, mean");
  return method;
}

/**
 * The numbers of a range as the engine reads a column: text numbers count,
 * blanks, other text and error cells are left out (as MEDIAN leaves out text).
 */
export function columnNumbers(grid: Grid | null | undefined): (number | null)[] {
  const out: (number | null)[] = [];
  if (isOmitted(grid)) return out;
  for (const row of grid) {
    for (const raw of row) {
      if (raw === undefined || isErrorCell(raw)) {
        out.push(null);
        continue;
      }
      const read = parseNumber(raw, "key");
      out.push(read.ok ? read.value : null);
    }
  }
  return out;
}

export function cutoffCells(values: Grid, method?: Grid | null, p?: Grid | null): ResultGrid {
  const lang = displayLang();
  return whole(lang, () => {
    const numbers = columnNumbers(values);
    return spill([method, p], lang, ([m, pct]) => {
      const rule: CutoffRule = {
        method: cutoffMethod(m),
        // p may be 0.9, 90% or 90: read as a rate, as the engine reads a percent column.
        percentile: readNumberOr(pct, "rate", "p", DEFAULT_SETTINGS.cutoff.percentile / 100) * 100,
        fixed: null,
      };
      const value = cutoff(numbers, rule);
      if (value === null) throw problem("na", "missing-value", "values", "");
      return value;
    });
  });
}

// ---- QUADRANT ------------------------------------------------------------

const MEDIAN: CutoffRule = { method: "median", percentile: 50, fixed: null };

/** The given cut, or the median of the whole range when the cut is omitted. */
function cutOrMedian(cut: Grid | null | undefined, range: Grid): Grid {
  if (!isOmitted(cut)) return cut;
  return [[cutoff(columnNumbers(range), MEDIAN)]];
}

export function quadrantCells(
  volume: Grid,
  potential: Grid,
  volumeCut?: Grid | null,
  potentialCut?: Grid | null,
  labels?: Grid | null,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () => {
    const mode = labelMode(optionValue(labels), lang);
    const vCut = cutOrMedian(volumeCut, volume);
    const pCut = cutOrMedian(potentialCut, potential);
    return spill([volume, potential, vCut, pCut], lang, ([v, pt, vc, pc]) => {
      const volumeCutValue = readNumber(vc, "key", "volumeCut");
      const potentialCutValue = readNumber(pc, "key", "potentialCut");
      if (volumeCutValue === null || potentialCutValue === null) return "";
      const q = quadrantOf(
        readNumber(v, KIND.volume, "volume"),
        readNumber(pt, KIND.potential, "potential"),
        {
          volume: volumeCutValue,
          potential: potentialCutValue,
        },
      );
      if (q === null) return "";
      return mode === "code" ? q : quadrantName(q, mode);
    });
  });
}

// ---- STAGE ---------------------------------------------------------------

export function stageCells(
  ourVolume: Grid,
  share: Grid,
  stableShare?: Grid | null,
  labels?: Grid | null,
): ResultGrid {
  const lang: Lang = displayLang();
  return whole(lang, () => {
    const mode = labelMode(optionValue(labels), lang);
    return spill([ourVolume, share, stableShare], lang, ([v, s, st]) => {
      const stage = stageOf(
        readNumber(v, KIND.hospitalVolume, "ourVolume"),
        readNumber(s, KIND.classShare, "share"),
        {
          stage: { stableShare: readNumberOr(st, "rate", "stableShare", DEFAULT_SETTINGS.stage.stableShare) },
        },
      );
      if (stage === null) return "";
      return mode === "code" ? stage : stageName(stage, mode);
    });
  });
}
