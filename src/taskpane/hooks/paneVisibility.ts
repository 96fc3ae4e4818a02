/**
 * Whether the task pane is on screen. In a shared runtime the page also runs
 * hidden (a ribbon click or a worksheet function starts it, or it loads with
 * the workbook); reading the whole workbook then costs the user time for a
 * pane nobody sees. The hooks read when the pane is shown, and again each
 * time it is shown again, so the pane never shows a stale workbook.
 */
import { createContext } from "react";

export interface PaneVisibility {
  /** True while the pane is on screen. */
  shown(): boolean;
  /** Calls `listener` each time the pane comes on screen after being hidden; returns the unsubscribe. */
  onShown(listener: () => void): () => void;
}

/** A pane that is always on screen: the workbench, tests, a browser tab. */
export const ALWAYS_SHOWN: PaneVisibility = {
  shown: () => true,
  onShown: () => () => undefined,
};

export const PaneVisibilityContext = createContext<PaneVisibility>(ALWAYS_SHOWN);

/** The visibility-changed event of Office.addin (SharedRuntime 1.1), as much of it as this needs. */
export interface VisibilityEvents {
  onVisibilityModeChanged(
    handler: (message: { visibilityMode: Office.VisibilityMode | string }) => void,
  ): Promise<unknown>;
}

/**
 * The pane's visibility in Office. Office has no getter for the visibility
 * mode, only the change event, so the start is taken from the page itself:
 * a runtime started hidden has a hidden document. Outside a shared runtime
 * (no Office.addin) the pane is always shown.
 */
export function officePaneVisibility(
  addin: VisibilityEvents | undefined,
  doc: Pick<Document, "visibilityState"> | undefined,
): PaneVisibility {
  if (!addin) return ALWAYS_SHOWN;
  let shown = doc?.visibilityState !== "hidden";
  const listeners = new Set<() => void>();
  const become = (now: boolean) => {
    const cameOnScreen = now && !shown;
    shown = now;
    if (cameOnScreen) for (const listener of [...listeners]) listener();
  };
  // Where the event cannot be had (office.js outside Office), the pane counts as shown.
  Promise.resolve()
    .then(() => addin.onVisibilityModeChanged(({ visibilityMode }) => become(visibilityMode === "Taskpane")))
    .catch(() => become(true));
  return {
    shown: () => shown,
    onShown(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
