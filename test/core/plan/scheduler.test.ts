import fc from "fast-check";
import { ANY_TIME, isAvailable, slotBit, AM, PM } from "../../../src/core/plan/availability";
import { parseIsoDate, workingDaysBetween } from "../../../src/core/plan/cycle";
import {
  isoWeekday,
  minSpacing,
  scheduleCalls,
  type CallRequest,
  type Schedule,
  type ScheduleInput,
} from "../../../src/core/plan/scheduler";

const DEC_2026 = workingDaysBetween(parseIsoDate("2026-12-01")!, parseIsoDate("2026-12-31")!, []);
const SEP_2026 = workingDaysBetween(parseIsoDate("2026-09-01")!, parseIsoDate("2026-09-30")!, []); // 22 days

/** A cycle: 0–45 calendar days from a date in the first week of Nov 2026, some weekdays as holidays. */
const cycleArb = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 6 }),
    span: fc.integer({ min: 0, max: 45 }),
    holidaySeeds: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 5 }),
  })
  .map(({ startOffset, span, holidaySeeds }) => {
    const start = new Date(Date.UTC(2026, 10, 2 + startOffset));
    const end = new Date(start.getTime() + span * 86_400_000);
    const holidays = holidaySeeds.map((o) =>
      new Date(start.getTime() + o * 86_400_000).toISOString().slice(0, 10),
    );
    return workingDaysBetween(start, end, holidays);
  });

const requestArb: fc.Arbitrary<CallRequest> = fc.record({
  hospital: fc.constantFrom("协和医院", "仁济医院", "华山医院", "瑞金医院", "中山医院", "长海医院"),
  calls: fc.integer({ min: 0, max: 6 }),
  slots: fc.oneof(fc.constant(ANY_TIME), fc.integer({ min: 0, max: (1 << 14) - 1 })),
});

const inputArb: fc.Arbitrary<ScheduleInput> = fc.record({
  days: cycleArb,
  callsPerDay: fc.integer({ min: 0, max: 12 }),
  requests: fc.array(requestArb, { maxLength: 60 }),
});

function callsByRequest(s: Schedule): Map<number, Schedule["calls"]> {
  const m = new Map<number, Schedule["calls"]>();
  for (const c of s.calls) m.set(c.request, [...(m.get(c.request) ?? []), c]);
  return m;
}

describe("scheduleCalls properties", () => {
  it("never puts more than callsPerDay calls on a day", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const load = new Map<number, number>();
        for (const c of scheduleCalls(input).calls) load.set(c.day, (load.get(c.day) ?? 0) + 1);
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(input.callsPerDay);
      }),
    );
  });

  it("places calls only in slots the doctor is available, at most one a day per doctor", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scheduleCalls(input);
        for (const c of s.calls) {
          expect(isAvailable(input.requests[c.request].slots, isoWeekday(input.days[c.day]), c.half)).toBe(
            true,
          );
        }
        for (const calls of callsByRequest(s).values()) {
          expect(new Set(calls.map((c) => c.day)).size).toBe(calls.length);
        }
      }),
    );
  });

  it("places or reports every requested call, numbered 1…k in date order", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scheduleCalls(input);
        const placed = callsByRequest(s);
        input.requests.forEach((req, r) => {
          const calls = placed.get(r) ?? [];
          const missing = s.unplaced.filter((u) => u.request === r).reduce((n, u) => n + u.count, 0);
          expect(calls.length + missing).toBe(req.calls);
          expect(calls.map((c) => c.seq)).toEqual(calls.map((_c, i) => i + 1));
          expect(calls.map((c) => c.day)).toEqual([...calls.map((c) => c.day)].sort((a, b) => a - b));
        });
      }),
    );
  });

  it("keeps a doctor's calls at least (working days / frequency − 2) days apart unless marked relaxed", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scheduleCalls(input);
        for (const [r, calls] of callsByRequest(s)) {
          const spacing = minSpacing(input.days.length, input.requests[r].calls);
          const kept = calls.filter((c) => !c.relaxed).map((c) => c.day);
          for (let i = 1; i < kept.length; i++) expect(kept[i] - kept[i - 1]).toBeGreaterThanOrEqual(spacing);
        }
      }),
    );
  });

  it("never needs to relax the spacing when the doctor is free and the days have room", () => {
    fc.assert(
      fc.property(
        cycleArb,
        fc.array(
          requestArb.map((r) => ({ ...r, slots: ANY_TIME })),
          { maxLength: 40 },
        ),
        (days, requests) => {
          const fitting = requests.filter((r) => r.calls <= days.length);
          const s = scheduleCalls({ days, callsPerDay: Math.max(1, fitting.length), requests: fitting });
          expect(s.unplaced).toEqual([]);
          expect(s.calls.filter((c) => c.relaxed)).toEqual([]);
        },
      ),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(scheduleCalls(input)).toEqual(scheduleCalls(structuredClone(input)));
      }),
    );
  });
});

describe("scheduleCalls examples", () => {
  it("spreads 4 calls over 22 days about one a week, at (k + 0.5)·D/4", () => {
    const s = scheduleCalls({
      days: SEP_2026,
      callsPerDay: 8,
      requests: [{ hospital: "协和医院", calls: 4, slots: ANY_TIME }],
    });
    expect(s.calls.map((c) => c.day)).toEqual([2, 8, 13, 19]);
  });

  it("groups doctors of one hospital on the same days", () => {
    const requests = ["王", "李", "张"].map(() => ({ hospital: "协和医院", calls: 4, slots: ANY_TIME }));
    const s = scheduleCalls({ days: DEC_2026, callsPerDay: 8, requests });
    const daysOf = (r: number) => s.calls.filter((c) => c.request === r).map((c) => c.day);
    expect(daysOf(1)).toEqual(daysOf(0));
    expect(daysOf(2)).toEqual(daysOf(0));
  });

  it("a 2-a-month doctor joins the days its hospital already has", () => {
    const s = scheduleCalls({
      days: SEP_2026,
      callsPerDay: 8,
      requests: [
        { hospital: "协和医院", calls: 4, slots: ANY_TIME },
        { hospital: "协和医院", calls: 2, slots: ANY_TIME },
      ],
    });
    const first = new Set(s.calls.filter((c) => c.request === 0).map((c) => c.day));
    for (const c of s.calls.filter((c) => c.request === 1)) expect(first.has(c.day)).toBe(true);
  });

  it("honours a Monday-morning-only doctor", () => {
    const s = scheduleCalls({
      days: DEC_2026,
      callsPerDay: 8,
      requests: [{ hospital: "H", calls: 4, slots: slotBit(0, AM) }],
    });
    expect(s.calls).toHaveLength(4);
    for (const c of s.calls) {
      expect(isoWeekday(DEC_2026[c.day])).toBe(0);
      expect(c.half).toBe(AM);
    }
  });

  it("reports why calls could not be placed", () => {
    const saturdayOnly = slotBit(5, PM);
    const s = scheduleCalls({
      days: SEP_2026,
      callsPerDay: 1,
      requests: [
        { hospital: "A", calls: 22, slots: ANY_TIME },
        { hospital: "B", calls: 2, slots: ANY_TIME },
        { hospital: "C", calls: 1, slots: saturdayOnly },
        { hospital: "D", calls: 6, slots: slotBit(0, AM) },
      ],
    });
    expect(s.unplaced).toEqual([
      { request: 1, count: 2, reason: "day-cap" },
      { request: 2, count: 1, reason: "no-available-slot" },
      { request: 3, count: 6, reason: "day-cap" },
    ]);
    expect(
      scheduleCalls({ days: [], callsPerDay: 8, requests: [{ hospital: "A", calls: 1, slots: ANY_TIME }] })
        .unplaced,
    ).toEqual([{ request: 0, count: 1, reason: "no-working-days" }]);
    const fewDays = scheduleCalls({
      days: SEP_2026,
      callsPerDay: 8,
      requests: [{ hospital: "A", calls: 6, slots: slotBit(0, AM) }],
    });
    expect(fewDays.unplaced).toEqual([{ request: 0, count: 2, reason: "fewer-days-than-calls" }]);
  });

  it("schedules 2,000 targets × 4 calls over 22 days at 80 calls a day quickly", () => {
    const requests = Array.from({ length: 2000 }, (_v, i) => ({
      hospital: `H${i % 200}`,
      calls: 4,
      slots: ANY_TIME,
    }));
    const t0 = performance.now();
    const s = scheduleCalls({ days: SEP_2026, callsPerDay: 80, requests });
    const ms = performance.now() - t0;
    expect(s.calls).toHaveLength(80 * 22);
    expect(ms).toBeLessThan(1000);
  });
});
