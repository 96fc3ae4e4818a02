/**
 * The generation flow and the pane's detection with the engine in a Web
 * Worker (dist/engineWorker.js, beside the page), so the page keeps answering
 * — progress moves, Cancel stops the run at once, the pane paints while a
 * large workbook's tables are read — however large the workbook. Where workers
 * are not available the engine runs on the page as before.
 */
import { detectInputs } from "../app/detect";
import { generatePlan, type GenerateOptions } from "../app/generate";
import { workerDetect, workerEngine, type WorkerLike } from "../app/engineWorker";
import type { SheetData } from "../core/cells";
import type { Settings } from "../core/settings";
import type { WorkbookPort } from "../core/port";

/** Built by webpack next to taskpane.html and workbench.html. */
export const ENGINE_WORKER_URL = "engineWorker.js";

export function generatePlanInWorker(port: WorkbookPort, options: GenerateOptions = {}) {
  const engine =
    typeof Worker === "function"
      ? workerEngine(() => new Worker(ENGINE_WORKER_URL) as unknown as WorkerLike)
      : undefined;
  return generatePlan(port, { ...options, engine });
}

/** The pane's detection (PaneServices.detect) in the engine's worker. */
export function detectInWorker(sheets: SheetData[], settings: Settings, today: Date, signal?: AbortSignal) {
  if (typeof Worker !== "function") return detectInputs(sheets, settings, today);
  return workerDetect(() => new Worker(ENGINE_WORKER_URL) as unknown as WorkerLike)(
    sheets,
    settings,
    today,
    signal,
  );
}
