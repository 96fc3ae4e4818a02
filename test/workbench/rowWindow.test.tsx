/** @jest-environment jsdom */
/**
 * Issue 15: the workbench grid has no 500-row cap when an issue points beyond
 * it (it shows a window of rows around the selected cell), and the selected
 * cell scrolls into view below the sticky column header, not under it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import type { Lang } from "../../src/core/issues";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { translator } from "../../src/taskpane/i18n";
import { SheetGrid } from "../../src/workbench/SheetGrid";

const ROWS = 1200;

function bigSheet(): MemoryWorkbookPort {
  const values = [["医生", "用量"], ...Array.from({ length: ROWS - 1 }, (_x, i) => [`医生${i + 2}`, i + 2])];
  return new MemoryWorkbookPort([
    { name: "备注", values: [["随便写写"]], firstRow: 1, firstCol: 0 },
    { name: "医生", values, firstRow: 1, firstCol: 0 },
  ]);
}

const scrolled: Element[] = [];
beforeAll(() => {
  // jsdom does no layout; record which element was asked to scroll into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
beforeEach(() => {
  scrolled.length = 0;
});

function renderGrid(port: MemoryWorkbookPort, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid t={translator(lang)} port={port} />
    </FluentProvider>,
  );
}

const cellAt = (address: string) => document.querySelector<HTMLElement>(`td[data-address="${address}"]`);

describe("workbench grid: selecting a cell", () => {
  it("shows the first 500 rows of a long sheet, and says so", async () => {
    const port = bigSheet();
    await act(() => port.activate("医生"));
    renderGrid(port);
    expect(await screen.findByText(`Showing the first 500 rows of ${ROWS}`)).toBeTruthy();
    expect(cellAt("A500")).not.toBeNull();
    expect(cellAt("A501")).toBeNull();
  });

  it("jumps to a row beyond the first 500: a window around it, the cell selected and scrolled to", async () => {
    const port = bigSheet();
    renderGrid(port);
    await act(() => port.activate("医生", "B900"));
    const cell = cellAt("B900");
    expect(cell?.textContent).toBe("900");
    expect(cell?.getAttribute("aria-current")).toBe("true");
    expect(screen.getByRole("tab", { name: "医生" }).getAttribute("aria-selected")).toBe("true");
    // Row 900 in a window of 500: rows 650–1149, each with its own row number.
    expect(screen.getByText(`Showing rows 650–1149 of ${ROWS}`)).toBeTruthy();
    const rowHeads = screen.getAllByRole("rowheader").map((th) => th.textContent);
    expect(rowHeads[0]).toBe("650");
    expect(rowHeads).toHaveLength(500);
    expect(cellAt("A1")).toBeNull();
    expect(scrolled).toContain(cell);
  });

  it("reaches the last row, and comes back to the top for a cell in the first rows", async () => {
    const port = bigSheet();
    renderGrid(port, "zh");
    await act(() => port.activate("医生", `A${ROWS}`));
    expect(cellAt(`A${ROWS}`)?.getAttribute("aria-current")).toBe("true");
    expect(screen.getByText(`显示第 950–${ROWS} 行（共 ${ROWS} 行）`)).toBeTruthy();
    await act(() => port.activate("医生", "A3"));
    expect(cellAt("A3")?.getAttribute("aria-current")).toBe("true");
    expect(screen.getByText(`显示前 500 行（共 ${ROWS} 行）`)).toBeTruthy();
  });

  it("keeps the selected cell clear of the sticky header: scroll margins at least a header row high and a row number wide", async () => {
    const port = bigSheet();
    renderGrid(port);
    await act(() => port.activate("医生", "B700"));
    const cell = cellAt("B700") as HTMLElement;
    const header = screen.getAllByRole("columnheader")[1];
    // jsdom computes no layout, but it applies the style sheets' rules: read them through the cascade.
    const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop) || "0");
    expect(getComputedStyle(header).getPropertyValue("position")).toBe("sticky");
    expect(px(cell, "scroll-margin-top")).toBeGreaterThanOrEqual(24);
    expect(px(cell, "scroll-margin-left")).toBeGreaterThanOrEqual(24);
    // An unselected cell has none.
    expect(px(cellAt("B701") as HTMLElement, "scroll-margin-top")).toBe(0);
  });
});
