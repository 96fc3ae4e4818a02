/**
 * The sample's closed loop (SPEC §10): August 2026 planned by MicroSeg
 * itself from the same seeded territory as it stood then (some volumes
 * lower), a Call Log of what the reps did in August, and a Quota sheet.
 * The sample workbook then holds that Plan History as MicroSeg's own sheet,
 * so a demo run on any later date shows Plan vs Actual and the KPIs.
 * August has no public holiday or make-up day in either calendar, so the
 * Chinese and the English sample archive the same plan.
 */
import { runEngine } from "../../src/core/engine";
import type { HistoryRow } from "../../src/core/measure";
import type { OutputTable } from "../../src/core/output";
import { defaultSettings } from "../../src/core/settings";
import { PackageWorkbook } from "../../src/xlsx";
import type { SampleTerritory } from "./data";
import { seededRandom } from "./random";
import type { SampleCell, SampleLang, SampleSheet } from "./sheets";

/** The archived cycle and the day its plan was made. */
export const SAMPLE_CYCLE = { start: "2026-08-01", end: "2026-08-31" };
const PLANNED_ON = new Date(Date.UTC(2026, 6, 25));
/** Fixed so the registry MicroSeg writes into the sample is the same on every run. */
const WRITTEN_AT = new Date(Date.UTC(2026, 9, 1));

/** The territory as it stood when August was planned: about half the doctors wrote a little less. */
export function territoryThen(now: SampleTerritory): SampleTerritory {
  const rng = seededRandom(20260801);
  return {
    ...now,
    doctors: now.doctors.map((d) => {
      const lower = rng.next() < 0.5 ? Math.round(d.volume * rng.between(0.7, 0.95, 2)) : d.volume;
      return { ...d, volume: lower };
    }),
  };
}

/** August's plan, made by MicroSeg from the workbook as it stood then. */
export async function archivedPlan(thenWorkbook: string, lang: SampleLang): Promise<OutputTable> {
  const book = await PackageWorkbook.open(thenWorkbook);
  const read = await book.readWorkbook();
  const settings = { ...defaultSettings(), language: lang };
  settings.cycle = { ...settings.cycle, start: SAMPLE_CYCLE.start, end: SAMPLE_CYCLE.end };
  const result = runEngine(read.inputs, settings, { today: PLANNED_ON });
  const history = result.outputs.find((t) => t.id === "planHistory");
  if (!history) throw new Error("The archived plan has no Plan History");
  return history;
}

/** The rows of the archived plan, back from its table. */
function targetsOf(history: OutputTable): Pick<HistoryRow, "hospital" | "department" | "doctor" | "plannedCalls">[] {
  const col = (key: string) => history.columns.findIndex((c) => c.key === key);
  return history.rows.map((r) => ({
    hospital: String(r[col("hospital")]),
    department: String(r[col("department")] ?? ""),
    doctor: String(r[col("doctor")]),
    plannedCalls: Number(r[col("plannedCalls")]),
  }));
}

const CALL_WORDS = {
  zh: {
    sheet: "拜访记录",
    headers: ["日期", "代表", "医院", "科室", "医生", "拜访方式", "结果"],
    channels: ["面访", "面访", "面访", "电话", "微信", "会议"],
    outcomes: ["传递产品信息", "同意试用", "需要跟进", "已处方", ""],
    unknown: "王某某",
    quota: "指标",
    quotaHeaders: ["医院", "月份", "指标（处方）"],
  },
  en: {
    sheet: "Call Log",
    headers: ["Date", "Rep", "Hospital", "Department", "Doctor", "Channel", "Outcome"],
    channels: ["visit", "visit", "visit", "phone", "message", "meeting"],
    outcomes: ["Product message delivered", "Agreed to a trial", "Follow up", "Prescribed", ""],
    unknown: "Dr. Nobody",
    quota: "Quota",
    quotaHeaders: ["Hospital", "Month", "Quota (Rx)"],
  },
} as const;

/** The cycle's days Monday to Friday, as dates. */
function cycleDays(): Date[] {
  const days: Date[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(2026, 7, d));
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date);
  }
  return days;
}

/**
 * What the reps did in August: most targets called, some less often than
 * planned, a few not at all; plus the rows a real log has — dates typed as
 * text, a doctor not on the list, a call dated before the cycle.
 */
export function callLogSheet(history: OutputTable, lang: SampleLang): SampleSheet {
  const w = CALL_WORDS[lang];
  const rng = seededRandom(20260831);
  const days = cycleDays();
  const rows: SampleCell[][] = [];
  for (const t of targetsOf(history)) {
    if (rng.next() < 0.15) continue;
    const calls = Math.max(1, Math.min(t.plannedCalls, Math.round(t.plannedCalls * rng.between(0.5, 1.1, 2))));
    for (let c = 0; c < calls; c++) {
      const day = days[Math.min(days.length - 1, Math.floor(((c + rng.next()) * days.length) / calls))];
      rows.push([day, "", t.hospital, t.department, t.doctor, rng.pick(w.channels), rng.pick(w.outcomes)]);
    }
  }
  rows.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  if (rows.length > 10) {
    // Dates as managers type them: read by MicroSeg, added to the live count as text-dated calls.
    rows[3][0] = "2026/8/4";
    rows[7][0] = lang === "zh" ? "8月5日" : "2026.8.5";
    const first = rows[0];
    rows.push([new Date(Date.UTC(2026, 6, 28)), "", first[2], first[3], first[4], w.channels[0], ""]);
    rows.push([new Date(Date.UTC(2026, 7, 14)), "", first[2], first[3], w.unknown, w.channels[0], ""]);
  }
  return { name: w.sheet, headers: [...w.headers], rows };
}

/** Monthly quota per hospital, August 2026 to December 2027: today's Rx plus a few percent a month. */
export function quotaSheet(now: SampleTerritory, lang: SampleLang): SampleSheet {
  const w = CALL_WORDS[lang];
  const rx = new Map<string, number>();
  for (const d of now.doctors) rx.set(d.hospital, (rx.get(d.hospital) ?? 0) + d.volume);
  const rows: SampleCell[][] = [];
  for (const h of now.hospitals) {
    const base = rx.get(h.name) ?? 0;
    for (let k = 0; k < 17; k++) {
      const y = 2026 + Math.floor((7 + k) / 12);
      const m = ((7 + k) % 12) + 1;
      const month = lang === "zh" ? `${y}年${m}月` : `${y}-${String(m).padStart(2, "0")}`;
      rows.push([h.name, month, Math.round(base * (1.02 + 0.01 * k))]);
    }
  }
  return { name: w.quota, headers: [...w.quotaHeaders], rows };
}

/** Puts the archived Plan History into the sample as MicroSeg's own sheet, as a run would. */
export async function archivePlan(sample: string, history: OutputTable): Promise<void> {
  const book = await PackageWorkbook.open(sample);
  await book.writeOutputs([history], { now: WRITTEN_AT, scope: "only" });
  await book.save(sample);
}
