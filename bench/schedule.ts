/**
 * `npm run bench` (after the engine bench): the call scheduler on 2,000
 * targets × 4 calls over a 22-working-day cycle with 10 representatives'
 * capacity (80 calls a day) at ~200 hospitals — more calls than the cycle
 * holds, as when the engine has not dropped anyone — and on a load that fits.
 *
 * Reported: time, calls placed, distinct hospital-days against a naive
 * first-fit schedule of the same calls (ratio, lower is better: fewer trips),
 * and the share of calls that share a hospital-day with another call.
 *
 * Then one representative's territory with hospitals in five cities (SPEC §9:
 * a rep's day stays in one city): city changes per rep-day — the cities a day
 * visits minus one — against the naive first fit (lower is better; ours must
 * be 0), with the hospital-day ratio.
 */
import { ANY_TIME, isAvailable, slotBit, type Half } from "../src/core/plan/availability";
import { WorkCalendar } from "../src/core/calendar/workCalendar";
import { parseIsoDate, workingDaysBetween } from "../src/core/plan/cycle";
import { scheduleTeam, type RepDays } from "../src/core/plan/repSchedule";
import { isoWeekday, scheduleCalls, type CallRequest, type ScheduledCall } from "../src/core/plan/scheduler";

const DAYS = workingDaysBetween(parseIsoDate("2026-09-01")!, parseIsoDate("2026-09-30")!, []); // 22
const CALLS_PER_DAY = 80; // 10 representatives × 8
const HOSPITALS = 200;
const RUNS = 7;

/** Small seeded generator so every run schedules the same territory. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Targets in priority order; hospitals drawn with a skew (big hospitals have more targets); a third hold clinic hours. */
function territory(targets: number, callsOf: (i: number) => number, seed: number): CallRequest[] {
  const rnd = lcg(seed);
  return Array.from({ length: targets }, (_v, i) => {
    const hospital = `H${Math.floor(HOSPITALS * rnd() ** 2)}`;
    let slots = ANY_TIME;
    if (rnd() < 1 / 3) {
      // two half-day clinics a week, e.g. "周一上午,周四下午"
      slots =
        slotBit(Math.floor(rnd() * 5), rnd() < 0.5 ? 0 : 1) |
        slotBit(Math.floor(rnd() * 5), rnd() < 0.5 ? 0 : 1);
    }
    return { hospital, calls: callsOf(i), slots };
  });
}

/** The baseline: each call on the first day from its even-spread position with room and the doctor free; no grouping. */
function naiveFirstFit(
  requests: readonly CallRequest[],
  days: readonly string[] = DAYS,
  callsPerDay = CALLS_PER_DAY,
): ScheduledCall[] {
  const D = days.length;
  const weekdays = days.map(isoWeekday);
  const load = new Int32Array(D);
  const calls: ScheduledCall[] = [];
  requests.forEach((req, r) => {
    const used = new Set<number>();
    for (let k = 0; k < req.calls; k++) {
      const start = Math.floor(((k + 0.5) * D) / req.calls);
      for (let i = 0; i < D; i++) {
        const d = (start + i) % D;
        if (load[d] >= callsPerDay || used.has(d)) continue;
        const half: Half | null = isAvailable(req.slots, weekdays[d], 0)
          ? 0
          : isAvailable(req.slots, weekdays[d], 1)
            ? 1
            : null;
        if (half === null) continue;
        load[d]++;
        used.add(d);
        calls.push({ request: r, day: d, half, seq: k + 1, relaxed: false });
        break;
      }
    }
  });
  return calls;
}

interface Grouping {
  placed: number;
  hospitalDays: number;
  /** Calls with at least one other call at the same hospital that day. */
  shared: number;
  maxPerDay: number;
}

function grouping(
  calls: readonly ScheduledCall[],
  requests: readonly CallRequest[],
  days: readonly string[] = DAYS,
): Grouping {
  const perHospitalDay = new Map<string, number>();
  const perDay = new Int32Array(days.length);
  for (const c of calls) {
    const key = `${requests[c.request].hospital}|${c.day}`;
    perHospitalDay.set(key, (perHospitalDay.get(key) ?? 0) + 1);
    perDay[c.day]++;
  }
  let shared = 0;
  for (const n of perHospitalDay.values()) if (n > 1) shared += n;
  return {
    placed: calls.length,
    hospitalDays: perHospitalDay.size,
    shared,
    maxPerDay: Math.max(0, ...perDay),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function scenario(title: string, requests: CallRequest[]): void {
  const wanted = requests.reduce((n, r) => n + r.calls, 0);
  const times: number[] = [];
  let ours = scheduleCalls({ days: DAYS, callsPerDay: CALLS_PER_DAY, requests });
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    ours = scheduleCalls({ days: DAYS, callsPerDay: CALLS_PER_DAY, requests });
    times.push(performance.now() - t0);
  }
  const a = grouping(ours.calls, requests);
  const b = grouping(naiveFirstFit(requests), requests);
  if (a.maxPerDay > CALLS_PER_DAY) throw new Error(`daily cap exceeded: ${a.maxPerDay}`);
  const hospitals = new Set(requests.map((r) => r.hospital)).size;
  const perCall = (g: Grouping): number => g.hospitalDays / Math.max(1, g.placed);

  console.log(`\n${title}`);
  console.log(
    `  ${requests.length} targets, ${wanted} calls wanted, ${hospitals} hospitals, ${DAYS.length} days × ${CALLS_PER_DAY} = ${DAYS.length * CALLS_PER_DAY} capacity`,
  );
  console.log(`  time (median of ${RUNS}): ${median(times).toFixed(1)} ms`);
  console.log(`  placed: ${a.placed} (naive ${b.placed}); busiest day ${a.maxPerDay} calls`);
  console.log(
    `  distinct hospital-days: ${a.hospitalDays} vs naive ${b.hospitalDays} → ratio ${(a.hospitalDays / b.hospitalDays).toFixed(3)}` +
      ` (per call ${(perCall(a) / perCall(b)).toFixed(3)}; lower is better)`,
  );
  console.log(
    `  calls sharing a hospital-day: ${pct(a.shared / a.placed)} (naive ${pct(b.shared / b.placed)})`,
  );
}

console.log("Call scheduler (plan/scheduler.ts)");
scenario(
  "2,000 targets × 4 calls (over capacity: the engine would have dropped the lowest priorities)",
  territory(2_000, () => 4, 7),
);
// SPEC §6 frequencies for a load that fits: 40% HH/LH at 4, 30% HL at 2, 30% LL at 1 → ~1,500 calls
scenario(
  "640 targets at SPEC frequencies (fits the capacity)",
  territory(640, (i) => (i % 10 < 4 ? 4 : i % 10 < 7 ? 2 : 1), 11),
);

/** City changes per rep-day: for each day with calls, the distinct cities visited minus one; averaged. */
function cityChanges(calls: readonly ScheduledCall[], requests: readonly CallRequest[]): number {
  const perDay = new Map<number, Set<string>>();
  for (const c of calls)
    perDay.set(c.day, (perDay.get(c.day) ?? new Set()).add(requests[c.request].city ?? ""));
  let changes = 0;
  for (const cities of perDay.values()) changes += cities.size - 1;
  return changes / Math.max(1, perDay.size);
}

/** One rep (8 calls a day) in October 2026 on the CN calendar: 40 hospitals in 5 cities, 125 calls (capacity 144). */
function repScenario(): void {
  const days = new WorkCalendar({ kind: "CN", entries: [] }).workingDays("2026-10-01", "2026-10-31");
  const cities = ["上海", "南京", "杭州", "苏州", "福州"];
  const rnd = lcg(23);
  const requests: CallRequest[] = Array.from({ length: 50 }, (_v, i) => {
    const h = Math.floor(40 * rnd() ** 1.5);
    return {
      hospital: `H${h}`,
      city: cities[h % cities.length],
      calls: i % 10 < 4 ? 4 : i % 10 < 7 ? 2 : 1,
      slots: rnd() < 0.25 ? slotBit(Math.floor(rnd() * 5), 1) | slotBit(Math.floor(rnd() * 5), 0) : ANY_TIME,
    };
  });
  const ours = scheduleCalls({ days, callsPerDay: 8, requests });
  const naive = naiveFirstFit(requests, days, 8);
  const a = grouping(ours.calls, requests, days);
  const b = grouping(naive, requests, days);
  const ourChanges = cityChanges(ours.calls, requests);
  if (ourChanges > 0) throw new Error(`a rep-day holds two cities (${ourChanges} changes per day)`);
  console.log("\nOne representative, 5 cities, October 2026 (CN calendar: 18 working days × 8)");
  console.log(`  placed: ${a.placed} (naive ${b.placed}) of ${requests.reduce((n, r) => n + r.calls, 0)}`);
  console.log(
    `  city changes per rep-day: ${ourChanges.toFixed(2)} vs naive ${cityChanges(naive, requests).toFixed(2)} (lower is better)`,
  );
  console.log(
    `  distinct hospital-days: ${a.hospitalDays} vs naive ${b.hospitalDays} → ratio ${(a.hospitalDays / b.hospitalDays).toFixed(3)}`,
  );
}
repScenario();

/**
 * The team case (issue: 500 reps × 40 targets in under 1 s): each rep has 40
 * targets at SPEC frequencies over ~8 hospitals in one or two cities, works
 * the October 2026 CN cycle at 6–10 calls a day, one in ten with three days
 * off, and the one per-rep scheduler (plan/repSchedule.ts) places them all.
 */
function teamScenario(): void {
  const REPS = 500;
  const TARGETS = 40;
  const days = new WorkCalendar({ kind: "CN", entries: [] }).workingDays("2026-10-01", "2026-10-31");
  const off = new Set(["2026-10-12", "2026-10-13", "2026-10-14"]);
  const rnd = lcg(31);
  const reps: RepDays[] = Array.from({ length: REPS }, (_v, k) => ({
    workingDays: k % 10 === 3 ? days.filter((d) => !off.has(d)) : days,
    callsPerDay: 6 + (k % 5),
  }));
  const requests: CallRequest[] = [];
  const repOf: number[] = [];
  for (let k = 0; k < REPS; k++)
    for (let i = 0; i < TARGETS; i++) {
      const h = Math.floor(8 * rnd() ** 1.5);
      requests.push({
        hospital: `R${k}H${h}`,
        city: `C${k}-${h % 2}`,
        calls: i % 10 < 4 ? 4 : i % 10 < 7 ? 2 : 1,
        slots:
          rnd() < 0.25 ? slotBit(Math.floor(rnd() * 5), 1) | slotBit(Math.floor(rnd() * 5), 0) : ANY_TIME,
      });
      repOf.push(k);
    }
  const wanted = requests.reduce((n, r) => n + r.calls, 0);
  const times: number[] = [];
  let schedule = scheduleTeam({ days, reps, requests, repOf });
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    schedule = scheduleTeam({ days, reps, requests, repOf });
    times.push(performance.now() - t0);
  }
  // The same calls through one naive first fit per rep: the time baseline.
  const naiveTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (let k = 0; k < REPS; k++) {
      const own = requests.slice(k * TARGETS, (k + 1) * TARGETS);
      naiveFirstFit(own, reps[k].workingDays, reps[k].callsPerDay);
    }
    naiveTimes.push(performance.now() - t0);
  }
  const t = median(times);
  const base = median(naiveTimes);
  console.log(`\nTeam: ${REPS} reps × ${TARGETS} targets, October 2026 (CN calendar), 6–10 calls a day`);
  console.log(`  ${requests.length} targets, ${wanted} calls wanted, ${schedule.calls.length} placed`);
  console.log(
    `  time (median of 5): ${t.toFixed(0)} ms (naive first fit per rep ${base.toFixed(0)} ms, ratio ${(t / Math.max(1e-9, base)).toFixed(1)}×)`,
  );
  console.log(`  target < 1 s: ${t < 1000 ? "met" : "NOT met"}`);
}
teamScenario();
