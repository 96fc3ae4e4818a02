/**
 * Turning the data rows of each role's table into typed records (SPEC §1).
 * Keys are checked first: a row without its key, or repeating an earlier
 * row's key, is listed and left out before its other cells are read.
 */
import type { DepartmentRecord, DoctorRecord, Field, HospitalRecord, InventoryRecord } from "../fields";
import type { Issue } from "../issues";
import { foldKey } from "./chars";
import { forEachDataRow } from "./dataRows";
import type { DetectedTable } from "./detect";
import type { MappedColumn } from "./headerRow";
import { RowReader } from "./rowReader";
import { parseStatus } from "./status";

/** Joins folded key parts; U+0001 never occurs in a name. */
const KEY_SEPARATOR = "\u0001";

/** First Excel row of each key, to name it when a later row repeats the key. */
class KeyRegister {
  private readonly firstRow = new Map<string, number>();

  /** Registers the key; returns the first row that had it when it is a repeat. */
  claim(key: string, row: number): number | undefined {
    const first = this.firstRow.get(key);
    if (first === undefined) this.firstRow.set(key, row);
    return first;
  }
}

/**
 * Reads the key cells; lists "missing-key" for the first blank one (the row
 * is then left out) and returns null.
 */
function readKeys(reader: RowReader, columns: readonly (MappedColumn | undefined)[]): string[] | null {
  const keys: string[] = [];
  for (const column of columns) {
    const key = reader.key(column);
    if (key === null) {
      reader.report(
        "missing-key",
        "error",
        column,
        reader.raw(column),
        column ? { field: column.field } : {},
      );
      return null;
    }
    keys.push(key);
  }
  return keys;
}

/** Lists "duplicate-key" and returns true when an earlier row had the same key. */
function isDuplicate(
  reader: RowReader,
  register: KeyRegister,
  parts: string[],
  column: MappedColumn | undefined,
): boolean {
  const firstRow = register.claim(parts.map(foldKey).join(KEY_SEPARATOR), reader.row);
  if (firstRow === undefined) return false;
  reader.report("duplicate-key", "error", column, parts.join(" / "), {
    firstRow,
    field: column?.field ?? "",
  });
  return true;
}

/** A reader over the table's rows plus its columns by field, looked up once per table rather than per row. */
function open<F extends Field>(table: DetectedTable, issues: Issue[], fields: readonly F[]) {
  const reader = new RowReader(table.sheet.name, table.header.columns, issues);
  const col = Object.fromEntries(fields.map((f) => [f, reader.column(f)])) as Record<
    F,
    MappedColumn | undefined
  >;
  return { reader, col };
}

export function readHospitals(table: DetectedTable, issues: Issue[]): HospitalRecord[] {
  const records: HospitalRecord[] = [];
  const register = new KeyRegister();
  const { reader: r, col } = open(table, issues, [
    "hospital",
    "beds",
    "dailyOutpatients",
    "monthlyPurchase",
    "classShare",
    "hospitalVolume",
  ] as const);
  forEachDataRow(table, r, ["hospital"], () => {
    const keys = readKeys(r, [col.hospital]);
    if (!keys || isDuplicate(r, register, keys, col.hospital)) return;
    records.push({
      sheet: r.sheet,
      row: r.row,
      name: keys[0],
      beds: r.number(col.beds),
      dailyOutpatients: r.number(col.dailyOutpatients),
      monthlyPurchase: r.number(col.monthlyPurchase),
      classShare: r.number(col.classShare),
      hospitalVolume: r.number(col.hospitalVolume),
    });
  });
  return records;
}

export function readDepartments(table: DetectedTable, issues: Issue[]): DepartmentRecord[] {
  const records: DepartmentRecord[] = [];
  const register = new KeyRegister();
  const { reader: r, col } = open(table, issues, [
    "hospital",
    "department",
    "dailyPatients",
    "classUsageRate",
    "rxPerPatient",
    "workingDays",
    "ourDailyPatients",
    "dailyVisits",
    "relatedPatients",
  ] as const);
  forEachDataRow(table, r, ["hospital", "department"], () => {
    const keys = readKeys(r, [col.hospital, col.department]);
    if (!keys || isDuplicate(r, register, keys, col.department)) return;
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital: keys[0],
      department: keys[1],
      dailyPatients: r.number(col.dailyPatients),
      classUsageRate: r.number(col.classUsageRate),
      rxPerPatient: r.number(col.rxPerPatient),
      workingDays: r.number(col.workingDays),
      ourDailyPatients: r.number(col.ourDailyPatients),
      dailyVisits: r.number(col.dailyVisits),
      relatedPatients: r.number(col.relatedPatients),
    });
  });
  return records;
}

export function readDoctors(table: DetectedTable, issues: Issue[]): DoctorRecord[] {
  const records: DoctorRecord[] = [];
  const register = new KeyRegister();
  const { reader: r, col } = open(table, issues, [
    "hospital",
    "department",
    "doctor",
    "title",
    "volume",
    "potential",
    "status",
    "doctorType",
    "availability",
  ] as const);
  forEachDataRow(table, r, ["hospital", "department", "doctor"], () => {
    const keys = readKeys(r, [col.hospital, col.doctor]);
    if (!keys) return;
    // The department is optional for a doctor, but part of the key when given.
    const department = r.text(col.department);
    if (isDuplicate(r, register, [keys[0], department, keys[1]], col.doctor)) return;
    const statusText = r.text(col.status);
    const status = statusText === "" ? null : parseStatus(statusText);
    if (statusText !== "" && status === null)
      r.report("unknown-status", "warning", col.status, r.raw(col.status));
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital: keys[0],
      department,
      name: keys[1],
      title: r.text(col.title),
      volume: r.number(col.volume),
      potential: r.number(col.potential),
      status,
      statusText: status === null ? statusText : "",
      doctorType: r.text(col.doctorType),
      availability: r.text(col.availability),
    });
  });
  return records;
}

/** Inventory rows may repeat a hospital and product (one row per month), so no duplicate check. */
export function readInventory(table: DetectedTable, issues: Issue[]): InventoryRecord[] {
  const records: InventoryRecord[] = [];
  const { reader: r, col } = open(table, issues, [
    "hospital",
    "product",
    "purchaseQty",
    "salesQty",
    "stockQty",
  ] as const);
  forEachDataRow(table, r, ["hospital", "product"], () => {
    const keys = readKeys(r, [col.hospital, col.product]);
    if (!keys) return;
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital: keys[0],
      product: keys[1],
      purchaseQty: r.number(col.purchaseQty),
      salesQty: r.number(col.salesQty),
      stockQty: r.number(col.stockQty),
    });
  });
  return records;
}
