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
 * - When hospitals' cities are known (SPEC §9), each day belongs to one city:
 *   the cycle's days are shared out by the calls each city wants, interleaved
 *   so every city's days spread over the cycle, and the rules above run on a
 *   city's own days. Calls with no city known may go on any day.
 * Deterministic: no randomness, no clock.
 */
import { isAvailableOn, type Half } from "./availability";

export interface CallRequest {
  /** Hospital name; calls at the same hospital are grouped. */
  hospital: string;
  /** Calls wanted in the cycle. */
  calls: number;
  /** Availability slot mask (see availability.ts). */
  slots: number;
  /** City or district of the hospital; when known, a day holds calls in one city only. */
  city?: string;
}

export interface ScheduleInput {
  /** ISO dates of the cycle's working days, ascending. */
  days: readonly string[];
  callsPerDay: number;
  /** In priority order. */
  requests: readonly CallRequest[];
  /** isoWeekday of each of `days`, when the caller has it already (a team schedules each rep on the same days). */
  weekdays?: readonly number[];
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
  half(day: number, weekday: number, makeUp: boolean, slots: number, hospital: number): Half | null {
    if (this.dayLoad[day] >= this.cap) return null;
    const am = isAvailableOn(slots, weekday, 0, makeUp);
    const pm = isAvailableOn(slots, weekday, 1, makeUp);
    if (!am || !pm) return am ? 0 : pm ? 1 : null;
    return this.cost(day, 1, hospital) < this.cost(day, 0, hospital) ? 1 : 0;
  }

  /** What a call on this half costs (a method, not a closure: `half` runs millions of times). */
  private cost(day: number, half: Half, hospital: number): number {
    const load = this.halfLoad[day * 2 + half];
    const here = this.hospitalHalf[(hospital * this.days + day) * 2 + half];
    return (load < this.halfCap ? 0 : 2 * this.cap) + (here > 0 ? 0 : this.cap) + load;
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

/** The days of each city: shares of the cycle by calls wanted, interleaved so every city's days spread over it. */
export function cityDays(
  days: number,
  demand: readonly number[],
  minimum: readonly number[] = [],
): number[][] {
  const total = demand.reduce((s, n) => s + n, 0);
  const out = demand.map((): number[] => []);
  if (days === 0 || total === 0) return out;
  // Largest remainder for the counts, at least one day for a city with calls when days allow.
  const exact = demand.map((n) => (n * days) / total);
  const counts = exact.map((x) => Math.floor(x));
  let left = days - counts.reduce((s, n) => s + n, 0);
  const byRemainder = exact
    .map((_x, i) => i)
    .sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    counts[i]++;
    left--;
  }
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > 0 || demand[i] === 0) continue;
    const donor = counts.indexOf(Math.max(...counts));
    if (counts[donor] > 1) {
      counts[donor]--;
      counts[i]++;
    }
  }
  // A city needs as many days as its busiest doctor has calls (one call a day each), when the cycle allows.
  for (let i = 0; i < counts.length; i++) {
    while (counts[i] < (minimum[i] ?? 0)) {
      let donor = -1;
      for (let j = 0; j < counts.length; j++) {
        const slack = counts[j] - Math.max(1, minimum[j] ?? 0);
        if (j !== i && slack > 0 && (donor < 0 || slack > counts[donor] - Math.max(1, minimum[donor] ?? 0)))
          donor = j;
      }
      if (donor < 0) break;
      counts[donor]--;
      counts[i]++;
    }
  }
  // Each day goes to the city furthest behind its even pace (smooth round robin).
  const given = counts.map(() => 0);
  for (let d = 0; d < days; d++) {
    let best = -1;
    let lag = -Infinity;
    for (let i = 0; i < counts.length; i++) {
      if (given[i] >= counts[i]) continue;
      const behind = (counts[i] * (d + 1)) / days - given[i];
      if (behind > lag + 1e-12) {
        lag = behind;
        best = i;
      }
    }
    if (best < 0) break;
    out[best].push(d);
    given[best]++;
  }
  return out;
}

export function scheduleCalls(input: ScheduleInput): Schedule {
  const D = input.days.length;
  const cap = Math.max(0, Math.floor(input.callsPerDay));
  const weekdays = input.weekdays ?? input.days.map(isoWeekday);
  /** A Saturday or Sunday among the working days is a make-up day (调休上班). */
  const makeUp = weekdays.map((w) => w >= 5);
  const hosp = hospitalIndex(input.requests);
  const hospitals = hosp.reduce((m, h) => Math.max(m, h + 1), 0);
  const book = new DayBook(D, cap, hospitals);
  const calls: ScheduledCall[] = [];
  const unplaced: UnplacedCalls[] = [];
  // The days (indices into a day list) a request has taken, stamped with the request (+1), with the
  // half and whether spacing was relaxed: pass 3's test, and the calls in date order without an
  // object per call and a sort per request. A request never takes a day twice.
  const takenBy = new Int32Array(D);
  const takenHalf = new Uint8Array(D);
  const takenRelaxed = new Uint8Array(D);

  /** Places requests `rs` (in priority order) on the cycle days `dayList` (global indices, ascending). */
  const place = (rs: readonly number[], dayList: readonly number[]): void => {
    const L = dayList.length;
    // Days a slot mask is available on, counted once per mask: targets share a few clinic-hour patterns.
    const availableFor = new Map<number, number>();
    for (const r of rs) {
      const req = input.requests[r];
      const n = Math.max(0, Math.floor(req.calls));
      if (n === 0) continue;
      if (L === 0) {
        unplaced.push({ request: r, count: n, reason: D === 0 ? "no-working-days" : "day-cap" });
        continue;
      }
      const h = hosp[r];
      const phase = (0.5 + h * GOLDEN) % 1;
      const spacing = minSpacing(L, n);
      const window = Math.max(1, Math.floor(L / (2 * n)));
      let first = L;
      let last = -1;
      let availableDays = availableFor.get(req.slots);
      if (availableDays === undefined) {
        availableDays = 0;
        for (const g of dayList)
          if (
            isAvailableOn(req.slots, weekdays[g], 0, makeUp[g]) ||
            isAvailableOn(req.slots, weekdays[g], 1, makeUp[g])
          )
            availableDays++;
        availableFor.set(req.slots, availableDays);
      }
      let prev = -Infinity;

      for (let k = 0; k < n; k++) {
        const ideal = ((k + phase) * L) / n;
        let pick = -1;
        let pickHalf: Half = 0;
        let relaxed = false;
        // Days after `latest` could not hold the remaining calls at the spacing.
        const latest = L - 1 - (n - 1 - k) * spacing;
        // 0) near the ideal, spaced, leaving room, grouped first; 1) anywhere spaced leaving room;
        // 2) anywhere spaced; 3) any day not yet used by this doctor (spacing relaxed)
        for (let pass = 0; pass < 4 && pick < 0; pass++) {
          let best = Infinity;
          // Only the days the tests below can let through are visited (a day past either end is
          // skipped by them anyway, and the order stays ascending): pass 0 looks at the window, not
          // the whole cycle. The tests stay, so the bounds only need to be wide enough.
          let from = 0;
          let to = L - 1;
          if (pass === 0) {
            from = Math.max(from, Math.floor(ideal - window - 2));
            to = Math.min(to, Math.ceil(ideal + window + 1));
          }
          if (pass < 2) to = Math.min(to, latest);
          if (pass < 3 && prev + spacing > from) from = prev + spacing;
          for (let d = from; d <= to; d++) {
            const g = dayList[d];
            const dist = Math.abs(d + 0.5 - ideal);
            if (pass === 0 && dist > window + 0.5) continue;
            if (pass < 2 && d > latest) continue;
            if (pass < 3 && d - prev < spacing) continue;
            if (pass === 3 && takenBy[d] === r + 1) continue;
            const half = book.half(g, weekdays[g], makeUp[g], req.slots, h);
            if (half === null) continue;
            const grouped = pass === 0 && book.hospitalDay[h * D + g] > 0;
            const score = (grouped ? 0 : L) + dist;
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
        book.add(dayList[pick], pickHalf, h);
        takenBy[pick] = r + 1;
        takenHalf[pick] = pickHalf;
        takenRelaxed[pick] = relaxed ? 1 : 0;
        if (pick < first) first = pick;
        if (pick > last) last = pick;
        prev = Math.max(prev, pick);
      }

      let seq = 0;
      for (let d = first; d <= last; d++)
        if (takenBy[d] === r + 1)
          calls.push({
            request: r,
            day: dayList[d],
            half: takenHalf[d] as Half,
            seq: ++seq,
            relaxed: takenRelaxed[d] === 1,
          });
    }
  };

  const all = Array.from({ length: D }, (_, d) => d);
  const cityOf = input.requests.map((r) => (r.city ?? "").trim());
  const cities = [...new Set(cityOf.filter((c) => c !== ""))];
  if (cities.length === 0) {
    place(
      input.requests.map((_, r) => r),
      all,
    );
    return { calls, unplaced };
  }
  // SPEC §9: a representative's day stays in one city. Each city gets its own days
  // (a share of the cycle by calls wanted); calls with no city known fill any day after.
  const demand = cities.map((c) =>
    input.requests.reduce((s, req, r) => s + (cityOf[r] === c ? Math.max(0, Math.floor(req.calls)) : 0), 0),
  );
  const busiest = cities.map((c) =>
    input.requests.reduce((m, req, r) => (cityOf[r] === c ? Math.max(m, Math.floor(req.calls)) : m), 0),
  );
  const minimum = cities.map((_c, i) => Math.max(busiest[i], cap > 0 ? Math.ceil(demand[i] / cap) : 0));
  const owned = cityDays(D, demand, minimum);
  cities.forEach((c, i) =>
    place(
      input.requests.flatMap((_, r) => (cityOf[r] === c ? [r] : [])),
      owned[i],
    ),
  );
  place(
    input.requests.flatMap((_, r) => (cityOf[r] === "" ? [r] : [])),
    all,
  );
  calls.sort((a, b) => a.request - b.request || a.day - b.day);
  unplaced.sort((a, b) => a.request - b.request);
  return { calls, unplaced };
}
