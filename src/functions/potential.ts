/**
 * DEPTRX, OURRX and SHARE over ranges: department potential (SPEC §3) with
 * the engine's default formulas from src/core/method/potential.ts.
 */
import type { DepartmentField, FieldKind } from "../core/fields";
import { fieldSpec } from "../core/input/fieldSpecs";
import { deptTotalRx, ourRx, share } from "../core/method/potential";
import { readNumber } from "./args";
import { problem } from "./errors";
import { spill, whole, type CellInput, type Grid, type ResultCell, type ResultGrid } from "./grid";
import { displayLang } from "./lang";

type PotentialField = Extract<
  DepartmentField,
  "dailyPatients" | "classUsageRate" | "rxPerPatient" | "workingDays" | "ourDailyPatients"
>;

function kindOf(field: PotentialField): FieldKind {
  return fieldSpec("departments", field)?.kind ?? "amount";
}

/** How the Departments table reads each field (count, rate, amount), looked up once. */
const KIND: Record<PotentialField, FieldKind> = {
  dailyPatients: kindOf("dailyPatients"),
  classUsageRate: kindOf("classUsageRate"),
  rxPerPatient: kindOf("rxPerPatient"),
  workingDays: kindOf("workingDays"),
  ourDailyPatients: kindOf("ourDailyPatients"),
};

function departmentNumber(raw: CellInput, field: PotentialField, parameter: string): number | null {
  return readNumber(raw, KIND[field], parameter);
}

/** A missing result (some input blank) is a blank cell, as in the Department Potential sheet. */
function orBlank(value: number | null): ResultCell {
  return value === null ? "" : value;
}

export function deptRxCells(
  dailyPatients: Grid,
  usageRate: Grid,
  rxPerPatient: Grid,
  workingDays?: Grid | null,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([dailyPatients, usageRate, rxPerPatient, workingDays], lang, ([p, u, r, d]) =>
      orBlank(
        deptTotalRx(
          departmentNumber(p, "dailyPatients", "dailyPatients"),
          departmentNumber(u, "classUsageRate", "usageRate"),
          departmentNumber(r, "rxPerPatient", "rxPerPatient"),
          departmentNumber(d, "workingDays", "workingDays"),
        ),
      ),
    ),
  );
}

export function ourRxCells(
  ourDailyPatients: Grid,
  rxPerPatient: Grid,
  workingDays?: Grid | null,
): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([ourDailyPatients, rxPerPatient, workingDays], lang, ([p, r, d]) =>
      orBlank(
        ourRx(
          departmentNumber(p, "ourDailyPatients", "ourDailyPatients"),
          departmentNumber(r, "rxPerPatient", "rxPerPatient"),
          departmentNumber(d, "workingDays", "workingDays"),
        ),
      ),
    ),
  );
}

export function shareCells(our: Grid, dept: Grid): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([our, dept], lang, ([o, t]) => {
      const ourValue = readNumber(o, "amount", "ourRx");
      const total = readNumber(t, "amount", "deptRx");
      // The engine leaves the share blank for a zero total; a formula says why.
      if (total === 0) throw problem("div0", "formula-not-finite", "deptRx", t);
      return orBlank(share(ourValue, total));
    }),
  );
}
