/**
 * SMART objectives (SPEC.md §6, the deck's 设定目标的五大原则). One source of
 * truth for the Target List, the MICROSEG.TARGETRX / MICROSEG.SMARTCHECK
 * custom functions and the live sheet formulas in targetColumns.ts.
 */

export type SmartLetter = "S" | "M" | "A" | "R" | "T";
export const SMART_LETTERS: readonly SmartLetter[] = ["S", "M", "A", "R", "T"];

/** Float noise (10 × 1.2 = 12.000000000000002) must not fail a check. */
const EPSILON = 1e-9;

/**
 * A product rounded to 9 decimals first, so float noise (10 × 1.2 =
 * 12.000000000000002) never rounds a whole number up; the sheet formula
 * does the same with ROUND(…, 9).
 */
function roundUpWhole(x: number): number {
  return Math.ceil(Math.round(x * 1e9) / 1e9);
}

/**
 * Target monthly Rx, in whole prescriptions (SPEC §6):
 * min(⌊potential⌋, max(⌈volume × (1 + ambition)⌉, ⌊volume⌋ + 1)) — 29 → 35,
 * 15 → 18; a doctor at volume 0 gets min(⌊potential⌋, trial) trial Rx. A
 * missing potential (null / NaN) does not cap the target, as in the sheet
 * formula (ISNUMBER).
 */
export function targetRx(volume: number, potential: number | null, ambition = 0.2, trial = 3): number {
  const cap = potential === null || !Number.isFinite(potential) ? Infinity : Math.floor(potential);
  const v = Number.isFinite(volume) ? volume : 0;
  if (v === 0) return Math.min(cap, trial);
  return Math.min(cap, Math.max(roundUpWhole(v * (1 + ambition)), Math.floor(v) + 1));
}

/** The least target that counts as Ambitious: volume × (1 + ambition), or one trial Rx from volume 0. */
export function ambitiousFloor(volume: number, ambition: number): number {
  return volume === 0 ? 1 : volume * (1 + ambition);
}

export interface SmartInput {
  /** Specific: who, where, what, which action. Blank text fails S. */
  doctor: string;
  hospital: string;
  product: string;
  action: string;
  /** Measurable: the target monthly Rx (anything not a finite number ≥ 0 fails M). */
  target: number | null;
  volume: number | null;
  /** null = unknown, so it cannot make the target unrealistic. */
  potential: number | null;
  /** Timetable: ISO date; must fall within the cycle. */
  dueDate: string | null;
  cycleStart?: string;
  cycleEnd: string;
  ambition: number;
  /** Realistic: all of the doctor's calls fit the cycle's capacity. */
  callsFit: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const blank = (s: string): boolean => s.trim() === "";

/**
 * The letters an objective fails, in S,M,A,R,T order ([] = SMART holds).
 * A and R judge the size of the number, so they are only checked when M holds.
 */
export function smartCheck(input: SmartInput): SmartLetter[] {
  const failed: SmartLetter[] = [];
  if (blank(input.doctor) || blank(input.hospital) || blank(input.product) || blank(input.action))
    failed.push("S");

  const t = input.target;
  const measurable = t !== null && Number.isFinite(t) && t >= 0;
  if (!measurable) failed.push("M");
  else {
    const volume = input.volume !== null && Number.isFinite(input.volume) ? input.volume : 0;
    if (t < ambitiousFloor(volume, input.ambition) - EPSILON) failed.push("A");
    const withinPotential =
      input.potential === null || !Number.isFinite(input.potential) || t <= input.potential + EPSILON;
    if (!withinPotential || !input.callsFit) failed.push("R");
  }

  const due = input.dueDate?.trim() ?? "";
  // ISO strings compare in date order, so no Date parsing is needed.
  const onTime =
    ISO_DATE.test(due) &&
    due <= input.cycleEnd &&
    (input.cycleStart === undefined || due >= input.cycleStart);
  if (!onTime) failed.push("T");
  return failed;
}

/** "" when SMART holds, else the failing letters joined by commas, e.g. "A,R" (as the sheet formula shows it). */
export function formatSmart(letters: readonly SmartLetter[]): string {
  return letters.join(",");
}
