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

const key = (hospital: string, department: string): string => `${hospital}\u0000${department}`;

/** Linear-interpolated percentile of ascending values. */
function percentile(sorted: ArrayLike<number>, p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** 10 × the 99th percentile of the column without its largest value; null when too few values to judge. */
export function robustBound(values: ArrayLike<number>): number | null {
  const sorted = Float64Array.from(values)
    .filter((v) => Number.isFinite(v))
    .sort();
  if (sorted.length < 3) return null;
  const q = percentile(sorted.subarray(0, sorted.length - 1), PERCENTILE);
  return q > 0 ? IMPLAUSIBLE_FACTOR * q : null;
}

/**
 * One formatter for every message: `toLocaleString` with options builds a new
 * one per call, which cost seconds when a messy sheet flags 100,000 values.
 */
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A number as the message shows it: thousands separated, at most two decimals. */
function shown(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/** The column's values as a typed array (1M doctors: no per-value arrays). */
function columnValues(doctors: readonly DoctorRecord[], f: Checked): Float64Array {
  let n = 0;
  for (const d of doctors) if (d[f] !== null) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (const d of doctors) {
    const v = d[f];
    if (v !== null) out[k++] = v;
  }
  return out;
}

export function plausibilityIssues(input: PlausibilityInput): Issue[] {
  const issues: Issue[] = [];
  const totals = new Map<string, DepartmentResult>();
  for (const d of input.departments) totals.set(key(d.record.hospital, d.record.department), d);

  const fields: Checked[] = ["volume", "potential"];
  const bounds = new Map<Checked, number | null>(
    fields.map((f) => [f, robustBound(columnValues(input.doctors, f))]),
  );
  const sums = new Map<string, { volume: number; potential: number; doctors: number }>();

  for (const d of input.doctors) {
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
    const dept = d.department === "" ? undefined : totals.get(key(d.hospital, d.department));
    const total = dept?.deptTotalRx ?? null;
    if (dept) {
      const k = key(d.hospital, d.department);
      const s = sums.get(k) ?? { volume: 0, potential: 0, doctors: 0 };
      s.volume += d.volume ?? 0;
      s.potential += d.potential ?? 0;
      s.doctors++;
      sums.set(k, s);
    }
    for (const f of fields) {
      const v = d[f];
      if (v === null) continue;
      const bound = bounds.get(f) ?? null;
      const overTotal = total !== null && total > 0 && v > total;
      const overBound = bound !== null && v > bound;
      if (!overTotal && !overBound) continue;
      issues.push({
        code: "implausible-value",
        severity: "warning",
        sheet: d.sheet,
        row: d.row,
        column: input.headers[f] ?? f,
        value: shown(v),
        params: {
          doctor: d.name,
          field: f,
          value: shown(v),
          ...(overTotal
            ? { against: "department", total: shown(total), department: d.department }
            : { against: "column", bound: shown(bound ?? 0) }),
        },
      });
    }
  }

  for (const [k, s] of sums) {
    const dept = totals.get(k);
    const total = dept?.deptTotalRx ?? null;
    if (!dept || total === null) continue;
    const over = (["potential", "volume"] as const).filter((f) => s[f] > total + 1e-9);
    if (over.length === 0) continue;
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
        total: shown(total),
        potentials: shown(s.potential),
        volumes: shown(s.volume),
        over: over.join(","),
        doctors: s.doctors,
      },
    });
  }
  return issues;
}
