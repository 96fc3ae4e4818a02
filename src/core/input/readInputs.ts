/**
 * The input stage (SPEC §1): sheets → typed records + issues. Never throws on
 * bad data: everything wrong is an Issue, and every non-blank data row ends
 * up in the records or on the issues list (the accounting rule).
 */
import type { InputDates, ReadInputs } from "../contracts";
import type { Role } from "../fields";
import { rowsBelowHeader } from "./dataRows";
import { countDataRows, detectTables, type DetectedTable } from "./detect";
import { isoOf } from "./dates";
import { KeyTable } from "./keyTable";
import { readCallLog, readQuota, type DateContext } from "./measureRecords";
import {
  readDepartments,
  readDoctors,
  readHolidays,
  readHospitals,
  readInventory,
  readRepresentatives,
  type ReadContext,
} from "./records";

/**
 * Tables are read in the order hospitals → departments → doctors → inventory
 * so each row can be checked against the names its parent table listed.
 */
export const readInputs: ReadInputs = (sheets, settings, dates) => {
  // Rows are counted by the readers' walk (below) rather than by a walk of their own.
  const { tables, issues } = detectTables(sheets, settings, false);
  const byRole = new Map<Role, DetectedTable>(tables.map((t) => [t.detection.role, t]));
  const ctx: ReadContext = {
    issues,
    hospitals: new KeyTable(rowsOf(byRole.get("hospitals"))),
    departments: new KeyTable(rowsOf(byRole.get("departments"))),
    doctors: new KeyTable(rowsOf(byRole.get("doctors"))),
    hospitalsListed: byRole.has("hospitals"),
    departmentsListed: byRole.has("departments"),
  };
  const read = <T>(role: Role, reader: (t: DetectedTable, ctx: ReadContext) => T[]): T[] => {
    const table = byRole.get(role);
    return table ? reader(table, ctx) : [];
  };
  const hospitals = read("hospitals", readHospitals);
  const departments = read("departments", readDepartments);
  const doctors = read("doctors", readDoctors);
  const inventory = read("inventory", readInventory);
  const dateContext = yearsFor(dates ?? { today: new Date().toISOString().slice(0, 10) });
  const calls = read("callLog", (t, c) => readCallLog(t, c, dateContext));
  const quotas = read("quota", (t, c) => readQuota(t, c, dateContext));
  const holidays = read("holidays", readHolidays);
  const representatives = read("representatives", (t, c) =>
    readRepresentatives(t, c, settings.capacity.callsPerDay),
  );
  for (const t of tables) t.detection.dataRows = t.rowsRead ?? countDataRows(t.sheet, t.header.index);
  return {
    detections: tables.map((t) => t.detection),
    hospitals,
    departments,
    doctors,
    inventory,
    calls,
    quotas,
    holidays,
    representatives,
    issues,
  };
};

/**
 * A date typed without a year (`10月9日`) is the last such day that is not
 * in the future — a log records what was done; a quota month without a year
 * (`11月`) is the next such month, as quotas are set ahead.
 */
function yearsFor(dates: InputDates): DateContext {
  const todayYear = Number(dates.today.slice(0, 4));
  const yearFor = (month: number, day: number): number => {
    const thisYear = isoOf(todayYear, month, day);
    return thisYear !== null && thisYear > dates.today ? todayYear - 1 : todayYear;
  };
  const monthYearFor = (month: number): number =>
    `${todayYear}-${String(month).padStart(2, "0")}` < dates.today.slice(0, 7) ? todayYear + 1 : todayYear;
  return { yearFor, monthYearFor };
}

/** Sizes a key table for the table's rows up front, so a million rows never rehash. */
function rowsOf(table: DetectedTable | undefined): number {
  return table ? rowsBelowHeader(table) : 0;
}
