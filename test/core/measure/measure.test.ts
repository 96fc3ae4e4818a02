import type { CallRecord, QuotaRecord } from "../../../src/core/fields";
import { isoToSerial } from "../../../src/core/input/dates";
import { matchCalls } from "../../../src/core/measure/actuals";
import type { HistoryRow } from "../../../src/core/measure/history";
import { kpisOf, quotaCoverage } from "../../../src/core/measure/kpis";
import { cycleMonths, measure, type MeasureInput } from "../../../src/core/measure/measure";
import type { DoctorResult, HospitalResult } from "../../../src/core/results";
import { doctor, hospital } from "../plan/fixtures";

const SEPT = { start: "2026-09-01", end: "2026-09-30" };
const OCT = { start: "2026-10-01", end: "2026-10-31" };

function target(i: number, cycle = SEPT, extra: Partial<HistoryRow> = {}): HistoryRow {
  return {
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    rep: "",
    hospital: i % 2 === 0 ? "协和医院" : "瑞金医院",
    department: "心内科",
    doctor: `医生${i}`,
    quadrant: "LH",
    status: "conservative",
    volume: 10,
    potential: 40,
    targetRx: 12,
    plannedCalls: 4,
    ...extra,
  };
}

let row = 2;
function call(h: HistoryRow, date: string, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    sheet: "拜访记录",
    row: row++,
    date,
    dateIsSerial: true,
    rep: "",
    hospital: h.hospital,
    department: h.department,
    doctor: h.doctor,
    rawHospital: h.hospital,
    rawDoctor: h.doctor,
    channel: "面访",
    outcome: "",
    ...extra,
  };
}

function doctorsFor(history: readonly HistoryRow[], volume = (i: number) => 10 + (i % 3)): DoctorResult[] {
  return history.map((h, i) =>
    doctor(
      {
        name: h.doctor,
        hospital: h.hospital,
        department: h.department,
        volume: volume(i),
        potential: 40,
        status: "second-line",
        quadrant: "HH",
        callsPerMonth: 4,
        availability: "",
        row: i + 2,
      },
      i + 1,
    ),
  );
}

function input(history: HistoryRow[], calls: CallRecord[], extra: Partial<MeasureInput> = {}): MeasureInput {
  const hospitals: HospitalResult[] = [hospital("协和医院", "growth", 2), hospital("瑞金医院", "growth", 3)];
  hospitals[0].volume = 120;
  return {
    history,
    calls,
    quotas: [],
    doctors: doctorsFor(history),
    hospitals,
    repOfDoctor: () => "",
    repOfHospital: () => "",
    newTargets: [],
    planned: OCT,
    today: "2026-10-05",
    columns: { date: "日期", doctor: "医生", rep: "代表" },
    ...extra,
  };
}

describe("SPEC §10 worked numbers", () => {
  it("planned 160, actual 120 → 75 %; 40 targets, 34 called → 85 % reach; 120 ÷ 34 = 3.5 calls", () => {
    const k = kpisOf({
      targets: 40,
      plannedCalls: 160,
      actualCalls: 120,
      reachedTargets: 34,
      objectivesMet: 0,
      rxThen: 0,
      rxNow: 0,
      hospitals: 0,
      coveredHospitals: 0,
      prescribingTargets: 0,
      rx: 0,
      quota: null,
    });
    expect(k.callAttainment).toBe(0.75);
    expect(k.reach).toBe(0.85);
    expect(Number(k.frequency?.toFixed(1))).toBe(3.5);
    expect(k.rxGrowth).toBeNull();
    expect(k.productCoverage).toBeNull();
    expect(k.quotaAttainment).toBeNull();
  });

  it("the same numbers come out of a Call Log matched to 40 archived targets", () => {
    const history = Array.from({ length: 40 }, (_, i) => target(i));
    const calls: CallRecord[] = [];
    // 18 targets called 4 times, 16 called 3 times, 6 never: 72 + 48 = 120 calls to 34 targets.
    history.slice(0, 34).forEach((h, i) => {
      const n = i < 18 ? 4 : 3;
      for (let c = 0; c < n; c++) calls.push(call(h, `2026-09-${String(3 + c * 7).padStart(2, "0")}`));
    });
    const { result, issues } = measure(input(history, calls));
    expect(issues).toEqual([]);
    expect(result?.cycle).toEqual(SEPT);
    const team = result!.kpis.team;
    expect([team.plannedCalls, team.actualCalls, team.targets, team.reachedTargets]).toEqual([
      160, 120, 40, 34,
    ]);
    expect(team.callAttainment).toBe(0.75);
    expect(team.reach).toBe(0.85);
    expect(team.frequency).toBeCloseTo(120 / 34, 12);
    expect(result!.kpis.reps).toHaveLength(1);
    expect(result!.kpis.reps[0].name).toBe("");
    expect(team.productCoverage).toBe(0.5);
  });
});

describe("matching the Call Log to archived targets (the accounting rule)", () => {
  const history = [target(0), target(1), target(0, OCT), target(2, OCT)];

  it("counts each call once for its cycle's target and lists every other row", () => {
    const calls = [
      call(history[0], "2026-09-10"),
      call(history[0], "2026-09-11", { dateIsSerial: false }), // typed as text: counted, unseen by COUNTIFS
      call(history[1], "2026-09-12", { rawDoctor: " 医生1 " }), // stray spaces: counted, unseen
      call(history[0], "2026-10-02"), // October: a target of the October plan, not of September
      call(history[0], "2026-08-30"), // before every archived cycle
      call(history[1], "2026-10-03"), // 医生1 is not an October target
      call(history[0], "2026-10-20"), // after today
      call({ ...history[0], doctor: "无名氏" }, "2026-09-15"), // not in Doctors
    ];
    const known = new Set(history.map((h) => `${h.hospital}|${h.doctor}`));
    const a = matchCalls({
      history,
      calls,
      knownDoctor: (h, d) => known.has(`${h}|${d}`),
      today: "2026-10-05",
      columns: { date: "日期", doctor: "医生" },
    });
    expect(a.cycle).toEqual(OCT);
    expect(a.targets.map((t) => [t.row.doctor, t.actualCalls, t.unseenCalls, t.lastCall])).toEqual([
      ["医生0", 2, 0, "2026-10-20"],
      ["医生2", 0, 0, null],
    ]);
    expect(a.issues.map((i) => [i.row, i.code])).toEqual([
      [calls[4].row, "call-date-outside-cycles"],
      [calls[5].row, "call-not-target"],
      [calls[6].row, "call-date-future"],
      [calls[7].row, "call-unknown-doctor"],
    ]);
    // Every row is counted for a target of its cycle or listed.
    const september = matchCalls({
      history,
      calls,
      knownDoctor: (h, d) => known.has(`${h}|${d}`),
      today: "2026-09-30",
      columns: { date: "日期", doctor: "医生" },
    });
    expect(september.targets.map((t) => [t.row.doctor, t.actualCalls, t.unseenCalls])).toEqual([
      ["医生0", 2, 1],
      ["医生1", 1, 1],
    ]);
  });
});

describe("Plan vs Actual rows, migration and quota coverage", () => {
  it("compares Rx then with now, objective met, quadrant and status migration", () => {
    const history = [
      target(0, SEPT, { volume: 10, targetRx: 12, quadrant: "LH", status: "conservative" }),
      target(1, SEPT, { volume: 0, targetRx: 3, quadrant: "LH", status: "not-using" }),
      target(2, SEPT, { volume: 20, targetRx: 24, quadrant: "HH", status: "second-line" }),
    ];
    const doctors = doctorsFor(history, (i) => [13, 2, 25][i]);
    doctors[0].quadrant = "HH";
    doctors[2].record.status = "first-line";
    const quotas: QuotaRecord[] = [
      { sheet: "指标", row: 2, rep: "", hospital: "", month: "2026-09", quota: 40 },
      { sheet: "指标", row: 3, rep: "", hospital: "", month: "2026-10", quota: 60 },
    ];
    const { result } = measure(
      input(history, [], {
        doctors,
        quotas,
        newTargets: [
          { rep: "", volume: 13, targetRx: 16 },
          { rep: "", volume: 2, targetRx: 3 },
        ],
      }),
    );
    expect(result!.targets.map((t) => [t.rxThen, t.rxNow, t.met])).toEqual([
      [10, 13, true],
      [0, 2, false],
      [20, 25, true],
    ]);
    const team = result!.kpis.team;
    expect(team.objectivesMetRate).toBeCloseTo(2 / 3, 12);
    expect(team.rxGrowth).toBeCloseTo((40 - 30) / 30, 12);
    expect(team.prescribingTargets).toBe(3);
    expect(team.quota).toBe(40);
    expect(team.quotaAttainment).toBeCloseTo(40 / 40, 12);
    expect(result!.migration.quadrant.LH.HH).toBe(2);
    expect(result!.migration.quadrant.HH.HH).toBe(1);
    expect(result!.migration.status["second-line"]["first-line"]).toBe(1);
    expect(result!.migration.status["not-using"]["second-line"]).toBe(1);
    // October: 40 Rx now + gains 3 + 1 = 44 against 60 → a gap of 16.
    expect(result!.quotaCoverage).toEqual([quotaCoverage("", 60, 40, 4)]);
    expect(result!.quotaCoverage[0].gap).toBe(16);
  });

  it("no archived cycle has started: no measurement, and calls are listed as outside every cycle", () => {
    const history = [target(0, OCT)];
    const { result, issues } = measure(
      input(history, [call(history[0], "2026-09-02")], { today: "2026-09-20" }),
    );
    expect(result).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["call-date-outside-cycles"]);
  });

  it("a quarter touches three months", () => {
    expect(cycleMonths({ start: "2026-11-01", end: "2027-01-31" })).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
    expect(isoToSerial("2026-09-01")).toBe(46266);
  });
});
