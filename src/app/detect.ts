/**
 * What the task pane reads before a run: the input tables recognised, the
 * data problems found while reading them, and the little the cycle and
 * capacity preview needs. Pure, so it runs on the page or in the engine's
 * Web Worker alike (see engineWorker.ts).
 */
import type { SheetData } from "../core/cells";
import { readInputs } from "../core/input";
import type { Issue } from "../core/issues";
import { toIsoDate } from "../core/plan/cycle";
import type { TableDetection } from "../core/results";
import type { Settings } from "../core/settings";
import { previewInputs, type PreviewInputs } from "../core/team/preview";

export interface DetectionOutcome {
  detections: TableDetection[];
  /** Data problems found while reading the inputs (shown before a run). */
  issues: Issue[];
  /** What the cycle and capacity preview reads (Holidays, Representatives, the rows naming reps, the input's language). */
  inputs: PreviewInputs;
}

/** Recognises and reads the input tables; `today` gives a date typed without a year its year, as in a run. */
export function detectInputs(sheets: SheetData[], settings: Settings, today: Date): DetectionOutcome {
  const parsed = readInputs(sheets, settings, { today: toIsoDate(today) });
  return { detections: parsed.detections, issues: parsed.issues, inputs: previewInputs(parsed) };
}
