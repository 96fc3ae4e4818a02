/**
 * DEPTRX, OURRX and SHARE over ranges: department potential (SPEC §3) with
 * the engine's default formulas from src/core/method/potential.ts.
 */
import type { DepartmentField } from "../core/fields";
import { fieldSpec } from "../core/input/fieldSpecs";
import { deptTotalRx, ourRx, share } from "../core/method/potential";
import { readNumber } from "./args";
import { problem } from "./errors";
import { spill, whole, type Grid, type ResultCell, type ResultGrid } from "./grid";
import { displayLang } from "./lang";
import type { CellInput } from "./grid";

/** A department field read as the Departments table reads it (count, rate, amount). */
function departmentNumber(raw: CellInput, field: DepartmentField, parameter: string): number | null {
  return readNumber(raw, fieldSpec("departments", field)?.kind ?? "amount", parameter);
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
