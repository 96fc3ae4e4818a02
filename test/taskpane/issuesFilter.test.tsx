/** @jest-environment jsdom */
/** Issue 15: the Issues step is sorted by severity and filterable by severity and by text. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Issue } from "../../src/core/issues";
import { renderPane, sampleOutcome } from "./fixtures";

const RUN_ISSUES: Issue[] = [
  { code: "total-row", severity: "skipped", sheet: "医生", row: 9, column: "", value: "合计" },
  { code: "not-a-number", severity: "warning", sheet: "医生", row: 2, column: "用量", value: "十" },
  { code: "missing-key", severity: "error", sheet: "医生", row: 4, column: "医院", value: "" },
  { code: "not-a-number", severity: "warning", sheet: "医院", row: 3, column: "床位数", value: "很多" },
];

async function runWithIssues(lang: "en" | "zh" = "en") {
  const { generate } = renderPane({ lang });
  fireEvent.click(await screen.findByRole("tab", { name: lang === "en" ? /^3 Generate/ : /^3 生成/ }));
  fireEvent.click(await screen.findByRole("button", { name: lang === "en" ? "Generate plan" : "生成计划" }));
  const outcome = sampleOutcome();
  outcome.result.issues.push(...RUN_ISSUES);
  await act(async () => {
    generate.finish(outcome);
    await Promise.resolve();
  });
  fireEvent.click(screen.getByRole("tab", { name: lang === "en" ? /^4 Issues/ : /^4 问题/ }));
}

/** The severity badge of each issue shown in a sheet's list, in order. */
function severities(sheet: string): string[] {
  const list = screen.queryByRole("list", { name: sheet });
  if (!list) return [];
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.querySelector(".fui-Badge")?.textContent ?? "");
}

describe("Issues step filters", () => {
  it("lists each sheet's issues errors first, then warnings, then skipped rows", async () => {
    await runWithIssues();
    expect(severities("医生")).toEqual(["Error", "Warning", "Skipped"]);
    expect(screen.queryByText(/shown$/)).toBeNull();
  });

  it("shows only the chosen severity and says how many are shown", async () => {
    await runWithIssues();
    const show = screen.getByRole("combobox", { name: "Show" });
    fireEvent.change(show, { target: { value: "warning" } });
    expect(severities("医生")).toEqual(["Warning"]);
    expect(severities("医院")).toEqual(["Warning"]);
    // The run's few-targets warning, under the general group, stays too.
    expect(severities("General")).toEqual(["Warning"]);
    expect(screen.getByText("3 of 5 shown")).toBeTruthy();

    fireEvent.change(show, { target: { value: "error" } });
    expect(severities("医生")).toEqual(["Error"]);
    expect(screen.queryByRole("list", { name: "医院" })).toBeNull();
    expect(screen.queryByRole("list", { name: "General" })).toBeNull();
    expect(screen.getByText("1 of 5 shown")).toBeTruthy();

    fireEvent.change(show, { target: { value: "all" } });
    expect(severities("医生")).toHaveLength(3);
    expect(screen.queryByText(/of 5 shown/)).toBeNull();
  });

  it("finds issues by the text of the message, the value, the column or the sheet", async () => {
    await runWithIssues();
    const search = screen.getByRole("searchbox", { name: "Search the problems" });
    fireEvent.change(search, { target: { value: "很多" } });
    expect(severities("医院")).toEqual(["Warning"]);
    expect(screen.queryByRole("list", { name: "医生" })).toBeNull();
    expect(screen.getByText("1 of 5 shown")).toBeTruthy();

    fireEvent.change(search, { target: { value: "用量" } });
    expect(within(screen.getByRole("list", { name: "医生" })).getAllByRole("listitem")).toHaveLength(1);

    // Case does not matter, and the words are the issue's message in the pane's language.
    fireEvent.change(search, { target: { value: "TOTAL" } });
    expect(severities("医生")).toEqual(["Skipped"]);

    // Both filters at once.
    fireEvent.change(search, { target: { value: "医生" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Show" }), { target: { value: "warning" } });
    expect(severities("医生")).toEqual(["Warning"]);
  });

  it("words the filters in Chinese", async () => {
    await runWithIssues("zh");
    fireEvent.change(screen.getByRole("combobox", { name: "显示" }), { target: { value: "error" } });
    expect(severities("医生")).toEqual(["错误"]);
    expect(screen.getByText("显示 1 / 5")).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "搜索问题" })).toBeTruthy();
  });
});
