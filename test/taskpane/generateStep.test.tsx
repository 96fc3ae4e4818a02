/** @jest-environment jsdom */
import { PortError } from "../../src/core/portError";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Issue } from "../../src/core/issues";
import { EngineError } from "../../src/core/results";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { defaultSettings, renderPane, sampleSheets, teamOutcome } from "./fixtures";

/** Text queries skip the pane's live region, which repeats the result for screen readers. */
const OUTSIDE_LIVE = { ignore: "[role=status], script, style" };

async function openGenerate(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("tab", { name: /^3 Generate/ }));
  return screen.findByRole("button", { name: "Generate plan" });
}

describe("Generate step", () => {
  it("shows the stage and progress while running, then the summary with chart, warnings and sheet links", async () => {
    const { generate, port } = renderPane();
    const activate = jest.spyOn(port, "activate").mockResolvedValue();
    fireEvent.click(await openGenerate());

    expect(screen.getByRole("button", { name: "Generate plan" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(generate.calls).toHaveLength(1);
    expect(generate.calls[0].settings?.capacity.callsPerDay).toBe(8);
    expect(generate.calls[0].signal?.aborted).toBe(false);

    act(() => generate.progress("checking", 0.3));
    const bar = screen.getByRole("progressbar", { name: "Progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0.3");
    expect(screen.getByText("Checking the data", { selector: "div" })).toBeTruthy();
    act(() => generate.progress("writing", 0.8));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.8");
    // Writing has begun: Cancel could no longer leave the workbook as it was.
    expect(screen.getByRole("button", { name: "Cancel" }).getAttribute("aria-disabled")).toBe("true");

    await act(async () => {
      generate.finish();
      await Promise.resolve();
    });
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Plan generated", OUTSIDE_LIVE)).toBeTruthy();
    expect(screen.getByLabelText("Hospitals: 2")).toBeTruthy();
    expect(screen.getByLabelText("Tier A: 1")).toBeTruthy();
    expect(screen.getByLabelText("Target doctors: 3")).toBeTruthy();
    expect(screen.getByLabelText("Workload: 10 of 176 calls")).toBeTruthy();
    const chart = screen.getByRole("figure", { name: "Quadrant chart: volume across, potential up" });
    expect(within(chart).getByRole("img", { name: "LH: 1 doctors, 1 targets" })).toBeTruthy();
    expect(within(chart).getByRole("img", { name: "LL: 1 doctors, 0 targets" })).toBeTruthy();
    expect(screen.getByText(/30/, { selector: ".fui-MessageBarBody" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Open 目标医生" }));
    expect(activate).toHaveBeenCalledWith("目标医生", undefined);
  });

  it("cancels through the AbortSignal and says the workbook is unchanged", async () => {
    const { generate } = renderPane();
    fireEvent.click(await openGenerate());
    act(() => generate.progress("segmenting", 0.5));

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
      await Promise.resolve();
    });
    expect(generate.calls[0].signal?.aborted).toBe(true);
    expect(
      await screen.findByText("Generation cancelled. The workbook is as it was.", OUTSIDE_LIVE),
    ).toBeTruthy();
    // Focus goes to the result, not to the page body; the live region says it too.
    expect(document.activeElement?.textContent).toContain("Generation cancelled");
    expect(screen.getAllByRole("status").some((s) => s.textContent?.includes("Generation cancelled"))).toBe(
      true,
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(screen.getByRole("button", { name: "Generate plan" }).getAttribute("aria-disabled")).not.toBe(
      "true",
    );
  });

  it("reports a failure in a MessageBar", async () => {
    const { services } = renderPane();
    jest.spyOn(services, "generatePlan").mockRejectedValue(new Error("disk full"));
    fireEvent.click(await openGenerate());
    expect(await screen.findByText("The plan could not be generated: disk full", OUTSIDE_LIVE)).toBeTruthy();
  });

  it("words an engine failure in the pane's language, not the output language of the message", async () => {
    const { services } = renderPane({ lang: "zh" });
    const issue: Issue = {
      code: "table-not-found",
      severity: "error",
      sheet: "",
      row: null,
      column: "",
      value: "",
      params: { role: "doctors" },
    };
    // The engine words its error in the output language (here English).
    jest.spyOn(services, "generatePlan").mockRejectedValue(new EngineError(issue, "No Doctors table"));
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    fireEvent.click(await screen.findByRole("button", { name: "生成计划" }));
    const zhReason = services.issueReason(issue, "zh");
    expect(zhReason).not.toBe("No Doctors table");
    expect(await screen.findByText(`无法生成计划：${zhReason}`)).toBeTruthy();
  });

  it.each([
    [null, "无法写入计划工作表（The sheet is protected.），工作簿已保持原样。"],
    [
      new Error("rollback"),
      "无法写入计划工作表（The sheet is protected.），清理也未成功：请检查是否留有未写完的 MicroSeg 工作表。",
    ],
  ])("words a failed write in the pane's language (rollback error %p)", async (rollbackError, text) => {
    const { services } = renderPane({ lang: "zh" });
    // A port's PortError: its own message is English; the pane words it from kind and detail.
    const failure = new PortError("write-failed", {
      detail: "The sheet is protected.",
      cause: new Error("The sheet is protected."),
      restored: rollbackError === null,
      rollbackError,
    });
    jest.spyOn(services, "generatePlan").mockRejectedValue(failure);
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    fireEvent.click(await screen.findByRole("button", { name: "生成计划" }));
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it("does not offer generating while settings are invalid", async () => {
    renderPane({ settings: { capacity: { callsPerDay: -1 } } });
    await screen.findByRole("region", { name: "Doctors" });
    // The saved invalid value was replaced by the validator; make one invalid in the form.
    fireEvent.click(screen.getByRole("tab", { name: /^2 Settings/ }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Calls per day" }), {
      target: { value: "x" },
    });
    const button = await openGenerate();
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Generate is unavailable: 1 settings are not valid.", OUTSIDE_LIVE)).toBeTruthy();
  });

  it("moves focus to Cancel while running and announces progress and success", async () => {
    const { generate } = renderPane();
    fireEvent.click(await openGenerate());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
    act(() => generate.progress("segmenting", 0.5));
    expect(
      screen
        .getAllByRole("status")
        .some((s) => s.textContent === "Generating the plan: Segmenting and targeting"),
    ).toBe(true);
    await act(async () => {
      generate.finish();
      await Promise.resolve();
    });
    expect(document.activeElement?.textContent).toContain("Plan generated");
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Plan generated")).toBe(true);
  });

  it("keeps the previous summary after a cancel (its sheets are still there)", async () => {
    const { generate } = renderPane();
    fireEvent.click(await openGenerate());
    await act(async () => {
      generate.finish();
      await Promise.resolve();
    });
    expect(screen.getByLabelText("Hospitals: 2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate plan" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
      await Promise.resolve();
    });
    expect(
      await screen.findByText(/the sheets of the previous run are still there/, OUTSIDE_LIVE),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Summary of the previous run" })).toBeTruthy();
    expect(screen.getByLabelText("Hospitals: 2")).toBeTruthy();
  });

  it("previews the tables, cycle and capacity before the first run", async () => {
    renderPane();
    await openGenerate();
    const preview = screen.getByRole("region", { name: "What Generate will use" });
    expect(within(preview).getByText(/Cycle Dec 1, 2026 – Dec 31, 2026, 23 working days/)).toBeTruthy();
    expect(within(preview).getByText(/Capacity: 8 calls a day, 184 calls in the cycle/)).toBeTruthy();
    expect(within(preview).getAllByText(/rows$/).length).toBeGreaterThan(0);
  });

  it("previews the cycle on the engine's calendar: a Chinese workbook with English output", async () => {
    const settings = defaultSettings();
    settings.language = "en";
    settings.cycle = { ...settings.cycle, start: "2026-10-01", end: "2026-10-31" };
    renderPane({ settings });
    await openGenerate();
    const preview = screen.getByRole("region", { name: "What Generate will use" });
    expect(within(preview).getByText(/Cycle Oct 1, 2026 – Oct 31, 2026, 18 working days/)).toBeTruthy();
    expect(within(preview).getByText(/144 calls in the cycle/)).toBeTruthy();
  });

  it("shows a row per rep (targets, calls / capacity, Rx at risk), the reps needed and the hospitals without a rep", async () => {
    const { generate } = renderPane();
    fireEvent.click(await openGenerate());
    await act(async () => {
      generate.finish(teamOutcome());
      await Promise.resolve();
    });
    const table = screen.getByRole("table", { name: "Team" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent));
    expect(rows).toEqual([
      ["Rep", "Targets", "Calls / capacity", "Rx at risk"],
      ["张伟", "58", "1,100 / 1,008▲ 109%", "7,921"],
      ["李娜", "52", "1,050 / 1,056", "0"],
      ["Total", "110", "2,150 / 2,064", "7,921"],
    ]);
    expect(screen.getByText("▲ above, ▼ below the utilisation thresholds in Settings.")).toBeTruthy();
    expect(
      screen.getByText("Reps needed: 3 (planned: 2) for the 3,100 calls the target quadrants want."),
    ).toBeTruthy();
    expect(screen.getByText("Hospitals without a rep: 1 (segmented, not planned).")).toBeTruthy();
  });

  it("words the team summary in Chinese, and says the reps needed without rep data too", async () => {
    const { generate } = renderPane({ lang: "zh" });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    fireEvent.click(await screen.findByRole("button", { name: "生成计划" }));
    await act(async () => {
      generate.finish(teamOutcome());
      await Promise.resolve();
    });
    const table = screen.getByRole("table", { name: "团队" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["代表", "目标", "拜访 / 产能", "风险处方量"]);
    expect(screen.getByText("需要代表 3 位（已计划 2 位）：目标象限需拜访 3,100 次。")).toBeTruthy();
    expect(screen.getByText("无负责代表的医院：1 家（已细分，未计划）。")).toBeTruthy();

    // A plan without rep data: no table, the sizing line still tells the manager.
    fireEvent.click(screen.getByRole("button", { name: "生成计划" }));
    await act(async () => {
      generate.finish();
      await Promise.resolve();
    });
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("需要代表 1 位（已计划 1 位）：目标象限需拜访 14 次。")).toBeTruthy();
  });

  function teamSheets() {
    const sheets = sampleSheets();
    sheets[0].values = sheets[0].values.map((row, i) => [...row, ["负责代表", "张伟", "李娜"][i]]);
    sheets.push({
      name: "代表",
      firstRow: 1,
      firstCol: 0,
      values: [
        ["代表姓名", "每日拜访数", "休假"],
        ["张伟", 6, "12月14日-15日"],
        ["李娜", 8, ""],
      ],
    });
    return sheets;
  }

  it("previews each rep's capacity before the first run (calls a day × working days, days off removed)", async () => {
    renderPane({ lang: "zh", port: new MemoryWorkbookPort(teamSheets()) });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    const preview = await screen.findByRole("region", { name: "生成将使用" });
    // December 2026: 23 working days; 张伟 is off on Monday 14 and Tuesday 15.
    expect(within(preview).getByText("产能：2 位代表，本周期共 310 次")).toBeTruthy();
    const table = within(preview).getByRole("table", { name: "各代表产能" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent)),
    ).toEqual([
      ["代表", "每日拜访", "工作日", "产能"],
      ["张伟", "6", "21（休 2 天）", "126"],
      ["李娜", "8", "23", "184"],
    ]);
  });

  it("previews each rep's capacity in English", async () => {
    renderPane({ lang: "en", port: new MemoryWorkbookPort(teamSheets()) });
    await openGenerate();
    const preview = screen.getByRole("region", { name: "What Generate will use" });
    expect(within(preview).getByText("Capacity: 310 calls in the cycle across 2 reps")).toBeTruthy();
    const table = within(preview).getByRole("table", { name: "Capacity per rep" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Rep", "Calls a day", "Working days", "Capacity"]);
    expect(within(table).getByRole("cell", { name: "21 (2 off)" })).toBeTruthy();
  });

  it("lists a few top targets with their rep, though each rep of a team has a #1", async () => {
    const { generate } = renderPane();
    fireEvent.click(await openGenerate());
    const outcome = teamOutcome();
    const [first] = outcome.result.doctors;
    outcome.result.doctors = Array.from({ length: 12 }, (_, i) => ({
      ...first,
      record: { ...first.record, name: `Doctor ${i}` },
      rep: i % 2 === 0 ? "张伟" : "李娜",
      priority: Math.floor(i / 2) + 1,
    }));
    await act(async () => {
      generate.finish(outcome);
      await Promise.resolve();
    });
    const list = screen.getByRole("heading", { name: "Top targets" }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Doctor 0 · 协和医院 · 张伟 · LH",
      "Doctor 1 · 协和医院 · 李娜 · LH",
      "Doctor 2 · 协和医院 · 张伟 · LH",
      "Doctor 3 · 协和医院 · 李娜 · LH",
      "Doctor 4 · 协和医院 · 张伟 · LH",
    ]);
  });
});
