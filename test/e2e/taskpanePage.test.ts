/**
 * The built task pane page: office.js from Microsoft's CDN (answered here from
 * the npm copy, so the test runs offline), then the commands bundle before the
 * large task-pane bundle; nothing else outside localhost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import {
  artifactPath,
  BROWSER_START_MS,
  DIST,
  isLocal,
  fontsReady,
  launchChromium,
  newPage,
  OFFICE_JS_CDN,
  requirePrerequisites,
  routeOfficeJs,
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

  it("loads office.js from the CDN first, then the commands bundle before the task-pane bundle", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    // The production page is minified: attribute quotes are optional.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => {
      const src = /\bsrc=(?:"([^"]*)"|([^\s>]+))/.exec(m[1]);
      return { src: src ? (src[1] ?? src[2]) : "", deferred: /\b(defer|async)\b/.test(m[1]) };
    });
    expect(scripts.map((s) => s.src)).toEqual([
      `${OFFICE_JS_CDN}office.js`,
      "commands.js",
      "functions.js",
      "taskpane.js",
    ]);
    // office.js blocks, so Office exists when the deferred bundles run (in document order).
    expect(scripts.map((s) => s.deferred)).toEqual([false, true, true, true]);
  });

  it("requests nothing outside localhost but office.js, which the CDN route answers", async () => {
    const page = await newPage(browser);
    const served = await routeOfficeJs(page);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    // Every bundle runs to its end outside Office too (commands associates its action at load).
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    // Outside Office, office.js resolves onReady without a host; the page still renders.
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    // With no Excel behind the page, it says so (not a script error about office.js internals).
    await page.getByText(/MicroSeg works inside Excel with the ExcelApi/).waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Cannot read properties|isSetSupported/).count()).toBe(0);
    await page.waitForLoadState("networkidle");
    await fontsReady(page);
    await page.screenshot({ path: artifactPath("taskpane-page.png") });

    expect(pageErrors).toEqual([]);
    expect(served).toContain(`${OFFICE_JS_CDN}office.js`);
    expect(requested.filter((u) => !isLocal(u) && !served.includes(u))).toEqual([]);
    await page.close();
  });
});
