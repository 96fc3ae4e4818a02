/** @jest-environment jsdom */
/**
 * Issue 15: the summary after a run shows the cycle dates (in the pane's
 * locale), the calls planned per quadrant, the ★ explained on screen, and for
 * each warning its fix: a link to the setting that fixes it, or the reps needed.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/core/issues";
import type { GenerateOutcome } from "../../src/taskpane/services";
import { renderPane, sampleOutcome, teamOutcome } from "./fixtures";

async function runTo(outcome: GenerateOutcome, lang: Lang = "en"): Promise<void> {
  const { generate } = renderPane({ lang });
  fireEvent.click(await screen.findByRole("tab", { name: lang === "en" ? /^3 Generate/ : /^3 生成/ }));
  fireEvent.click(await screen.findByRole("button", { name: lang === "en" ? "Generate plan" : "生成计划" }));
  await act(async () => {
    generate.finish(outcome);
    await Promise.resolve();
  });
}

/** The sample run with different calls a month per quadrant: HH 6, LH 4 + 2, HL 3; LL has no target. */
function callsOutcome(): GenerateOutcome {
  const outcome = sampleOutcome();
  const calls: Record<string, number> = { 张三: 4, 李四: 6, 王五: 3 };
  const [lh] = outcome.result.doctors;
  outcome.result.doctors = [
    ...outcome.result.doctors.map((d) => ({ ...d, callsPerMonth: calls[d.record.name] ?? 0 })),
    { ...lh, record: { ...lh.record, name: "钱七" }, callsPerMonth: 2, priority: 4 },
  ];
  return outcome;
}

describe("the summary after a run", () => {
  it("shows the cycle the run planned, dates in en-US", async () => {
    await runTo(sampleOutcome());
    expect(screen.getByLabelText("Cycle: Dec 1, 2026 – Dec 31, 2026")).toBeTruthy();
  });

  it("shows the cycle's dates in zh-CN for a Chinese pane", async () => {
    await runTo(sampleOutcome(), "zh");
    expect(screen.getByLabelText("周期: 2026年12月1日 至 2026年12月31日")).toBeTruthy();
  });

  it("shows the calls a month planned in each quadrant that has targets", async () => {
    await runTo(callsOutcome());
    const facts = screen
      .getAllByRole("definition")
      .map((dd) => dd.getAttribute("aria-label") ?? "")
      .filter((label) => label.startsWith("Calls a month"));
    expect(facts).toEqual(["Calls a month · HH: 6", "Calls a month · LH: 6", "Calls a month · HL: 3"]);
  });

  it("groups the digits of the calls a month", async () => {
    const outcome = callsOutcome();
    outcome.result.doctors[1].callsPerMonth = 12345;
    await runTo(outcome, "en");
    expect(screen.getByLabelText("Calls a month · HH: 12,345")).toBeTruthy();
  });

  it("explains the ★ of the chart on screen", async () => {
    await runTo(sampleOutcome());
    const chart = screen.getByRole("figure", { name: /^Quadrant chart/ });
    // Each cell shows its targets with a ★ (hidden from screen readers, which hear the cell's name) …
    expect(within(chart).getByRole("img", { name: "HH: 1 doctors, 1 targets" }).textContent).toContain("1 ★");
    // … and the note that says what ★ counts is visible text, not only an aria-label.
    const note = screen.getByText("★ = target doctors in that quadrant.");
    expect(note.closest("[aria-hidden]")).toBeNull();
    expect(note.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });

  it("explains the ★ in Chinese", async () => {
    await runTo(sampleOutcome(), "zh");
    expect(screen.getByText("★ = 该象限的目标医生数。")).toBeTruthy();
  });
});

describe("a summary warning's fix", () => {
  it("few targets: links to the target quadrants in Settings and focuses them", async () => {
    await runTo(sampleOutcome());
    const warning = screen
      .getByText(/Only 3 prescribing target doctors/)
      .closest(".fui-MessageBar") as HTMLElement;
    fireEvent.click(
      within(warning).getByRole("button", {
        name: "Change “Target quadrants (in priority order)” in Settings",
      }),
    );
    expect(screen.getByRole("tab", { name: /^2 Settings/ }).getAttribute("aria-selected")).toBe("true");
    const quadrants = document.getElementById("setting-targeting-quadrants");
    expect(quadrants?.tagName).toBe("FIELDSET");
    expect(document.activeElement).toBe(quadrants);
  });

  it("capacity exceeded with reps enough: links to the calls a day", async () => {
    const outcome = sampleOutcome();
    outcome.result.issues = [
      {
        code: "capacity-exceeded",
        severity: "warning",
        sheet: "",
        row: null,
        column: "",
        value: "200",
        params: { capacity: 176, workload: 200, dropped: 2 },
      },
    ];
    await runTo(outcome);
    const warning = screen
      .getByText(/Calls needed exceed call capacity/)
      .closest(".fui-MessageBar") as HTMLElement;
    expect(within(warning).queryByText(/reps\.$/)).toBeNull();
    // The link names the setting that fixes it, as Settings labels it.
    fireEvent.click(within(warning).getByRole("button", { name: "Change “Calls per day” in Settings" }));
    expect(screen.getByRole("tab", { name: /^2 Settings/ }).getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Calls per day" }));
  });

  it("capacity exceeded with too few reps: says how many reps it needs, with no link", async () => {
    const outcome = teamOutcome();
    outcome.result.issues.push({
      code: "capacity-exceeded",
      severity: "warning",
      sheet: "",
      row: null,
      column: "",
      value: "3100",
      params: { capacity: 2064, workload: 3100, dropped: 20 },
    });
    await runTo(outcome);
    const warning = screen
      .getByText(/Calls needed exceed call capacity/)
      .closest(".fui-MessageBar") as HTMLElement;
    expect(within(warning).getByText(/To call every target: about 3 reps\./)).toBeTruthy();
    expect(within(warning).queryByRole("button")).toBeNull();
  });

  it("the link is worded in Chinese, naming the setting as Settings labels it", async () => {
    await runTo(sampleOutcome(), "zh");
    fireEvent.click(screen.getByRole("button", { name: "在设置中修改“目标象限（按优先顺序）”" }));
    expect(screen.getByRole("tab", { name: /^2 设置/ }).getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement?.id).toBe("setting-targeting-quadrants");
  });

  it("a later visit to Settings from its tab does not jump to the field again", async () => {
    await runTo(sampleOutcome());
    fireEvent.click(screen.getByRole("button", { name: /^Change “.*” in Settings$/ }));
    fireEvent.click(screen.getByRole("tab", { name: /^3 Generate/ }));
    const tab = screen.getByRole("tab", { name: /^2 Settings/ });
    tab.focus();
    fireEvent.click(tab);
    expect(document.activeElement).toBe(tab);
  });
});
