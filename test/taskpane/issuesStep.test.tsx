/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderPane, sampleOutcome } from "./fixtures";

describe("Issues step", () => {
  it("lists the problems found while reading, grouped by sheet; clicking one selects its cell", async () => {
    const { port } = renderPane();
    fireEvent.click(await screen.findByRole("tab", { name: /^4 Issues/ }));
    expect(await screen.findByText(/Found while reading the workbook/)).toBeTruthy();
    const group = screen.getByRole("list", { name: "医院" });
    const item = within(group).getByRole("button", { name: /Row 3 · 日门诊量/ });
    expect(item.textContent).toContain("Value: abc");

    await act(async () => {
      fireEvent.click(item);
      await Promise.resolve();
    });
    expect(port.snapshot().selection).toEqual({ sheet: "医院", cell: { row: 2, col: 2 } });
  });

  it("shows the last run's issues in Chinese, run-level ones under 整体", async () => {
    const { generate } = renderPane({ lang: "zh" });
    fireEvent.click(await screen.findByRole("tab", { name: /^3 生成/ }));
    fireEvent.click(await screen.findByRole("button", { name: "生成计划" }));
    const outcome = sampleOutcome();
    outcome.result.issues.push({
      code: "not-a-number",
      severity: "warning",
      sheet: "医生",
      row: 2,
      column: "用量",
      value: "十",
    });
    await act(async () => {
      generate.finish(outcome);
      await Promise.resolve();
    });
    fireEvent.click(screen.getByRole("tab", { name: /^4 问题/ }));
    expect(await screen.findByText(/来自最近一次生成/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "整体（1）" })).toBeTruthy();
    const doctors = screen.getByRole("list", { name: "医生" });
    expect(within(doctors).getByRole("button", { name: /第 2 行 · 用量/ })).toBeTruthy();
  });
});
