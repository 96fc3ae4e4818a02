import { useCallback, useEffect, useState } from "react";
import type { SheetData } from "../../core/cells";
import type { WorkbookPort } from "../../core/port";
import { errorText } from "./errorText";

export interface WorkbookSheetsState {
  /** null while the first read is running. */
  sheets: SheetData[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** Reads the workbook's sheets through the port (once, and again on demand). */
export function useWorkbookSheets(port: WorkbookPort): WorkbookSheetsState {
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setError(null);
    try {
      setSheets(await port.readSheets());
    } catch (e) {
      setError(errorText(e));
    }
  }, [port]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { sheets, error, reload };
}
