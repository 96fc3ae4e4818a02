/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { Settings } from "../../src/core/settings";
import { renderPane } from "./fixtures";

async function openSettings(tabName: string): Promise<void> {
  fireEvent.click(await screen.findByRole("tab", { name: tabName }));
  await screen.findByRole("region", { name: /Formulas|公式/ });
}

function typeInto(label: string | RegExp, text: string): HTMLElement {
  const input = screen.getByRole("textbox", { name: label });
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe("Settings step", () => {
  it("shows a formula's error under the field in English, and clears it when fixed", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    expect(screen.getAllByText("Valid formula")).toHaveLength(3);

    typeInto("Our Rx", "ourDailyPatients * rxPerPatient * bogus");
    const message = await screen.findByText(/bogus/);
    expect(message.textContent).not.toBe("");
    expect(screen.getAllByText("Valid formula")).toHaveLength(2);
    expect(screen.getByText("1 settings need attention; the plan uses only valid settings.")).toBeTruthy();

    typeInto("Our Rx", "ourDailyPatients * rxPerPatient * workingDays");
    await waitFor(() => expect(screen.getAllByText("Valid formula")).toHaveLength(3));
  });

  it("shows the validator's message in Chinese", async () => {
    renderPane({ lang: "zh" });
    await openSettings("2 设置");
    typeInto("每日拜访次数", "-3");
    const field = screen.getByRole("textbox", { name: "每日拜访次数" });
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = field.getAttribute("aria-describedby") ?? "";
    const message = describedBy
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(screen.getByText("有 1 项设置需要修改；生成时只使用有效的设置。")).toBeTruthy();
  });

  it("shows capacity live as calls per day × working days of the cycle", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    // Today is 2026-11-15: the default cycle is December 2026, 23 weekdays.
    expect(screen.getByText("Capacity: 8 calls a day × 23 working days = 184 calls")).toBeTruthy();
    typeInto("Calls per day", "10");
    expect(await screen.findByText("Capacity: 10 calls a day × 23 working days = 230 calls")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Cycle start"), { target: { value: "2026-12-01" } });
    fireEvent.change(screen.getByLabelText("Cycle end"), { target: { value: "2026-12-04" } });
    expect(await screen.findByText("Capacity: 10 calls a day × 4 working days = 40 calls")).toBeTruthy();
  });

  it("saves valid settings in the workbook and resets to defaults", async () => {
    const { port } = renderPane({ lang: "en" });
    await openSettings("2 Settings");
    typeInto("Ambition (%)", "35");
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.smart.ambition).toBeCloseTo(0.35);
      },
      { timeout: 2000 },
    );
    expect(await screen.findByText("Saved in the workbook")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Ambition (%)" }).value).toBe("20");
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.smart.ambition).toBeCloseTo(0.2);
      },
      { timeout: 2000 },
    );
  });

  it("reorders the target quadrants' priority and saves it", async () => {
    const { port } = renderPane({ lang: "en" });
    await openSettings("2 Settings");
    const order = () =>
      Array.from(screen.getByRole("list", { name: "Priority order of the target quadrants" }).children).map(
        (li) => li.textContent?.replace("↑", "") ?? "",
      );
    const before = order();
    expect(before).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Move HH up" }));
    expect(order()).toEqual([before[1], before[0], before[2]]);
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.targeting.quadrants).toEqual(["HH", "LH", "HL"]);
      },
      { timeout: 2000 },
    );
  });

  it("shows percentile and fixed cut-off fields only for their method", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    expect(screen.queryByRole("textbox", { name: "Percentile p (0–100)" })).toBeNull();
    fireEvent.click(screen.getByRole("combobox", { name: "Cut-off method" }));
    fireEvent.click(await screen.findByRole("option", { name: "Fixed numbers" }));
    expect(await screen.findByRole("textbox", { name: "Volume cut-off" })).toBeTruthy();
    // Fixed without numbers is invalid until both are given.
    await screen.findByText(/2 settings need attention/);
    typeInto("Volume cut-off", "5");
    typeInto("Potential cut-off", "20");
    await waitFor(() => expect(screen.queryByText(/settings need attention/)).toBeNull());
  });
});
