import { generateTargets } from "../../src/commands/generateTargets";
import { REGISTRY_SHEET } from "../../src/core/registry";
import { defaultSettings } from "../../src/core/settings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { inputWorkbook } from "../app/inputsFixture";
import type { FakeWorkbookState } from "../excel/fakeExcel";

const TODAY = new Date("2026-11-05T08:00:00Z");

function deps(wb: FakeWorkbookState, displayLanguage = "zh-CN") {
  return {
    port: new ExcelWorkbookPort({ run: wb.run, supports: () => true }),
    displayLanguage,
    today: TODAY,
  };
}

describe("ribbon: Generate targets", () => {
  it("generates the plan, shows the Target List, writes the status line and completes the event", async () => {
    const wb = inputWorkbook();
    const event = { completed: jest.fn() };

    const status = await generateTargets(event, deps(wb));

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(status.ok).toBe(true);
    expect(status.message).toMatch(/^已生成计划：目标医生 \d+ 位/);
    expect(wb.active).toBe("目标医生");
    const issues = wb.mustSheet("数据问题");
    const statusCells = [...issues.cells.values()].map((c) => c.value);
    expect(statusCells).toContain("MicroSeg 运行状态");
    expect(statusCells).toContain(status.message);
  });

  it("speaks English under an English Office unless the workbook's settings say otherwise", async () => {
    const wb = inputWorkbook();
    await generateTargets({ completed: jest.fn() }, deps(wb, "en-US"));
    expect(wb.active).toBe("Target List");

    const wb2 = inputWorkbook();
    await new ExcelWorkbookPort({ run: wb2.run, supports: () => true }).saveSettings({
      ...defaultSettings(),
      language: "zh",
    });
    await generateTargets({ completed: jest.fn() }, deps(wb2, "en-US"));
    expect(wb2.active).toBe("目标医生");
  });

  it("tells the user about a user's sheet that kept its name", async () => {
    const wb = inputWorkbook();
    wb.seed("Target List", [["mine"]]);
    const status = await generateTargets({ completed: jest.fn() }, deps(wb, "en-US"));
    expect(status.message).toContain(
      'Your sheet "Target List" was left untouched; the output is in "Target List (2)".',
    );
    expect(wb.active).toBe("Target List (2)");
    expect(wb.cell("Target List", "A1")?.value).toBe("mine");
  });

  it("on failure shows the first problem on the Issues sheet and still completes the event", async () => {
    const wb = inputWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name === "医院").map((s) => ({ ...s, cells: new Map() }));
    const event = { completed: jest.fn() };

    const status = await generateTargets(event, deps(wb));

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(status.ok).toBe(false);
    expect(status.message).toMatch(/^生成失败：/);
    expect(wb.active).toBe("数据问题");
    expect(wb.cell("数据问题", "B2")?.value).toBe(status.message);
    expect(wb.sheetNames()).toEqual(["医院", "数据问题", REGISTRY_SHEET]);
  });

  it("completes the event even when nothing can be written to the workbook", async () => {
    const wb = inputWorkbook();
    wb.failOn = (label) => label.startsWith("worksheets.add");
    const event = { completed: jest.fn() };

    await expect(generateTargets(event, deps(wb))).rejects.toThrow(/could not write the plan sheets/);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(wb.sheetNames()).toEqual(["医院", "科室", "医生"]);
  });

  it("one click is two Excel.run batches: the read with the saved settings, the write that shows the Target List", async () => {
    const wb = inputWorkbook();
    await new ExcelWorkbookPort({ run: wb.run, supports: () => true }).saveSettings({
      ...defaultSettings(),
      language: "en",
    });
    wb.runOptions = [];

    const status = await generateTargets({ completed: jest.fn() }, deps(wb, "zh-CN"));

    expect(status.ok).toBe(true);
    expect(wb.runOptions).toHaveLength(2);
    // The saved language, read in the first batch, wins over Office's.
    expect(wb.active).toBe("Target List");
    expect(wb.selected).toBe("Target List!A1");
  });

  it("a click that cannot plan is two batches too, and shows the reason", async () => {
    const wb = inputWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name === "医院").map((s) => ({ ...s, cells: new Map() }));

    const status = await generateTargets({ completed: jest.fn() }, deps(wb));

    expect(status.ok).toBe(false);
    expect(wb.runOptions).toHaveLength(2);
    expect(wb.active).toBe("数据问题");
    expect(wb.selected).toBe("数据问题!B2");
  });

  it("a click makes as many syncs for 4,000 doctors as for 40 when no block is needed", async () => {
    const syncsFor = async (doctors: number) => {
      const wb = inputWorkbook();
      wb.sheets = wb.sheets.filter((s) => s.name !== "医生");
      wb.seed("医生", [
        ["医院", "科室", "医生", "职称", "月处方量", "月潜力", "用药状态"],
        ...Array.from({ length: doctors }, (_v, i) => [
          i % 2 ? "仁济医院" : "瑞金医院",
          "心内科",
          `医生${i}`,
          "主治",
          (i * 7) % 30,
          20 + ((i * 11) % 40),
          "二线",
        ]),
      ]);
      const port = new ExcelWorkbookPort({
        run: wb.run,
        supports: () => true,
        limits: { payloadBytes: Infinity },
      });
      const status = await generateTargets(
        { completed: jest.fn() },
        { port, displayLanguage: "zh-CN", today: TODAY },
      );
      expect(status.ok).toBe(true);
      expect(wb.runOptions).toHaveLength(2);
      return wb.syncs.length;
    };
    expect(await syncsFor(4_000)).toBe(await syncsFor(40));
  });
});
