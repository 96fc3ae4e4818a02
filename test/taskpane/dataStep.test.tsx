/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Settings } from "../../src/core/settings";
import { renderPane } from "./fixtures";

async function doctorsSection(name = "Doctors"): Promise<HTMLElement> {
  return screen.findByRole("region", { name });
}

describe("Data step", () => {
  it("shows each recognised table with its sheet, rows and how it was found", async () => {
    renderPane();
    const hospitals = await screen.findByRole("region", { name: "Hospitals" });
    expect(within(hospitals).getByText("医院 · 2 rows · Header in row 1 · Matched by name")).toBeTruthy();
    expect(within(hospitals).getByRole("combobox", { name: "Beds" }).textContent).toContain("床位数");
    expect(within(hospitals).getByRole("combobox", { name: /^Monthly purchase/ }).textContent).toContain(
      "月购金额(万元)",
    );
  });

  it("flags an unmapped required field and fixes it with a dropdown, saving the fix in settings.mapping", async () => {
    const { port } = renderPane();
    const doctors = await doctorsSection();
    expect(screen.getByText("Doctors: required columns not mapped: Doctor")).toBeTruthy();
    expect(within(doctors).getByText("Required: pick its column")).toBeTruthy();

    fireEvent.click(within(doctors).getByRole("combobox", { name: "Doctor" }));
    fireEvent.click(await screen.findByRole("option", { name: "大夫" }));

    await waitFor(() =>
      expect(within(doctors).getByRole("combobox", { name: "Doctor" }).textContent).toBe("大夫"),
    );
    expect(screen.queryByText(/required columns not mapped/)).toBeNull();
    expect(screen.getByText("All required columns are mapped.")).toBeTruthy();
    await waitFor(
      async () => {
        const saved = (await port.loadSettings()) as Settings | null;
        expect(saved?.mapping.doctors?.columns?.doctor).toBe("大夫");
      },
      { timeout: 2000 },
    );
  });

  it("picks another sheet for a role", async () => {
    renderPane();
    const doctors = await doctorsSection();
    fireEvent.click(within(doctors).getByRole("combobox", { name: "Sheet for Doctors" }));
    fireEvent.click(await screen.findByRole("option", { name: "备注" }));
    await waitFor(() =>
      expect(within(doctors).getByRole("combobox", { name: "Sheet for Doctors" }).textContent).toBe("备注"),
    );
  });

  it("speaks Chinese when the pane language is zh", async () => {
    renderPane({ lang: "zh" });
    const doctors = await doctorsSection("医生");
    expect(within(doctors).getByText("必填：请选择对应的列")).toBeTruthy();
    expect(screen.getByRole("tab", { name: /^1 数据/ })).toBeTruthy();
  });

  it("switches the pane language", async () => {
    renderPane({ lang: "zh" });
    await doctorsSection("医生");
    fireEvent.click(screen.getByRole("button", { name: /^界面语言/ }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "English" }));
    expect(await screen.findByRole("tab", { name: /^1 Data/ })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Doctors" })).toBeTruthy();
  });
});
