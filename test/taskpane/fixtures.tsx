/**
 * Shared fixtures of the task pane tests: a small zh workbook as 2-D arrays,
 * the real core services with a controllable generatePlan, and a renderer.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { SheetData } from "../../src/core/cells";
import type { Lang } from "../../src/core/issues";
import type { WorkbookPort } from "../../src/core/port";
import type { EngineResult } from "../../src/core/results";
import { defaultSettings } from "../../src/core/settings";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { doctorRecord } from "../fixtures/doctorRecord";
import { coreServices } from "../../src/taskpane/coreServices";
import type { GenerateOptions, GenerateOutcome, PaneServices } from "../../src/taskpane/services";
import { TaskPane } from "../../src/taskpane/TaskPane";

/** jsdom has no ResizeObserver; Fluent's TabList observes its size. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true });
}

export const TODAY = new Date(Date.UTC(2026, 10, 15));

function sheet(name: string, values: SheetData["values"]): SheetData {
  return { name, values, firstRow: 1, firstCol: 0 };
}

/** The doctor name column is headed "大夫", which is no synonym: the doctor field starts unmapped. */
export function sampleSheets(): SheetData[] {
  return [
    sheet("医院", [
      ["医院", "床位数", "日门诊量", "月购金额(万元)"],
      ["协和医院", 800, 2000, 600],
      ["仁济医院", 300, "abc", 150],
    ]),
    sheet("科室", [
      ["医院", "科室", "日病人数", "用药比例", "每病人处方量"],
      ["协和医院", "心内科", 80, 0.4, 2],
    ]),
    sheet("医生", [
      ["医院", "科室", "大夫", "用量", "潜力"],
      ["协和医院", "心内科", "张三", 10, 50],
    ]),
    sheet("备注", [["随便写写"]]),
  ];
}

/** A generatePlan whose progress and end the test drives step by step. */
export interface ControlledGenerate {
  fn: PaneServices["generatePlan"];
  calls: GenerateOptions[];
  /** Resolves the pending run (writing the outcome's tables through the port). */
  finish: (outcome?: GenerateOutcome) => void;
  progress: (stage: Parameters<NonNullable<GenerateOptions["onProgress"]>>[0], fraction: number) => void;
}

export function controlledGenerate(): ControlledGenerate {
  const calls: GenerateOptions[] = [];
  let settle: ((o: GenerateOutcome) => void) | null = null;
  const fn: PaneServices["generatePlan"] = (_port: WorkbookPort, options) => {
    calls.push(options);
    return new Promise<GenerateOutcome>((resolve, reject) => {
      settle = resolve;
      options.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
    });
  };
  return {
    fn,
    calls,
    finish: (outcome = sampleOutcome()) => settle?.(outcome),
    progress: (stage, fraction) => calls[calls.length - 1]?.onProgress?.(stage, fraction),
  };
}

/** A finished run: 2 hospitals (A and B), 4 doctors, 3 targets, one few-targets warning. */
export function sampleOutcome(): GenerateOutcome {
  const doctor = (name: string, quadrant: "HH" | "LH" | "HL" | "LL", target: boolean) => ({
    record: doctorRecord({ name }),
    quadrant,
    headroom: 1,
    score: 1,
    target,
    priority: target ? 1 : null,
    callsPerMonth: target ? 4 : 0,
    callsInCycle: target ? 4 : 0,
    rep: null,
    targetRx: target ? 3 : null,
    rule: target ? ("share" as const) : ("beyond-share" as const),
    reason: "",
  });
  const hospital = (name: string, tier: "A" | "B") => ({
    record: {
      sheet: "医院",
      row: 2,
      name,
      beds: 1,
      dailyOutpatients: 1,
      monthlyPurchase: 1,
      classShare: null,
      hospitalVolume: null,
      rep: "",
      city: "",
    },
    tier,
    criteria: { beds: tier, dailyOutpatients: tier, monthlyPurchase: tier },
    classMarketValue: null,
    potential: null,
    volume: null,
    share: null,
    stage: null,
    quadrant: null,
  });
  const result: EngineResult = {
    detections: [],
    hospitals: [hospital("协和医院", "A"), hospital("仁济医院", "B")],
    departments: [],
    doctors: [
      doctor("张三", "LH", true),
      doctor("李四", "HH", true),
      doctor("王五", "HL", true),
      doctor("赵六", "LL", false),
    ],
    cutoffs: { method: "median", volume: 1, potential: 1, hospitalVolume: 1, hospitalPotential: 1 },
    plan: {
      capacity: 176,
      workload: 10,
      targets: 3,
      prescribingTargets: 3,
      dropped: 0,
      months: 1,
      callsWanted: 14,
      repsNeeded: 1,
      volumeAtRisk: 0,
      reps: [
        {
          name: null,
          city: "",
          callsPerDay: 8,
          workingDays: 22,
          daysOff: [],
          capacity: 176,
          workload: 10,
          hospitals: 2,
          doctors: 4,
          targets: 3,
          prescribingTargets: 3,
          targetsRx: 30,
          volumeAtRisk: 0,
          dropped: 0,
        },
      ],
      unassignedHospitals: [],
    },
    calls: [],
    hasReps: false,
    measure: null,
    history: [],
    issues: [
      {
        code: "few-targets",
        severity: "warning",
        sheet: "",
        row: null,
        column: "",
        value: "3",
        params: { count: 3, min: 30 },
      },
    ],
    outputs: [],
  };
  return {
    result,
    report: {
      written: [
        { id: "hospitalTiers", sheetName: "医院分级" },
        { id: "targetList", sheetName: "目标医生" },
      ],
      retired: [],
      renamed: [],
      replaced: [],
    },
  };
}

/** A team run: two reps, one above the utilisation threshold, a third rep needed, a hospital without a rep. */
export function teamOutcome(): GenerateOutcome {
  const outcome = sampleOutcome();
  const { result } = outcome;
  const rep = (name: string, targets: number, workload: number, capacity: number, volumeAtRisk: number) => ({
    ...result.plan.reps[0],
    name,
    targets,
    prescribingTargets: targets - 1,
    workload,
    capacity,
    volumeAtRisk,
  });
  result.hasReps = true;
  result.plan = {
    ...result.plan,
    targets: 110,
    workload: 2150,
    capacity: 2064,
    callsWanted: 3100,
    repsNeeded: 3,
    volumeAtRisk: 7921,
    reps: [rep("张伟", 58, 1100, 1008, 7921), rep("李娜", 52, 1050, 1056, 0)],
    unassignedHospitals: [{ sheet: "医院", row: 9, name: "东方医院", doctors: 4 }],
  };
  result.issues.push({
    code: "rep-utilisation",
    severity: "warning",
    sheet: "",
    row: null,
    column: "",
    value: "张伟",
    params: { rep: "张伟", utilisation: 109, workload: 1100, capacity: 1008, over: 1, limit: 100 },
  });
  return outcome;
}

export interface PaneHarness extends RenderResult {
  port: MemoryWorkbookPort;
  services: PaneServices;
  generate: ControlledGenerate;
}

export function renderPane(
  options: {
    lang?: Lang;
    port?: MemoryWorkbookPort;
    settings?: unknown;
    /** The real generation flow instead of the controlled one. */
    generatePlan?: PaneServices["generatePlan"];
  } = {},
): PaneHarness {
  const port = options.port ?? new MemoryWorkbookPort(sampleSheets());
  if (options.settings !== undefined) void port.saveSettings(options.settings);
  const generate = controlledGenerate();
  const services = coreServices(options.generatePlan ?? generate.fn);
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane port={port} services={services} lang={options.lang ?? "en"} today={TODAY} />
    </FluentProvider>,
  );
  return { ...rendered, port, services, generate };
}

export { defaultSettings };
