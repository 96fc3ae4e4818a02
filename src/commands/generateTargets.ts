/**
 * The ribbon's "Generate targets": the whole plan in one click with the
 * settings saved in the workbook (or the defaults), then the Target List is
 * shown. The outcome is written where the user looks: a status line at the
 * top of the Issues sheet, or, when no plan could be written, an Issues sheet
 * holding only the reason, which is then shown.
 */
import { generatePlan, outputLanguage } from "../app/generate";
import {
  failureIssuesTable,
  failureStatus,
  successStatus,
  withStatusLine,
  type RunStatus,
} from "../app/status";
import type { WorkbookPort } from "../core/port";
import { validateSettings } from "../core/settingsValidate";

export interface GenerateTargetsDeps {
  port: WorkbookPort;
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage: string | undefined;
  today?: Date;
}

/** Runs the plan and tells the user; rejects only if even the failure message could not be written. */
export async function runGenerateTargets(deps: GenerateTargetsDeps): Promise<RunStatus> {
  const { port } = deps;
  let lang = outputLanguage(null, deps.displayLanguage);
  let status: RunStatus;
  // Two batches in all: the read (with the saved settings) and the write (which shows the Target List).
  try {
    const { result, report } = await generatePlan(port, {
      settingsFrom: (saved) => {
        lang = outputLanguage(saved, deps.displayLanguage);
        return { ...validateSettings(saved).settings, language: lang };
      },
      today: deps.today,
      // The status line says what this write really does (the plan's report), not a guess.
      annotate: (r, planned, tables) => withStatusLine(tables, successStatus(r, lang, planned), lang),
      show: { outputs: ["targetList"], address: "A1" },
    });
    return successStatus(result, lang, report);
  } catch (error) {
    status = failureStatus(error, lang);
  }
  // No plan was written: the reason goes on (only) the Issues sheet, which is shown.
  // Only the Issues sheet: the previous plan's other sheets stay as they were.
  await port.writeOutputs([failureIssuesTable(status, lang)], {
    scope: "only",
    show: { outputs: ["issues"], address: "B2" },
  });
  return status;
}

/** The ExecuteFunction handler: event.completed() is always called, also on failure. */
export async function generateTargets(
  event: Pick<Office.AddinCommands.Event, "completed">,
  deps: GenerateTargetsDeps,
): Promise<RunStatus> {
  try {
    return await runGenerateTargets(deps);
  } finally {
    event.completed();
  }
}
