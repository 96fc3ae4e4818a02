/**
 * The built task pane page loads with no request outside localhost: office.js
 * comes from the build (dist/office-js), fonts and scripts are bundled.
 */
import type { Browser } from "playwright-core";
import {
  artifactPath,
  BROWSER_START_MS,
  isLocal,
  fontsReady,
  launchChromium,
  newPage,
  requirePrerequisites,
  startServer,
  type StaticServer,
} from "./harness";

describe("built task pane page", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requirePrerequisites("taskpane.html");
    server = await startServer();
    browser = await launchChromium();
  }, BROWSER_START_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("requests nothing outside localhost, including office.js", async () => {
    const page = await newPage(browser);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    // Outside Office, office.js resolves onReady without a host; the page still renders.
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    // With no Excel behind the page, it says so (not a script error about office.js internals).
    await page.getByText(/MicroSeg works inside Excel with the ExcelApi/).waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Cannot read properties|isSetSupported/).count()).toBe(0);
    await page.waitForLoadState("networkidle");
    await fontsReady(page);
    await page.screenshot({ path: artifactPath("taskpane-page.png") });

    expect(requested.some((u) => u.includes("/office-js/office.js"))).toBe(true);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    await page.close();
  });
});
