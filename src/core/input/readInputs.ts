/**
 * The input stage (SPEC §1): sheets → typed records + issues. Never throws on
 * bad data: everything wrong is an Issue, and every non-blank data row ends
 * up in the records or on the issues list (the accounting rule).
 */
import type { ReadInputs } from "../contracts";
import type { Role } from "../fields";
import { detectTables, type DetectedTable } from "./detect";
import { KeyTable } from "./keyTable";
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
export const readInputs: ReadInputs = (sheets, settings) => {
  const { tables, issues } = detectTables(sheets, settings);
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
  const holidays = read("holidays", readHolidays);
  const representatives = read("representatives", readRepresentatives);
  return {
    detections: tables.map((t) => t.detection),
    hospitals,
    departments,
    doctors,
    inventory,
    holidays,
    representatives,
    issues,
  };
};

/** Sizes a key table for the table's rows up front, so a million rows never rehash. */
function rowsOf(table: DetectedTable | undefined): number {
  return table ? table.detection.dataRows : 0;
}
