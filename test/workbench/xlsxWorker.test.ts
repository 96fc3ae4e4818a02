/**
 * The workbench parses an .xlsx in a worker: an in-process pair stands in
 * for Web Worker (same messages, cloned and delivered asynchronously). The
 * sheets are those the page would read itself; the bytes are handed over
 * and the rows come back in chunks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/workbench/loadXlsx";
import {
  parseXlsxInWorker,
  ROWS_PER_CHUNK,
  serveXlsx,
  type FromXlsxWorker,
  type ToXlsxWorker,
  type XlsxWorkerLike,
} from "../../src/workbench/xlsxWorker";

function sampleBytes(): ArrayBuffer {
  const b = readFileSync(join(__dirname, "..", "..", "samples", "demo-zh.xlsx"));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
}

function fakeWorker() {
  const received: FromXlsxWorker[] = [];
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
      transferred.push(transfer);
      setTimeout(() => inside.onmessage?.({ data: m }), 0);
    },
    terminate: () => {
      terminated = true;
    },
    onmessage: null,
    onerror: null,
  };
  return { worker, received, transferred, terminated: () => terminated };
}

describe("the workbench's .xlsx worker", () => {
  it("gives the sheets the page would read, the rows in chunks, the bytes handed over", async () => {
    const fake = fakeWorker();
    const bytes = sampleBytes();
    const sheets = await parseXlsxInWorker(bytes, () => fake.worker);
    expect(sheets).toEqual(await readXlsx(sampleBytes()));
    expect(fake.transferred).toEqual([[bytes]]);
    const largest = Math.max(...sheets.map((s) => s.values.length));
    expect(largest).toBeGreaterThan(0);
    expect(fake.received.filter((m) => m.type === "rows").length).toBeGreaterThanOrEqual(
      sheets.filter((s) => s.values.length > 0).length,
    );
    expect(fake.received.every((m) => m.type !== "rows" || m.rows.length <= ROWS_PER_CHUNK)).toBe(true);
    expect(fake.terminated()).toBe(true);
  });

  it("rejects with the reader's message for a damaged file", async () => {
    const fake = fakeWorker();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer;
    await expect(parseXlsxInWorker(bytes, () => fake.worker)).rejects.toThrow(/./);
    expect(fake.terminated()).toBe(true);
  });
});
