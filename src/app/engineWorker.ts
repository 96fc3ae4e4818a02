/**
 * The engine off the UI thread. A host reads the sheets through its port (on
 * the page: Office.js lives there), then hands them to a Web Worker in chunks
 * so the page keeps answering (progress, Cancel) while the worker computes.
 * Cancel terminates the worker at once; nothing was written yet, so the
 * workbook is as it was.
 *
 * The messages are plain data (structured clone); an EngineError crosses as
 * its name, message and issue and is rebuilt on the page side.
 */
import type { SheetData } from "../core/cells";
import { detectInputs, type DetectionOutcome } from "./detect";
import { runEngine, type EngineOptions } from "../core/engine";
import type { Issue } from "../core/issues";
import { EngineError, type EngineResult } from "../core/results";
import type { Settings } from "../core/settings";

/** "checking" while the sheets go to the engine, "segmenting" while it computes. */
export type EngineStage = "checking" | "segmenting";

export interface EngineRunOptions {
  today?: Date;
  signal?: AbortSignal;
  /** MicroSeg's own sheets from earlier runs (see EngineOptions.previous). */
  previous?: EngineOptions["previous"];
  onProgress?: (stage: EngineStage, fraction: number) => void;
}

/** Runs the engine on sheets already read; generatePlan takes one of these. */
export type EngineRunner = (
  sheets: SheetData[],
  settings: Settings,
  options: EngineRunOptions,
) => Promise<EngineResult>;

/** Page → worker. */
export type ToWorker =
  | { type: "sheet"; sheet: Omit<SheetData, "values"> }
  | { type: "rows"; index: number; rows: SheetData["values"] }
  | { type: "run"; settings: Settings; today: string | null; previous: EngineOptions["previous"] }
  | { type: "detect"; settings: Settings; today: string };

/** Worker → page. */
export type FromWorker =
  | { type: "progress"; stage: EngineStage; fraction: number }
  | { type: "result"; result: EngineResult }
  | { type: "detected"; outcome: DetectionOutcome }
  | { type: "error"; name: string; message: string; issue: Issue | null };

/** The part of Worker the runner uses (a test can pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Rows per message: each is cloned on the page in a few milliseconds. */
export const ROWS_PER_MESSAGE = 20_000;

function abortError(): Error {
  return new DOMException("The MicroSeg run was stopped.", "AbortError");
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The engine in this thread (the command line, the ribbon, tests). */
export const runInThread: EngineRunner = async (
  sheets,
  settings,
  { today, signal, onProgress, previous },
) => {
  onProgress?.("segmenting", 0.4);
  // Lets the host repaint the stage before the engine takes the thread.
  await nextTask();
  return runEngine(sheets, settings, { today, signal, previous });
};

/**
 * One job on a fresh worker: `start` sends the work, `answer` reads each
 * message (a value or an error ends the job, null waits for more). The worker
 * is terminated when the job ends, fails or the signal aborts it.
 */
function oneJob<T>(
  makeWorker: () => WorkerLike,
  signal: AbortSignal | undefined,
  start: (worker: WorkerLike, stopped: () => boolean) => void,
  answer: (data: FromWorker, stopped: () => boolean) => { value: T } | { error: Error } | null,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = makeWorker();
    let settled = false;
    const stopped = () => settled;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(abortError()));
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      const end = answer(data, stopped);
      if (end === null) return;
      if ("value" in end) finish(() => resolve(end.value));
      else finish(() => reject(end.error));
    };
    worker.onerror = (event) =>
      finish(() => reject(new Error(event.message ?? "The MicroSeg engine stopped unexpectedly.")));
    start(worker, stopped);
  });
}

/** The worker's error as the page rethrows it (an EngineError keeps its issue). */
function workerError(data: Extract<FromWorker, { type: "error" }>): Error {
  return data.name === "EngineError" && data.issue
    ? new EngineError(data.issue, data.message)
    : Object.assign(new Error(data.message), { name: data.name });
}

/** The engine in a Web Worker made by makeWorker (one per run, terminated after it). */
export function workerEngine(makeWorker: () => WorkerLike): EngineRunner {
  return (sheets, settings, { today, signal, onProgress, previous }) =>
    oneJob<EngineResult>(
      makeWorker,
      signal,
      (worker, stopped) =>
        void (async () => {
          await postSheets(worker, sheets, stopped, (fraction) =>
            onProgress?.("checking", 0.3 + 0.1 * fraction),
          );
          // Of the earlier runs' sheets the engine reads only the plan history and the Target List
          // (the reps' feedback); the rest (possibly large) stays on the page.
          const kept: EngineOptions["previous"] = {};
          if (previous?.planHistory) kept.planHistory = previous.planHistory;
          if (previous?.targetList) kept.targetList = previous.targetList;
          const history = Object.keys(kept).length > 0 ? kept : undefined;
          if (!stopped())
            worker.postMessage({
              type: "run",
              settings,
              today: today ? today.toISOString() : null,
              previous: history,
            });
        })(),
      (data, stopped) => {
        if (data.type === "progress") {
          if (!stopped()) onProgress?.(data.stage, data.fraction);
          return null;
        }
        if (data.type === "result") return { value: data.result };
        if (data.type === "error") return { error: workerError(data) };
        return null;
      },
    );
}

/**
 * Hands the sheets to a worker in chunks of rows, with a task boundary
 * between chunks so clicks (Cancel) and repaints get their turn; stops when
 * `stopped()` says the run is over.
 */
async function postSheets(
  worker: WorkerLike,
  sheets: readonly SheetData[],
  stopped: () => boolean,
  onSent?: (fraction: number) => void,
): Promise<void> {
  const total = sheets.reduce((n, s) => n + s.values.length, 0) || 1;
  let sent = 0;
  for (const { values, ...sheet } of sheets) {
    if (stopped()) return;
    worker.postMessage({ type: "sheet", sheet });
    for (let i = 0; i < values.length; i += ROWS_PER_MESSAGE) {
      if (stopped()) return;
      worker.postMessage({ type: "rows", index: i, rows: values.slice(i, i + ROWS_PER_MESSAGE) });
      sent += Math.min(ROWS_PER_MESSAGE, values.length - i);
      onSent?.(sent / total);
      await nextTask();
    }
  }
}

/**
 * The pane's detection (detectInputs) in a Web Worker made by makeWorker (one
 * per call, terminated after it): reading every row of a large workbook then
 * never blocks the page. A signal stops it (a newer detection replaces it).
 */
export function workerDetect(
  makeWorker: () => WorkerLike,
): (sheets: SheetData[], settings: Settings, today: Date, signal?: AbortSignal) => Promise<DetectionOutcome> {
  return (sheets, settings, today, signal) =>
    oneJob<DetectionOutcome>(
      makeWorker,
      signal,
      (worker, stopped) =>
        void (async () => {
          await postSheets(worker, sheets, stopped);
          if (!stopped()) worker.postMessage({ type: "detect", settings, today: today.toISOString() });
        })(),
      (data) => {
        if (data.type === "detected") return { value: data.outcome };
        if (data.type === "error") return { error: workerError(data) };
        return null;
      },
    );
}

/** The worker's side: collects the sheets, runs the engine, posts the result. */
export function serveEngine(scope: {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}): void {
  const sheets: SheetData[] = [];
  scope.onmessage = ({ data }) => {
    if (data.type === "sheet") {
      sheets.push({ ...data.sheet, values: [] });
    } else if (data.type === "rows") {
      const values = sheets[sheets.length - 1].values;
      for (const row of data.rows) values.push(row);
    } else if (data.type === "detect") {
      try {
        scope.postMessage({
          type: "detected",
          outcome: detectInputs(sheets, data.settings, new Date(data.today)),
        });
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        scope.postMessage({ type: "error", name: error.name, message: error.message, issue: null });
      }
    } else {
      scope.postMessage({ type: "progress", stage: "segmenting", fraction: 0.45 });
      try {
        const result = runEngine(sheets, data.settings, {
          today: data.today ? new Date(data.today) : undefined,
          previous: data.previous,
        });
        scope.postMessage({ type: "result", result });
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        scope.postMessage({
          type: "error",
          name: error.name,
          message: error.message,
          issue: e instanceof EngineError ? e.issue : null,
        });
      }
    }
  };
}
