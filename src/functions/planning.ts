/**
 * CALLS, CAPACITY, TARGETRX and SMARTCHECK over ranges (SPEC §6): the call
 * plan's frequencies and capacity, and the SMART objective of
 * src/core/plan/smart.ts.
 */
import { foldKey } from "../core/input/chars";
import { callsFor } from "../core/method/targeting";
import { QUADRANT_LABELS } from "../core/labels";
import { WorkCalendar, settingsEntries, type CalendarKind } from "../core/calendar/workCalendar";
import type { Lang } from "../core/issues";
import { cycleCapacity, toIsoDate } from "../core/plan/cycle";
import { formatSmart, smartCheck, targetRx } from "../core/plan/smart";
import { DEFAULT_SETTINGS, QUADRANTS, defaultSettings, type Quadrant, type Settings } from "../core/settings";
import type { DateSystem } from "../core/dates";
import { readDate, readNumber, readNumberList, readNumberOr } from "./args";
import { badArgument } from "./errors";
import { cellsOf, refuseErrorCell, spill, whole, type CellInput, type Grid, type ResultGrid } from "./grid";
import { displayLang } from "./lang";

// ---- CALLS ---------------------------------------------------------------

/** HH, hh, 用量大潜力大, "High volume · High potential", 扩量, Grow … → HH. */
const QUADRANT_WORDS: ReadonlyMap<string, Quadrant> = new Map(
  QUADRANTS.flatMap((q): [string, Quadrant][] => {
    const { name, strategy } = QUADRANT_LABELS[q];
    return [q, name.zh, name.en, strategy.zh, strategy.en].map((w): [string, Quadrant] => [foldKey(w), q]);
  }),
);

function readQuadrant(raw: CellInput): Quadrant | null {
  refuseErrorCell(raw);
  if (raw === null || raw === undefined || raw === "") return null;
  const q = typeof raw === "string" ? QUADRANT_WORDS.get(foldKey(raw)) : undefined;
  if (!q) throw badArgument("quadrant", raw, QUADRANTS.join(", "));
  return q;
}

/** Four numbers in the order HH, LH, HL, LL; omitted → the settings' defaults. */
function frequencies(grid: Grid | null | undefined): Settings["frequency"] {
  if (grid === null || grid === undefined) return DEFAULT_SETTINGS.frequency;
  const n = readNumberList(grid, "count", "frequencies");
  if (n.length !== QUADRANTS.length) {
    throw badArgument("frequencies", cellsOf(grid).join(", "), QUADRANTS.join(", "));
  }
  const out = { ...DEFAULT_SETTINGS.frequency };
  QUADRANTS.forEach((q, i) => (out[q] = n[i]));
  return out;
}

export function callsCells(quadrant: Grid, frequencyTable?: Grid | null): ResultGrid {
  const lang = displayLang();
  return whole(lang, () => {
    const frequency = frequencies(frequencyTable);
    // A blank quadrant (a doctor not segmented) gets 0 calls, as in the Target List.
    return spill([quadrant], lang, ([q]) => callsFor(readQuadrant(q), { frequency }));
  });
}

// ---- CAPACITY ------------------------------------------------------------

/** CN, 中国, china … → CN; none, 无, mon-fri … → none. */
const CALENDAR_WORDS: ReadonlyMap<string, CalendarKind> = new Map<string, CalendarKind>(
  [
    ...["cn", "china", "中国", "中国大陆", "prc"].map((w): [string, CalendarKind] => [w, "CN"]),
    ...["none", "无", "mon-fri", "monday-friday", "周一至周五"].map((w): [string, CalendarKind] => [
      w,
      "none",
    ]),
  ].map(([w, k]): [string, CalendarKind] => [foldKey(w), k]),
);

/** A calendar argument; blank or omitted → as the engine's "auto": CN in Chinese, none otherwise. */
function readCalendar(raw: CellInput, lang: Lang): CalendarKind {
  if (raw === null || raw === undefined || raw === "") return lang === "zh" ? "CN" : "none";
  const kind = typeof raw === "string" ? CALENDAR_WORDS.get(foldKey(raw)) : undefined;
  if (!kind) throw badArgument("calendar", raw, "CN, none");
  return kind;
}

export function capacityCells(
  callsPerDay: Grid,
  startDate: Grid,
  endDate: Grid,
  holidays?: Grid | null,
  calendar?: Grid | null,
  dateSystem: DateSystem = 1900,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () => {
    const skip: string[] = [];
    for (const raw of cellsOf(holidays)) {
      const day = readDate(raw, "holidays", dateSystem);
      if (day) skip.push(toIsoDate(day));
    }
    const kinds = cellsOf(calendar);
    if (kinds.length > 1) throw badArgument("calendar", kinds.join(", "), "CN, none");
    const working = new WorkCalendar({
      kind: readCalendar(kinds[0], lang),
      entries: settingsEntries(skip, []),
    });
    const settings = defaultSettings();
    return spill([callsPerDay, startDate, endDate], lang, ([c, s, e]) => {
      const perDay = readNumber(c, "count", "callsPerDay");
      const start = readDate(s, "startDate", dateSystem);
      const end = readDate(e, "endDate", dateSystem);
      if (perDay === null || start === null || end === null) return "";
      if (end.getTime() < start.getTime()) throw badArgument("endDate", e, "startDate ≤ endDate");
      settings.capacity.callsPerDay = perDay;
      return cycleCapacity(settings, { workingDays: working.workingDays(toIsoDate(start), toIsoDate(end)) });
    });
  });
}

// ---- TARGETRX and SMARTCHECK ---------------------------------------------

export function targetRxCells(
  volume: Grid,
  potential: Grid,
  ambition?: Grid | null,
  trial?: Grid | null,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([volume, potential, ambition, trial], lang, ([v, p, a, t]) =>
      targetRx(
        // A blank volume is the engine's "no volume yet": targetRx reads a non-number as 0.
        readNumber(v, "amount", "volume") ?? Number.NaN,
        readNumber(p, "amount", "potential"),
        readNumberOr(a, "rate", "ambition", DEFAULT_SETTINGS.smart.ambition),
        readNumberOr(t, "amount", "trial", DEFAULT_SETTINGS.smart.trial),
      ),
    ),
  );
}

/**
 * The worksheet form judges M, A, R and T from numbers and a date. S needs the
 * doctor, hospital, product and action, which the formula does not have, and
 * the calls' fit is the call plan's business: both are left to the Target List.
 */
const NOT_JUDGED_HERE = "-";
/** Without a cycle, T holds when a real due date is given (up to Excel's last day). */
const LAST_EXCEL_DAY = "9999-12-31";

export function smartCheckCells(
  target: Grid,
  volume: Grid,
  potential: Grid,
  dueDate: Grid,
  ambition?: Grid | null,
  dateSystem: DateSystem = 1900,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([target, volume, potential, dueDate, ambition], lang, ([t, v, p, d, a]) => {
      const due = readDate(d, "dueDate", dateSystem);
      const letters = smartCheck({
        doctor: NOT_JUDGED_HERE,
        hospital: NOT_JUDGED_HERE,
        product: NOT_JUDGED_HERE,
        action: NOT_JUDGED_HERE,
        // A negative target is a number that fails M, not a bad cell.
        target: readNumber(t, "key", "target"),
        volume: readNumber(v, "amount", "volume"),
        potential: readNumber(p, "amount", "potential"),
        dueDate: due === null ? null : toIsoDate(due),
        cycleEnd: LAST_EXCEL_DAY,
        ambition: readNumberOr(a, "rate", "ambition", DEFAULT_SETTINGS.smart.ambition),
        callsFit: true,
      });
      return formatSmart(letters);
    }),
  );
}
