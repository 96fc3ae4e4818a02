/** What the Generate step shows before the first run: the tables it will read and the cycle it will plan. */
import { ROLES, type FieldSpec, type Role } from "../../core/fields";
import type { Lang } from "../../core/issues";
import type { TableDetection } from "../../core/results";
import type { Settings } from "../../core/settings";
import type { PlanPreview, RepCapacity } from "../../core/team/preview";
import { missingRequired, REQUIRED_ROLES } from "./dataModel";

export interface GeneratePreview {
  tables: { role: Role; sheet: string | null; rows: number; required: boolean }[];
  cycle: { start: string; end: string; workingDays: number };
  callsPerDay: number;
  /** The team's calls in the cycle (one rep's without rep data). */
  capacity: number;
  /** Each rep's calls per day, working days (days off removed) and capacity; null without rep data. */
  reps: RepCapacity[] | null;
  /** "Doctors: Hospital" for each required column not mapped, in the pane's language. */
  missingColumns: string[];
}

export function generatePreview(
  detections: readonly TableDetection[],
  settings: Settings,
  plan: PlanPreview,
  fieldSpecs: (role: Role) => readonly FieldSpec[],
  roleName: (role: Role) => string,
  lang: Lang,
): GeneratePreview {
  const { cycle } = plan;
  const missingColumns: string[] = [];
  const tables = ROLES.map((role) => {
    const d = detections.find((x) => x.role === role);
    if (d) {
      const fields = missingRequired(d, fieldSpecs(role)).map(
        (f) => fieldSpecs(role).find((s) => s.id === f)?.label[lang] ?? f,
      );
      if (fields.length > 0) missingColumns.push(`${roleName(role)}: ${fields.join(", ")}`);
    }
    return {
      role,
      sheet: d ? d.sheet : null,
      rows: d ? d.dataRows : 0,
      required: REQUIRED_ROLES.includes(role),
    };
  });
  return {
    tables,
    cycle: { start: cycle.start, end: cycle.end, workingDays: cycle.workingDays.length },
    callsPerDay: settings.capacity.callsPerDay,
    capacity: plan.capacity,
    reps: plan.hasReps ? plan.reps : null,
    missingColumns,
  };
}
