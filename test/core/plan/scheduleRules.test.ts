/**
 * SPEC §9 schedule rules: with cities known a representative's day stays in
 * one city; with clinic hours read "around", no call falls inside a session.
 */
import fc from "fast-check";
import {
  ANY_TIME,
  aroundSessions,
  clinicSlots,
  doctorAvailability,
  isAvailable,
  isAvailableOn,
  parseAvailability,
  slotBit,
  AM,
  PM,
} from "../../../src/core/plan/availability";
import { WorkCalendar } from "../../../src/core/calendar/workCalendar";
import { cityDays, isoWeekday, scheduleCalls, type CallRequest } from "../../../src/core/plan/scheduler";
import type { DoctorRecord } from "../../../src/core/fields";

const OCT_2026 = new WorkCalendar({ kind: "CN", entries: [] }).workingDays("2026-10-01", "2026-10-31");
const DEC_2026 = new WorkCalendar({ kind: "CN", entries: [] }).workingDays("2026-12-01", "2026-12-31");

const HOSPITALS: [string, string][] = [
  ["仁济医院", "上海"],
  ["瑞金医院", "上海"],
  ["鼓楼医院", "南京"],
  ["省人民医院", "南京"],
  ["浙一医院", "杭州"],
  ["协和医院", "福州"],
  ["苏大附一院", "苏州"],
];

const requestArb: fc.Arbitrary<CallRequest> = fc
  .record({
    h: fc.integer({ min: 0, max: HOSPITALS.length - 1 }),
    calls: fc.integer({ min: 0, max: 6 }),
    slots: fc.oneof(fc.constant(ANY_TIME), fc.integer({ min: 1, max: (1 << 14) - 1 })),
    cityKnown: fc.boolean(),
  })
  .map(({ h, calls, slots, cityKnown }) => ({
    hospital: HOSPITALS[h][0],
    city: cityKnown ? HOSPITALS[h][1] : "",
    calls,
    slots,
  }));

describe("a representative's day stays in one city", () => {
  it("property: no day holds calls in two cities", () => {
    fc.assert(
      fc.property(
        fc.array(requestArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(OCT_2026, DEC_2026),
        (requests, callsPerDay, days) => {
          const s = scheduleCalls({ days, callsPerDay, requests });
          const cityOfDay = new Map<number, string>();
          for (const c of s.calls) {
            const city = requests[c.request].city ?? "";
            if (city === "") continue;
            const seen = cityOfDay.get(c.day);
            if (seen !== undefined) expect(city).toBe(seen);
            cityOfDay.set(c.day, city);
          }
          // every call wanted is placed or reported
          const wanted = requests.reduce((n, r) => n + r.calls, 0);
          expect(s.calls.length + s.unplaced.reduce((n, u) => n + u.count, 0)).toBe(wanted);
        },
      ),
    );
  });

  it("the issue's day — seven hospitals in five cities — becomes one city a day, and everything fits", () => {
    const requests: CallRequest[] = HOSPITALS.flatMap(([hospital, city]) =>
      Array.from({ length: 3 }, (): CallRequest => ({ hospital, city, calls: 4, slots: ANY_TIME })),
    );
    const s = scheduleCalls({ days: DEC_2026, callsPerDay: 8, requests });
    expect(s.unplaced).toEqual([]);
    const perDay = new Map<number, Set<string>>();
    for (const c of s.calls)
      perDay.set(c.day, (perDay.get(c.day) ?? new Set()).add(requests[c.request].city!));
    for (const cities of perDay.values()) expect(cities.size).toBe(1);
  });

  it("shares the cycle's days by the calls each city wants, spread over the cycle", () => {
    const days = cityDays(20, [30, 10]);
    expect(days.map((d) => d.length)).toEqual([15, 5]);
    expect(days[1]).toEqual([2, 6, 10, 14, 18]);
    expect(cityDays(3, [100, 1, 1]).map((d) => d.length)).toEqual([1, 1, 1]);
  });
});

function doctor(availability: string, visitingHours = ""): DoctorRecord {
  return {
    sheet: "医生",
    row: 2,
    hospital: "仁济医院",
    department: "心内科",
    name: "王医生",
    title: "",
    volume: 10,
    potential: 30,
    status: null,
    statusText: "",
    doctorType: "",
    availability,
    visitingHours,
    rep: "",
  };
}

describe("clinic hours (门诊时间) and visiting hours (拜访时间)", () => {
  it('"around": after a morning clinic, before an afternoon one; a whole-day clinic leaves nothing that day', () => {
    expect(aroundSessions(parseAvailability("周一上午、周三下午、周五全天")!)).toBe(
      slotBit(0, PM) | slotBit(2, AM),
    );
  });

  it('"during" is the sessions themselves, "ignore" any time', () => {
    const sessions = parseAvailability("周二上午")!;
    expect(clinicSlots(sessions, "during")).toBe(sessions);
    expect(clinicSlots(sessions, "ignore")).toBe(ANY_TIME);
  });

  it("visiting hours are used as given, whatever the clinic hours say", () => {
    expect(doctorAvailability(doctor("周二上午", "周四下午"), "zh").slots).toBe(slotBit(3, PM));
    expect(doctorAvailability(doctor("周二上午"), "zh", "around").slots).toBe(slotBit(1, PM));
  });

  it("a make-up working day works as a weekday: free when the half-day is free on some Monday–Friday", () => {
    const slots = clinicSlots(parseAvailability("周一上午、周三上午")!, "around"); // Monday and Wednesday PM
    expect(isAvailableOn(slots, 5, PM, true)).toBe(true);
    expect(isAvailableOn(slots, 5, AM, true)).toBe(false);
    expect(isAvailableOn(slots, 5, PM, false)).toBe(false);
    expect(OCT_2026).toContain("2026-10-10");
    // One call on every day the doctor can be seen: each Monday and Wednesday, and the make-up Saturday.
    const calls = OCT_2026.filter((d) => [0, 2].includes(isoWeekday(d))).length + 1;
    const s = scheduleCalls({ days: OCT_2026, callsPerDay: 8, requests: [{ hospital: "H", calls, slots }] });
    expect(s.unplaced).toEqual([]);
    const saturday = OCT_2026.indexOf("2026-10-10");
    expect(s.calls.filter((c) => c.day === saturday).map((c) => c.half)).toEqual([PM]);
  });

  it("property: with clinic hours and around, no call falls inside a session", () => {
    const sessionsArb = fc
      .array(fc.record({ day: fc.integer({ min: 0, max: 4 }), half: fc.constantFrom(AM, PM, 2) }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((xs) =>
        xs.reduce(
          (m, x) => m | (x.half === 2 ? slotBit(x.day, AM) | slotBit(x.day, PM) : slotBit(x.day, x.half)),
          0,
        ),
      );
    fc.assert(
      fc.property(
        fc.array(fc.record({ sessions: sessionsArb, calls: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 10 }),
        (doctors, callsPerDay) => {
          const requests: CallRequest[] = doctors.map((d, i) => ({
            hospital: `H${i % 4}`,
            calls: d.calls,
            slots: clinicSlots(d.sessions, "around"),
          }));
          const s = scheduleCalls({ days: DEC_2026, callsPerDay, requests });
          for (const c of s.calls) {
            const weekday = isoWeekday(DEC_2026[c.day]);
            expect(isAvailable(doctors[c.request].sessions, weekday, c.half)).toBe(false);
          }
        },
      ),
    );
  });
});
