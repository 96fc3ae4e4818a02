/**
 * The workbench's workbooks are built off the page: an opened .xlsx goes to a
 * Web Worker as bytes (transferred, not copied), read there with the command
 * line's own reader (loadXlsx.ts); the `?scale=N` synthetic workbook is
 * generated there. Either way the sheets come back in chunks of rows, so the
 * page never holds one long task — however large the workbook, the spinner
 * turns and the page answers. Where workers are not available the page does
 * the work itself.
 */
import { generateSheets } from "../../bench/generate";
import type { SheetData } from "../core/cells";
import { readXlsx } from "./loadXlsx";

/** Built by webpack next to workbench.html (see webpack.config.js). */
export const XLSX_WORKER_URL = "xlsxWorker.js";

/** Rows per message: each is rebuilt on the page in a few milliseconds. */
export const ROWS_PER_CHUNK = 10_000;

/** The seed of the synthetic workbook: the benchmark's, so `?scale=N` shows the workbook it measures. */
export const SYNTHETIC_SEED = 42;

/** Page → worker: parse an .xlsx, or build the benchmark's workbook with `hospitals` hospitals. */
export type ToXlsxWorker =
  { type: "parse"; bytes: ArrayBuffer } | { type: "synthetic"; seed: number; hospitals: number };

/** Worker → page. */
export type FromXlsxWorker =
  | { type: "sheet"; sheet: Omit<SheetData, "values"> }
  | { type: "rows"; rows: SheetData["values"] }
  | { type: "done" }
  | { type: "error"; message: string };

/** The part of Worker the page uses (a test can pass a fake). */
export interface XlsxWorkerLike {
  postMessage(message: ToXlsxWorker, transfer: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { data: FromXlsxWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Sends one request to a worker made by makeWorker (terminated after) and gathers the sheets it sends back. */
function sheetsFromWorker(
  request: ToXlsxWorker,
  transfer: ArrayBuffer[],
  makeWorker: () => XlsxWorkerLike,
): Promise<SheetData[]> {
  return new Promise<SheetData[]>((resolve, reject) => {
    const worker = makeWorker();
    const sheets: SheetData[] = [];
    const finish = (settle: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle();
    };
    worker.onmessage = ({ data }) => {
      if (data.type === "sheet") sheets.push({ ...data.sheet, values: [] });
      else if (data.type === "rows") {
        const values = sheets[sheets.length - 1].values;
        for (const row of data.rows) values.push(row);
      } else if (data.type === "done") finish(() => resolve(sheets));
      else finish(() => reject(new Error(data.message)));
    };
    worker.onerror = (event) =>
      finish(() => reject(new Error(event.message ?? "The workbook could not be read.")));
    worker.postMessage(request, transfer);
  });
}

/** Parses an .xlsx in a worker made by makeWorker; the bytes are handed over. */
export function parseXlsxInWorker(
  bytes: ArrayBuffer,
  makeWorker: () => XlsxWorkerLike,
): Promise<SheetData[]> {
  return sheetsFromWorker({ type: "parse", bytes }, [bytes], makeWorker);
}

/** Builds the synthetic workbook with `hospitals` hospitals (100 doctors each) in a worker made by makeWorker. */
export function syntheticInWorker(hospitals: number, makeWorker: () => XlsxWorkerLike): Promise<SheetData[]> {
  return sheetsFromWorker({ type: "synthetic", seed: SYNTHETIC_SEED, hospitals }, [], makeWorker);
}

function browserWorker(): XlsxWorkerLike {
  return new Worker(XLSX_WORKER_URL) as unknown as XlsxWorkerLike;
}

/** The page's way to parse: in a worker where the browser has them, else here. */
export function parseXlsx(bytes: ArrayBuffer): Promise<SheetData[]> {
  if (typeof Worker !== "function") return readXlsx(bytes);
  return parseXlsxInWorker(bytes, browserWorker);
}

/** The page's way to build the synthetic workbook: in a worker where the browser has them, else here. */
export async function syntheticSheets(hospitals: number): Promise<SheetData[]> {
  if (typeof Worker === "function") return syntheticInWorker(hospitals, browserWorker);
  // Lets the spinner paint before the page builds it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return generateSheets(SYNTHETIC_SEED, hospitals);
}

/** What a request asks the worker to build. */
async function build(request: ToXlsxWorker): Promise<SheetData[]> {
  if (request.type === "parse") return readXlsx(request.bytes);
  // After a turn, so the request's handler returns before the (long) build starts.
  await Promise.resolve();
  return generateSheets(request.seed, request.hospitals);
}

/** The worker's side: parses or builds, then posts each sheet and its rows in chunks. */
export function serveXlsx(scope: {
  postMessage(message: FromXlsxWorker): void;
  onmessage: ((event: { data: ToXlsxWorker }) => void) | null;
}): void {
  scope.onmessage = ({ data }) => {
    build(data).then(
      (sheets) => {
        for (const { values, ...sheet } of sheets) {
          scope.postMessage({ type: "sheet", sheet });
          for (let i = 0; i < values.length; i += ROWS_PER_CHUNK)
            scope.postMessage({ type: "rows", rows: values.slice(i, i + ROWS_PER_CHUNK) });
        }
        scope.postMessage({ type: "done" });
      },
      (e: unknown) =>
        scope.postMessage({ type: "error", message: e instanceof Error ? e.message : String(e) }),
    );
  };
}
