/**
 * The planning cycle: start/end dates and its working days, from the one
 * working calendar (src/core/calendar, SPEC §9). Dates are ISO strings
 * "YYYY-MM-DD" handled in UTC so a plan does not shift with the machine's
 * time zone.
 */
import {
  WorkCalendar,
  settingsEntries,
  type CalendarEntry,
  type CalendarKind,
  type SpecialDay,
} from "../calendar/workCalendar";
import { addIsoDays } from "../calendar/lunar";
import type { HolidayRecord } from "../fields";
import type { Issue } from "../issues";
import type { TableDetection } from "../results";
import type { Settings } from "../settings";

export interface Cycle {
  start: string;
  end: string;
  /** ISO dates of the working days, ascending. */
  workingDays: string[];
  /** Holidays on weekdays and make-up weekend days within the cycle (what differs from Mon–Fri). */
  specialDays: SpecialDay[];
  /** Years of the cycle whose make-up days are unknown (planned with statutory days only). */
  unknownArrangementYears: number[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Working days Monday–Friday between two dates (inclusive), minus holidays —
 * the "none" calendar. Planning goes through a WorkCalendar instead.
 */
export function workingDaysBetween(start: Date, end: Date, holidays: readonly string[]): string[] {
  return new WorkCalendar({ kind: "none", entries: settingsEntries(holidays, []) }).workingDays(
    toIsoDate(start),
    toIsoDate(end),
  );
}

/** "auto" is CN for a Chinese workbook: language zh, or (given) Chinese input. */
export function calendarKind(settings: Settings, chineseInput = false): CalendarKind {
  const c = settings.cycle.calendar;
  if (c !== "auto") return c;
  return settings.language === "zh" || chineseInput ? "CN" : "none";
}

/**
 * The working calendar of a run: the setting's kind, the Holidays sheet's
 * rows (`entries`, read from input) and the settings' own days.
 */
export function workCalendar(
  settings: Settings,
  entries: readonly CalendarEntry[] = [],
  chineseInput = false,
): WorkCalendar {
  return new WorkCalendar({
    kind: calendarKind(settings, chineseInput),
    entries: [...entries, ...settingsEntries(settings.cycle.holidays, settings.cycle.workdays)],
  });
}

/** Holidays-sheet rows as one calendar entry per day (a range covers each of its days). */
export function holidayEntries(records: readonly HolidayRecord[]): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const r of records) {
    for (let d = r.from; d <= r.to; d = addIsoDays(d, 1)) {
      out.push({ date: d, kind: r.kind, name: r.name, source: "sheet", sheet: r.sheet, row: r.row });
    }
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/;

/** Input read from Chinese headers: with calendar "auto", a Chinese workbook plans on the CN calendar. */
export function isChineseInput(detections: readonly TableDetection[]): boolean {
  return detections.some((d) => Object.values(d.columns).some((c) => c !== undefined && CJK.test(c.header)));
}

/** The working calendar of an engine run: settings, the Holidays sheet, the language of the input. */
export function runCalendar(
  settings: Settings,
  parsed: { holidays: readonly HolidayRecord[]; detections: readonly TableDetection[] },
): WorkCalendar {
  return workCalendar(settings, holidayEntries(parsed.holidays), isChineseInput(parsed.detections));
}

/**
 * The working calendar and the cycle of a run, from the settings and what was
 * read (Holidays sheet, the input's language): what the engine plans on, and
 * what the task pane shows before a run, so the two never disagree.
 */
export function runCycle(
  settings: Settings,
  parsed: { holidays: readonly HolidayRecord[]; detections: readonly TableDetection[] },
  today: Date,
): { calendar: WorkCalendar; cycle: Cycle } {
  const calendar = runCalendar(settings, parsed);
  return { calendar, cycle: resolveCycle(settings, today, calendar) };
}

/** One Issues line per year of the cycle whose make-up days are unknown (SPEC §9: never guessed). */
export function calendarIssues(cycle: Cycle): Issue[] {
  return cycle.unknownArrangementYears.map((year): Issue => ({
    code: "calendar-arrangement-unknown",
    severity: "warning",
    sheet: "",
    row: null,
    column: "",
    value: String(year),
    params: { year },
  }));
}

/** The cycle's first and last day: the settings', or the next calendar month after `today`. */
export function cycleBounds(settings: Settings, today: Date): { start: string; end: string } {
  const start = settings.cycle.start ? parseIsoDate(settings.cycle.start) : null;
  const end = settings.cycle.end ? parseIsoDate(settings.cycle.end) : null;
  if (start && end) return { start: toIsoDate(start), end: toIsoDate(end) };
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  return {
    start: toIsoDate(new Date(Date.UTC(y, m + 1, 1))),
    end: toIsoDate(new Date(Date.UTC(y, m + 2, 0))),
  };
}

/** The cycle of the settings (or the next month) on a calendar (by default the settings' own). */
export function resolveCycle(
  settings: Settings,
  today: Date,
  calendar: WorkCalendar = workCalendar(settings),
): Cycle {
  const { start, end } = cycleBounds(settings, today);
  return {
    start,
    end,
    workingDays: calendar.workingDays(start, end),
    specialDays: calendar.specialDays(start, end),
    unknownArrangementYears: calendar.unknownArrangementYears(start, end),
  };
}

/** The SMART due date: the cycle's last working day (its end when it has none), so no objective falls due on a holiday or a Sunday. */
export function dueDateOf(cycle: Pick<Cycle, "end" | "workingDays">): string {
  return cycle.workingDays.length > 0 ? cycle.workingDays[cycle.workingDays.length - 1] : cycle.end;
}

/** Calls the cycle can hold: callsPerDay × working days. */
export function cycleCapacity(settings: Settings, cycle: Pick<Cycle, "workingDays">): number {
  return settings.capacity.callsPerDay * cycle.workingDays.length;
}
