import { useCallback, useContext, useEffect, useRef, useState } from "react";
import type { SheetData } from "../../core/cells";
import type { WorkbookPort } from "../../core/port";
import { PortError } from "../../core/portError";
import { errorText } from "./errorText";
import { PaneVisibilityContext } from "./paneVisibility";

export interface WorkbookSheetsState {
  /** null while the first read is running. */
  sheets: SheetData[] | null;
  error: string | null;
  /**
   * The ExcelApi version the host lacks, when reading failed because the pane
   * runs outside Excel or in one too old (the port's PortError "excel-unsupported").
   */
  missingApi: string | null;
  /** A read is running (the first one, or a re-read while the last sheets stay on screen). */
  reading: boolean;
  reload: () => Promise<void>;
}

/** The ExcelApi version the host lacks (a PortError of kind "excel-unsupported"), else null. */
export function missingApiVersion(e: unknown): string | null {
  return e instanceof PortError && e.kind === "excel-unsupported" ? (e.params.version ?? null) : null;
}

/**
 * Reads the workbook's sheets through the port: when the pane is on screen,
 * again each time it is shown again, and on demand (a runtime started hidden
 * reads nothing until the pane is opened).
 */
export function useWorkbookSheets(port: WorkbookPort): WorkbookSheetsState {
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missingApi, setMissingApi] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  // Reads can overlap (shown again during a refresh): only the latest one's answer is kept.
  const latestRead = useRef(0);

  const reload = useCallback(async () => {
    const read = ++latestRead.current;
    setReading(true);
    setError(null);
    setMissingApi(null);
    try {
      const next = await port.readSheets();
      if (read === latestRead.current) setSheets(next);
    } catch (e) {
      if (read === latestRead.current) {
        setError(errorText(e));
        setMissingApi(missingApiVersion(e));
      }
    } finally {
      if (read === latestRead.current) setReading(false);
    }
  }, [port]);

  const visibility = useContext(PaneVisibilityContext);
  useEffect(() => {
    if (visibility.shown()) void reload();
    return visibility.onShown(() => void reload());
  }, [reload, visibility]);

  return { sheets, error, missingApi, reading, reload };
}
