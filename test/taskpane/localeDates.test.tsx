/** @jest-environment jsdom */
/** Issue 15: every date the pane shows is in the pane's locale (zh-CN or en-US), not ISO or the other one's. */
import { fireEvent, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/core/issues";
import { defaultSettings, renderPane } from "./fixtures";

function renderOctober(lang: Lang) {
  const settings = defaultSettings();
  settings.cycle = { ...settings.cycle, start: "2026-10-01", end: "2026-10-31", calendar: "CN" };
  return renderPane({ lang, settings });
}

describe("dates in the pane's locale", () => {
  it.each([
    ["zh" as const, /^3 生成/, "生成将使用", "周期 2026年10月1日 至 2026年10月31日，18 个工作日"],
    [
      "en" as const,
      /^3 Generate/,
      "What Generate will use",
      "Cycle Oct 1, 2026 – Oct 31, 2026, 18 working days",
    ],
  ])("the Generate preview's cycle (%s)", async (lang, tab, region, text) => {
    renderOctober(lang);
    fireEvent.click(await screen.findByRole("tab", { name: tab }));
    const preview = await screen.findByRole("region", { name: region });
    expect(within(preview).getByText(text)).toBeTruthy();
  });

  it.each([
    ["zh" as const, /^2 设置/, "周期：2026年10月1日 至 2026年10月31日", "2026年10月1日 · 国庆节 · 休息"],
    ["en" as const, /^2 Settings/, "Cycle: Oct 1, 2026 – Oct 31, 2026", "Oct 1, 2026 · "],
  ])("the Settings cycle and its holidays (%s)", async (lang, tab, cycle, firstHoliday) => {
    renderOctober(lang);
    fireEvent.click(await screen.findByRole("tab", { name: tab }));
    expect(await screen.findByText(cycle)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items.some((x) => x.startsWith(firstHoliday))).toBe(true);
    expect(items.some((x) => /2026-10-/.test(x))).toBe(false);
  });
});
