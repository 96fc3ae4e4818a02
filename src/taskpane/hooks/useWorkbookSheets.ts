import { useCallback, useContext, useEffect, useState } from "react";
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

  const reload = useCallback(async () => {
    setError(null);
    setMissingApi(null);
    try {
      setSheets(await port.readSheets());
    } catch (e) {
      setError(errorText(e));
      setMissingApi(missingApiVersion(e));
    }
  }, [port]);

  const visibility = useContext(PaneVisibilityContext);
  useEffect(() => {
    if (visibility.shown()) void reload();
    return visibility.onShown(() => void reload());
  }, [reload, visibility]);

  return { sheets, error, missingApi, reload };
}
