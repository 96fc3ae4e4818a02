/**
 * Places each target's calls on the cycle's working days (SPEC §6).
 *
 * - Requests come in priority order; a higher-priority doctor is placed first
 *   and so gets the better days.
 * - Call k of n aims at the ideal working-day index (k + φ)·D/n. φ is 0.5 for
 *   the first hospital (the even spread (k+0.5)·D/n) and a golden-ratio step
 *   for each further hospital, so doctors of one hospital share ideal days
 *   (grouping) while different hospitals spread over the cycle (balanced days).
 * - Among days within ±window of the ideal, a day that already has calls at the
 *   same hospital wins (fewer hospital-days = less travel), then the nearest.
 * - A doctor's calls stay at least ⌈D/n − 2⌉ working days apart; only when no
 *   day allows that is the rule relaxed (the call is marked `relaxed`).
 * - Never more than callsPerDay calls on a day; a half-day prefers at most half
 *   of them, so a representative's AM and PM both get work.
 * Deterministic: no randomness, no clock.
 */
import { isAvailable, type Half } from "./availability";

export interface CallRequest {
  /** Hospital name; calls at the same hospital are grouped. */
  hospital: string;
  /** Calls wanted in the cycle. */
  calls: number;
  /** Availability slot mask (see availability.ts). */
  slots: number;
}

export interface ScheduleInput {
  /** ISO dates of the cycle's working days, ascending. */
  days: readonly string[];
  callsPerDay: number;
  /** In priority order. */
  requests: readonly CallRequest[];
}

export interface ScheduledCall {
  /** Index into requests. */
  request: number;
  /** Index into days. */
  day: number;
  half: Half;
  /** 1-based call number of the doctor in date order ("i of n"). */
  seq: number;
  /** True when the spacing rule had to be relaxed to place this call. */
  relaxed: boolean;
}

export type UnplacedReason = "no-working-days" | "no-available-slot" | "day-cap" | "fewer-days-than-calls";

export interface UnplacedCalls {
  request: number;
  /** Calls of the request that could not be placed. */
  count: number;
  reason: UnplacedReason;
}

export interface Schedule {
  /** In request order, then date order. */
  calls: ScheduledCall[];
  unplaced: UnplacedCalls[];
}

const GOLDEN = 0.6180339887498949;

/** Weekday 0 = Monday … 6 = Sunday of an ISO date, in UTC. */
export function isoWeekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  return (d.getUTCDay() + 6) % 7;
}

/** Least working-day gap between a doctor's calls: ⌈D/n − 2⌉, at least 1 (never twice a day). */
export function minSpacing(workingDays: number, calls: number): number {
  return Math.max(1, Math.ceil(workingDays / calls - 2));
}

class DayBook {
  readonly dayLoad: Int32Array;
  readonly halfLoad: Int32Array;
  /** calls per (hospital, day) */
  readonly hospitalDay: Int32Array;
  /** calls per (hospital, day, half) */
  readonly hospitalHalf: Int32Array;
  readonly halfCap: number;

  constructor(
    readonly days: number,
    readonly cap: number,
    hospitals: number,
  ) {
    this.dayLoad = new Int32Array(days);
    this.halfLoad = new Int32Array(days * 2);
    this.hospitalDay = new Int32Array(Math.max(1, hospitals * days));
    this.hospitalHalf = new Int32Array(Math.max(1, hospitals * days * 2));
    this.halfCap = Math.ceil(cap / 2);
  }

  /**
   * The half-day to use on `day`, or null when the day is full or the doctor
   * is away. Prefers a half under its share of the day, then the half already
   * at this hospital (one trip), then the emptier half (AM on ties).
   */
  half(day: number, weekday: number, slots: number, hospital: number): Half | null {
    if (this.dayLoad[day] >= this.cap) return null;
    const am = isAvailable(slots, weekday, 0);
    const pm = isAvailable(slots, weekday, 1);
    if (!am || !pm) return am ? 0 : pm ? 1 : null;
    const cost = (half: Half): number => {
      const load = this.halfLoad[day * 2 + half];
      const here = this.hospitalHalf[(hospital * this.days + day) * 2 + half];
      return (load < this.halfCap ? 0 : 2 * this.cap) + (here > 0 ? 0 : this.cap) + load;
    };
    return cost(1) < cost(0) ? 1 : 0;
  }

  add(day: number, half: Half, hospital: number): void {
    this.dayLoad[day]++;
    this.halfLoad[day * 2 + half]++;
    this.hospitalDay[hospital * this.days + day]++;
    this.hospitalHalf[(hospital * this.days + day) * 2 + half]++;
  }
}

/** Hospital index in order of first appearance (priority order), so φ is stable. */
function hospitalIndex(requests: readonly CallRequest[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(requests.length);
  requests.forEach((r, i) => {
    let id = ids.get(r.hospital);
    if (id === undefined) {
      id = ids.size;
      ids.set(r.hospital, id);
    }
    out[i] = id;
  });
  return out;
}

export function scheduleCalls(input: ScheduleInput): Schedule {
  const D = input.days.length;
  const cap = Math.max(0, Math.floor(input.callsPerDay));
  const weekdays = input.days.map(isoWeekday);
  const hosp = hospitalIndex(input.requests);
  const hospitals = hosp.reduce((m, h) => Math.max(m, h + 1), 0);
  const book = new DayBook(D, cap, hospitals);
  const calls: ScheduledCall[] = [];
  const unplaced: UnplacedCalls[] = [];

  input.requests.forEach((req, r) => {
    const n = Math.max(0, Math.floor(req.calls));
    if (n === 0) return;
    if (D === 0) {
      unplaced.push({ request: r, count: n, reason: "no-working-days" });
      return;
    }
    const h = hosp[r];
    const phase = (0.5 + h * GOLDEN) % 1;
    const spacing = minSpacing(D, n);
    const window = Math.max(1, Math.floor(D / (2 * n)));
    const taken: { day: number; half: Half; relaxed: boolean }[] = [];
    let availableDays = 0;
    for (let d = 0; d < D; d++)
      if (isAvailable(req.slots, weekdays[d], 0) || isAvailable(req.slots, weekdays[d], 1)) availableDays++;
    let prev = -Infinity;

    for (let k = 0; k < n; k++) {
      const ideal = ((k + phase) * D) / n;
      let pick = -1;
      let pickHalf: Half = 0;
      let relaxed = false;
      // Days after `latest` could not hold the remaining calls at the spacing.
      const latest = D - 1 - (n - 1 - k) * spacing;
      // 0) near the ideal, spaced, leaving room, grouped first; 1) anywhere spaced leaving room;
      // 2) anywhere spaced; 3) any day not yet used by this doctor (spacing relaxed)
      for (let pass = 0; pass < 4 && pick < 0; pass++) {
        let best = Infinity;
        for (let d = 0; d < D; d++) {
          const dist = Math.abs(d + 0.5 - ideal);
          if (pass === 0 && dist > window + 0.5) continue;
          if (pass < 2 && d > latest) continue;
          if (pass < 3 && d - prev < spacing) continue;
          if (pass === 3 && taken.some((t) => t.day === d)) continue;
          const half = book.half(d, weekdays[d], req.slots, h);
          if (half === null) continue;
          const grouped = pass === 0 && book.hospitalDay[h * D + d] > 0;
          const score = (grouped ? 0 : D) + dist;
          if (score < best) {
            best = score;
            pick = d;
            pickHalf = half;
          }
        }
        relaxed = pass === 3;
      }
      if (pick < 0) {
        const reason: UnplacedReason =
          availableDays === 0
            ? "no-available-slot"
            : k >= availableDays
              ? "fewer-days-than-calls"
              : "day-cap";
        unplaced.push({ request: r, count: n - k, reason });
        break;
      }
      book.add(pick, pickHalf, h);
      taken.push({ day: pick, half: pickHalf, relaxed });
      prev = Math.max(prev, pick);
    }

    taken.sort((a, b) => a.day - b.day);
    taken.forEach((t, i) =>
      calls.push({ request: r, day: t.day, half: t.half, seq: i + 1, relaxed: t.relaxed }),
    );
  });
  return { calls, unplaced };
}
