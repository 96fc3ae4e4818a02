/**
 * Benchmark data: 10,000 hospitals, 100,000 departments and 1,000,000 doctors
 * as raw sheets, with the mess of a real file (text numbers with separators,
 * percents, full-width digits, a title row) so the input stage does real work.
 */
import type { CellValue, SheetData } from "../src/core/cells";

export const HOSPITALS = 10_000;
export const DEPARTMENTS_PER_HOSPITAL = 10;
export const DOCTORS_PER_DEPARTMENT = 10;

/** Small deterministic PRNG (mulberry32), so every pass sees the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH_ZERO = 0xff10;

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
}

function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A whole number as the user might have typed it. */
function messy(n: number, r: number): CellValue {
  if (r < 0.7) return n;
  if (r < 0.85) return withCommas(n);
  if (r < 0.95) return ` ${n} `;
  return fullWidth(n);
}

function rate(x: number, r: number): CellValue {
  if (r < 0.5) return x;
  return `${Math.round(x * 1000) / 10}%`;
}

const TITLES = ["主任医师", "副主任医师", "主治医师", "住院医师"];
const STATUSES = ["首选", "二线", "保守", "未用"];

/** Representatives in the team case (SPEC §8): hospitals dealt round-robin. */
export const TEAM_REPS = 500;

function repName(i: number): string {
  return `代表${String(i + 1).padStart(4, "0")}`;
}

/**
 * The benchmark workbook; `hospitals` scales it down (10 departments × 10
 * doctors each). With `reps` > 0 the Hospitals sheet gains a 负责代表 column
 * (hospitals dealt round-robin) and a 代表 sheet lists the team: calls per day
 * 6–10, one rep in ten with days off written as a manager writes them.
 */
export function generateSheets(seed = 42, hospitalCount = HOSPITALS, reps = 0): SheetData[] {
  const rnd = random(seed);
  const hospitalHeader = ["医院名称", "床位数", "日门诊量", "月购金额(万元)", "该类药占比", "我方月销量"];
  const hospitals: CellValue[][] = [
    ["华东区医院档案 2026年10月"],
    reps > 0 ? [...hospitalHeader, "负责代表"] : hospitalHeader,
  ];
  const departments: CellValue[][] = [
    [
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
  ];
  const doctors: CellValue[][] = [["医院", "科室", "医生", "职称", "月处方量", "月潜力", "用药状态"]];
  let doctorNo = 0;
  for (let h = 0; h < hospitalCount; h++) {
    const hospital = `医院${String(h + 1).padStart(5, "0")}`;
    hospitals.push([
      hospital,
      messy(Math.floor(50 + rnd() * 1200), rnd()),
      messy(Math.floor(100 + rnd() * 4000), rnd()),
      messy(Math.floor(20 + rnd() * 1500), rnd()),
      rate(Math.round(rnd() * 40) / 100, rnd()),
      rnd() < 0.3 ? null : messy(Math.floor(rnd() * 3000), rnd()),
      ...(reps > 0 ? [repName(h % reps)] : []),
    ]);
    for (let d = 0; d < DEPARTMENTS_PER_HOSPITAL; d++) {
      const department = `科室${d + 1}`;
      departments.push([
        hospital,
        department,
        messy(Math.floor(10 + rnd() * 150), rnd()),
        rate(Math.round(rnd() * 80) / 100, rnd()),
        Math.floor(1 + rnd() * 3),
        rnd() < 0.5 ? null : Math.floor(18 + rnd() * 6),
        messy(Math.floor(rnd() * 20), rnd()),
        messy(Math.floor(50 + rnd() * 300), rnd()),
        messy(Math.floor(rnd() * 50), rnd()),
      ]);
      for (let k = 0; k < DOCTORS_PER_DEPARTMENT; k++) {
        doctorNo++;
        const potential = Math.floor(rnd() * 200);
        doctors.push([
          hospital,
          department,
          `医生${doctorNo}`,
          TITLES[Math.floor(rnd() * TITLES.length)],
          messy(Math.floor(rnd() * potential * 0.8), rnd()),
          messy(potential, rnd()),
          STATUSES[Math.floor(rnd() * STATUSES.length)],
        ]);
      }
    }
  }
  const sheets: SheetData[] = [
    { name: "医院", values: hospitals, firstRow: 1, firstCol: 0 },
    { name: "科室", values: departments, firstRow: 1, firstCol: 0 },
    { name: "医生", values: doctors, firstRow: 1, firstCol: 0 },
  ];
  if (reps > 0) {
    const team: CellValue[][] = [["代表姓名", "每日拜访数", "休假"]];
    for (let i = 0; i < reps; i++)
      team.push([repName(i), 6 + (i % 5), i % 10 === 3 ? "10月12日-14日" : null]);
    sheets.push({ name: "代表", values: team, firstRow: 1, firstCol: 0 });
  }
  return sheets;
}

/** Data rows (without titles and headers: the Hospitals sheet has a title row, every sheet a header). */
export function dataRowCount(sheets: readonly SheetData[]): number {
  return sheets.reduce((n, s) => n + s.values.length, 0) - 1 - sheets.length;
}
