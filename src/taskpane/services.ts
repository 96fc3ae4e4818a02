/**
 * What the task pane needs from the engine, as one injectable object. The
 * pane's components never import the engine directly, so they render (and are
 * tested) with any implementation; coreServices.ts wires the real one.
 */
import type { SheetData } from "../core/cells";
import type { Field, FieldSpec, Role } from "../core/fields";
import type { Issue, Lang } from "../core/issues";
import type { WorkbookPort, WriteReport } from "../core/port";
import type { DetectionOutcome } from "../app/detect";
import type { EngineResult } from "../core/results";
import type { Settings } from "../core/settings";
import type { PlanPreview, PreviewInputs } from "../core/team/preview";

export type GenerateStage = "reading" | "checking" | "segmenting" | "writing" | "done";

export interface GenerateOptions {
  settings?: Settings;
  today?: Date;
  signal?: AbortSignal;
  onProgress?: (stage: GenerateStage, fraction: number) => void;
}

export interface GenerateOutcome {
  result: EngineResult;
  report: WriteReport;
}

export type { DetectionOutcome } from "../app/detect";

export interface PaneServices {
  /**
   * Recognises the input tables and reads them (no output is written); `today`
   * gives a date typed without a year its year, as in a run. The hosts do it
   * in a Web Worker (a promise), so a large workbook never blocks the pane.
   */
  detect(
    sheets: SheetData[],
    settings: Settings,
    today: Date,
    signal?: AbortSignal,
  ): DetectionOutcome | Promise<DetectionOutcome>;
  /** The cycle on the run's working calendar and each rep's capacity, as the engine will plan them. */
  planPreview(inputs: PreviewInputs | null, settings: Settings, today: Date): PlanPreview;
  /** Validates a settings object as edited in the pane. */
  validateSettings(input: unknown): { settings: Settings; issues: Issue[] };
  /** Why an issue is a problem, in the user's language (the pane shows sheet, row and value beside it). */
  issueReason(issue: Issue, lang: Lang): string;
  /** Reads, checks, segments and writes the plan through the port. */
  generatePlan(port: WorkbookPort, options: GenerateOptions): Promise<GenerateOutcome>;
  /** The fields of each input role (labels, required flags). */
  fieldSpecs(role: Role): readonly FieldSpec[];
}

/** The label of a field in the given language, falling back to its id. */
export function fieldLabel(services: PaneServices, role: Role, field: Field, lang: Lang): string {
  const spec = services.fieldSpecs(role).find((f) => f.id === field);
  return spec ? spec.label[lang] : field;
}
