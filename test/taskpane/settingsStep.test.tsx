/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { renderPane, sampleSheets } from "./fixtures";

async function openSettings(tabName: string): Promise<void> {
  fireEvent.click(await screen.findByRole("tab", { name: new RegExp(`^${tabName}`) }));
  await screen.findByRole("region", { name: /Formulas|公式/ });
}

function typeInto(label: string | RegExp, text: string): HTMLElement {
  const input = screen.getByRole("textbox", { name: label });
  fireEvent.change(input, { target: { value: text } });
  return input;
}

// The whole Settings form renders in jsdom for each case: slow on a loaded machine.
jest.setTimeout(90_000);

describe("Settings step", () => {
  it("shows a formula's error under the field in English, and clears it when fixed", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    expect(screen.getAllByText("Valid formula")).toHaveLength(3);

    typeInto("Our Rx", "ourDailyPatients * rxPerPatient * bogus");
    const message = await screen.findByText(/bogus/, {
      selector: ".fui-Field__validationMessage, .fui-Field__validationMessage *",
    });
    expect(message.textContent).not.toBe("");
    expect(screen.getAllByText("Valid formula")).toHaveLength(2);
    expect(screen.getByText("1 settings need fixing before the plan can be generated:")).toBeTruthy();

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
    expect(screen.getByText("有 1 项设置需要修正后才能生成计划：")).toBeTruthy();
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

    // Reset asks first: keeping the settings changes nothing.
    fireEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep my settings" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Ambition (%)" }).value).toBe("35");

    fireEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    fireEvent.click(await screen.findByRole("button", { name: "Reset" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Ambition (%)" }).value).toBe("20");
    // The note is at the top of the step, beside an Undo.
    expect(screen.getByText("All settings are back to their defaults (column fixes kept).")).toBeTruthy();
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.smart.ambition).toBeCloseTo(0.2);
      },
      { timeout: 2000 },
    );

    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Ambition (%)" }).value).toBe("35");
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.smart.ambition).toBeCloseTo(0.35);
      },
      { timeout: 2000 },
    );
  });

  it("gives each target-quadrant checkbox its own id, so its label toggles that box", async () => {
    renderPane({ lang: "zh" });
    await openSettings("2 设置");
    const group = screen.getByRole("group", { name: /目标象限/ });
    const boxes = within(group).getAllByRole<HTMLInputElement>("checkbox");
    expect(new Set(boxes.map((b) => b.id)).size).toBe(4);
    const hh = within(group).getByRole<HTMLInputElement>("checkbox", { name: "HH · 用量大潜力大" });
    const lh = within(group).getByRole<HTMLInputElement>("checkbox", { name: "LH · 用量小潜力大" });
    expect([hh.checked, lh.checked]).toEqual([true, true]);
    fireEvent.click(within(group).getByText("HH · 用量大潜力大"));
    expect([hh.checked, lh.checked]).toEqual([false, true]);
  });

  it("says what to enter for a bad value, links the banner to the field, and shows no stale capacity", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    typeInto("Calls per day", "-3");
    const field = screen.getByRole("textbox", { name: "Calls per day" });
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    const message = (field.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(message).toMatch(/^Enter /);
    expect(message).not.toMatch(/default/);
    expect(screen.getByText("Capacity: fix the calls per day and the cycle first")).toBeTruthy();
    // The banner names the field as the form labels it, not by its settings path.
    const banner = screen.getByText(/^1 settings need fixing/).closest(".fui-MessageBar") as HTMLElement;
    expect(within(banner).queryByText(/capacity\.callsPerDay/)).toBeNull();
    fireEvent.click(within(banner).getByRole("button", { name: "Calls per day" }));
    expect(document.activeElement).toBe(field);
  });

  it("names each bad field in the banner by its label in Chinese, and focuses it", async () => {
    renderPane({ lang: "zh" });
    await openSettings("2 设置");
    typeInto("每日拜访次数", "-3");
    typeInto("床位数：B级下限", "-1");
    const banner = (await screen.findByText(/有 2 项设置需要修正/)).closest(".fui-MessageBar") as HTMLElement;
    const links = within(banner).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(["床位数：B级下限", "每日拜访次数"]);
    expect(banner.textContent).not.toMatch(/tiers\.|capacity\./);
    fireEvent.click(links[1]);
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "每日拜访次数" }));
  });

  it("offers the settings the engine has: holidays, make-up days, weekly prospects, tactics", async () => {
    const { port } = renderPane({ lang: "en" });
    await openSettings("2 Settings");
    fireEvent.change(screen.getByRole("textbox", { name: /Days off/ }), {
      target: { value: "2026-12-24\n2026-12-25" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /Make-up working days/ }), {
      target: { value: "2026-12-26" },
    });
    typeInto("Doctors a week on the weekly prospect list", "15");
    fireEvent.change(screen.getByRole("textbox", { name: /Tactics/ }), {
      target: { value: "quadrant:LH = Visit twice a week" },
    });
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.cycle.holidays).toEqual(["2026-12-24", "2026-12-25"]);
        expect(saved?.cycle.workdays).toEqual(["2026-12-26"]);
        expect(saved?.weeklyProspects).toBe(15);
        expect(saved?.tactics).toEqual({ "quadrant:LH": "Visit twice a week" });
      },
      { timeout: 3000 },
    );
  });

  it("lists the holidays and make-up days of the cycle from the built-in calendar and the user's days", async () => {
    const settings = defaultSettings();
    settings.cycle = { ...settings.cycle, start: "2026-10-01", end: "2026-10-31", calendar: "CN" };
    renderPane({ lang: "zh", settings });
    await openSettings("2 设置");
    const list = await screen.findByRole("region", { name: "本周期内的节假日与调休上班日：" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // 国庆节 1–7 Oct 2026 off on its weekdays (the 3rd and 4th are a weekend anyway); Saturday 10 Oct is worked.
    expect(items).toHaveLength(6);
    expect(items.filter((x) => x?.includes("国庆节 · 休息"))).toHaveLength(5);
    expect(items.filter((x) => x?.includes("国庆节 · 调休上班"))).toHaveLength(1);
    expect(screen.getByText("每日 8 次 × 18 个工作日 = 144 次", { exact: false })).toBeTruthy();

    fireEvent.change(screen.getByRole("textbox", { name: /休息日（节假日）/ }), {
      target: { value: "2026-10-30" },
    });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(7));
  });

  it("counts the cycle on the engine's calendar: a Chinese workbook with English output plans on China's", async () => {
    // Calendar "auto", output in English: the engine plans the Chinese sample on the CN calendar.
    const settings = defaultSettings();
    settings.language = "en";
    settings.cycle = { ...settings.cycle, start: "2026-10-01", end: "2026-10-31" };
    renderPane({ lang: "en", settings });
    await openSettings("2 Settings");
    expect(await screen.findByText("Capacity: 8 calls a day × 18 working days = 144 calls")).toBeTruthy();
    const list = screen.getByRole("region", { name: "Holidays and make-up days in this cycle:" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(6);
  });

  it("edits the quadrant shares of each rep's calls: their total must be 100, and Generate waits for it", async () => {
    const { port } = renderPane({ lang: "en" });
    await openSettings("2 Settings");
    const group = screen.getByRole("group", { name: /shared out by quadrant/ });
    expect(within(group).getByText("Total: 100%")).toBeTruthy();
    typeInto("Share · HH (%)", "50");
    expect(await within(group).findByText("Total: 110%")).toBeTruthy();
    const alert = await within(group).findByRole("alert");
    expect(alert.textContent).toBe("Enter shares summing to 100 (now 110).");
    // The banner links to the group; Generate says why it is unavailable.
    fireEvent.click(
      screen.getByRole("button", { name: "Each rep's calls shared out by quadrant (%, totalling 100)" }),
    );
    expect(document.activeElement).toBe(group);
    fireEvent.click(screen.getByRole("tab", { name: /^3 Generate/ }));
    const button = await screen.findByRole("button", { name: "Generate plan" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Generate is unavailable: 1 settings are not valid.")).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: /^2 Settings/ }));
    await screen.findByRole("region", { name: /Formulas/ });
    typeInto("Share · LH (%)", "25");
    await waitFor(() => expect(screen.queryByText(/settings need fixing/)).toBeNull());
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.targeting.shares).toEqual({ HH: 50, LH: 25, HL: 20, LL: 5 });
      },
      { timeout: 2000 },
    );
  });

  it("edits the utilisation thresholds in percent and says what to enter in percent", async () => {
    const { port } = renderPane({ lang: "en" });
    await openSettings("2 Settings");
    const max = screen.getByRole<HTMLInputElement>("textbox", { name: /planned above/ });
    const min = screen.getByRole<HTMLInputElement>("textbox", { name: /planned below/ });
    expect([max.value, min.value]).toEqual(["100", "70"]);
    const messageOf = (field: HTMLElement) =>
      (field.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");

    typeInto(/planned below/, "120");
    await waitFor(() => expect(min.getAttribute("aria-invalid")).toBe("true"));
    expect(messageOf(min)).toContain("Enter a percentage no higher than the upper threshold (100%).");
    typeInto(/planned above/, "2000");
    await waitFor(() => expect(max.getAttribute("aria-invalid")).toBe("true"));
    expect(messageOf(max)).toContain("Enter a percentage from 0 to 1000.");

    typeInto(/planned above/, "130");
    await waitFor(() => expect(screen.queryByText(/settings need fixing/)).toBeNull());
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.team).toEqual({ maxUtilisation: 1.3, minUtilisation: 1.2 });
      },
      { timeout: 2000 },
    );
  });

  it("words the shares and utilisation settings in Chinese", async () => {
    renderPane({ lang: "zh" });
    await openSettings("2 设置");
    typeInto("份额 · LL（%）", "15");
    const group = screen.getByRole("group", { name: /按象限分配/ });
    expect((await within(group).findByRole("alert")).textContent).toBe(
      "请输入合计为 100 的份额（现为 110）。",
    );
    typeInto(/计划量低于产能/, "150");
    expect(
      await screen.findByText("请输入不高于上限（100%）的百分比。", {
        selector: ".fui-Field__validationMessage, .fui-Field__validationMessage *",
      }),
    ).toBeTruthy();
  });

  it("uses heading levels without a jump (h1, then h2 sections)", async () => {
    renderPane({ lang: "en" });
    await openSettings("2 Settings");
    const levels = screen.getAllByRole("heading").map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
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
    await screen.findByText(/2 settings need fixing/);
    typeInto("Volume cut-off", "5");
    typeInto("Potential cut-off", "20");
    await waitFor(() => expect(screen.queryByText(/settings need fixing/)).toBeNull());
  });

  it("names the purchase thresholds' unit once, in English, when the column is in 万元", async () => {
    renderPane({ lang: "en" }); // the sample's column is "月购金额(万元)"
    await openSettings("2 Settings");
    const tiers = screen.getByRole("region", { name: "Hospital tiers" });
    const a = within(tiers).getByRole("textbox", { name: "Monthly purchase (10,000 yuan): tier A from" });
    expect((a as HTMLInputElement).value).toBe("500");
    expect(
      within(tiers).getByRole("textbox", { name: "Monthly purchase (10,000 yuan): tier B from" }),
    ).toBeTruthy();
    expect(within(tiers).getByText("500 × 10,000 yuan")).toBeTruthy();
    expect(within(tiers).getByText("100 × 10,000 yuan")).toBeTruthy();
    // No Chinese unit and no second unit in the English labels.
    expect(tiers.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    expect(tiers.textContent).not.toMatch(/\(yuan\)/);
  });

  it("names the purchase thresholds' unit once, in Chinese, for a column in yuan and in 万元", async () => {
    const yuan = sampleSheets();
    yuan[0].values[0][3] = "月购金额";
    yuan[0].values[1][3] = 6_000_000;
    yuan[0].values[2][3] = 1_500_000;
    const first = renderPane({ lang: "zh", port: new MemoryWorkbookPort(yuan) });
    await openSettings("2 设置");
    let tiers = screen.getByRole("region", { name: "医院分级" });
    const a = within(tiers).getByRole("textbox", { name: "月购金额（元）：A级下限" });
    expect((a as HTMLInputElement).value).toBe("5000000");
    expect(within(tiers).getByRole("textbox", { name: "月购金额（元）：B级下限" })).toBeTruthy();
    expect(tiers.textContent).not.toMatch(/万元|yuan/);
    first.unmount();

    renderPane({ lang: "zh" }); // "月购金额(万元)"
    await openSettings("2 设置");
    tiers = screen.getByRole("region", { name: "医院分级" });
    expect(within(tiers).getByRole("textbox", { name: "月购金额（万元）：A级下限" })).toBeTruthy();
    expect(within(tiers).getByText("500 万元")).toBeTruthy();
    expect(tiers.textContent).not.toMatch(/（元）|yuan/);
  });
});
