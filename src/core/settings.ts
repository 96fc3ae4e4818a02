/**
 * One typed settings object (CONVENTIONS habit 9). Defaults are SPEC.md's
 * [default] values. Validation lives in settingsValidate.ts; the object is
 * saved in the workbook (and read from a CLI --config JSON file).
 */
import type { Field, Role } from "./fields";
import type { Lang } from "./issues";

export type Quadrant = "HH" | "HL" | "LH" | "LL";
export const QUADRANTS: readonly Quadrant[] = ["HH", "LH", "HL", "LL"];
export type Tier = "A" | "B" | "C";
export type Stage = "development" | "growth" | "stable";
export type CutoffMethod = "median" | "percentile" | "mean" | "fixed";
export type CalendarSetting = "auto" | "CN" | "none";
export const CALENDAR_SETTINGS: readonly CalendarSetting[] = ["auto", "CN", "none"];
export type ClinicHoursRule = "around" | "during" | "ignore";
export const CLINIC_HOURS_RULES: readonly ClinicHoursRule[] = ["around", "during", "ignore"];

export interface TierCut {
  /** value ≥ A → tier A */
  A: number;
  /** value ≥ B → tier B (else C) */
  B: number;
}

export interface ColumnMapping {
  /** Sheet (or Excel table) name chosen for the role; undefined = auto-detect. */
  sheet?: string;
  /** field id → header text as written in the sheet; overrides auto-detection. */
  columns?: Partial<Record<Field, string>>;
}

export interface Settings {
  version: 1;
  /** Language of output sheet names, headers, labels and messages. */
  language: Lang;
  /** Product name used in SMART objectives. */
  product: string;
  tiers: {
    beds: TierCut;
    dailyOutpatients: TierCut;
    /** 元 */
    monthlyPurchase: TierCut;
  };
  /** Used when a department row has no working days. */
  workingDaysDefault: number;
  cutoff: {
    method: CutoffMethod;
    /** 0..100, for method "percentile". */
    percentile: number;
    /** For method "fixed". */
    volume: number | null;
    potential: number | null;
  };
  stage: {
    /** share ≥ this → stable, below → growth. */
    stableShare: number;
  };
  targeting: {
    /** Quadrants targeted, in priority order. */
    quadrants: Quadrant[];
    /** Add LL doctors while capacity remains. */
    fillWithLL: boolean;
    /** Each rep keeps at least this many prescribing targets when the data has them [seed 30]. */
    minTargets: number;
    /** Percent of each rep's capacity per quadrant (SPEC §5), summing to 100. */
    shares: Record<Quadrant, number>;
  };
  /** Calls per month per quadrant. */
  frequency: Record<Quadrant, number>;
  capacity: {
    /** Capacity of a cycle = callsPerDay × its working days; a rep's own calls per day wins (SPEC §8). */
    callsPerDay: number;
  };
  team: {
    /** A rep planned above this utilisation (planned ÷ capacity) is flagged. */
    maxUtilisation: number;
    /** A rep planned below this utilisation is flagged. */
    minUtilisation: number;
  };
  cycle: {
    /** ISO dates (YYYY-MM-DD); null = next calendar month from today. */
    start: string | null;
    end: string | null;
    /**
     * Working calendar (SPEC §9): "CN" = mainland-China holidays and make-up
     * days, "none" = Monday–Friday only, "auto" = CN for a Chinese workbook
     * (language zh or Chinese input headers).
     */
    calendar: CalendarSetting;
    /** ISO dates that are not working days (company days off, a year's notice). */
    holidays: string[];
    /** ISO dates that are working days although a weekend or holiday (make-up days, 调休上班). */
    workdays: string[];
  };
  schedule: {
    /**
     * What clinic hours (门诊时间) mean for calls: "around" = the half-day next
     * to a session (after a morning clinic, before an afternoon one), "during"
     * = in the session, "ignore" = any time. Visiting hours (拜访时间) are
     * always used as given.
     */
    clinicHours: ClinicHoursRule;
  };
  smart: {
    /** 0.2 = 20 % */
    ambition: number;
    /** Trial Rx for a doctor at volume 0. */
    trial: number;
  };
  /** Top N doctors per week on the weekly prospect list. */
  weeklyProspects: number;
  /**
   * User-editable mathjs expressions over named fields (see formula.ts).
   * deptTotalRx/ourRx: over department fields; targetScore: over doctor fields
   * (volume, potential, headroom, statusBonus).
   */
  formulas: {
    deptTotalRx: string;
    ourRx: string;
    targetScore: string;
  };
  /** Manual role / column mapping fixes from the task pane. */
  mapping: Partial<Record<Role, ColumnMapping>>;
  /** Tactic (key message) table; empty = built-in zh/en defaults. */
  tactics: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  language: "zh",
  product: "",
  tiers: {
    beds: { A: 500, B: 200 },
    dailyOutpatients: { A: 1500, B: 500 },
    monthlyPurchase: { A: 5_000_000, B: 1_000_000 },
  },
  workingDaysDefault: 22,
  cutoff: { method: "median", percentile: 50, volume: null, potential: null },
  stage: { stableShare: 0.3 },
  targeting: {
    quadrants: ["LH", "HH", "HL"],
    fillWithLL: true,
    minTargets: 30,
    shares: { HH: 40, LH: 35, HL: 20, LL: 5 },
  },
  frequency: { HH: 4, LH: 4, HL: 2, LL: 1 },
  capacity: { callsPerDay: 8 },
  team: { maxUtilisation: 1, minUtilisation: 0.7 },
  cycle: { start: null, end: null, calendar: "auto", holidays: [], workdays: [] },
  schedule: { clinicHours: "around" },
  smart: { ambition: 0.2, trial: 3 },
  weeklyProspects: 10,
  formulas: {
    deptTotalRx: "dailyPatients * classUsageRate * rxPerPatient * workingDays",
    ourRx: "ourDailyPatients * rxPerPatient * workingDays",
    targetScore: "potential - volume",
  },
  mapping: {},
  tactics: {},
}) as Settings;

/** A deep copy of the defaults, safe to mutate. */
export function defaultSettings(): Settings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
}
