import { useCallback, useEffect, useState } from "react";
import { MemoryWorkbookPort } from "../memory/MemoryWorkbookPort";
import { readXlsx } from "./loadXlsx";

/** The bundled sample, served next to the build by `npm run workbench`. */
export const DEFAULT_SAMPLE = "samples/demo-zh.xlsx";

export type WorkbenchFileState =
  | { status: "loading"; name: string }
  | { status: "ready"; name: string; port: MemoryWorkbookPort }
  | { status: "failed"; name: string; message: string };

export interface WorkbenchFile {
  state: WorkbenchFileState;
  /** Loads an .xlsx the user picked. */
  open: (file: File) => void;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Loads the sample (or a picked file) into a fresh in-memory workbook. */
export function useWorkbenchFile(sampleUrl: string = DEFAULT_SAMPLE): WorkbenchFile {
  const sampleName = sampleUrl.split("/").pop() ?? sampleUrl;
  const [state, setState] = useState<WorkbenchFileState>({ status: "loading", name: sampleName });

  const load = useCallback(async (name: string, bytes: () => Promise<ArrayBuffer>) => {
    setState({ status: "loading", name });
    try {
      const sheets = await readXlsx(await bytes());
      setState({ status: "ready", name, port: new MemoryWorkbookPort(sheets) });
    } catch (e) {
      setState({ status: "failed", name, message: message(e) });
    }
  }, []);

  useEffect(() => {
    void load(sampleName, async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.arrayBuffer();
    });
  }, [load, sampleName, sampleUrl]);

  const open = useCallback((file: File) => void load(file.name, () => file.arrayBuffer()), [load]);

  return { state, open };
}
