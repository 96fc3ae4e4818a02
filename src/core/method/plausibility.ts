/**
 * Numbers a manager can trust: doctors' volumes and potentials checked
 * against their department and against the column. Nothing is changed —
 * a suspicious value stays in the plan until the user corrects it — but each
 * one is named on Issues.
 *
 * - Reconciliation: the doctors of a department cannot together write more
 *   than the department's total Rx (deptTotalRx); once per department and
 *   column, with both sums.
 * - Implausible value: one doctor's value above the department's total, or
 *   above 10 × the column's 99th percentile (the largest value left out, so
 *   one outlier such as "500万" cannot raise its own bound).
 * - A doctor with neither volume nor potential cannot be segmented.
 */
import type { DoctorRecord } from "../fields";
import type { Issue } from "../issues";
import type { DepartmentResult } from "../results";
import { finiteColumns } from "./doctorColumns";
import { ranksAt } from "./orderStatistic";

/** The bound is this many times the 99th percentile. */
export const IMPLAUSIBLE_FACTOR = 10;
const PERCENTILE = 0.99;

type Checked = "volume" | "potential";

export interface PlausibilityInput {
  doctors: readonly DoctorRecord[];
  departments: readonly DepartmentResult[];
  /** The Doctors sheet's headers as written, for the Issues column. */
  headers: Partial<Record<Checked, string>>;
}

/** 10 × the 99th percentile of the column without its largest value; null when too few values to judge. */
export function robustBound(values: ArrayLike<number>): number | null {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite[n++] = v;
  }
  return boundOfFinite(finite.subarray(0, n));
}

/** robustBound of finite values the caller owns (they are rearranged, not copied). */
function boundOfFinite(finite: Float64Array): number | null {
  const n = finite.length;
  if (n < 3) return null;
  // Linear-interpolated percentile of the n − 1 smallest: their ranks are the column's own.
  const pos = (n - 2) * PERCENTILE;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const [low, high] = ranksAt(finite, lo, hi);
  const q = low + (high - low) * (pos - lo);
  return q > 0 ? IMPLAUSIBLE_FACTOR * q : null;
}

/**
 * One formatter for every message: `toLocaleString` with options builds a new
 * one per call, which cost seconds when a messy sheet flags 100,000 values.
 */
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A number as the message shows it: thousands separated, at most two decimals.
 * Whole numbers (most of the values named) are grouped by hand, exactly as the
 * formatter groups them, at a fraction of its cost.
 */
export function shown(n: number): string {
  if (!Number.isSafeInteger(n) || (n === 0 && 1 / n < 0)) return NUMBER_FORMAT.format(n);
  const digits = String(n < 0 ? -n : n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return n < 0 ? "-" + out : out;
}

export function plausibilityIssues(input: PlausibilityInput): Issue[] {
  const issues: Issue[] = [];
  const departments = input.departments;
  // Departments by hospital, then name, as written: no joined key string per doctor.
  const totals = new Map<string, Map<string, number>>();
  for (let k = 0; k < departments.length; k++) {
    const d = departments[k];
    let byName = totals.get(d.record.hospital);
    if (byName === undefined) totals.set(d.record.hospital, (byName = new Map<string, number>()));
    byName.set(d.record.department, k);
  }

  const columns = finiteColumns(input.doctors);
  const bounds: Record<Checked, number | null> = {
    volume: boundOfFinite(columns.volume),
    potential: boundOfFinite(columns.potential),
  };
  // A bound is one number per column: shown once, not once per value above it.
  const boundShown: Record<Checked, string | null> = { volume: null, potential: null };
  // The doctors' sums per department, by the department's index (typed arrays,
  // no object per department); `named` is the order the doctors first name
  // each department (the order of its Issue).
  const volumes = new Float64Array(departments.length);
  const potentials = new Float64Array(departments.length);
  const counts = new Int32Array(departments.length);
  // shown(deptTotalRx), made once per department: a total is rarely whole, and Intl formats slowly.
  const totalShown = new Array<string | undefined>(departments.length);
  const named: number[] = [];

  const doctors = input.doctors;
  // Doctors come department by department: the last row's department is
  // looked up again only when the hospital or department changes.
  let lastHospital: string | null = null;
  let lastDepartment: string | null = null;
  let k = -1;
  let total: number | null = null;
  for (let i = 0; i < doctors.length; i++) {
    const d = doctors[i];
    if (d.volume === null && d.potential === null) {
      issues.push({
        code: "no-volume-or-potential",
        severity: "warning",
        sheet: d.sheet,
        row: d.row,
        column: "",
        value: d.name,
        params: { doctor: d.name, hospital: d.hospital },
      });
      continue;
    }
    if (d.hospital !== lastHospital || d.department !== lastDepartment) {
      lastHospital = d.hospital;
      lastDepartment = d.department;
      k = d.department === "" ? -1 : (totals.get(d.hospital)?.get(d.department) ?? -1);
      total = k >= 0 ? (departments[k].deptTotalRx ?? null) : null;
      if (k >= 0 && counts[k] === 0) named.push(k);
    }
    if (k >= 0) {
      volumes[k] += d.volume ?? 0;
      potentials[k] += d.potential ?? 0;
      counts[k]++;
    }
    if (d.volume !== null) check(d, "volume", d.volume, total, k);
    if (d.potential !== null) check(d, "potential", d.potential, total, k);
  }

  /** Lists the value when it is above its department's total or the column's bound. */
  function check(d: DoctorRecord, f: Checked, v: number, total: number | null, k: number): void {
    const bound = bounds[f];
    const overTotal = total !== null && total > 0 && v > total;
    if (!overTotal && !(bound !== null && v > bound)) return;
    const value = shown(v);
    issues.push({
      code: "implausible-value",
      severity: "warning",
      sheet: d.sheet,
      row: d.row,
      column: input.headers[f] ?? f,
      value,
      // Two literals rather than a spread: a messy sheet flags 100,000 values.
      params: overTotal
        ? {
            doctor: d.name,
            field: f,
            value,
            against: "department",
            total: (totalShown[k] ??= shown(total)),
            department: d.department,
          }
        : {
            doctor: d.name,
            field: f,
            value,
            against: "column",
            bound: (boundShown[f] ??= shown(bound ?? 0)),
          },
    });
  }

  for (const k of named) {
    const dept = departments[k];
    const total = dept.deptTotalRx ?? null;
    if (total === null) continue;
    const overPotential = potentials[k] > total + 1e-9;
    const overVolume = volumes[k] > total + 1e-9;
    if (!overPotential && !overVolume) continue;
    issues.push({
      code: "department-rx-exceeded",
      severity: "warning",
      sheet: dept.record.sheet,
      row: dept.record.row,
      column: "",
      // the message names the department and both sums
      value: "",
      params: {
        hospital: dept.record.hospital,
        department: dept.record.department,
        total: (totalShown[k] ??= shown(total)),
        potentials: shown(potentials[k]),
        volumes: shown(volumes[k]),
        over: overPotential ? (overVolume ? "potential,volume" : "potential") : "volume",
        doctors: counts[k],
      },
    });
  }
  return issues;
}
