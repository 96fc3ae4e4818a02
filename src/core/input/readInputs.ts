/**
 * The input stage (SPEC §1): sheets → typed records + issues. Never throws on
 * bad data: everything wrong is an Issue, and every non-blank data row ends
 * up in the records or on the issues list (the accounting rule).
 */
import type { ReadInputs } from "../contracts";
import type { DepartmentRecord, DoctorRecord, HospitalRecord, InventoryRecord, Role } from "../fields";
import type { Issue } from "../issues";
import type { TableDetection } from "../results";
import { foldKey } from "./chars";
import { detectTables, type DetectedTable } from "./detect";
import { readDepartments, readDoctors, readHospitals, readInventory } from "./records";

export const readInputs: ReadInputs = (sheets, settings) => {
  const { tables, issues } = detectTables(sheets, settings);
  const byRole = new Map<Role, DetectedTable>(tables.map((t) => [t.detection.role, t]));
  const read = <T>(role: Role, reader: (t: DetectedTable, issues: Issue[]) => T[]): T[] => {
    const table = byRole.get(role);
    return table ? reader(table, issues) : [];
  };

  const hospitals = read("hospitals", readHospitals);
  const departments = read("departments", readDepartments);
  const doctors = read("doctors", readDoctors);
  const inventory = read("inventory", readInventory);

  checkReferences(byRole, { hospitals, departments, doctors, inventory }, issues);

  const detections: TableDetection[] = tables.map((t) => t.detection);
  return { detections, hospitals, departments, doctors, inventory, issues };
};

interface Records {
  hospitals: HospitalRecord[];
  departments: DepartmentRecord[];
  doctors: DoctorRecord[];
  inventory: InventoryRecord[];
}

/**
 * Rows naming a hospital (or department) that its own table does not list:
 * kept, because the row's numbers are still good, and warned about. Checked
 * only when the referenced table was found at all; otherwise
 * "table-not-found" already says it.
 */
function checkReferences(byRole: Map<Role, DetectedTable>, records: Records, issues: Issue[]): void {
  const hospitalTable = byRole.get("hospitals");
  if (hospitalTable) {
    const known = new Set(records.hospitals.map((h) => foldKey(h.name)));
    const check = (role: Role, rows: readonly { sheet: string; row: number; hospital: string }[]): void => {
      const column = byRole.get(role)?.detection.columns.hospital?.header ?? "";
      for (const r of rows) {
        if (!known.has(foldKey(r.hospital)))
          issues.push(referenceIssue("unknown-hospital", r, column, r.hospital));
      }
    };
    check("departments", records.departments);
    check("doctors", records.doctors);
    check("inventory", records.inventory);
  }

  const departmentTable = byRole.get("departments");
  if (departmentTable) {
    const key = (hospital: string, department: string) => foldKey(hospital) + "\u0001" + foldKey(department);
    const known = new Set(records.departments.map((d) => key(d.hospital, d.department)));
    const knownHospitals = new Set(records.hospitals.map((h) => foldKey(h.name)));
    const column = byRole.get("doctors")?.detection.columns.department?.header ?? "";
    for (const d of records.doctors) {
      // A doctor of an unknown hospital is already listed once; one warning per row is enough.
      if (d.department === "" || (hospitalTable && !knownHospitals.has(foldKey(d.hospital)))) continue;
      if (!known.has(key(d.hospital, d.department))) {
        issues.push(referenceIssue("unknown-department", d, column, d.department, { hospital: d.hospital }));
      }
    }
  }
}

function referenceIssue(
  code: "unknown-hospital" | "unknown-department",
  at: { sheet: string; row: number },
  column: string,
  value: string,
  params?: Record<string, string>,
): Issue {
  const issue: Issue = { code, severity: "warning", sheet: at.sheet, row: at.row, column, value };
  if (params) issue.params = params;
  return issue;
}
