/**
 * The generation flow with the engine in a Web Worker (dist/engineWorker.js,
 * beside the page), so the page keeps answering — progress moves and Cancel
 * stops the run at once — however large the workbook. Where workers are not
 * available the engine runs on the page as before.
 */
import { generatePlan, type GenerateOptions } from "../app/generate";
import { workerEngine, type WorkerLike } from "../app/engineWorker";
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
