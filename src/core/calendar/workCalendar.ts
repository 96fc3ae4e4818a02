/**
 * The one working calendar (SPEC §9): Monday–Friday, minus public holidays,
 * plus make-up working days. Everything that counts working days — capacity,
 * MICROSEG.CAPACITY, the SMART due date, the schedule and the Call Calendar —
 * asks this object.
 *
 * Precedence, strongest first: the user's own days (the Holidays sheet, then
 * settings `cycle.holidays` / `cycle.workdays`), the built-in State Council
 * arrangement of the year, the statutory days, the weekend rule.
 */
import type { Lang } from "../issues";
import { ARRANGEMENTS, HOLIDAY_NAMES, arrangementDaysOff, statutoryHolidays } from "./chinaHolidays";
import { addIsoDays } from "./lunar";

export type CalendarKind = "CN" | "none";

export type DayKind = "off" | "work";
export type DaySource = "statutory" | "arrangement" | "sheet" | "settings";

/** A day the calendar treats differently from the weekend rule (or that the user named). */
export interface SpecialDay {
  date: string;
  kind: DayKind;
  /** As the user wrote it, or the holiday's name in both languages. */
  name: string | { zh: string; en: string };
  source: DaySource;
  /** For days from the Holidays sheet: where they came from. */
  sheet?: string;
  row?: number;
}

/** A user's entry (Holidays sheet row or setting), one per date. */
export interface CalendarEntry {
  date: string;
  kind: DayKind;
  name: string;
  source: "sheet" | "settings";
  sheet?: string;
  row?: number;
}

export interface CalendarOptions {
  kind: CalendarKind;
  /** The user's days: Holidays sheet rows and cycle.holidays / cycle.workdays. */
  entries: readonly CalendarEntry[];
}

const isWeekend = (iso: string): boolean => {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
};

export class WorkCalendar {
  private readonly years = new Map<number, Map<string, SpecialDay>>();
  private readonly user = new Map<string, CalendarEntry>();
  /** Years in which the user gave an arrangement (a Holidays-sheet row, or a make-up working day). */
  private readonly userArranged = new Set<number>();

  constructor(readonly options: CalendarOptions) {
    // Sheet rows were read first; settings only add what the sheet does not say.
    const ordered = [...options.entries].sort(
      (a, b) => Number(a.source !== "sheet") - Number(b.source !== "sheet"),
    );
    for (const e of ordered) {
      if (!this.user.has(e.date)) this.user.set(e.date, e);
      if (e.source === "sheet" || e.kind === "work") this.userArranged.add(Number(e.date.slice(0, 4)));
    }
  }

  get kind(): CalendarKind {
    return this.options.kind;
  }

  /** The built-in days of a year (statutory, then the arrangement over them), cached. */
  private builtIn(year: number): Map<string, SpecialDay> {
    let days = this.years.get(year);
    if (days) return days;
    days = new Map();
    if (this.options.kind === "CN") {
      for (const d of statutoryHolidays(year)) {
        days.set(d.date, { date: d.date, kind: "off", name: HOLIDAY_NAMES[d.holiday], source: "statutory" });
      }
      const arrangement = ARRANGEMENTS[year];
      if (arrangement) {
        for (const d of arrangementDaysOff(arrangement)) {
          if (!days.has(d.date))
            days.set(d.date, {
              date: d.date,
              kind: "off",
              name: HOLIDAY_NAMES[d.holiday],
              source: "arrangement",
            });
        }
        for (const [date, holiday] of arrangement.work) {
          days.set(date, { date, kind: "work", name: HOLIDAY_NAMES[holiday], source: "arrangement" });
        }
      }
    }
    this.years.set(year, days);
    return days;
  }

  /** How the calendar treats a date other than by the weekend rule; undefined for an ordinary day. */
  special(iso: string): SpecialDay | undefined {
    const e = this.user.get(iso);
    if (e) return { ...e };
    return this.builtIn(Number(iso.slice(0, 4))).get(iso);
  }

  isWorkingDay(iso: string): boolean {
    const s = this.special(iso);
    if (s) return s.kind === "work";
    return !isWeekend(iso);
  }

  /** Working days from `start` to `end` inclusive (ISO), ascending. */
  workingDays(start: string, end: string): string[] {
    const out: string[] = [];
    for (let d = start; d <= end; d = addIsoDays(d, 1)) if (this.isWorkingDay(d)) out.push(d);
    return out;
  }

  /**
   * The holidays and make-up days between two dates that change the weekend
   * rule — a holiday on a Saturday is not listed, a make-up Saturday is — for
   * the pane's Settings step and the Call Calendar.
   */
  specialDays(start: string, end: string): SpecialDay[] {
    const out: SpecialDay[] = [];
    for (let d = start; d <= end; d = addIsoDays(d, 1)) {
      const s = this.special(d);
      if (s && (s.kind === "off") !== isWeekend(d)) out.push(s);
    }
    return out;
  }

  /**
   * Years touched by [start, end] whose make-up days are unknown: the CN
   * calendar, no built-in notice and no arrangement from the user. Planned
   * with the statutory days only.
   */
  unknownArrangementYears(start: string, end: string): number[] {
    if (this.options.kind !== "CN") return [];
    const out: number[] = [];
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      if (!ARRANGEMENTS[y] && !this.userArranged.has(y)) out.push(y);
    }
    return out;
  }
}

/** The name of a special day in a language. */
export function specialDayName(day: SpecialDay, lang: Lang): string {
  return typeof day.name === "string" ? day.name : day.name[lang];
}

/** The settings' days as calendar entries. */
export function settingsEntries(holidays: readonly string[], workdays: readonly string[]): CalendarEntry[] {
  return [
    ...holidays.map((date): CalendarEntry => ({ date, kind: "off", name: "", source: "settings" })),
    ...workdays.map((date): CalendarEntry => ({ date, kind: "work", name: "", source: "settings" })),
  ];
}
