/** @jest-environment jsdom */
/**
 * After a generation with history — the bundled sample, whose Plan History
 * holds August 2026 and whose Call Log records August's calls — the summary
 * shows the team's KPIs and the reps furthest behind, and the Issues step
 * lists the Call Log's problems. The engine runs for real on the sample.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder } from "node:util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { generatePlan } from "../../src/app/generate";
import { measureHeadline, percentText } from "../../src/core/measure";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import type { GenerateOutcome, PaneServices } from "../../src/taskpane/services";
import { readXlsx } from "../../src/workbench/loadXlsx";
import { renderPane } from "./fixtures";

jest.setTimeout(120_000);

// jsdom has no TextDecoder; the workbench's .xlsx reader (a browser's) uses it.
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder });

async function samplePort(file: string): Promise<MemoryWorkbookPort> {
  const bytes = readFileSync(join(__dirname, "..", "..", "samples", file));
  return new MemoryWorkbookPort(
    await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)),
  );
}

/** The real flow, keeping the outcome so the test can compare the pane with the engine's own numbers. */
function recording(): { fn: PaneServices["generatePlan"]; outcome: () => GenerateOutcome } {
  let last: GenerateOutcome | null = null;
  return {
    fn: async (port, options) => {
      last = await generatePlan(port, options);
      return last;
    },
    outcome: () => {
      if (!last) throw new Error("no run yet");
      return last;
    },
  };
}

async function generate(name: string): Promise<void> {
  const button = await screen.findByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
    await Promise.resolve();
  });
  await screen.findByRole("region", { name: /Summary|汇总/ }, { timeout: 60_000 });
}

describe("summary after a run with a Plan History", () => {
  it("shows the last cycle's KPIs and the reps furthest behind (English)", async () => {
    const run = recording();
    renderPane({ lang: "en", port: await samplePort("demo-en.xlsx"), generatePlan: run.fn });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 Generate/ }));
    await generate("Generate plan");

    const { measure } = run.outcome().result;
    expect(measure).not.toBeNull();
    const h = measureHeadline(measure!);
    const section = screen.getByRole("region", { name: "Last cycle: plan vs actual" });
    const n = (v: number) => v.toLocaleString("en-US");
    const t = h.team;
    expect(within(section).getByLabelText(/^Cycle: Aug 1, 2026 – Aug 31, 2026$/)).toBeTruthy();
    expect(
      within(section).getByLabelText(
        `Calls made: ${n(t.actualCalls)} of ${n(t.plannedCalls)} (${percentText(t.callAttainment)})`,
      ),
    ).toBeTruthy();
    expect(
      within(section).getByLabelText(
        `Targets reached: ${n(t.reachedTargets)} of ${n(t.targets)} (${percentText(t.reach)})`,
      ),
    ).toBeTruthy();
    expect(
      within(section).getByLabelText(
        `Objectives met: ${n(t.objectivesMet)} of ${n(t.targets)} (${percentText(t.objectivesMetRate)})`,
      ),
    ).toBeTruthy();
    expect(
      within(section).getByLabelText(`Quota attainment: ${percentText(t.quotaAttainment)}`),
    ).toBeTruthy();
    // The sample's team: several reps, so the ones furthest behind on calls are named, lowest first.
    expect(h.behind.length).toBe(3);
    const behind = within(section).getByRole("list", { name: "Reps furthest behind on calls" });
    expect(
      within(behind)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(
      h.behind.map(
        (k) =>
          `${k.name}: ${percentText(k.callAttainment)} (${n(k.actualCalls)} of ${n(k.plannedCalls)} calls)`,
      ),
    );
    const rates = h.behind.map((k) => k.callAttainment ?? 0);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
  });

  it("words the KPIs in Chinese and lists the Call Log's problems on the Issues step", async () => {
    const run = recording();
    renderPane({ lang: "zh", port: await samplePort("demo-zh.xlsx"), generatePlan: run.fn });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    await generate("生成计划");
    const t = measureHeadline(run.outcome().result.measure!).team;
    const section = screen.getByRole("region", { name: "上一周期：计划与执行" });
    expect(
      within(section).getByLabelText(
        `拜访达成: ${t.actualCalls.toLocaleString("zh-CN")} / ${t.plannedCalls.toLocaleString("zh-CN")}（${percentText(t.callAttainment)}）`,
      ),
    ).toBeTruthy();
    expect(within(section).getByRole("list", { name: "拜访达成最低的代表" })).toBeTruthy();

    // The sample's Call Log has a doctor not on the list and a call dated before every archived cycle.
    const callLogIssues = run.outcome().result.issues.filter((i) => i.sheet === "拜访记录");
    expect(callLogIssues.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(screen.getByRole("tab", { name: /^4 问题/ }));
    const log = await screen.findByRole("list", { name: "拜访记录" });
    await waitFor(() => expect(within(log).getAllByRole("button")).toHaveLength(callLogIssues.length));
    for (const issue of callLogIssues)
      expect(within(log).getByRole("button", { name: new RegExp(`第 ${issue.row} 行`) })).toBeTruthy();
  });
});

describe("the preview before a run and the run itself", () => {
  it("agree on the cycle, each rep's capacity and the team's (the sample's eight reps)", async () => {
    const run = recording();
    renderPane({ lang: "en", port: await samplePort("demo-en.xlsx"), generatePlan: run.fn });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 Generate/ }));
    const preview = await screen.findByRole("region", { name: "What Generate will use" });
    const table = within(preview).getByRole("table", { name: "Capacity per rep" });
    const previewed = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => {
        const cells = Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent ?? "");
        return [cells[0], Number(cells[3].replace(/,/g, ""))];
      });
    const cycleText = within(preview).getByText(/^Cycle /).textContent;

    await generate("Generate plan");
    const { plan } = run.outcome().result;
    expect(previewed).toEqual(plan.reps.map((r) => [r.name, r.capacity]));
    const n = (v: number) => v.toLocaleString("en-US");
    expect(screen.getByLabelText(`Workload: ${n(plan.workload)} of ${n(plan.capacity)} calls`)).toBeTruthy();
    expect(cycleText).toContain(`${plan.reps[0].workingDays} working days`);
  });
});
