/**
 * The team rules of SPEC §8, proven over generated teams run through the
 * whole engine: no rep is planned over capacity, each call is made by its
 * doctor's rep, no doctor has two reps, and with prescribing candidates each
 * rep keeps min(30, available) prescribing targets when capacity allows.
 */
import fc from "fast-check";
import type { CellValue, SheetData } from "../../../src/core/cells";
import { runEngine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings";

interface Team {
  reps: { name: string; callsPerDay: number; daysOff: number }[];
  hospitals: { rep: number | null }[];
  doctors: { hospital: number; rep: number | null; volume: number; potential: number }[];
}

const teamArb: fc.Arbitrary<Team> = fc
  .record({
    reps: fc.array(
      fc.record({ callsPerDay: fc.integer({ min: 1, max: 10 }), daysOff: fc.integer({ min: 0, max: 5 }) }),
      { minLength: 1, maxLength: 5 },
    ),
    hospitals: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ reps, hospitals }) =>
    fc.record({
      reps: fc.constant(reps.map((r, i) => ({ ...r, name: `代表${i + 1}` }))),
      hospitals: fc.array(fc.record({ rep: fc.option(fc.integer({ min: 0, max: reps.length - 1 })) }), {
        minLength: hospitals,
        maxLength: hospitals,
      }),
      doctors: fc.array(
        fc.record({
          hospital: fc.integer({ min: 0, max: hospitals - 1 }),
          rep: fc.option(fc.integer({ min: 0, max: reps.length - 1 }), { freq: 4 }),
          volume: fc.integer({ min: 0, max: 60 }),
          potential: fc.integer({ min: 0, max: 200 }),
        }),
        { minLength: 1, maxLength: 160 },
      ),
    }),
  );

function sheets(t: Team): SheetData[] {
  const s = (name: string, values: CellValue[][]): SheetData => ({ name, values, firstRow: 1, firstCol: 0 });
  const repName = (i: number | null) => (i === null ? null : t.reps[i].name);
  return [
    s("Hospitals", [
      ["Hospital", "Beds", "Rep"],
      ...t.hospitals.map((h, i) => [`H${i}`, 300, repName(h.rep)]),
    ]),
    s("Doctors", [
      ["Hospital", "Doctor", "Volume", "Potential", "Rep"],
      ...t.doctors.map((d, i) => [`H${d.hospital}`, `D${i}`, d.volume, d.potential, repName(d.rep)]),
    ]),
    s("Representatives", [
      ["Rep", "Calls per day", "Days off"],
      ...t.reps.map((r) => [r.name, r.callsPerDay, r.daysOff > 0 ? `2026-11-02~11-0${1 + r.daysOff}` : null]),
    ]),
  ];
}

function plan(t: Team, minTargets = 30) {
  const settings = defaultSettings();
  settings.language = "en";
  settings.cycle = { ...settings.cycle, start: "2026-11-01", end: "2026-11-30", calendar: "none" };
  settings.targeting.minTargets = minTargets;
  return runEngine(sheets(t), settings, { today: new Date(Date.UTC(2026, 9, 1)) });
}

describe("generated teams (SPEC §8)", () => {
  it("no rep is planned over capacity; each call is made by its doctor's rep; one rep per doctor", () => {
    fc.assert(
      fc.property(teamArb, (t) => {
        const r = plan(t);
        for (const rep of r.plan.reps) expect(rep.workload).toBeLessThanOrEqual(rep.capacity);
        const repOf = new Map(r.doctors.map((d) => [`${d.record.hospital}|${d.record.name}`, d.rep]));
        expect(repOf.size).toBe(r.doctors.length);
        const perRep = new Map<string | null, number>();
        for (const c of r.calls) {
          expect(repOf.get(`${c.hospital}|${c.doctor}`)).toBe(c.rep);
          perRep.set(c.rep, (perRep.get(c.rep) ?? 0) + 1);
        }
        for (const rep of r.plan.reps) expect(perRep.get(rep.name) ?? 0).toBeLessThanOrEqual(rep.capacity);
        for (const d of r.doctors) {
          const expected = t.doctors[Number(d.record.name.slice(1))];
          const own = expected.rep ?? t.hospitals[expected.hospital].rep;
          expect(d.rep).toBe(own === null ? null : t.reps[own].name);
          if (d.rep === null) expect(d.target).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("each rep keeps min(minTargets, prescribing candidates) prescribing targets when capacity allows", () => {
    fc.assert(
      fc.property(teamArb, fc.integer({ min: 1, max: 12 }), (t, minTargets) => {
        const r = plan(t, minTargets);
        for (const rep of r.plan.reps) {
          const mine = r.doctors.filter((d) => d.rep === rep.name);
          const candidates = mine.filter(
            (d) => d.quadrant !== null && d.rule !== "not-targeted" && d.rule !== "no-headroom",
          );
          const available = candidates.filter((d) => (d.record.volume ?? 0) > 0).length;
          // Room for the goal even at the dearest frequency (4 calls a month).
          if (rep.capacity < minTargets * 4) continue;
          expect(rep.prescribingTargets).toBeGreaterThanOrEqual(Math.min(minTargets, available));
        }
      }),
      { numRuns: 60 },
    );
  });
});
