/**
 * The input roles and fields of SPEC.md §1. Field ids are the names used in
 * mathjs formulas, settings, mappings and the JSON contract.
 */
export type Role =
  | "hospitals"
  | "departments"
  | "doctors"
  | "inventory"
  | "holidays"
  | "callLog"
  | "quota"
  | "representatives";
export const ROLES: readonly Role[] = [
  "hospitals",
  "departments",
  "doctors",
  "inventory",
  "holidays",
  "callLog",
  "quota",
  "representatives",
];
/** Roles whose table may be absent without a word: the run is complete without them. */
export const OPTIONAL_ROLES: readonly Role[] = [
  "inventory",
  "holidays",
  "callLog",
  "quota",
  "representatives",
];

export type HospitalField =
  | "hospital"
  | "beds"
  | "dailyOutpatients"
  | "monthlyPurchase"
  | "classShare"
  | "hospitalVolume"
  | "rep"
  | "city"
  | "district";
export type DepartmentField =
  | "hospital"
  | "department"
  | "dailyPatients"
  | "classUsageRate"
  | "rxPerPatient"
  | "workingDays"
  | "ourDailyPatients"
  | "dailyVisits"
  | "relatedPatients";
export type DoctorField =
  | "hospital"
  | "department"
  | "doctor"
  | "title"
  | "volume"
  | "potential"
  | "status"
  | "doctorType"
  | "availability"
  | "visitingHours"
  | "rep"
  | "override"
  | "overrideReason";
export type InventoryField = "hospital" | "product" | "purchaseQty" | "salesQty" | "stockQty";
/** Holidays / 节假日 (SPEC §9): a date or range, 休息 or 上班, and a name. */
export type HolidayField = "date" | "dayType" | "holidayName";
/** SPEC §10: what a rep did (Call Log) and what the company asks of them (Quota). */
export type CallLogField = "date" | "rep" | "hospital" | "department" | "doctor" | "channel" | "outcome";
export type QuotaField = "rep" | "hospital" | "month" | "quota";
/** SPEC §8: the optional Representatives table. */
export type RepresentativeField = "rep" | "callsPerDay" | "city" | "daysOff";
export type Field =
  | HospitalField
  | DepartmentField
  | DoctorField
  | InventoryField
  | HolidayField
  | CallLogField
  | QuotaField
  | RepresentativeField;

/** How a field's cells are read. */
export type FieldKind = "key" | "text" | "count" | "money" | "rate" | "amount" | "date";

export interface FieldSpec {
  id: Field;
  kind: FieldKind;
  /** Must be mapped for the role to be usable. */
  required: boolean;
  /** Synonyms, matched after normalisation (see headers.ts). */
  en: string[];
  zh: string[];
  /** Display names for UI and output headers. */
  label: { en: string; zh: string };
}

/** Prescribing status values [seed]. */
export type DoctorStatus = "first-line" | "second-line" | "conservative" | "not-using";
export const STATUS_LABELS: Record<DoctorStatus, { zh: string; en: string }> = {
  "first-line": { zh: "首选", en: "First-line" },
  "second-line": { zh: "二线", en: "Second-line" },
  conservative: { zh: "保守", en: "Conservative" },
  "not-using": { zh: "未用", en: "Not using" },
};

/** Where a record came from, for issues and for "select this cell". */
export interface SourceRef {
  sheet: string;
  /** Excel row number as the user sees it (1-based). */
  row: number;
}

export interface HospitalRecord extends SourceRef {
  name: string;
  beds: number | null;
  dailyOutpatients: number | null;
  /** 元 (already scaled by a 万/亿 unit). */
  monthlyPurchase: number | null;
  /** 0..1 */
  classShare: number | null;
  hospitalVolume: number | null;
  /** The representative covering the hospital ("" when none is named). */
  rep: string;
  /** City (SPEC §9): a representative's day stays in one city; "" when not given. */
  city: string;
  /** District (区县), used when no city is given. */
  district?: string;
}

export interface DepartmentRecord extends SourceRef {
  hospital: string;
  department: string;
  dailyPatients: number | null;
  /** 0..1 */
  classUsageRate: number | null;
  rxPerPatient: number | null;
  /** As given; null when missing (the default is applied in the potential step). */
  workingDays: number | null;
  ourDailyPatients: number | null;
  dailyVisits: number | null;
  relatedPatients: number | null;
}

export interface DoctorRecord extends SourceRef {
  hospital: string;
  department: string;
  name: string;
  title: string;
  volume: number | null;
  potential: number | null;
  status: DoctorStatus | null;
  /** Raw status text when it was not one of the four known values. */
  statusText: string;
  doctorType: string;
  /** 门诊时间: clinic sessions (see schedule.clinicHours). */
  availability: string;
  /** 拜访时间: when calls may be made, used as given. */
  visitingHours?: string;
  /** The representative named on the doctor's own row ("" when none; the hospital's rep then applies). */
  rep: string;
  /** The manager's 目标调整 (issue 16): always a target of their rep, never one, or null = the rules decide. */
  override?: ManagerOverride | null;
  /** 调整原因 as written ("" when none). */
  overrideReason?: string;
}

/** A manager's target override on the Doctors sheet: 必选 / pin or 排除 / exclude. */
export type ManagerOverride = "pin" | "exclude";

export interface InventoryRecord extends SourceRef {
  hospital: string;
  product: string;
  purchaseQty: number | null;
  salesQty: number | null;
  stockQty: number | null;
}

/** One row of the Call Log: a call a rep made (SPEC §10). */
export interface CallRecord extends SourceRef {
  /** ISO date; null when the cell could not be read as a date (listed on Issues). */
  date: string | null;
  /** The date cell held a real date (a serial number), so Excel's COUNTIFS sees it. */
  dateIsSerial: boolean;
  rep: string;
  hospital: string;
  department: string;
  doctor: string;
  /** Raw text of the hospital and doctor cells, as a live COUNTIFS compares them. */
  rawHospital: string;
  rawDoctor: string;
  channel: string;
  outcome: string;
}

/** One row of the Quota table: Rx asked of a rep or a hospital for one month. */
export interface QuotaRecord extends SourceRef {
  rep: string;
  hospital: string;
  /** "YYYY-MM" */
  month: string;
  quota: number;
}

/** A row of the Holidays sheet (SPEC §9). */
export interface HolidayRecord extends SourceRef {
  /** ISO first and last day (inclusive). */
  from: string;
  to: string;
  /** "off" = 休息/放假, "work" = 上班 (a make-up working day). */
  kind: "off" | "work";
  name: string;
}

/** A row of the Representatives table (SPEC §8). */
export interface RepresentativeRecord extends SourceRef {
  name: string;
  /** null when blank or unusable (the default calls per day then applies). */
  callsPerDay: number | null;
  city: string;
  /** The days-off cell as written (read against the cycle's year by the team stage). */
  daysOffText: string;
  /** Header of the days-off column as written ("" when there is none). */
  daysOffColumn: string;
}
