/**
 * @jest-environment jsdom
 *
 * A shared runtime that starts hidden (a ribbon click, a worksheet function,
 * loading with the workbook) must not read the whole workbook for a pane
 * nobody sees: it reads when the pane is shown, and again each time it is
 * shown again.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  ALWAYS_SHOWN,
  officePaneVisibility,
  PaneVisibilityContext,
  type PaneVisibility,
  type VisibilityEvents,
} from "../../src/taskpane/hooks/paneVisibility";
import { coreServices } from "../../src/taskpane/coreServices";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { generatePlan } from "../../src/app/generate";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { sampleSheets } from "./fixtures";

/** Office.addin's visibility event, fired by the test as Office would. */
function fakeAddin(): VisibilityEvents & { fire: (mode: "Hidden" | "Taskpane") => void } {
  let handler: ((m: { visibilityMode: string }) => void) | null = null;
  return {
    onVisibilityModeChanged(h) {
      handler = h;
      return Promise.resolve(() => Promise.resolve());
    },
    fire(mode) {
      handler?.({ visibilityMode: mode });
    },
  };
}

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

describe("officePaneVisibility", () => {
  it("starts from the page's visibility and tells each time the pane comes on screen", async () => {
    const addin = fakeAddin();
    const visibility = officePaneVisibility(addin, { visibilityState: "hidden" });
    const shownAgain = jest.fn();
    visibility.onShown(shownAgain);
    await flush();
    expect(visibility.shown()).toBe(false);

    addin.fire("Taskpane");
    expect(visibility.shown()).toBe(true);
    addin.fire("Taskpane"); // already on screen: no second read
    addin.fire("Hidden");
    expect(visibility.shown()).toBe(false);
    addin.fire("Taskpane");
    expect(shownAgain).toHaveBeenCalledTimes(2);
  });

  it("counts the pane as shown without a shared runtime, or when the event cannot be had", async () => {
    expect(officePaneVisibility(undefined, { visibilityState: "hidden" })).toBe(ALWAYS_SHOWN);
    const broken = officePaneVisibility(
      { onVisibilityModeChanged: () => Promise.reject(new Error("not in Office")) },
      { visibilityState: "hidden" },
    );
    const shown = jest.fn();
    broken.onShown(shown);
    await flush();
    expect(broken.shown()).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
  });
});

function renderWith(visibility: PaneVisibility, lang: "en" | "zh" = "en") {
  const port = new MemoryWorkbookPort(sampleSheets());
  const readSheets = jest.spyOn(port, "readSheets");
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneVisibilityContext.Provider value={visibility}>
        <TaskPane
          port={port}
          services={coreServices(generatePlan)}
          lang={lang}
          today={new Date("2026-11-05")}
        />
      </PaneVisibilityContext.Provider>
    </FluentProvider>,
  );
  return readSheets;
}

describe("the task pane in a runtime that started hidden", () => {
  it("reads nothing while hidden, reads when shown, and reads again each time it is shown again", async () => {
    const addin = fakeAddin();
    const readSheets = renderWith(officePaneVisibility(addin, { visibilityState: "hidden" }));
    await flush();
    expect(readSheets).not.toHaveBeenCalled();

    act(() => addin.fire("Taskpane"));
    await waitFor(() => expect(readSheets).toHaveBeenCalledTimes(1));
    await screen.findAllByText(/医生|Doctors/);

    act(() => addin.fire("Hidden"));
    await flush();
    expect(readSheets).toHaveBeenCalledTimes(1);
    act(() => addin.fire("Taskpane"));
    await waitFor(() => expect(readSheets).toHaveBeenCalledTimes(2));
  });

  it("a pane that opens on screen reads at once, as before", async () => {
    const readSheets = renderWith(officePaneVisibility(fakeAddin(), { visibilityState: "visible" }));
    await waitFor(() => expect(readSheets).toHaveBeenCalledTimes(1));
  });
});

/** The next read of the workbook waits until the test lets it finish (the returned function). */
function holdNextRead(readSheets: ReturnType<typeof renderWith>): () => Promise<void> {
  let release = () => undefined as void;
  readSheets.mockImplementationOnce(function (this: MemoryWorkbookPort) {
    const read = MemoryWorkbookPort.prototype.readSheets.call(this);
    return new Promise((resolve) => {
      release = () => resolve(read);
    });
  });
  return () =>
    act(async () => {
      release();
      await new Promise<void>((r) => setTimeout(r, 0));
    });
}

/** What the pane's polite live regions say now. */
function politeAnnouncements(): string[] {
  return Array.from(document.querySelectorAll("[aria-live=polite]")).map((el) => el.textContent ?? "");
}

describe("reading the workbook again", () => {
  it("shows a spinner, announced politely, while the pane re-reads on coming on screen again", async () => {
    const addin = fakeAddin();
    const readSheets = renderWith(officePaneVisibility(addin, { visibilityState: "visible" }));
    await screen.findByRole("region", { name: "Doctors" });
    expect(screen.queryByRole("progressbar")).toBeNull();

    const release = holdNextRead(readSheets);
    act(() => addin.fire("Hidden"));
    act(() => addin.fire("Taskpane"));
    await waitFor(() => expect(readSheets).toHaveBeenCalledTimes(2));
    // The step stays on screen; a spinner says the workbook is being read again.
    const spinner = await screen.findByRole("progressbar");
    expect(spinner.textContent).toBe("Reading the workbook again…");
    expect(politeAnnouncements()).toContain("Reading the workbook again…");
    expect(screen.getByRole("region", { name: "Doctors" })).toBeTruthy();

    await release();
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(politeAnnouncements()).not.toContain("Reading the workbook again…");
    expect(screen.getByRole("region", { name: "Doctors" })).toBeTruthy();
  });

  it("shows it in Chinese on a refresh from the Data step", async () => {
    const readSheets = renderWith(ALWAYS_SHOWN, "zh");
    await screen.findByRole("region", { name: "医生" });
    const release = holdNextRead(readSheets);
    fireEvent.click(screen.getByRole("button", { name: "重新读取工作簿" }));
    const spinner = await screen.findByRole("progressbar");
    expect(spinner.textContent).toBe("正在重新读取工作簿…");
    expect(politeAnnouncements()).toContain("正在重新读取工作簿…");
    await release();
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});
