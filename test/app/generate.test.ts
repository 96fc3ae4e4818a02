import { generatePlan, outputLanguage, type GenerateStage } from "../../src/app/generate";
import { withStatusLine, successStatus, failureStatus, firstProblem } from "../../src/app/status";
import { EngineError } from "../../src/core/results";
import { defaultSettings } from "../../src/core/settings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { sampleOutputs } from "../excel/outputsFixture";
import { inputWorkbook } from "./inputsFixture";

const TODAY = new Date("2026-11-05T08:00:00Z");

function portOf(wb: ReturnType<typeof inputWorkbook>) {
  return new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => TODAY });
}

describe("generatePlan", () => {
  it("reads, runs the engine and writes every output, reporting each stage in order", async () => {
    const wb = inputWorkbook();
    const stages: GenerateStage[] = [];
    const { result, report } = await generatePlan(portOf(wb), {
      today: TODAY,
      onProgress: (stage) => stages.push(stage),
    });

    expect(stages).toEqual(["reading", "checking", "segmenting", "writing", "done"]);
    expect(report.written.map((w) => w.id)).toEqual(result.outputs.map((t) => t.id));
    expect(wb.sheet("目标医生")).toBeDefined();
    const chart = wb.mustSheet("医生细分").charts[0];
    expect(chart.series).toHaveLength(6);
    // The cut-off lines follow the engine's cut-off cells (live MEDIAN formulas in the side block).
    const lineX = chart.series[4].x!.split("!")[1].split(":")[0];
    expect(wb.cell("医生细分", lineX)?.formula).toMatch(/^=\$[A-Z]+\$\d+$/);
    // Inputs untouched; the injection name is text on every output sheet.
    expect(wb.cell("医生", "C2")?.value).toBe('=HYPERLINK("http://x","y")');
    for (const sheet of wb.sheets) {
      for (const cell of sheet.cells.values()) expect(cell.formula ?? "").not.toContain("HYPERLINK");
    }
  });

  it("uses the settings saved in the workbook unless settings are given", async () => {
    const wb = inputWorkbook();
    const port = portOf(wb);
    await port.saveSettings({ ...defaultSettings(), language: "en" });
    await generatePlan(port, { today: TODAY });
    expect(wb.sheet("Target List")).toBeDefined();

    const wb2 = inputWorkbook();
    await generatePlan(portOf(wb2), { today: TODAY, settings: { ...defaultSettings(), language: "zh" } });
    expect(wb2.sheet("目标医生")).toBeDefined();
  });

  it("a Cancel before writing leaves the workbook unchanged", async () => {
    const wb = inputWorkbook();
    const before = wb.sheetNames();
    const controller = new AbortController();
    const run = generatePlan(portOf(wb), {
      today: TODAY,
      signal: controller.signal,
      onProgress: (stage) => {
        if (stage === "segmenting") controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.syncs.flatMap((s) => s.commands).some((c) => c.startsWith("worksheets.add"))).toBe(false);
  });

  it("stops with the engine's error when no input table is found, writing nothing", async () => {
    const wb = inputWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name === "医院").map((s) => ({ ...s, cells: new Map() }));
    await expect(generatePlan(portOf(wb), { today: TODAY })).rejects.toBeInstanceOf(EngineError);
    expect(wb.sheetNames()).toEqual(["医院"]);
  });
});

describe("outputLanguage", () => {
  it.each([
    [null, "zh-CN", "zh"],
    [null, "zh-TW", "zh"],
    [null, "en-US", "en"],
    [null, undefined, "en"],
    [{ language: "en" }, "zh-CN", "en"],
    [{ language: "zh" }, "en-US", "zh"],
    [{ language: "fr" }, "zh-CN", "zh"],
  ])("saved %p with display %p → %p", (saved, display, lang) => {
    expect(outputLanguage(saved, display)).toBe(lang);
  });
});

describe("run status", () => {
  it("puts a status line at the top of the Issues sheet, right of its table", () => {
    const outputs = sampleOutputs();
    const status = { ok: true, message: "=done", firstProblem: "Sheet x: bad" };
    const issues = withStatusLine(outputs, status, "en").find((t) => t.id === "issues")!;
    expect(issues.side).toEqual([
      {
        key: "status",
        col: 6,
        row: 1,
        title: "MicroSeg status",
        rows: [
          { key: "status", label: "Status", value: " =done" },
          { key: "firstProblem", label: "First problem", value: "Sheet x: bad" },
        ],
      },
    ]);
  });

  it("annotates from the write plan's real report: the suffix a user's sheet forces is what gets written", async () => {
    const wb = inputWorkbook();
    wb.seed("目标医生", [["mine"]]);
    const port = new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => TODAY });
    const seen: string[][] = [];
    const { report } = await generatePlan(port, {
      settings: defaultSettings(),
      today: TODAY,
      annotate: (_r, planned, tables) => {
        seen.push(planned.renamed.map((r) => r.used));
        return [...tables];
      },
    });
    expect(seen).toEqual([["目标医生 (2)"]]);
    expect(report.renamed).toEqual([{ wanted: "目标医生", used: "目标医生 (2)" }]);
    expect(wb.cell("目标医生", "A1")?.value).toBe("mine");
  });

  it("names the first error before any warning, and explains failures in the user's language", () => {
    const warning = {
      code: "few-targets",
      severity: "warning",
      sheet: "",
      row: null,
      column: "",
      value: "",
    } as const;
    const error = { ...warning, code: "excel-error", severity: "error", sheet: "医生", row: 7 } as const;
    expect(firstProblem([warning, error])).toBe(error);
    expect(failureStatus(new DOMException("x", "AbortError"), "zh").message).toBe(
      "已取消，工作簿未作任何更改。",
    );
    expect(failureStatus(new Error("boom"), "en").message).toBe("The plan could not be generated: boom");
  });

  it("counts targets and issues in the success line and reports renames", () => {
    const wb = { plan: { targets: 3, reps: [{}], repsNeeded: 1 }, issues: [] } as unknown as Parameters<
      typeof successStatus
    >[0];
    const s = successStatus(wb, "en", {
      written: [],
      replaced: [],
      retired: [],
      renamed: [{ wanted: "Issues", used: "Issues (2)" }],
    });
    expect(s.message).toBe(
      'Plan generated: 3 target doctors, 1 rep planned, 0 data issues (listed on this sheet). Your sheet "Issues" was left untouched; the output is in "Issues (2)".',
    );
  });

  it("says how many reps were planned, and how many the plan needs when that is more", () => {
    const team = (planned: number, needed: number) =>
      ({
        plan: { targets: 462, reps: Array.from({ length: planned }, () => ({})), repsNeeded: needed },
        issues: [{}, {}],
      }) as unknown as Parameters<typeof successStatus>[0];
    expect(successStatus(team(8, 9), "zh").message).toBe(
      "已生成计划：目标医生 462 位，代表 8 位（需要 9 位），数据问题 2 条（见本表）。",
    );
    expect(successStatus(team(8, 9), "en").message).toBe(
      "Plan generated: 462 target doctors, 8 reps planned (9 needed), 2 data issues (listed on this sheet).",
    );
    expect(successStatus(team(8, 7), "en").message).toMatch(
      /^Plan generated: 462 target doctors, 8 reps planned, /,
    );
  });
});
