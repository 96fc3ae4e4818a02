/**
 * Cancel during a 1,000,000-doctor generation in the workbench answers within
 * 100 ms: the engine runs in a Web Worker, so the page is free to handle the
 * click. Measured in the page from the click event's own timestamp (when the
 * browser received the input, so time the page spent blocked counts) to the
 * moment the "cancelled" message is in the DOM, over three runs (the median
 * counts); printed and saved in
 * test-artifacts/cancel-latency.json.
 */
import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import {
  artifactPath,
  BROWSER_START_MS,
  launchChromium,
  newPage,
  requirePrerequisites,
  startServer,
  type StaticServer,
} from "./harness";

/** Hospitals in the synthetic workbook: 10 departments × 10 doctors each → 1,000,000 doctors. */
const HOSPITALS = 10_000;
const LIMIT_MS = 100;
const ATTEMPTS = 3;

describe("Cancel at 1,000,000 doctors", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requirePrerequisites("workbench.html");
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  }, BROWSER_START_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`answers within ${LIMIT_MS} ms while the engine works, and leaves the workbook as it was`, async () => {
    const page = await newPage(browser, { locale: "en-US", viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/workbench.html?scale=${HOSPITALS}`);
    await page.getByRole("tab", { name: /^3 Generate/ }).click({ timeout: 120_000 });
    const sheetsBefore = await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").count();
    await page.evaluate(() => {
      const w = window as unknown as { cancelLatency?: number; cancelClickAt?: number };
      document.addEventListener(
        "click",
        (e) => {
          if ((e.target as Element | null)?.closest("[data-cancel]")) w.cancelClickAt = e.timeStamp;
        },
        { capture: true },
      );
      const observer = new MutationObserver(() => {
        if (
          w.cancelClickAt !== undefined &&
          w.cancelLatency === undefined &&
          document.body.textContent?.includes("Generation cancelled")
        )
          w.cancelLatency = performance.now() - w.cancelClickAt;
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // Three runs, each cancelled while the engine works in its worker; the median is the measure
    // (one garbage-collection pause of a page holding a million rows does not decide it).
    const latencies: number[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await page.evaluate(() => {
        const w = window as unknown as { cancelLatency?: number; cancelClickAt?: number };
        w.cancelLatency = undefined;
        w.cancelClickAt = undefined;
      });
      await page.locator("[data-generate]").click();
      await page.locator('[data-stage="segmenting"]').waitFor({ timeout: 120_000 });
      await page.locator("[data-cancel]").click();
      await page.waitForFunction(
        () => (window as unknown as { cancelLatency?: number }).cancelLatency !== undefined,
      );
      latencies.push(
        await page.evaluate(() => (window as unknown as { cancelLatency: number }).cancelLatency),
      );
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const report = {
      doctors: HOSPITALS * 100,
      cancelLatencyMs: round(median),
      attemptsMs: latencies.map(round),
      limitMs: LIMIT_MS,
    };
    writeFileSync(artifactPath("cancel-latency.json"), JSON.stringify(report, null, 2));
    console.info(
      `Cancel at ${report.doctors.toLocaleString("en-US")} doctors answered in ${report.cancelLatencyMs} ms ` +
        `(median of ${report.attemptsMs.join(", ")} ms)`,
    );
    expect(median).toBeLessThan(LIMIT_MS);
    // Nothing was written: the workbook has the sheets it had.
    expect(await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").count()).toBe(sheetsBefore);
    await page.close();
  }, 300_000);
});
