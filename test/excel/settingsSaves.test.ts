/**
 * Settings saves and generations share the registry cell (_MicroSeg!A1): each
 * reads it, changes its part and writes it back. Run at the same time (the
 * pane saves while the user types, a generation may be running), they must
 * not interleave, or one undoes the other.
 */
import { generatePlan } from "../../src/app/generate";
import type { WorkbookPort } from "../../src/core/port";
import { parseRegistry, REGISTRY_SHEET } from "../../src/core/registry";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { MemoryWorkbookPort } from "../../src/memory";
import { inputWorkbook } from "../app/inputsFixture";
import { FakeWorkbookState } from "./fakeExcel";
import { sampleOutputs } from "./outputsFixture";

function excelPort(wb: FakeWorkbookState): ExcelWorkbookPort {
  return new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => new Date("2026-11-05") });
}

function registryOf(wb: FakeWorkbookState) {
  return parseRegistry(wb.cell(REGISTRY_SHEET, "A1")?.value);
}

function withCallsPerDay(n: number): Settings {
  const s = defaultSettings();
  return { ...s, capacity: { ...s.capacity, callsPerDay: n } };
}

describe("Excel host: saves and generations on the registry, one at a time", () => {
  it("two saves started together both succeed, and the later one is what stays", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [["Doctor"], ["Dr Wang"]]);
    const port = excelPort(wb);
    // Both find no registry yet; interleaved, both would add _MicroSeg and the second would fail.
    await Promise.all([port.saveSettings({ n: 1 }), port.saveSettings({ n: 2 })]);
    expect(registryOf(wb).settings).toEqual({ n: 2 });
    expect(wb.sheetNames()).toEqual(["Doctors", REGISTRY_SHEET]);
  });

  it("a save made while the outputs are written is kept, and so are the outputs' names", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [["Doctor"], ["Dr Wang"]]);
    const port = excelPort(wb);
    await port.saveSettings({ n: 1 });
    await Promise.all([port.writeOutputs(sampleOutputs()), port.saveSettings({ n: 2 })]);
    const registry = registryOf(wb);
    expect(registry.settings).toEqual({ n: 2 });
    expect(registry.owned.targetList).toBe("Target List");
  });
});

/** A port whose reads wait until `release` is called, so a test can act mid-generation. */
function pausedAtRead(port: WorkbookPort): {
  port: WorkbookPort;
  reading: Promise<void>;
  release: () => void;
} {
  let release = () => undefined as void;
  let started = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reading = new Promise<void>((resolve) => (started = resolve));
  const paused: WorkbookPort = {
    readWorkbook: async () => {
      started();
      await gate;
      return port.readWorkbook();
    },
    readSheets: async () => {
      started();
      await gate;
      return port.readSheets();
    },
    writeOutputs: (t) => port.writeOutputs(t),
    loadSettings: () => port.loadSettings(),
    saveSettings: (s) => port.saveSettings(s),
    activate: (n, a) => port.activate(n, a),
  };
  return { port: paused, reading, release };
}

describe.each([
  ["fake Excel", () => Promise.resolve<WorkbookPort>(excelPort(inputWorkbook()))],
  ["in-memory", async () => new MemoryWorkbookPort(await excelPort(inputWorkbook()).readSheets())],
] as const)("%s: a generation keeps the settings saved while it ran", (_name, makePort) => {
  it("writes back the settings saved during the run, not the ones it started with", async () => {
    const base = await makePort();
    await base.saveSettings(withCallsPerDay(6));
    const { port, reading, release } = pausedAtRead(base);
    const run = generatePlan(port, { today: new Date("2026-11-05") });
    await reading;
    await base.saveSettings(withCallsPerDay(9));
    release();
    const { report } = await run;
    expect(report.written.length).toBeGreaterThan(0);
    expect(await base.loadSettings()).toEqual(withCallsPerDay(9));
  });
});
