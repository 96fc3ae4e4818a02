/**
 * The workbench's .xlsx parse off the page: the bytes go to a Web Worker
 * (transferred, not copied), which reads them with the command line's own
 * reader (loadXlsx.ts) and sends the sheets back in chunks of rows, so the
 * page never holds one long task — however large the file, the spinner turns
 * and the page answers. Where workers are not available it parses on the page.
 */
import type { SheetData } from "../core/cells";
import { readXlsx } from "./loadXlsx";

/** Built by webpack next to workbench.html (see webpack.config.js). */
export const XLSX_WORKER_URL = "xlsxWorker.js";

/** Rows per message: each is rebuilt on the page in a few milliseconds. */
export const ROWS_PER_CHUNK = 10_000;

/** Page → worker. */
export type ToXlsxWorker = { type: "parse"; bytes: ArrayBuffer };

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

/** Parses an .xlsx in a worker made by makeWorker (terminated after); the bytes are handed over. */
export function parseXlsxInWorker(
  bytes: ArrayBuffer,
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
    worker.postMessage({ type: "parse", bytes }, [bytes]);
  });
}

/** The page's way to parse: in a worker where the browser has them, else here. */
export function parseXlsx(bytes: ArrayBuffer): Promise<SheetData[]> {
  if (typeof Worker !== "function") return readXlsx(bytes);
  return parseXlsxInWorker(bytes, () => new Worker(XLSX_WORKER_URL) as unknown as XlsxWorkerLike);
}

/** The worker's side: parses, then posts each sheet and its rows in chunks. */
export function serveXlsx(scope: {
  postMessage(message: FromXlsxWorker): void;
  onmessage: ((event: { data: ToXlsxWorker }) => void) | null;
}): void {
  scope.onmessage = ({ data }) => {
    readXlsx(data.bytes).then(
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
