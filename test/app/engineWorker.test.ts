/**
 * The engine in a worker, with an in-process pair standing in for Web Worker
 * (same messages, delivered asynchronously): same result as in this thread,
 * EngineError rebuilt, and Cancel rejects at once and terminates the worker.
 */
import { generateSheets } from "../../bench/generate";
import { runEngine } from "../../src/core/engine";
import type { SheetData } from "../../src/core/cells";
import { EngineError } from "../../src/core/results";
import { defaultSettings } from "../../src/core/settings";
import { detectInputs } from "../../src/app/detect";
import {
  ROWS_PER_MESSAGE,
  serveEngine,
  workerDetect,
  workerEngine,
  type FromWorker,
  type ToWorker,
  type WorkerLike,
} from "../../src/app/engineWorker";

const TODAY = new Date(Date.UTC(2026, 10, 15));

/** The benchmark's data at a smaller scale: 10 departments × 10 doctors per hospital. */
function hospitalsAndDoctors(hospitals: number): SheetData[] {
  return generateSheets(7, hospitals);
}

/** A worker whose other side is serveEngine in this process; counts messages and termination. */
function fakeWorker(): { worker: WorkerLike; posted: ToWorker[]; terminated: () => boolean } {
  const posted: ToWorker[] = [];
  let terminated = false;
  const inside: { postMessage(m: FromWorker): void; onmessage: ((e: { data: ToWorker }) => void) | null } = {
    postMessage: (m) => setTimeout(() => !terminated && worker.onmessage?.({ data: structuredClone(m) }), 0),
    onmessage: null,
  };
  serveEngine(inside);
  const worker: WorkerLike = {
    postMessage: (m) => {
      posted.push(m);
      const copy = structuredClone(m);
      setTimeout(() => !terminated && inside.onmessage?.({ data: copy }), 0);
    },
    terminate: () => {
      terminated = true;
    },
    onmessage: null,
    onerror: null,
  };
  return { worker, posted, terminated: () => terminated };
}

describe("engine in a worker", () => {
  it("gives the same result as the engine in this thread, sending the rows in chunks", async () => {
    const sheets = hospitalsAndDoctors(ROWS_PER_MESSAGE / 100 + 5);
    const fake = fakeWorker();
    const stages: string[] = [];
    const result = await workerEngine(() => fake.worker)(sheets, defaultSettings(), {
      today: TODAY,
      onProgress: (stage) => stages.push(stage),
    });
    const expected = runEngine(sheets, defaultSettings(), { today: TODAY });
    expect(result.plan).toEqual(expected.plan);
    expect(result.doctors.length).toBe(expected.doctors.length);
    expect(result.outputs.map((o) => o.rows.length)).toEqual(expected.outputs.map((o) => o.rows.length));
    expect(fake.posted.filter((m) => m.type === "rows")).toHaveLength(1 + 1 + 2);
    expect(stages).toContain("checking");
    expect(stages).toContain("segmenting");
    expect(fake.terminated()).toBe(true);
  });

  it("takes the earlier Target List (the reps' feedback) along, not the other owned sheets", async () => {
    const sheets = hospitalsAndDoctors(3);
    const first = runEngine(sheets, defaultSettings(), { today: TODAY });
    const list = first.outputs.find((o) => o.id === "targetList")!;
    const feedback = list.columns.findIndex((c) => c.key === "repFeedback");
    const rows = list.rows.map((r) => [...r]);
    rows[0][feedback] = "移除";
    const asSheet = (name: string, header: string[], values: unknown[][]): SheetData => ({
      name,
      values: [header, ...values] as SheetData["values"],
      firstRow: 1,
      firstCol: 0,
    });
    const previous = {
      targetList: asSheet(
        list.sheetName,
        list.columns.map((c) => c.header),
        rows,
      ),
      hospitalTiers: asSheet("Hospital Tiers", ["x"], [[1]]),
    };
    const fake = fakeWorker();
    const result = await workerEngine(() => fake.worker)(sheets, defaultSettings(), {
      today: TODAY,
      previous,
    });
    const run = fake.posted.find((m) => m.type === "run");
    expect(run?.type === "run" && Object.keys(run.previous ?? {})).toEqual(["targetList"]);
    const removed = result.doctors.filter((d) => d.override === "feedback-removed");
    expect(removed.map((d) => d.record.name)).toEqual([
      list.rows[0][list.columns.findIndex((c) => c.key === "doctor")],
    ]);
    expect(result.plan).toEqual(runEngine(sheets, defaultSettings(), { today: TODAY, previous }).plan);
  });

  it("rebuilds an EngineError (no doctor table) with its issue", async () => {
    const sheets = hospitalsAndDoctors(3).slice(0, 1);
    const run = workerEngine(() => fakeWorker().worker)(sheets, defaultSettings(), { today: TODAY });
    await expect(run).rejects.toBeInstanceOf(EngineError);
    await expect(run).rejects.toMatchObject({ issue: { code: "table-not-found" } });
  });

  it("rejects with AbortError as soon as the signal aborts, and terminates the worker", async () => {
    const fake = fakeWorker();
    const ac = new AbortController();
    const run = workerEngine(() => fake.worker)(hospitalsAndDoctors(2_000), defaultSettings(), {
      today: TODAY,
      signal: ac.signal,
    });
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - t0).toBeLessThan(100);
    expect(fake.terminated()).toBe(true);
    expect(fake.posted.some((m) => m.type === "run")).toBe(false);
  });
});

describe("the pane's detection in a worker", () => {
  it("recognises and reads the tables as on the page, the rows sent in chunks", async () => {
    const sheets = hospitalsAndDoctors(ROWS_PER_MESSAGE / 100 + 5);
    const fake = fakeWorker();
    const outcome = await workerDetect(() => fake.worker)(sheets, defaultSettings(), TODAY);
    expect(outcome).toEqual(detectInputs(sheets, defaultSettings(), TODAY));
    expect(outcome.detections.map((d) => d.role)).toEqual(expect.arrayContaining(["hospitals", "doctors"]));
    expect(fake.posted.filter((m) => m.type === "rows").length).toBeGreaterThan(1);
    expect(fake.posted.some((m) => m.type === "run")).toBe(false);
    expect(fake.terminated()).toBe(true);
  });

  it("stops when a newer detection replaces it (the signal aborts), terminating the worker", async () => {
    const fake = fakeWorker();
    const ac = new AbortController();
    const run = workerDetect(() => fake.worker)(
      hospitalsAndDoctors(2_000),
      defaultSettings(),
      TODAY,
      ac.signal,
    );
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.terminated()).toBe(true);
  });
});
