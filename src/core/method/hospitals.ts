/**
 * Hospital results (SPEC §2, §4): tier, class market value, potential and
 * volume from its departments, share and stage. Quadrants need the cut-offs
 * over all hospitals and are set by segmentation.ts.
 */
import type { HospitalRecord } from "../fields";
import { foldKey } from "../input/chars";
import type { Issue } from "../issues";
import type { DepartmentResult, HospitalResult } from "../results";
import type { Settings } from "../settings";
import { share } from "./potential";
import { stageOf } from "./stage";
import { classMarketValue, hospitalTier } from "./tier";

interface Sums {
  deptTotalRx: number;
  ourRx: number;
  /** Departments contributing a value (a sum over none is missing, not 0). */
  totalCount: number;
  ourCount: number;
}

/** Sums of deptTotalRx and ourRx per hospital name. */
function departmentSums(departments: readonly DepartmentResult[]): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  // A hospital's departments come together: its name is folded and looked up once, not per department.
  let lastName: string | null = null;
  let s: Sums | undefined;
  for (const d of departments) {
    if (d.record.hospital !== lastName || s === undefined) {
      lastName = d.record.hospital;
      // Matched like the input stage matches names (case, width, spaces folded).
      const key = foldKey(lastName);
      s = sums.get(key);
      if (!s) {
        s = { deptTotalRx: 0, ourRx: 0, totalCount: 0, ourCount: 0 };
        sums.set(key, s);
      }
    }
    if (d.deptTotalRx !== null) {
      s.deptTotalRx += d.deptTotalRx;
      s.totalCount++;
    }
    if (d.ourRx !== null) {
      s.ourRx += d.ourRx;
      s.ourCount++;
    }
  }
  return sums;
}

export function hospitalResults(
  records: readonly HospitalRecord[],
  departments: readonly DepartmentResult[],
  settings: Settings,
): { hospitals: HospitalResult[]; issues: Issue[] } {
  const sums = departmentSums(departments);
  const issues: Issue[] = [];
  const hospitals = records.map((record): HospitalResult => {
    const verdict = hospitalTier(record, settings);
    if (verdict.tier === null)
      issues.push({
        code: "no-tier-criteria",
        severity: "warning",
        sheet: record.sheet,
        row: record.row,
        column: "",
        value: record.name,
        params: { hospital: record.name },
      });
    const s = sums.get(foldKey(record.name));
    const potential = s && s.totalCount > 0 ? s.deptTotalRx : null;
    // The hospital's own volume column wins; else what its departments prescribe of ours.
    const volume = record.hospitalVolume ?? (s && s.ourCount > 0 ? s.ourRx : null);
    const ourShare = share(volume, potential);
    // Without a Departments table the run already says so once; per hospital it would be noise.
    if (potential === null && departments.length > 0)
      issues.push({
        code: "no-department-potential",
        severity: "warning",
        sheet: record.sheet,
        row: record.row,
        column: "",
        value: record.name,
        params: { hospital: record.name },
      });
    return {
      record,
      tier: verdict.tier,
      criteria: verdict.criteria,
      classMarketValue: classMarketValue(record.monthlyPurchase, record.classShare),
      potential,
      volume,
      share: ourShare,
      stage: stageOf(volume, ourShare, settings),
      quadrant: null,
    };
  });
  return { hospitals, issues };
}
