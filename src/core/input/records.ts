/**
 * Turning the data rows of each role's table into typed records (SPEC §1).
 * Keys are checked first: a row without its key, or repeating an earlier
 * row's key, is listed and left out before its other cells are read. A row
 * naming a hospital (or department) its own table does not list is kept and
 * warned about.
 */
import type {
  DepartmentRecord,
  DoctorRecord,
  Field,
  HolidayRecord,
  HospitalRecord,
  InventoryRecord,
  RepresentativeRecord,
} from "../fields";
import { foldKey } from "./chars";
import { parseDateCell } from "./dates";
import type { Issue } from "../issues";
import { forEachDataRow, rowsBelowHeader } from "./dataRows";
import type { DetectedTable } from "./detect";
import type { MappedColumn } from "./headerRow";
import { KeyTable } from "./keyTable";
import { parseNumber } from "./numbers";
import { RowReader } from "./rowReader";
import { parseOverride } from "./overrides";
import { parseStatus } from "./status";

/** What the reader of one table needs to know about the others. */
export interface ReadContext {
  issues: Issue[];
  /** Keys read so far, each with the row that had it first. */
  hospitals: KeyTable;
  departments: KeyTable;
  doctors: KeyTable;
  /** The Hospitals table was found: a hospital missing from it is worth a warning. */
  hospitalsListed: boolean;
  /** The Departments table was found: likewise for a doctor's department. */
  departmentsListed: boolean;
}

/**
 * Whether a parent table (read before this one) lists a name. Rows repeat
 * their hospital and department in runs, so the answer is kept for the run.
 */
class ListedNames {
  private lastA = "";
  private lastB = "";
  private known = false;
  private listed = false;

  constructor(private readonly table: KeyTable) {}

  has(a: string, b = ""): boolean {
    if (!this.known || a !== this.lastA || b !== this.lastB) {
      this.lastA = a;
      this.lastB = b;
      this.known = true;
      this.listed = this.table.find(a, b) !== 0;
    }
    return this.listed;
  }
}

/** A reader over the table's rows plus its columns by field, looked up once per table rather than per row. */
function open<F extends Field>(table: DetectedTable, ctx: ReadContext, fields: readonly F[]) {
  const reader = new RowReader(table.sheet.name, table.header.columns, ctx.issues);
  const col = Object.fromEntries(fields.map((f) => [f, reader.column(f)])) as Record<
    F,
    MappedColumn | undefined
  >;
  return { reader, col };
}

/** The key cell's name; when blank, lists "missing-key" (the row is then left out) and returns null. */
function requireKey(reader: RowReader, column: MappedColumn | undefined, field: Field): string | null {
  const key = reader.key(column);
  if (key === null) reader.report("missing-key", "error", column, reader.raw(column), { field });
  return key;
}

/** Lists "duplicate-key" naming the row that had the key first; the value shows the whole key. */
function reportDuplicate(
  reader: RowReader,
  firstRow: number,
  column: MappedColumn | undefined,
  parts: string[],
): void {
  const value = parts.filter((p) => p !== "").join(" / ");
  reader.report("duplicate-key", "error", column, value, { firstRow, field: column?.field ?? "" });
}

export function readHospitals(table: DetectedTable, ctx: ReadContext): HospitalRecord[] {
  const records: HospitalRecord[] = [];
  const { reader: r, col } = open(table, ctx, [
    "hospital",
    "beds",
    "dailyOutpatients",
    "monthlyPurchase",
    "classShare",
    "hospitalVolume",
    "city",
    "district",
    "rep",
  ] as const);
  forEachDataRow(table, r, ["hospital"], () => {
    const name = requireKey(r, col.hospital, "hospital");
    if (name === null) return;
    const firstRow = ctx.hospitals.claim(r.row, name);
    if (firstRow !== 0) return reportDuplicate(r, firstRow, col.hospital, [name]);
    records.push({
      sheet: r.sheet,
      row: r.row,
      name,
      beds: r.number(col.beds),
      dailyOutpatients: r.number(col.dailyOutpatients),
      monthlyPurchase: r.number(col.monthlyPurchase),
      classShare: r.number(col.classShare),
      hospitalVolume: r.number(col.hospitalVolume),
      city: r.text(col.city),
      district: r.text(col.district),
      rep: r.text(col.rep),
    });
  });
  return records;
}

export function readDepartments(table: DetectedTable, ctx: ReadContext): DepartmentRecord[] {
  const records: DepartmentRecord[] = [];
  const { reader: r, col } = open(table, ctx, [
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
  const hospitals = new ListedNames(ctx.hospitals);
  forEachDataRow(table, r, ["hospital", "department"], () => {
    const hospital = requireKey(r, col.hospital, "hospital");
    if (hospital === null) return;
    const department = requireKey(r, col.department, "department");
    if (department === null) return;
    const firstRow = ctx.departments.claim(r.row, hospital, department);
    if (firstRow !== 0) return reportDuplicate(r, firstRow, col.department, [hospital, department]);
    if (ctx.hospitalsListed && !hospitals.has(hospital)) {
      r.report("unknown-hospital", "warning", col.hospital, hospital);
    }
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital,
      department,
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

export function readDoctors(table: DetectedTable, ctx: ReadContext): DoctorRecord[] {
  const records: DoctorRecord[] = [];
  const { reader: r, col } = open(table, ctx, [
    "hospital",
    "department",
    "doctor",
    "title",
    "volume",
    "potential",
    "status",
    "doctorType",
    "availability",
    "visitingHours",
    "rep",
    "override",
    "overrideReason",
  ] as const);
  const hospitals = new ListedNames(ctx.hospitals);
  const departments = new ListedNames(ctx.departments);
  forEachDataRow(table, r, ["hospital", "department", "doctor"], () => {
    const hospital = requireKey(r, col.hospital, "hospital");
    if (hospital === null) return;
    const name = requireKey(r, col.doctor, "doctor");
    if (name === null) return;
    // The department is optional for a doctor, but part of the key when given.
    const department = r.text(col.department);
    const firstRow = ctx.doctors.claim(r.row, hospital, department, name);
    if (firstRow !== 0) return reportDuplicate(r, firstRow, col.doctor, [hospital, department, name]);
    if (ctx.hospitalsListed && !hospitals.has(hospital)) {
      r.report("unknown-hospital", "warning", col.hospital, hospital);
    } else if (ctx.departmentsListed && department !== "" && !departments.has(hospital, department)) {
      // One warning per row: a doctor of an unknown hospital is not also told its department is unknown.
      r.report("unknown-department", "warning", col.department, department, { hospital });
    }
    const statusText = r.text(col.status);
    const status = statusText === "" ? null : parseStatus(statusText);
    if (statusText !== "" && status === null)
      r.report("unknown-status", "warning", col.status, r.raw(col.status));
    const overrideText = col.override ? r.text(col.override) : "";
    // A blank cell (or no such column) is "the rules decide", as parseOverride("") says, without folding "".
    const override = overrideText === "" ? null : parseOverride(overrideText);
    if (override === undefined)
      r.report("unknown-override", "warning", col.override, r.raw(col.override), { doctor: name });
    // The optional columns are often absent: "" without a call per cell (a million rows).
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital,
      department,
      name,
      title: col.title ? r.text(col.title) : "",
      volume: r.number(col.volume),
      potential: r.number(col.potential),
      status,
      statusText: status === null ? statusText : "",
      doctorType: col.doctorType ? r.text(col.doctorType) : "",
      availability: col.availability ? r.text(col.availability) : "",
      visitingHours: col.visitingHours ? r.text(col.visitingHours) : "",
      rep: col.rep ? r.text(col.rep) : "",
      override: override ?? null,
      overrideReason: col.overrideReason ? r.text(col.overrideReason) : "",
    });
  });
  return records;
}

/** Inventory rows may repeat a hospital and product (one row per month), so no duplicate check. */
export function readInventory(table: DetectedTable, ctx: ReadContext): InventoryRecord[] {
  const records: InventoryRecord[] = [];
  const { reader: r, col } = open(table, ctx, [
    "hospital",
    "product",
    "purchaseQty",
    "salesQty",
    "stockQty",
  ] as const);
  const hospitals = new ListedNames(ctx.hospitals);
  forEachDataRow(table, r, ["hospital", "product"], () => {
    const hospital = requireKey(r, col.hospital, "hospital");
    if (hospital === null) return;
    const product = requireKey(r, col.product, "product");
    if (product === null) return;
    if (ctx.hospitalsListed && !hospitals.has(hospital)) {
      r.report("unknown-hospital", "warning", col.hospital, hospital);
    }
    records.push({
      sheet: r.sheet,
      row: r.row,
      hospital,
      product,
      purchaseQty: r.number(col.purchaseQty),
      salesQty: r.number(col.salesQty),
      stockQty: r.number(col.stockQty),
    });
  });
  return records;
}

const DAY_TYPES: ReadonlyMap<string, HolidayRecord["kind"]> = new Map(
  [
    ...["休息", "休", "放假", "假", "假日", "节假日", "休假", "off", "day off", "holiday", "rest"].map(
      (w): [string, HolidayRecord["kind"]] => [w, "off"],
    ),
    ...[
      "上班",
      "班",
      "补班",
      "调休上班",
      "工作日",
      "工作",
      "work",
      "workday",
      "working day",
      "make-up",
      "makeup",
    ].map((w): [string, HolidayRecord["kind"]] => [w, "work"]),
  ].map(([w, k]): [string, HolidayRecord["kind"]] => [foldKey(w), k]),
);

/**
 * Holidays / 节假日 (SPEC §9): one row per date or range. A blank type is a
 * day off (a plain list of holidays); a date or type that cannot be read is
 * listed and the row left out, so no day is guessed.
 */
export function readHolidays(table: DetectedTable, ctx: ReadContext): HolidayRecord[] {
  const records: HolidayRecord[] = [];
  const { reader: r, col } = open(table, ctx, ["date", "dayType", "holidayName"] as const);
  forEachDataRow(table, r, ["date"], () => {
    const raw = r.raw(col.date);
    const range = parseDateCell(raw, table.sheet.dateSystem);
    if (range === null) return r.report("missing-key", "error", col.date, raw, { field: "date" });
    if (range === "invalid") return r.report("invalid-date", "error", col.date, raw);
    const typeText = r.text(col.dayType);
    const kind = typeText === "" ? "off" : DAY_TYPES.get(foldKey(typeText));
    if (kind === undefined) return r.report("unknown-day-type", "error", col.dayType, r.raw(col.dayType));
    records.push({
      sheet: r.sheet,
      row: r.row,
      from: range.from,
      to: range.to,
      kind,
      name: r.text(col.holidayName),
    });
  });
  return records;
}

/**
 * The Representatives table (SPEC §8). Calls per day of 0 or below is listed
 * and read as missing (the default then applies); days off stay text here and
 * are read against the cycle by the team stage, which knows the year.
 */
export function readRepresentatives(
  table: DetectedTable,
  ctx: ReadContext,
  /** The settings' calls per day, used for a rep whose own is unreadable (and named in the message). */
  defaultCallsPerDay: number,
): RepresentativeRecord[] {
  const records: RepresentativeRecord[] = [];
  const seen = new KeyTable(rowsBelowHeader(table));
  const { reader: r, col } = open(table, ctx, ["rep", "callsPerDay", "city", "daysOff"] as const);
  forEachDataRow(table, r, ["rep"], () => {
    const name = requireKey(r, col.rep, "rep");
    if (name === null) return;
    const firstRow = seen.claim(r.row, name);
    if (firstRow !== 0) return reportDuplicate(r, firstRow, col.rep, [name]);
    let callsPerDay: number | null = null;
    if (col.callsPerDay) {
      const raw = r.raw(col.callsPerDay);
      const read = parseNumber(raw, col.callsPerDay.kind, col.callsPerDay.scale);
      // 0, negative or unreadable ("lots", "#N/A"): one message that says which default is used.
      if (!read.ok || (read.value !== null && read.value <= 0))
        r.report("rep-calls-invalid", "warning", col.callsPerDay, raw, {
          rep: name,
          default: defaultCallsPerDay,
        });
      else callsPerDay = read.value;
    }
    records.push({
      sheet: r.sheet,
      row: r.row,
      name,
      callsPerDay,
      city: r.text(col.city),
      daysOffText: r.text(col.daysOff),
      daysOffColumn: col.daysOff?.header ?? "",
    });
  });
  return records;
}
