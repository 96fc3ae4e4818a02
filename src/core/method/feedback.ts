/**
 * The reps' answers on the previous Target List (issue 16), read back before
 * the sheet is rewritten. Columns are found by their header in either
 * language, rows are matched to doctors by hospital + department + doctor
 * (never by row number), so an answer survives a re-run, a language switch
 * and a reordering of the input rows. An answer whose doctor is no longer in
 * the data is listed on Issues, naming the cell it was typed in.
 */
import type { CellValue, SheetData } from "../cells";
import type { DoctorRecord } from "../fields";
import { foldKey } from "../input/chars";
import { normalizeHeader } from "../input/headers";
import { parseFeedback } from "../input/overrides";
import { cellText } from "../input/rows";
import type { Issue } from "../issues";
import { COLUMN_LABELS } from "../labels";
import type { RepFeedbackNote } from "../results";

/** The Target List columns read back, by the keys of their labels. */
const READ = ["hospital", "department", "doctor", "repFeedback", "feedbackReason"] as const;
type ReadKey = (typeof READ)[number];

export interface PriorFeedback {
  /** Doctor index (into the records) → the rep's note. */
  byDoctor: Map<number, RepFeedbackNote>;
  issues: Issue[];
}

/** The sheet's cells from A1 (its used range may start lower or further right). */
function fromA1(sheet: SheetData): CellValue[][] {
  const pad: CellValue[] = new Array<CellValue>(sheet.firstCol).fill(null);
  const rows: CellValue[][] = Array.from({ length: sheet.firstRow - 1 }, () => []);
  for (const r of sheet.values) rows.push(sheet.firstCol > 0 ? [...pad, ...r] : [...r]);
  return rows;
}

function doctorKey(hospital: string, department: string, doctor: string): string {
  return `${foldKey(hospital)}\u0000${foldKey(department)}\u0000${foldKey(doctor)}`;
}

/** Header positions of the columns read back (either language; the "(editable)" note ignored). */
function columnsOf(header: readonly CellValue[]): Partial<Record<ReadKey, number>> {
  const at: Partial<Record<ReadKey, number>> = {};
  header.forEach((cell, i) => {
    const text = normalizeHeader(cellText(cell ?? null));
    if (text === "") return;
    for (const key of READ) {
      const label = COLUMN_LABELS[key];
      if (at[key] === undefined && (normalizeHeader(label.zh) === text || normalizeHeader(label.en) === text))
        at[key] = i;
    }
  });
  return at;
}

export function priorFeedback(previous: SheetData | null, doctors: readonly DoctorRecord[]): PriorFeedback {
  const out: PriorFeedback = { byDoctor: new Map(), issues: [] };
  if (!previous) return out;
  const grid = fromA1(previous);
  const header = grid[0] ?? [];
  const at = columnsOf(header);
  if (at.doctor === undefined || at.hospital === undefined) return out;
  if (at.repFeedback === undefined && at.feedbackReason === undefined) return out;
  // Only the rows someone typed on: most have no answer, and then no doctor index is built.
  const answered: number[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const typed = (key: ReadKey) => at[key] !== undefined && cellText(row[at[key]] ?? null).trim() !== "";
    if (typed("repFeedback") || typed("feedbackReason")) answered.push(r);
  }
  if (answered.length === 0) return out;
  const index = new Map<string, number>();
  doctors.forEach((d, i) => {
    const k = doctorKey(d.hospital, d.department, d.name);
    if (!index.has(k)) index.set(k, i);
  });
  const headerText = (key: ReadKey) => (at[key] === undefined ? "" : cellText(header[at[key]] ?? null));
  for (const r of answered) {
    const row = grid[r] ?? [];
    const text = (key: ReadKey) => (at[key] === undefined ? "" : cellText(row[at[key]] ?? null).trim());
    const typed = text("repFeedback");
    const reason = text("feedbackReason");
    const excelRow = r + 1;
    const feedback = parseFeedback(typed);
    if (feedback === undefined)
      out.issues.push({
        code: "unknown-feedback",
        severity: "warning",
        sheet: previous.name,
        row: excelRow,
        column: headerText("repFeedback"),
        value: typed,
      });
    const hospital = text("hospital");
    const department = text("department");
    const doctor = text("doctor");
    const i = index.get(doctorKey(hospital, department, doctor));
    if (i === undefined) {
      const where = typed !== "" ? "repFeedback" : "feedbackReason";
      out.issues.push({
        code: "feedback-unknown-doctor",
        severity: "warning",
        sheet: previous.name,
        row: excelRow,
        column: headerText(where),
        value: where === "repFeedback" ? typed : reason,
        params: {
          doctor,
          hospital,
          department,
          ...(reason !== "" && where === "repFeedback" ? { reason } : {}),
        },
      });
      continue;
    }
    // An unreadable word with no reason leaves nothing to carry over (it is listed above).
    if (out.byDoctor.has(i) || ((feedback ?? null) === null && reason === "")) continue;
    out.byDoctor.set(i, { feedback: feedback ?? null, reason });
  }
  return out;
}
