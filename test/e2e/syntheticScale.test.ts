/**
 * `?scale=N` (the benchmark's synthetic workbook, N hospitals × 100 doctors)
 * is built in the workbench's worker, not on the page, where a large N froze
 * it: the page starts the worker for it and receives the sheets.
 */
import { browserSuite, newPage } from "./harness";

const HOSPITALS = 50;

describe("The workbench's ?scale=N workbook", () => {
  const suite = browserSuite("workbench.html");

  it("is built in the xlsx worker and shown in the grid", async () => {
    const page = await newPage(suite.browser(), { locale: "en-US", viewport: { width: 1280, height: 900 } });
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
    await page.goto(`${suite.server().origin}/workbench.html?scale=${HOSPITALS}`);
    await page
      .getByText(`synthetic-${HOSPITALS * 100}.xlsx`)
      .first()
      .waitFor({ timeout: 60_000 });
    // The pane recognised the doctors the worker built.
    await page
      .getByRole("region", { name: "Doctors" })
      .getByText(`${(HOSPITALS * 100).toLocaleString("en-US")} rows`)
      .waitFor({ timeout: 60_000 });
    expect(workers).toContain("/xlsxWorker.js");
    await page.close();
  }, 120_000);
});
