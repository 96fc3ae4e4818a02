/**
 * @jest-environment jsdom
 *
 * `?scale=N` builds the benchmark's synthetic workbook (N hospitals, 100
 * doctors each) off the page, in the workbench's worker: built on the page, a
 * large N froze it. A Worker standing in for the browser's runs the worker's
 * own side in the test process.
 */
import { deserialize, serialize } from "node:v8";
import { renderHook, waitFor } from "@testing-library/react";
import { generateSheets } from "../../bench/generate";
import { useWorkbenchFile } from "../../src/workbench/useWorkbenchFile";
import { XLSX_WORKER_URL, type ToXlsxWorker } from "../../src/workbench/xlsxWorker";
import { fakeXlsxWorker } from "./fakeXlsxWorker";

const started: { url: string; sent: ToXlsxWorker[] }[] = [];

/** The browser's Worker, as the page sees it; each one serves the workbench's worker messages. */
class InProcessWorker {
  constructor(url: string | URL) {
    const fake = fakeXlsxWorker();
    started.push({ url: String(url), sent: fake.sent });
    // A constructor may hand back another object: the page gets the in-process worker.
    return fake.worker;
  }
}

beforeAll(() => {
  Object.defineProperty(globalThis, "Worker", { value: InProcessWorker, configurable: true, writable: true });
  // jsdom has no structuredClone; Node's serializer is the same structured-clone algorithm.
  if (typeof globalThis.structuredClone !== "function")
    Object.defineProperty(globalThis, "structuredClone", {
      value: (v: unknown): unknown => deserialize(serialize(v)),
      configurable: true,
    });
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  window.history.replaceState(null, "", "/");
});

describe("the workbench's ?scale=N workbook", () => {
  it("is built in the worker, and the page gets the sheets the benchmark builds", async () => {
    window.history.replaceState(null, "", "/workbench.html?scale=3");
    const { result } = renderHook(() => useWorkbenchFile());
    await waitFor(() => expect(result.current.state.status).toBe("ready"), { timeout: 20_000 });
    expect(started).toEqual([
      { url: XLSX_WORKER_URL, sent: [{ type: "synthetic", seed: 42, hospitals: 3 }] },
    ]);
    const state = result.current.state;
    if (state.status !== "ready") throw new Error("not ready");
    expect(state.name).toBe("synthetic-300.xlsx");
    const sheets = await state.port.readSheets();
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual(
      generateSheets(42, 3).map((s) => [s.name, s.values.length]),
    );
  });
});
