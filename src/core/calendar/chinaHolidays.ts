/**
 * Mainland-China public holidays (SPEC §9).
 *
 * Statutory days (全国年节及纪念日放假办法, as revised in 2024, from 2025 on:
 * 13 days) are computed for any year. The State Council's yearly notice then
 * moves days into longer breaks with make-up working days (调休); only the
 * notices built in below are known — for any other year no make-up day is
 * guessed.
 */
import { qingmingDate } from "./astronomy";
import { addIsoDays, lunarNewYearsEve, lunarToIso } from "./lunar";

export type HolidayName =
  "newYear" | "springFestival" | "qingming" | "labourDay" | "dragonBoat" | "midAutumn" | "nationalDay";

export const HOLIDAY_NAMES: Record<HolidayName, { zh: string; en: string }> = {
  newYear: { zh: "元旦", en: "New Year's Day" },
  springFestival: { zh: "春节", en: "Spring Festival" },
  qingming: { zh: "清明节", en: "Qingming Festival" },
  labourDay: { zh: "劳动节", en: "Labour Day" },
  dragonBoat: { zh: "端午节", en: "Dragon Boat Festival" },
  midAutumn: { zh: "中秋节", en: "Mid-Autumn Festival" },
  nationalDay: { zh: "国庆节", en: "National Day" },
};

export interface ChinaDay {
  date: string;
  holiday: HolidayName;
}

function run(from: string | null, days: number, holiday: HolidayName): ChinaDay[] {
  if (from === null) return [];
  return Array.from({ length: days }, (_, i) => ({ date: addIsoDays(from, i), holiday }));
}

/**
 * The statutory days off of a year. From 2025: 春节 除夕–初三 and 劳动节 1–2 May;
 * before (the 2013 rules): 春节 初一–初三 and 劳动节 1 May.
 */
export function statutoryHolidays(year: number): ChinaDay[] {
  const revised = year >= 2025;
  const springStart = revised ? lunarNewYearsEve(year) : lunarToIso(year, 1, 1);
  return [
    ...run(`${year}-01-01`, 1, "newYear"),
    ...run(springStart, revised ? 4 : 3, "springFestival"),
    ...run(qingmingDate(year), 1, "qingming"),
    ...run(`${year}-05-01`, revised ? 2 : 1, "labourDay"),
    ...run(lunarToIso(year, 5, 5), 1, "dragonBoat"),
    ...run(lunarToIso(year, 8, 15), 1, "midAutumn"),
    ...run(`${year}-10-01`, 3, "nationalDay"),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface Arrangement {
  /** The notice, for the README and the pane. */
  notice: string;
  /** Days off (statutory days plus the shifted ones), each [first, last] inclusive. */
  off: [string, string, HolidayName][];
  /** Saturdays and Sundays worked in exchange. */
  work: [string, HolidayName][];
}

/** The State Council notices built in (国务院办公厅关于…年部分节假日安排的通知). */
export const ARRANGEMENTS: Readonly<Record<number, Arrangement>> = {
  2025: {
    notice: "国办发明电〔2024〕12号, 2024-11-12",
    off: [
      ["2025-01-01", "2025-01-01", "newYear"],
      ["2025-01-28", "2025-02-04", "springFestival"],
      ["2025-04-04", "2025-04-06", "qingming"],
      ["2025-05-01", "2025-05-05", "labourDay"],
      ["2025-05-31", "2025-06-02", "dragonBoat"],
      ["2025-10-01", "2025-10-08", "nationalDay"],
    ],
    work: [
      ["2025-01-26", "springFestival"],
      ["2025-02-08", "springFestival"],
      ["2025-04-27", "labourDay"],
      ["2025-09-28", "nationalDay"],
      ["2025-10-11", "nationalDay"],
    ],
  },
  2026: {
    notice: "国务院办公厅 2025-11-04",
    off: [
      ["2026-01-01", "2026-01-03", "newYear"],
      ["2026-02-15", "2026-02-23", "springFestival"],
      ["2026-04-04", "2026-04-06", "qingming"],
      ["2026-05-01", "2026-05-05", "labourDay"],
      ["2026-06-19", "2026-06-21", "dragonBoat"],
      ["2026-09-25", "2026-09-27", "midAutumn"],
      ["2026-10-01", "2026-10-07", "nationalDay"],
    ],
    work: [
      ["2026-01-04", "newYear"],
      ["2026-02-14", "springFestival"],
      ["2026-02-28", "springFestival"],
      ["2026-05-09", "labourDay"],
      ["2026-09-20", "nationalDay"],
      ["2026-10-10", "nationalDay"],
    ],
  },
};

/** Days of an arrangement's off ranges, one per date. */
export function arrangementDaysOff(a: Arrangement): ChinaDay[] {
  const out: ChinaDay[] = [];
  for (const [from, to, holiday] of a.off) {
    for (let d = from; d <= to; d = addIsoDays(d, 1)) out.push({ date: d, holiday });
  }
  return out;
}
