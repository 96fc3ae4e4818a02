/**
 * The sample territory as the three input sheets a manager would keep, in
 * Chinese or English, with the messy cells SPEC §1 says MicroSeg must read:
 * a merged title row, a 万元 header unit, `1,500`, full-width digits, a rate as
 * `35%` and as 35, `500万`, a 合计 row, #N/A, a blank row, a duplicate doctor
 * and a doctor whose hospital is not listed. Both languages carry the same
 * values, so they must give the same plan.
 */
import { DEPARTMENTS, type SampleSlot, type SampleTerritory } from "./data";

export type SampleLang = "zh" | "en";
/** A Date is written as an Excel date cell (the Call Log's dates). */
export type SampleCell = string | number | null | Date | { error: "#N/A" };

export interface SampleSheet {
  name: string;
  /** Merged across the header's width above it, with a blank row between. */
  title?: string;
  headers: string[];
  rows: SampleCell[][];
}

const WORDS = {
  zh: {
    sheets: ["医院", "科室", "医生", "代表"],
    repHeader: "负责代表",
    reps: ["代表姓名", "每日拜访数", "负责区域", "休假"],
    title: "华东区医院档案 2026年10月",
    hospitals: ["医院名称", "床位数", "日门诊量（人次）", "月购金额(万元)", "该类药占比", "我方月销量"],
    departments: [
      "医院",
      "科室",
      "平均每日病人数",
      "使用该类药品病人比例",
      "平均每病人处方量",
      "工作日",
      "平均被处方我的产品的病人数",
      "每日就诊人数",
      "相关患者人数",
    ],
    doctors: ["医院", "科室", "医生姓名", "职称", "用药状态", "月处方量", "月潜力", "医生类型", "门诊时间"],
    total: "合计",
    unlisted: "华东第九十九医院",
    status: { "first-line": "首选", "second-line": "二线", conservative: "保守", "not-using": "未用" },
    title_: { chief: "主任医师", associate: "副主任医师", attending: "主治医师", resident: "住院医师" },
    kol: ["学术专家", ""],
    types: ["容易会见型", "太忙型", "朋友型", "缺乏经验型", "创新型", "难以会见"],
    days: ["周一", "周二", "周三", "周四", "周五"],
    halves: ["上午", "下午"],
    join: ",",
  },
  en: {
    sheets: ["Hospitals", "Departments", "Doctors", "Representatives"],
    repHeader: "Rep",
    reps: ["Rep", "Calls per day", "Region", "Days off"],
    title: "East China hospital profiles, October 2026",
    hospitals: ["Hospital name", "Beds", "Daily outpatients", "Monthly purchase", "Class share", "Our monthly volume"],
    departments: [
      "Hospital",
      "Department",
      "Daily patients",
      "Class usage rate",
      "Rx per patient",
      "Working days",
      "Our daily patients",
      "Daily visits",
      "Related patients",
    ],
    doctors: [
      "Hospital",
      "Department",
      "Doctor name",
      "Title",
      "Prescribing status",
      "Monthly Rx",
      "Potential",
      "Doctor type",
      "Clinic hours",
    ],
    total: "Total",
    unlisted: "East China No. 99 Hospital",
    status: {
      "first-line": "First-line",
      "second-line": "Second-line",
      conservative: "Conservative",
      "not-using": "Not using",
    },
    title_: {
      chief: "Chief Physician",
      associate: "Associate Chief Physician",
      attending: "Attending Physician",
      resident: "Resident",
    },
    kol: ["KOL", ""],
    types: ["Easy to see", "Busy", "Friend", "Inexperienced", "Innovative", "Difficult to see"],
    days: ["Mon", "Tue", "Wed", "Thu", "Fri"],
    halves: ["AM", "PM"],
    join: ", ",
  },
} as const;

const FULL_WIDTH_OFFSET = 0xfee0;
function fullWidthDigits(n: number): string {
  return [...String(n)].map((c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET)).join("");
}

function availability(lang: SampleLang, slots: SampleSlot[]): string {
  const w = WORDS[lang];
  return slots.map(([d, pm]) => `${w.days[d]}${lang === "en" ? " " : ""}${w.halves[pm ? 1 : 0]}`).join(w.join);
}

export interface SheetOptions {
  /** Add the messy cells (off for the benchmark, which measures volume). */
  messy: boolean;
  /** Add the manager's 目标调整 / 调整原因 columns with a pin, an exclusion and an unreadable value (issue 16). */
  overrides?: boolean;
}

const OVERRIDE_WORDS = {
  zh: {
    headers: ["目标调整", "调整原因"],
    pin: ["必选", "科主任，必须覆盖"],
    exclude: ["排除", "即将退休"],
    unknown: ["待定", null],
  },
  en: {
    headers: ["Target override", "Override reason"],
    pin: ["Pin", "Head of department, must be covered"],
    exclude: ["Exclude", "Retiring soon"],
    unknown: ["TBD", null],
  },
} as const;

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/**
 * The manager's adjustments of the demo: pin the low-volume, low-potential
 * doctor with the least headroom (the rules would never pick them) and
 * exclude the low-volume, high-potential doctor with the most headroom (a top
 * target); one unreadable value shows the message it gets.
 */
function overrideCells(t: SampleTerritory, lang: SampleLang): (SampleCell | null)[][] {
  const volumeCut = median(t.doctors.map((d) => d.volume));
  const potentialCut = median(t.doctors.map((d) => d.potential));
  const headroom = (i: number) => t.doctors[i].potential - t.doctors[i].volume;
  // Not the doctors the messy edits copy or blank (3, 10, 11, 20).
  const free = t.doctors.map((_d, i) => i).filter((i) => i > 40);
  const ll = free.filter((i) => t.doctors[i].volume < volumeCut && t.doctors[i].potential < potentialCut);
  const lh = free.filter((i) => t.doctors[i].volume < volumeCut && t.doctors[i].potential >= potentialCut);
  const pin = ll.reduce((a, b) => (headroom(b) < headroom(a) ? b : a));
  const exclude = lh.reduce((a, b) => (headroom(b) > headroom(a) ? b : a));
  const w = OVERRIDE_WORDS[lang];
  return t.doctors.map((_d, i) =>
    i === pin ? [...w.pin] : i === exclude ? [...w.exclude] : i === free[0] ? [...w.unknown] : [null, null],
  );
}

export function hospitalSheet(t: SampleTerritory, lang: SampleLang, opts: SheetOptions): SampleSheet {
  const w = WORDS[lang];
  const rows: SampleCell[][] = t.hospitals.map((h) => [
    h.name,
    h.beds,
    h.dailyOutpatients,
    // zh keeps money in 万元 as the header says; en in 元.
    lang === "zh" ? h.monthlyPurchase / 10_000 : h.monthlyPurchase,
    h.classShare,
    h.hospitalVolume,
  ]);
  if (opts.messy && rows.length >= 8) {
    rows[1][1] = fullWidthDigits(t.hospitals[1].beds);
    rows[2][2] = t.hospitals[2].dailyOutpatients.toLocaleString("en-US");
    rows[3][4] = `${Math.round(t.hospitals[3].classShare * 100)}%`;
    rows[4][4] = Math.round(t.hospitals[4].classShare * 100);
    // 500万 written with its own unit; the 万元 header must not scale it again.
    rows[0][3] = lang === "zh" ? "500万" : "5,000,000";
    rows[5][1] = ` ${t.hospitals[5].beds} `;
    const sum = (i: number): number => rows.reduce((s, r) => s + (typeof r[i] === "number" ? r[i] : 0), 0);
    rows.push([w.total, sum(1), sum(2), sum(3), null, sum(5)]);
  }
  const headers: string[] = [...w.hospitals];
  if (t.reps.length > 0) {
    headers.push(w.repHeader);
    t.hospitals.forEach((h, i) => rows[i].push(h.rep));
  }
  return { name: w.sheets[0], title: opts.messy ? w.title : undefined, headers, rows };
}

export function departmentSheet(t: SampleTerritory, lang: SampleLang, opts: SheetOptions): SampleSheet {
  const w = WORDS[lang];
  const rows: SampleCell[][] = t.departments.map((d) => [
    d.hospital,
    DEPARTMENTS[d.department][lang],
    d.dailyPatients,
    d.classUsageRate,
    d.rxPerPatient,
    d.workingDays,
    d.ourDailyPatients,
    d.dailyVisits,
    d.relatedPatients,
  ]);
  if (opts.messy && rows.length >= 8) {
    rows[6][3] = `${Math.round(t.departments[6].classUsageRate * 100)}%`;
    rows[7][3] = Math.round(t.departments[7].classUsageRate * 100);
  }
  return { name: w.sheets[1], headers: [...w.departments], rows };
}

/**
 * A non-KOL doctor's 医生类型 as a manager notes it (the deck's types), or
 * blank for most: fixed by the doctor's name, so the samples' random data
 * stay as they were and the zh and en samples agree.
 */
function otherType(types: readonly string[], name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  const k = h % (types.length * 3);
  return k < types.length ? types[k] : "";
}

function doctorRow(
  lang: SampleLang,
  d: SampleTerritory["doctors"][number],
  hospital = d.hospital,
): SampleCell[] {
  const w = WORDS[lang];
  return [
    hospital,
    DEPARTMENTS[d.department][lang],
    d.name,
    w.title_[d.title],
    w.status[d.status],
    d.volume,
    d.potential,
    d.kol ? w.kol[0] : otherType(w.types, d.name),
    availability(lang, d.availability),
  ];
}

export function doctorSheet(t: SampleTerritory, lang: SampleLang, opts: SheetOptions): SampleSheet {
  const w = WORDS[lang];
  const rows = t.doctors.map((d) => doctorRow(lang, d));
  const headers: string[] = [...w.doctors];
  if (opts.overrides && rows.length > 60) {
    const extra = overrideCells(t, lang);
    rows.forEach((r, i) => r.push(...extra[i]));
    headers.push(...OVERRIDE_WORDS[lang].headers);
  }
  if (opts.messy && rows.length >= 40) {
    rows[10][5] = { error: "#N/A" };
    rows[11][6] = ` ${t.doctors[11].potential} `;
    rows.splice(30, 0, rows[29].map(() => null));
    rows.push(doctorRow(lang, t.doctors[3]));
    rows.push(doctorRow(lang, t.doctors[20], w.unlisted));
  }
  return { name: w.sheets[2], headers, rows };
}

/** Representatives (SPEC §8): calls per day, the cities as one cell, days off as written. */
export function representativeSheet(t: SampleTerritory, lang: SampleLang, opts: SheetOptions): SampleSheet {
  const w = WORDS[lang];
  const rows: SampleCell[][] = t.reps.map((r) => [
    r.name,
    r.callsPerDay,
    r.cities.join(lang === "zh" ? "、" : ", "),
    r.daysOff?.[lang] ?? null,
  ]);
  // A number typed as text with spaces, as real files have.
  if (opts.messy && rows.length > 3) rows[3][1] = ` ${t.reps[3].callsPerDay} `;
  return { name: w.sheets[3], headers: [...w.reps], rows };
}

export function territorySheets(t: SampleTerritory, lang: SampleLang, opts: SheetOptions): SampleSheet[] {
  const sheets = [hospitalSheet(t, lang, opts), departmentSheet(t, lang, opts), doctorSheet(t, lang, opts)];
  if (t.reps.length > 0) sheets.push(representativeSheet(t, lang, opts));
  return sheets;
}
