/**
 * The workbench in headless Chromium: open the sample, switch the pane's
 * language, fix one mapping, pin the cycle, generate, and check the summary
 * and the Target List sheet in the grid against the engine run in Node on the
 * same workbook and settings.
 */
import { Workbook } from "exceljs";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import { runEngine } from "../../src/core/engine";
import type { EngineResult } from "../../src/core/results";
import { defaultSettings } from "../../src/core/settings";
import { readWorksheet } from "../xlsx/exceljsValues";
import {
  artifactPath,
  BROWSER_START_MS,
  isLocal,
  fontsReady,
  launchChromium,
  newPage,
  requirePrerequisites,
  ROOT,
  startServer,
  type StaticServer,
} from "./harness";

const CYCLE = { start: "2026-12-01", end: "2026-12-31" };

async function expectedRun(): Promise<EngineResult> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(join(ROOT, "samples", "demo-zh.xlsx"));
  const sheets = workbook.worksheets.filter((ws) => ws.state === "visible").map(readWorksheet);
  const settings = defaultSettings();
  settings.cycle.start = CYCLE.start;
  settings.cycle.end = CYCLE.end;
  // The mapping fix made in the pane: doctors' title read from the "医生类型" column.
  settings.mapping = { doctors: { columns: { title: "医生类型" } } };
  return runEngine(sheets, settings, { today: new Date() });
}

describe("workbench in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let expected: EngineResult;
  const offsite: string[] = [];
  let shot = 0;
  const screenshot = async (name: string) => {
    shot += 1;
    await fontsReady(page);
    await page.screenshot({ path: artifactPath(`workbench-${String(shot).padStart(2, "0")}-${name}.png`) });
  };

  beforeAll(async () => {
    requirePrerequisites("workbench.html");
    [server, browser, expected] = await Promise.all([startServer(), launchChromium(), expectedRun()]);
    page = await newPage(browser, { locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => {
      if (!isLocal(r.url())) offsite.push(r.url());
    });
  }, BROWSER_START_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the sample as a preview, in Chinese", async () => {
    await page.goto(`${server.origin}/workbench.html`);
    await page.getByText("Preview — not Excel / 预览（非 Excel）").waitFor();
    await page.getByRole("region", { name: "医生" }).waitFor();
    await page.getByRole("tab", { name: "医院" }).waitFor();
    await screenshot("opened-zh");
  });

  it("switches the pane to English", async () => {
    await page.getByRole("button", { name: "界面语言" }).click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await page.getByRole("tab", { name: "1 Data" }).waitFor();
    expect(
      await page
        .getByRole("region", { name: "Doctors" })
        .getByText(/617 rows/)
        .count(),
    ).toBe(1);
    await screenshot("english");
  });

  it("fixes one mapping: doctors' title from another column", async () => {
    const doctors = page.getByRole("region", { name: "Doctors" });
    await doctors.getByRole("combobox", { name: "Title", exact: true }).click();
    await page.getByRole("option", { name: "医生类型" }).click();
    await expectText(doctors.getByRole("combobox", { name: "Title", exact: true }), "医生类型");
    await doctors.getByText(/Chosen by you/).waitFor();
    await screenshot("mapping-fixed");
  });

  it("pins the cycle in the settings and shows the capacity live", async () => {
    await page.getByRole("tab", { name: /^2 Settings/ }).click();
    await page.getByLabel("Cycle start").fill(CYCLE.start);
    await page.getByLabel("Cycle end").fill(CYCLE.end);
    await page.getByText("Capacity: 8 calls a day × 23 working days = 184 calls").waitFor();
    await page.getByText("Saved in the workbook").waitFor();
    await screenshot("settings");
  });

  it("generates and shows the summary counts", async () => {
    await page.getByRole("tab", { name: /^3 Generate/ }).click();
    await page.getByRole("button", { name: "Generate plan" }).click();
    await page.locator(".fui-MessageBarTitle", { hasText: "Plan generated" }).waitFor();
    const fact = (label: string, value: string | number) =>
      page.getByLabel(`${label}: ${value}`, { exact: true }).waitFor();
    await fact("Hospitals", expected.hospitals.length);
    await fact("Tier A", expected.hospitals.filter((h) => h.tier === "A").length);
    await fact("Doctors", expected.doctors.length);
    await fact("Target doctors", expected.plan.targets);
    // The pane groups digits in its locale (en-US here): "1,277 of 1,449 calls".
    const grouped = (n: number) => n.toLocaleString("en-US");
    await fact("Workload", `${grouped(expected.plan.workload)} of ${grouped(expected.plan.capacity)} calls`);
    const lh = expected.doctors.filter((d) => d.quadrant === "LH");
    await page
      .getByRole("img", { name: `LH: ${lh.length} doctors, ${lh.filter((d) => d.target).length} targets` })
      .waitFor();
    await screenshot("summary");
    await page.getByRole("complementary").screenshot({ path: artifactPath("taskpane.png") });
  });

  it("shows the Target List sheet in the grid", async () => {
    const targetList = expected.outputs.find((o) => o.id === "targetList");
    expect(targetList).toBeDefined();
    const name = targetList!.sheetName;
    await page.getByRole("button", { name: `Open ${name}` }).click();
    const grid = page.getByRole("table", { name: `Cells of ${name}` });
    await grid.waitFor();
    await page.getByRole("tab", { name, selected: true }).waitFor();

    const rows = grid.locator("tbody tr");
    expect(await rows.count()).toBe(targetList!.rows.length + 1);
    const cells = async (i: number) => (await rows.nth(i).locator("td").allInnerTexts()).map((s) => s.trim());
    const header = await cells(0);
    expect(header.slice(0, targetList!.columns.length)).toEqual(targetList!.columns.map((c) => c.header));
    const first = await cells(1);
    const col = (key: string) => targetList!.columns.findIndex((c) => c.key === key);
    for (const key of ["doctor", "hospital", "title"]) {
      const i = col(key);
      if (i >= 0) expect([key, first[i]]).toEqual([key, String(targetList!.rows[0][i])]);
    }
    await screenshot("target-list");
  });

  it("selects an issue's cell in the grid", async () => {
    await page.getByRole("tab", { name: /^4 Issues/ }).click();
    await page.getByText(/From the last generation/).waitFor();
    const item = page.getByRole("list", { name: "医生" }).getByRole("button").first();
    await item.click();
    await page.getByRole("tab", { name: "医生", selected: true }).waitFor();
    await page.locator('td[aria-current="true"]').waitFor();
    await screenshot("issue-selected");
    expect(offsite).toEqual([]);
  });
});

async function expectText(locator: ReturnType<Page["getByRole"]>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor();
}
