/**
 * The workbench parses an .xlsx, and builds the `?scale=N` synthetic
 * workbook, in a worker: an in-process pair stands in for Web Worker (same
 * messages, cloned and delivered asynchronously). The sheets are those the
 * page would build itself; the bytes are handed over and the rows come back
 * in chunks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateSheets } from "../../bench/generate";
import { readXlsx } from "../../src/workbench/loadXlsx";
import { parseXlsxInWorker, ROWS_PER_CHUNK, syntheticInWorker } from "../../src/workbench/xlsxWorker";
import { fakeXlsxWorker as fakeWorker } from "./fakeXlsxWorker";

function sampleBytes(): ArrayBuffer {
  const b = readFileSync(join(__dirname, "..", "..", "samples", "demo-zh.xlsx"));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
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

  it("builds the synthetic workbook in the worker: the page gets the sheets it would build, in chunks", async () => {
    const fake = fakeWorker();
    // 150 hospitals: 15,000 doctors, more than one chunk of rows.
    const sheets = await syntheticInWorker(150, () => fake.worker);
    expect(sheets).toEqual(generateSheets(42, 150));
    const requests = fake.sent;
    expect(requests).toEqual([{ type: "synthetic", seed: 42, hospitals: 150 }]);
    const doctorChunks = fake.received.filter((m) => m.type === "rows" && m.rows.length === ROWS_PER_CHUNK);
    expect(doctorChunks.length).toBeGreaterThan(0);
    expect(fake.terminated()).toBe(true);
  });
});
