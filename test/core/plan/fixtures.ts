/** Hand-built engine results for plan tests: two hospitals, four target doctors. */
import type { DoctorRecord, DoctorStatus, HospitalRecord } from "../../../src/core/fields";
import type { DoctorResult, HospitalResult } from "../../../src/core/results";
import type { Quadrant, Stage } from "../../../src/core/settings";

export function hospital(name: string, stage: Stage, row: number): HospitalResult {
  const record: HospitalRecord = {
    sheet: "医院",
    row,
    name,
    beds: 800,
    dailyOutpatients: 2000,
    monthlyPurchase: 6_000_000,
    classShare: 0.1,
    hospitalVolume: null,
    rep: "",
    city: "",
  };
  return {
    record,
    tier: "A",
    criteria: { beds: "A", dailyOutpatients: "A", monthlyPurchase: "A" },
    classMarketValue: 600_000,
    potential: null,
    volume: null,
    share: null,
    stage,
    quadrant: null,
  };
}

export interface DoctorFacts {
  name: string;
  hospital: string;
  department: string;
  volume: number | null;
  potential: number | null;
  status: DoctorStatus | null;
  quadrant: Quadrant;
  callsPerMonth: number;
  availability: string;
  row: number;
}

export function doctor(f: DoctorFacts, priority: number): DoctorResult {
  const record: DoctorRecord = {
    sheet: "医生",
    row: f.row,
    hospital: f.hospital,
    department: f.department,
    name: f.name,
    title: "主治医师",
    volume: f.volume,
    potential: f.potential,
    status: f.status,
    statusText: "",
    doctorType: "",
    availability: f.availability,
    rep: "",
  };
  const headroom = f.volume !== null && f.potential !== null ? f.potential - f.volume : null;
  return {
    record,
    quadrant: f.quadrant,
    headroom,
    score: headroom,
    target: true,
    priority,
    callsPerMonth: f.callsPerMonth,
    callsInCycle: f.callsPerMonth,
    rep: null,
    targetRx: null,
    rule: "share",
    reason: "",
  };
}

export const HOSPITALS: HospitalResult[] = [
  hospital("协和医院", "growth", 2),
  hospital("仁济医院", "development", 3),
];

const TARGET_FACTS: DoctorFacts[] = [
  {
    name: "王医生",
    hospital: "协和医院",
    department: "心内科",
    volume: 10,
    potential: 30,
    status: "second-line",
    quadrant: "LH",
    callsPerMonth: 4,
    availability: "周一上午,周三下午",
    row: 2,
  },
  {
    name: "李医生",
    hospital: "协和医院",
    department: "心内科",
    volume: 0,
    potential: 20,
    status: "not-using",
    quadrant: "LH",
    callsPerMonth: 4,
    availability: "",
    row: 3,
  },
  {
    name: "赵医生",
    hospital: "仁济医院",
    department: "神经内科",
    volume: 25,
    potential: 60,
    status: "conservative",
    quadrant: "HH",
    callsPerMonth: 4,
    availability: "看情况再说",
    row: 5,
  },
  {
    name: "张医生",
    hospital: "仁济医院",
    department: "神经内科",
    volume: 10,
    potential: 11,
    status: "first-line",
    quadrant: "HL",
    callsPerMonth: 2,
    availability: "Tue PM",
    row: 4,
  },
];

/** In priority order (as the engine hands them over). */
export const TARGETS: DoctorResult[] = TARGET_FACTS.map((f, i) => doctor(f, i + 1));

/** 2026-11-15 → the default cycle is December 2026 (23 working days). */
export const TODAY = new Date(Date.UTC(2026, 10, 15));
