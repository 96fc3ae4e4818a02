/**
 * Reading the Call Log and Quota tables (SPEC §10). A row is read here as far
 * as it stands on its own (its date, its keys, its quota); whether its doctor
 * is known and its date falls in an archived cycle is judged by the measure
 * stage, which has the Doctors table and the Plan History.
 */
import type { CellValue } from "../cells";
import type { CallRecord, QuotaRecord } from "../fields";
import { forEachDataRow } from "./dataRows";
import { parseDayCell, parseMonthCell, type YearFor } from "./dates";
import type { DetectedTable } from "./detect";
import type { ReadContext } from "./records";
import { RowReader } from "./rowReader";
import { cellText } from "./rows";

/** How a yearless date or month is given its year. */
export interface DateContext {
  yearFor: YearFor;
  monthYearFor: (month: number) => number;
}

function rawText(v: CellValue): string {
  return typeof v === "string" ? v : cellText(v);
}

export function readCallLog(table: DetectedTable, ctx: ReadContext, dates: DateContext): CallRecord[] {
  const records: CallRecord[] = [];
  const r = new RowReader(table.sheet.name, table.header.columns, ctx.issues);
  const col = {
    date: r.column("date"),
    rep: r.column("rep"),
    hospital: r.column("hospital"),
    department: r.column("department"),
    doctor: r.column("doctor"),
    channel: r.column("channel"),
    outcome: r.column("outcome"),
  };
  forEachDataRow(table, r, ["hospital", "doctor"], () => {
    const hospital = r.key(col.hospital);
    if (hospital === null)
      return r.report("missing-key", "error", col.hospital, r.raw(col.hospital), { field: "hospital" });
    const doctor = r.key(col.doctor);
    if (doctor === null)
      return r.report("missing-key", "error", col.doctor, r.raw(col.doctor), { field: "doctor" });
    const raw = r.raw(col.date);
    const read = parseDayCell(raw, dates.yearFor, table.sheet.dateSystem);
    if (!read.ok) return r.report("unreadable-date", "error", col.date, raw);
    if (read.iso === null) return r.report("missing-value", "error", col.date, raw, { field: "date" });
    records.push({
      sheet: r.sheet,
      row: r.row,
      date: read.iso,
      dateIsSerial: read.serial,
      rep: r.text(col.rep),
      hospital,
      department: r.text(col.department),
      doctor,
      rawHospital: rawText(r.raw(col.hospital)),
      rawDoctor: rawText(r.raw(col.doctor)),
      channel: r.text(col.channel),
      outcome: r.text(col.outcome),
    });
  });
  return records;
}

export function readQuota(table: DetectedTable, ctx: ReadContext, dates: DateContext): QuotaRecord[] {
  const records: QuotaRecord[] = [];
  const r = new RowReader(table.sheet.name, table.header.columns, ctx.issues);
  const col = {
    rep: r.column("rep"),
    hospital: r.column("hospital"),
    month: r.column("month"),
    quota: r.column("quota"),
  };
  forEachDataRow(table, r, ["rep", "hospital"], () => {
    const rep = r.key(col.rep) ?? "";
    const hospital = r.key(col.hospital) ?? "";
    // A quota belongs to a rep or to a hospital (and so to the hospital's rep).
    if (rep === "" && hospital === "") {
      const where = col.rep ?? col.hospital;
      return r.report("missing-key", "error", where, r.raw(where), { field: where?.field ?? "rep" });
    }
    const rawMonth = r.raw(col.month);
    const month = parseMonthCell(rawMonth, dates.monthYearFor, table.sheet.dateSystem);
    if (!month.ok) return r.report("unreadable-date", "error", col.month, rawMonth);
    if (month.month === null)
      return r.report("missing-value", "error", col.month, rawMonth, { field: "month" });
    const quota = r.number(col.quota);
    if (quota === null) {
      // A bad number was listed by the reader already; a blank one is listed here.
      if (cellText(r.raw(col.quota)).trim() === "") {
        r.report("missing-value", "error", col.quota, r.raw(col.quota), { field: "quota" });
      }
      return;
    }
    if (hospital !== "" && ctx.hospitalsListed && ctx.hospitals.find(hospital) === 0) {
      r.report("unknown-hospital", "warning", col.hospital, hospital);
    }
    records.push({ sheet: r.sheet, row: r.row, rep, hospital, month: month.month, quota });
  });
  return records;
}
