/**
 * The sample territory: hospitals across tiers A/B/C, their departments and
 * doctors, with numbers in the ranges a manager's file shows. No dates: the
 * plan's cycle comes from the settings, so the samples never go stale.
 */
import { seededRandom, type Random } from "./random";

export type SampleTier = "A" | "B" | "C";
export type SampleStatus = "first-line" | "second-line" | "conservative" | "not-using";
export type SampleTitle = "chief" | "associate" | "attending" | "resident";
export type SampleSlot = [day: number, afternoon: boolean];

export interface SampleHospital {
  name: string;
  tier: SampleTier;
  beds: number;
  dailyOutpatients: number;
  /** 元 */
  monthlyPurchase: number;
  /** 0..1 */
  classShare: number;
  hospitalVolume: number;
  /** The city the name starts with. */
  city: string;
  /** The rep who covers it; null = none (left unplanned, SPEC §8). */
  rep: string | null;
}

/** A representative of the team (SPEC §8). */
export interface SampleRep {
  name: string;
  callsPerDay: number;
  cities: string[];
  /** Days off as a manager writes them, per sheet language; null = none. */
  daysOff: { zh: string; en: string } | null;
}

export interface SampleDepartment {
  hospital: string;
  /** Index into DEPARTMENTS. */
  department: number;
  dailyPatients: number;
  classUsageRate: number;
  rxPerPatient: number;
  /** null = left blank (the default applies). */
  workingDays: number | null;
  ourDailyPatients: number;
  dailyVisits: number;
  relatedPatients: number;
}

export interface SampleDoctor {
  hospital: string;
  department: number;
  name: string;
  title: SampleTitle;
  status: SampleStatus;
  volume: number;
  potential: number;
  kol: boolean;
  availability: SampleSlot[];
}

export interface SampleTerritory {
  hospitals: SampleHospital[];
  departments: SampleDepartment[];
  doctors: SampleDoctor[];
  /** Empty = no rep data (the single plan). */
  reps: SampleRep[];
}

export const DEPARTMENTS: readonly { zh: string; en: string }[] = [
  { zh: "心内科", en: "Cardiology" },
  { zh: "神经内科", en: "Neurology" },
  { zh: "内分泌科", en: "Endocrinology" },
  { zh: "呼吸科", en: "Respiratory Medicine" },
  { zh: "消化科", en: "Gastroenterology" },
  { zh: "肾内科", en: "Nephrology" },
  { zh: "老年科", en: "Geriatrics" },
  { zh: "全科医学科", en: "General Practice" },
  { zh: "急诊科", en: "Emergency" },
  { zh: "风湿免疫科", en: "Rheumatology" },
  { zh: "肿瘤科", en: "Oncology" },
  { zh: "血液科", en: "Hematology" },
];

const CITIES = ["华东", "上海市", "杭州市", "南京市", "苏州市", "宁波市", "无锡市", "合肥市", "福州市", "济南市"];
const KINDS = ["第一人民医院", "第二人民医院", "中医院", "中心医院", "人民医院", "第三人民医院"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华文建国红玉兰志宏海燕晓鹏飞俊峰婷雪琳博宇浩然欣怡子轩梓涵雨萱思远嘉诚";

const TIER_SHAPE: Record<SampleTier, { beds: [number, number]; opd: [number, number]; buy: [number, number] }> = {
  A: { beds: [520, 1800], opd: [1600, 6000], buy: [520, 2200] },
  B: { beds: [210, 490], opd: [520, 1450], buy: [110, 480] },
  C: { beds: [60, 190], opd: [120, 480], buy: [20, 95] },
};

function hospitalName(i: number): string {
  const city = CITIES[i % CITIES.length];
  const kind = KINDS[Math.floor(i / CITIES.length) % KINDS.length];
  const round = Math.floor(i / (CITIES.length * KINDS.length));
  return round === 0 ? `${city}${kind}` : `${city}第${round + 3}分院${kind}`;
}

function makeHospital(rng: Random, i: number, tier: SampleTier): SampleHospital {
  const s = TIER_SHAPE[tier];
  return {
    city: CITIES[i % CITIES.length],
    rep: null,
    name: hospitalName(i),
    tier,
    beds: rng.int(...s.beds),
    dailyOutpatients: rng.int(...s.opd),
    // In 万元 steps of 0.5 so the 万元 sheet shows tidy numbers.
    monthlyPurchase: Math.round(rng.between(...s.buy) * 2) * 5000,
    classShare: rng.between(0.08, 0.4, 2),
    hospitalVolume: 0,
  };
}

function personName(rng: Random): string {
  const given = rng.int(1, 2) === 1 ? rng.pick([...GIVEN]) : rng.pick([...GIVEN]) + rng.pick([...GIVEN]);
  return rng.pick([...SURNAMES]) + given;
}

function slots(rng: Random): SampleSlot[] {
  const first: SampleSlot = [rng.int(0, 4), rng.next() < 0.5];
  const second: SampleSlot = [(first[0] + rng.int(1, 3)) % 5, rng.next() < 0.5];
  return first[0] < second[0] ? [first, second] : [second, first];
}

const STATUS_SHARE: Record<SampleStatus, [number, number]> = {
  "first-line": [0.5, 0.9],
  "second-line": [0.2, 0.5],
  conservative: [0.03, 0.2],
  "not-using": [0, 0],
};

/**
 * The listed doctors' potentials share out this part of the department's
 * total Rx (the Departments row, 22 working days when blank): the rest is
 * doctors not listed, so no department sums above its total (SPEC §6 reconciliation).
 */
const LISTED_SHARE = 0.85;

function makeDoctors(rng: Random, dept: SampleDepartment, count: number, used: Set<string>): SampleDoctor[] {
  const deptRx = dept.dailyPatients * dept.classUsageRate * dept.rxPerPatient * (dept.workingDays ?? 22);
  const doctors: SampleDoctor[] = [];
  const draws: { weight: number; share: number }[] = [];
  for (let k = 0; k < count; k++) {
    let name = personName(rng);
    while (used.has(name)) name = personName(rng);
    used.add(name);
    const title = rng.pick<SampleTitle>(["chief", "associate", "attending", "attending", "resident"]);
    const status = rng.pick<SampleStatus>(["first-line", "second-line", "second-line", "conservative", "not-using"]);
    const weight = { chief: 1.6, associate: 1.3, attending: 1, resident: 0.6 }[title];
    draws.push({ weight: weight * rng.between(0.5, 1.5, 2), share: rng.between(...STATUS_SHARE[status], 2) });
    doctors.push({
      hospital: dept.hospital,
      department: dept.department,
      name,
      title,
      status,
      volume: 0,
      potential: 0,
      kol: title === "chief" && rng.next() < 0.5,
      availability: slots(rng),
    });
  }
  const weights = draws.reduce((sum, d) => sum + d.weight, 0);
  doctors.forEach((doc, k) => {
    doc.potential = Math.max(2, Math.round((deptRx * LISTED_SHARE * draws[k].weight) / weights));
    doc.volume = Math.round(doc.potential * draws[k].share);
  });
  return doctors;
}

export interface TerritorySize {
  hospitals: number;
  departmentsPerHospital: [number, number];
  doctorsPerDepartment: [number, number];
}

export const DEMO_SIZE: TerritorySize = {
  hospitals: 30,
  departmentsPerHospital: [3, 5],
  doctorsPerDepartment: [4, 6],
};

export function makeTerritory(size: TerritorySize, seed = 20261001): SampleTerritory {
  const rng = seededRandom(seed);
  const tiers: SampleTier[] = ["A", "B", "B", "C", "C", "A", "B", "C"];
  const hospitals = Array.from({ length: size.hospitals }, (_, i) => makeHospital(rng, i, tiers[i % tiers.length]));
  const departments: SampleDepartment[] = [];
  const doctors: SampleDoctor[] = [];
  for (const h of hospitals) {
    const count = Math.min(DEPARTMENTS.length, rng.int(...size.departmentsPerHospital));
    const start = rng.int(0, DEPARTMENTS.length - 1);
    const used = new Set<string>();
    let ourRx = 0;
    for (let d = 0; d < count; d++) {
      const dailyPatients = rng.int(h.tier === "C" ? 10 : 30, h.tier === "A" ? 160 : 90);
      const dept: SampleDepartment = {
        hospital: h.name,
        department: (start + d) % DEPARTMENTS.length,
        dailyPatients,
        classUsageRate: rng.between(0.15, 0.6, 2),
        rxPerPatient: rng.pick([1, 1.5, 2, 2, 3]),
        workingDays: rng.next() < 0.15 ? null : rng.pick([20, 21, 22, 22, 22]),
        ourDailyPatients: 0,
        dailyVisits: dailyPatients + rng.int(10, 80),
        relatedPatients: Math.round(dailyPatients * rng.between(0.3, 0.9, 2)),
      };
      // Development-stage hospitals (about one in six) have none of our patients yet.
      const ours = rng.next() < 0.17 ? 0 : rng.between(0.05, 0.6, 2);
      dept.ourDailyPatients = Math.round(dept.dailyPatients * dept.classUsageRate * ours);
      ourRx += dept.ourDailyPatients * dept.rxPerPatient * (dept.workingDays ?? 22);
      departments.push(dept);
      doctors.push(...makeDoctors(rng, dept, rng.int(...size.doctorsPerDepartment), used));
    }
    h.hospitalVolume = Math.round(ourRx);
  }
  return { hospitals, departments, doctors, reps: [] };
}

/**
 * The demo's team: eight reps, one or two cities each, one with three days
 * off in each of the demo's cycles (November 2026 and January and February
 * 2027, written 2026-11-11~11-13 in English, 11月11日-13日 in Chinese: the
 * demo plans the month after today, so its summary shows them), and the last
 * 福州市 hospital left without a rep.
 */
export const DEMO_REPS: readonly SampleRep[] = [
  { name: "张伟", callsPerDay: 8, cities: ["上海市"], daysOff: null },
  {
    name: "李娜",
    callsPerDay: 8,
    cities: ["杭州市"],
    daysOff: {
      zh: "11月11日-13日；1月13日-15日；2月24日-26日",
      en: "2026-11-11~11-13; 2027-01-13~01-15; 2027-02-24~02-26",
    },
  },
  { name: "王芳", callsPerDay: 8, cities: ["南京市"], daysOff: null },
  { name: "刘洋", callsPerDay: 7, cities: ["苏州市", "无锡市"], daysOff: null },
  { name: "陈静", callsPerDay: 8, cities: ["宁波市"], daysOff: null },
  { name: "杨磊", callsPerDay: 8, cities: ["合肥市", "福州市"], daysOff: null },
  { name: "赵敏", callsPerDay: 8, cities: ["济南市"], daysOff: null },
  { name: "周杰", callsPerDay: 8, cities: ["华东"], daysOff: null },
];

/** Gives each hospital the rep of its city; the last hospital of `unassignedCity` keeps none. */
export function assignReps(t: SampleTerritory, reps: readonly SampleRep[], unassignedCity = "福州市"): void {
  t.reps = reps.map((r) => ({ ...r, cities: [...r.cities] }));
  const last = t.hospitals.map((h) => h.city).lastIndexOf(unassignedCity);
  t.hospitals.forEach((h, i) => {
    h.rep = i === last ? null : (reps.find((r) => r.cities.includes(h.city))?.name ?? null);
  });
}

/** A benchmark team: `count` reps, hospitals dealt round-robin. */
export function benchReps(t: SampleTerritory, count: number): void {
  t.reps = Array.from({ length: count }, (_, i) => ({
    name: `代表${String(i + 1).padStart(4, "0")}`,
    callsPerDay: 8,
    cities: [],
    daysOff: null,
  }));
  t.hospitals.forEach((h, i) => (h.rep = t.reps[i % count].name));
}
