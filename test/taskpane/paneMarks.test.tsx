/** @jest-environment jsdom */
/**
 * Issue 15: the step tabs show each step's state (a ✓ on finished steps, the
 * count of problems on Issues, the count of bad settings on Settings), in the
 * tab's accessible name as well as on screen.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { renderPane, sampleSheets } from "./fixtures";

/** Fluent's Tab renders its content twice (once hidden, to reserve the selected width). */
function visibleMark(tab: HTMLElement): string {
  const content = tab.querySelector(".fui-Tab__content:not(.fui-Tab__content--reserved-space)") ?? tab;
  return content.textContent ?? "";
}

describe("step tabs", () => {
  it("badge Issues with the number of problems and name it in words", async () => {
    renderPane();
    await screen.findByRole("region", { name: "Doctors" });
    const issues = screen.getByRole("tab", { name: "4 Issues (3 problems)" });
    expect(issues.querySelector(".fui-CounterBadge")?.textContent).toBe("3");
    // Nothing else is finished or wrong yet: the doctor column is not mapped, no run, settings valid.
    expect(screen.getByRole("tab", { name: "1 Data" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "2 Settings" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "3 Generate" })).toBeTruthy();
    expect(visibleMark(screen.getByRole("tab", { name: "1 Data" }))).not.toContain("✓");
  });

  it("caps the Issues badge at 99+ so the tabs keep one row, while the name keeps the exact count", async () => {
    // 1,500 hospitals whose daily outpatients are text: a problem each.
    const sheets = sampleSheets();
    for (let i = 1; i <= 1500; i++) sheets[0].values.push([`医院${i}`, 100, "abc", 10]);
    renderPane({ port: new MemoryWorkbookPort(sheets) });
    await screen.findByRole("region", { name: "Doctors" });
    let count = 0;
    const issues = screen.getByRole("tab", {
      name: (name) => {
        const m = /^4 Issues \((\d+) problems\)$/.exec(name);
        if (m) count = Number(m[1]);
        return m !== null;
      },
    });
    expect(count).toBeGreaterThan(1500);
    expect(issues.querySelector(".fui-CounterBadge")?.textContent).toBe("99+");
  });

  it("names the marks in Chinese", async () => {
    renderPane({ lang: "zh" });
    await screen.findByRole("region", { name: "医生" });
    expect(screen.getByRole("tab", { name: /^4 问题\s?（3 个问题）$/ })).toBeTruthy();
  });

  it("checks Data once every required column is mapped, and Generate after a run", async () => {
    const { generate } = renderPane();
    const doctors = await screen.findByRole("region", { name: "Doctors" });
    fireEvent.click(within(doctors).getByRole("combobox", { name: "Doctor" }));
    fireEvent.click(await screen.findByRole("option", { name: "大夫" }));
    const data = await screen.findByRole("tab", { name: "1 Data (done)" });
    expect(visibleMark(data)).toContain("✓");

    fireEvent.click(screen.getByRole("tab", { name: /^3 Generate/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Generate plan" }));
    expect(screen.getByRole("tab", { name: "3 Generate" })).toBeTruthy();
    await act(async () => {
      generate.finish();
      await Promise.resolve();
    });
    const gen = screen.getByRole("tab", { name: "3 Generate (done)" });
    expect(visibleMark(gen)).toContain("✓");
    // The run's issues replace the reading ones: the sample outcome has one.
    expect(screen.getByRole("tab", { name: "4 Issues (1 problems)" })).toBeTruthy();
  });

  it("marks Settings with the number of invalid settings, and clears it when fixed", async () => {
    renderPane();
    fireEvent.click(await screen.findByRole("tab", { name: /^2 Settings/ }));
    const field = await screen.findByRole("textbox", { name: "Calls per day" });
    fireEvent.change(field, { target: { value: "x" } });
    const settings = await screen.findByRole("tab", { name: "2 Settings (settings need fixing)" });
    expect(settings.querySelector(".fui-CounterBadge")?.textContent).toBe("1");
    fireEvent.change(field, { target: { value: "9" } });
    await waitFor(() => expect(screen.getByRole("tab", { name: "2 Settings" })).toBeTruthy());
    expect(screen.getByRole("tab", { name: "2 Settings" }).querySelector(".fui-CounterBadge")).toBeNull();
  });
});
