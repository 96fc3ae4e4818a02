/**
 * The task pane as Excel shows it: at 320 px (Excel's narrowest pane) and at
 * 1280 px, in Chinese and English, every step fits without horizontal
 * scrolling, keeps its step tabs on one row, passes an axe-core scan with no
 * serious or critical violation, and the target-quadrant labels toggle their
 * own checkbox. A workbook with over a thousand problems keeps the tabs on one
 * row too (the Issues badge stops at "99+").
 */
import AxeBuilder from "@axe-core/playwright";
import { Workbook } from "exceljs";
import type { Page } from "playwright-core";
import { artifactPath, fontsReady, newPage, browserSuite } from "./harness";

const WIDTHS = [320, 1280] as const;
const LANGS = [
  {
    lang: "zh",
    locale: "zh-CN",
    steps: ["1 数据", "2 设置", "3 生成", "4 问题"],
    issuesTab: /^4 问题\s?（\d{4,} 个问题）$/,
  },
  {
    lang: "en",
    locale: "en-US",
    steps: ["1 Data", "2 Settings", "3 Generate", "4 Issues"],
    issuesTab: /^4 Issues \(\d{4,} problems\)$/,
  },
] as const;

/** Hospitals whose daily outpatients are text: a problem on every one of them. */
const BAD_HOSPITALS = 1_500;

/** A small workbook with more than a thousand problems, as the Issues badge would count them. */
async function manyProblemsWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  const hospitals = wb.addWorksheet("医院");
  hospitals.addRow(["医院", "床位数", "日门诊量", "月购金额(万元)"]);
  for (let i = 1; i <= BAD_HOSPITALS; i++) hospitals.addRow([`医院${i}`, 300, "abc", 150]);
  wb.addWorksheet("科室").addRows([
    ["医院", "科室", "日病人数", "用药比例", "每病人处方量"],
    ["医院1", "心内科", 80, 0.4, 2],
  ]);
  wb.addWorksheet("医生").addRows([
    ["医院", "科室", "医生", "用量", "潜力"],
    ["医院1", "心内科", "张三", 10, 50],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Elements inside the pane wider than the pane itself (what makes a horizontal scrollbar). */
async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-pane-scroller]");
    if (!pane) throw new Error("no pane scroller");
    const right = pane.getBoundingClientRect().right;
    const culprits: string[] = [];
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1) {
        const label = el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40) ?? "";
        culprits.push(
          `${el.tagName.toLowerCase()}.${el.className.split(" ")[0]} "${label}" +${Math.round(r.right - right)}px`,
        );
      }
    }
    const root = document.documentElement;
    return {
      scrollWidth: Math.max(pane.scrollWidth, root.scrollWidth - root.clientWidth + pane.clientWidth),
      clientWidth: pane.clientWidth,
      culprits: culprits.slice(0, 8),
    };
  });
}

/**
 * The step tabs as rows: every tab's top (rounded), the tab list's height and
 * its tallest tab's. One row means one top and a list no taller than a tab.
 */
async function tabRows(page: Page): Promise<{ tops: number[]; listHeight: number; tabHeight: number }> {
  return page.evaluate(() => {
    const list = document.querySelector<HTMLElement>("[role=tablist]");
    if (!list) throw new Error("no tab list");
    const tabs = Array.from(list.querySelectorAll<HTMLElement>("[role=tab]")).map((el) =>
      el.getBoundingClientRect(),
    );
    return {
      tops: [...new Set(tabs.map((r) => Math.round(r.top)))],
      listHeight: Math.round(list.getBoundingClientRect().height),
      tabHeight: Math.round(Math.max(...tabs.map((r) => r.height))),
    };
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus guards (tabster's hidden <i> elements) are excluded: they only hand focus on.
  const result = await new AxeBuilder({ page })
    .include("[data-pane-scroller]")
    .exclude("[data-tabster-dummy]")
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * The whole step, not only what the 900 px window shows: the window is made
 * as tall as the pane's content for the shot (the README's screenshots are
 * copies of these), then put back.
 */
async function wholeStepShot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize();
  const scroller = page.locator("[data-pane-scroller]");
  // In a narrow window the pane's parent scrolls, not the pane: the most hidden of the two counts.
  const hidden = await scroller.evaluate((el) => {
    let most = 0;
    for (let node: Element | null = el; node; node = node.parentElement)
      most = Math.max(most, node.scrollHeight - node.clientHeight);
    return most;
  });
  if (viewport && hidden > 0)
    await page.setViewportSize({ width: viewport.width, height: viewport.height + hidden });
  await scroller.screenshot({ path });
  if (viewport) await page.setViewportSize(viewport);
}

describe.each(WIDTHS)("task pane at %i px", (width) => {
  const suite = browserSuite("workbench.html");

  it.each(LANGS)(
    "fits and passes an accessibility scan on every step ($lang)",
    async ({ lang, locale, steps }) => {
      const page = await newPage(suite.browser(), { locale, viewport: { width, height: 900 } });
      await page.goto(`${suite.server().origin}/workbench.html`);
      await page.getByRole("tab", { name: steps[0] }).waitFor();
      // The pane's header (brand bar, language menu) keeps one height on every step.
      const headerHeights: number[] = [];
      for (const [i, name] of steps.entries()) {
        await page.getByRole("tab", { name }).click();
        await page.getByRole("tab", { name, selected: true }).waitFor();
        await page.locator("[data-pane-scroller] [role=tabpanel]").waitFor();
        if (i === 2) {
          // Before the first run: the preview with its capacity per rep (the sample plans a team).
          await page.locator("[data-preview-reps]").waitFor();
          await fontsReady(page);
          const before = await overflow(page);
          expect({ step: `${name} preview`, ...before }).toEqual({
            step: `${name} preview`,
            scrollWidth: before.clientWidth,
            clientWidth: before.clientWidth,
            culprits: [],
          });
          expect({ step: `${name} preview`, violations: await seriousViolations(page) }).toEqual({
            step: `${name} preview`,
            violations: [],
          });
          // The Generate step after a run: the summary is the longest content.
          await page.locator("[data-generate]").click();
          await page.locator("[data-summary]").waitFor({ timeout: 60_000 });
          // The sample plans a team and has a Plan History: the rep table and the KPIs must fit too.
          await page.locator("[data-summary-team] table").waitFor();
          await page.locator("[data-summary-measure]").waitFor();
        }
        await fontsReady(page);
        headerHeights.push(
          await page
            .locator("main > header")
            .first()
            .evaluate((h) => Math.round(h.getBoundingClientRect().height)),
        );
        const rows = await tabRows(page);
        expect({ step: name, rows: rows.tops.length, height: rows.listHeight }).toEqual({
          step: name,
          rows: 1,
          height: rows.tabHeight,
        });
        const o = await overflow(page);
        expect({ step: name, ...o }).toEqual({
          step: name,
          scrollWidth: o.clientWidth,
          clientWidth: o.clientWidth,
          culprits: [],
        });
        expect({ step: name, violations: await seriousViolations(page) }).toEqual({
          step: name,
          violations: [],
        });
        if (width === 320) await wholeStepShot(page, artifactPath(`pane-${width}-${lang}-${i + 1}.png`));
        else if (lang === "en" && i === 2)
          await page
            .locator("[data-pane-scroller]")
            .screenshot({ path: artifactPath(`pane-${width}-${lang}-${i + 1}.png`) });
      }
      expect(headerHeights[0]).toBeGreaterThan(20);
      expect({ header: headerHeights }).toEqual({ header: headerHeights.map(() => headerHeights[0]) });
      await page.close();
    },
    180_000,
  );

  it.each(LANGS)(
    "keeps the step tabs on one row with over a thousand problems ($lang)",
    async ({ locale, steps, issuesTab }) => {
      const page = await newPage(suite.browser(), { locale, viewport: { width, height: 900 } });
      await page.goto(`${suite.server().origin}/workbench.html`);
      await page.getByRole("tab", { name: steps[0] }).waitFor();
      await page.locator("#workbench-file").setInputFiles({
        name: "many-problems.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await manyProblemsWorkbook(),
      });
      const issues = page.getByRole("tab", { name: issuesTab });
      await issues.waitFor({ timeout: 60_000 });
      // The name keeps the exact count (four digits and more); the badge is capped.
      expect(await issues.locator(".fui-CounterBadge").first().textContent()).toBe("99+");
      await fontsReady(page);
      // A selected tab is drawn bold: check the row with the first step and with Issues selected.
      for (const selected of [steps[0], steps[3]]) {
        await page.getByRole("tab", { name: new RegExp(`^${selected}`) }).click();
        await page.getByRole("tab", { name: new RegExp(`^${selected}`), selected: true }).waitFor();
        const rows = await tabRows(page);
        expect({ selected, rows: rows.tops.length, height: rows.listHeight }).toEqual({
          selected,
          rows: 1,
          height: rows.tabHeight,
        });
        const o = await overflow(page);
        expect({ selected, scrollWidth: o.scrollWidth, culprits: o.culprits }).toEqual({
          selected,
          scrollWidth: o.clientWidth,
          culprits: [],
        });
      }
      await page.close();
    },
    120_000,
  );

  it("each target-quadrant label toggles its own checkbox", async () => {
    const page = await newPage(suite.browser(), { locale: "en-US", viewport: { width, height: 900 } });
    await page.goto(`${suite.server().origin}/workbench.html`);
    await page.getByRole("tab", { name: "2 Settings" }).click();
    const group = page.getByRole("group", { name: /Target quadrants/ });
    for (const q of ["LH", "HH", "HL", "LL"]) {
      const box = group.getByRole("checkbox", { name: new RegExp(`^${q} `) });
      const before = await box.isChecked();
      const others = await Promise.all(
        ["LH", "HH", "HL", "LL"]
          .filter((x) => x !== q)
          .map((x) => group.getByRole("checkbox", { name: new RegExp(`^${x} `) }).isChecked()),
      );
      await group.locator("label", { hasText: new RegExp(`^${q} `) }).click();
      expect([q, await box.isChecked()]).toEqual([q, !before]);
      const after = await Promise.all(
        ["LH", "HH", "HL", "LL"]
          .filter((x) => x !== q)
          .map((x) => group.getByRole("checkbox", { name: new RegExp(`^${x} `) }).isChecked()),
      );
      expect([q, after]).toEqual([q, others]);
    }
    await page.close();
  });
});
