/** @jest-environment jsdom */
/** Issue 16: the summary says how many targets were pinned, excluded and removed by feedback. */
import { act, fireEvent, screen } from "@testing-library/react";
import type { GenerateOutcome } from "../../src/app/generate";
import { renderPane, sampleOutcome } from "./fixtures";

/** The sample run with 张三 pinned, 赵六 excluded by the manager and one more doctor removed by a rep. */
function overriddenOutcome(): GenerateOutcome {
  const outcome = sampleOutcome();
  const [zhang, , , zhao] = outcome.result.doctors;
  zhang.override = "pinned";
  zhao.override = "excluded";
  outcome.result.doctors.push({
    ...zhao,
    record: { ...zhao.record, name: "钱七" },
    override: "feedback-removed",
  });
  return outcome;
}

it.each([
  [
    "en",
    /^3 Generate/,
    "Generate plan",
    ["Targets pinned by the manager: 1", "Excluded by the manager: 1", "Removed by rep feedback: 1"],
  ],
  ["zh", /^3 生成/, "生成计划", ["经理指定的目标医生: 1", "经理排除: 1", "代表反馈移除: 1"]],
] as const)(
  "%s: counts the targets pinned, excluded and removed by feedback",
  async (lang, tab, button, facts) => {
    const { generate } = renderPane({ lang });
    fireEvent.click(await screen.findByRole("tab", { name: tab }));
    fireEvent.click(await screen.findByRole("button", { name: button }));
    await act(async () => {
      generate.finish(overriddenOutcome());
      await Promise.resolve();
    });
    for (const fact of facts) expect(screen.getByLabelText(fact)).toBeTruthy();
  },
);

it("shows no override line when nobody overrode the rules", async () => {
  const { generate } = renderPane();
  fireEvent.click(await screen.findByRole("tab", { name: /^3 Generate/ }));
  fireEvent.click(await screen.findByRole("button", { name: "Generate plan" }));
  await act(async () => {
    generate.finish(sampleOutcome());
    await Promise.resolve();
  });
  expect(screen.queryByText("Targets pinned by the manager")).toBeNull();
});
