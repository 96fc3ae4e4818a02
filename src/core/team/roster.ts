/**
 * Who covers whom (SPEC §8): the representatives, each with their working
 * days (the cycle's, minus their days off) and capacity, and the rep of every
 * doctor — the doctor's own rep column wins over the hospital's. With no rep
 * data at all there is one rep (name null): exactly the single plan.
 */
import type { DoctorRecord, HospitalRecord, RepresentativeRecord } from "../fields";
import { foldKey } from "../input/chars";
import type { Issue } from "../issues";
import type { Cycle } from "../plan/cycle";
import type { TableDetection } from "../results";
import type { Settings } from "../settings";
import { parseDaysOff } from "./daysOff";

export interface TeamRep {
  /** null for the one rep of a plan without rep data. */
  name: string | null;
  /** Where the rep is listed (Representatives), or where first named; row 0 when nowhere. */
  sheet: string;
  row: number;
  /** False when only named on Hospitals/Doctors (planned with the default calls per day). */
  listed: boolean;
  callsPerDay: number;
  city: string;
  /** Days off that fall on the cycle's working days. */
  daysOff: string[];
  /** The cycle's working days minus the days off. */
  workingDays: string[];
  /** callsPerDay × working days. */
  capacity: number;
}

export interface UnassignedHospital {
  sheet: string;
  row: number;
  name: string;
  /** Doctors of the hospital left without a rep. */
  doctors: number;
}

export interface Team {
  /** Any rep data at all (a Representatives table or a rep column with a name). */
  hasReps: boolean;
  reps: TeamRep[];
  /** Index into reps per doctor record (input order); -1 when the doctor has no rep. */
  doctorRep: Int32Array;
  unassigned: UnassignedHospital[];
  issues: Issue[];
}

export interface TeamInput {
  representatives: readonly RepresentativeRecord[];
  hospitals: readonly HospitalRecord[];
  doctors: readonly DoctorRecord[];
  detections: readonly TableDetection[];
  settings: Pick<Settings, "capacity">;
  cycle: Cycle;
}

/** Separators between two names in one rep cell ("张伟/李娜", "Wang, Li"). */
const NAME_SEPARATORS = /[、,，;；/／&＆|]+/;

function repHeader(detections: readonly TableDetection[], role: "hospitals" | "doctors"): string {
  return detections.find((d) => d.role === role)?.columns.rep?.header ?? "";
}

export function buildTeam(input: TeamInput): Team {
  const { representatives, hospitals, doctors, cycle } = input;
  const defaultCalls = input.settings.capacity.callsPerDay;
  const issues: Issue[] = [];
  const hasReps =
    representatives.length > 0 || hospitals.some((h) => h.rep !== "") || doctors.some((d) => d.rep !== "");
  const doctorRep = new Int32Array(doctors.length);
  if (!hasReps) {
    const capacity = defaultCalls * cycle.workingDays.length;
    const one: TeamRep = {
      name: null,
      sheet: "",
      row: 0,
      listed: false,
      callsPerDay: defaultCalls,
      city: "",
      daysOff: [],
      workingDays: cycle.workingDays,
      capacity,
    };
    return { hasReps, reps: [one], doctorRep, unassigned: [], issues };
  }

  const reps: TeamRep[] = [];
  const byName = new Map<string, number>();
  const working = new Set(cycle.workingDays);
  const add = (rep: Omit<TeamRep, "workingDays" | "capacity">): number => {
    const off = new Set(rep.daysOff);
    const workingDays = cycle.workingDays.filter((d) => !off.has(d));
    reps.push({ ...rep, workingDays, capacity: rep.callsPerDay * workingDays.length });
    byName.set(foldKey(rep.name ?? ""), reps.length - 1);
    return reps.length - 1;
  };
  for (const r of representatives) {
    let daysOff: string[] = [];
    if (r.daysOffText !== "") {
      const read = parseDaysOff(r.daysOffText, cycle.start);
      if (read.ok) daysOff = read.dates.filter((d) => working.has(d));
      else
        issues.push({
          code: "days-off-unreadable",
          severity: "warning",
          sheet: r.sheet,
          row: r.row,
          column: r.daysOffColumn,
          value: r.daysOffText,
          params: { rep: r.name },
        });
    }
    add({
      name: r.name,
      sheet: r.sheet,
      row: r.row,
      listed: true,
      callsPerDay: r.callsPerDay ?? defaultCalls,
      city: r.city,
      daysOff,
    });
  }

  // A rep's name is written on many rows: split each distinct cell text once.
  const namesOf = new Map<string, string[]>();
  /** The rep a cell names (first of several, which is reported), created when not listed; -1 when blank. */
  const repOf = (text: string, sheet: string, row: number, column: string): number => {
    if (text === "") return -1;
    let names = namesOf.get(text);
    if (names === undefined) {
      names = text
        .split(NAME_SEPARATORS)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      namesOf.set(text, names);
    }
    if (names.length === 0) return -1;
    if (names.length > 1)
      issues.push({
        code: "rep-ambiguous",
        severity: "warning",
        sheet,
        row,
        column,
        value: text,
        params: { count: names.length, used: names[0] },
      });
    const name = names[0];
    const known = byName.get(foldKey(name));
    if (known !== undefined) return known;
    if (representatives.length > 0)
      issues.push({ code: "unknown-rep", severity: "warning", sheet, row, column, value: name });
    return add({ name, sheet, row, listed: false, callsPerDay: defaultCalls, city: "", daysOff: [] });
  };

  const hospitalColumn = repHeader(input.detections, "hospitals");
  const doctorColumn = repHeader(input.detections, "doctors");
  const hospitalRep = new Map<string, number>();
  for (const h of hospitals) hospitalRep.set(foldKey(h.name), repOf(h.rep, h.sheet, h.row, hospitalColumn));
  // A Representatives table of one rep and no rep column: that rep covers everyone.
  const onlyRep = reps.length === 1 && hospitalColumn === "" && doctorColumn === "" ? 0 : -1;

  const unassigned = new Map<string, UnassignedHospital>();
  const covered = new Set<string>();
  // Doctors come hospital by hospital: fold a hospital's name and find its rep once per run of rows.
  let lastHospital: string | null = null;
  let hospitalKey = "";
  let repOfHospital = -1;
  // The key last added to `covered`: a Set add per doctor cost ~200 ms on 1M doctors.
  let lastCovered: string | null = null;
  for (let i = 0; i < doctors.length; i++) {
    const d = doctors[i];
    if (d.hospital !== lastHospital) {
      lastHospital = d.hospital;
      hospitalKey = foldKey(d.hospital);
      repOfHospital = hospitalRep.get(hospitalKey) ?? -1;
    }
    let rep = repOf(d.rep, d.sheet, d.row, doctorColumn);
    if (rep < 0) rep = repOfHospital;
    if (rep < 0) rep = onlyRep;
    doctorRep[i] = rep;
    if (rep >= 0) {
      if (hospitalKey !== lastCovered) {
        covered.add(hospitalKey);
        lastCovered = hospitalKey;
      }
      continue;
    }
    const open = unassigned.get(hospitalKey);
    if (open) open.doctors++;
    else unassigned.set(hospitalKey, { sheet: d.sheet, row: d.row, name: d.hospital, doctors: 1 });
  }
  // A hospital listed without a rep: its own row is the one to fix; one with no doctors is listed too.
  const listedUnassigned: UnassignedHospital[] = [];
  for (const h of hospitals) {
    const key = foldKey(h.name);
    if ((hospitalRep.get(key) ?? -1) >= 0 || onlyRep >= 0) continue;
    const open = unassigned.get(key);
    if (open) {
      unassigned.delete(key);
      listedUnassigned.push({ sheet: h.sheet, row: h.row, name: h.name, doctors: open.doctors });
    } else if (!covered.has(key))
      listedUnassigned.push({ sheet: h.sheet, row: h.row, name: h.name, doctors: 0 });
  }
  const all = [...listedUnassigned, ...unassigned.values()];
  for (const u of all)
    issues.push({
      code: "no-rep",
      severity: "warning",
      sheet: u.sheet,
      row: u.row,
      column: input.detections.find((d) => d.sheet === u.sheet)?.columns.hospital?.header ?? "",
      value: u.name,
      params: { hospital: u.name, doctors: u.doctors },
    });
  return { hasReps, reps, doctorRep, unassigned: all, issues };
}
