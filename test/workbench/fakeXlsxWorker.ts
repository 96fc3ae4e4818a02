/**
 * The workbench's .xlsx worker in the test process: the worker's own side
 * (serveXlsx) behind an object shaped like Web Worker, messages cloned and
 * delivered asynchronously as a browser would.
 */
import {
  serveXlsx,
  type FromXlsxWorker,
  type ToXlsxWorker,
  type XlsxWorkerLike,
} from "../../src/workbench/xlsxWorker";

/** An in-process Web Worker running the workbench's worker side; it keeps what went each way. */
export function fakeXlsxWorker() {
  const received: FromXlsxWorker[] = [];
  const sent: ToXlsxWorker[] = [];
  const transferred: ArrayBuffer[][] = [];
  let terminated = false;
  const inside: {
    postMessage(m: FromXlsxWorker): void;
    onmessage: ((e: { data: ToXlsxWorker }) => void) | null;
  } = {
    postMessage: (m) => {
      received.push(m);
      const copy = structuredClone(m);
      setTimeout(() => !terminated && worker.onmessage?.({ data: copy }), 0);
    },
    onmessage: null,
  };
  serveXlsx(inside);
  const worker: XlsxWorkerLike = {
    postMessage: (m, transfer) => {
      sent.push(m);
      transferred.push(transfer);
      setTimeout(() => inside.onmessage?.({ data: m }), 0);
    },
    terminate: () => {
      terminated = true;
    },
    onmessage: null,
    onerror: null,
  };
  return { worker, received, sent, transferred, terminated: () => terminated };
}
