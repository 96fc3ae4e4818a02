import { useCallback, useEffect, useState } from "react";
import type { SheetData } from "../core/cells";
import { MemoryWorkbookPort } from "../memory/MemoryWorkbookPort";
import { parseXlsx, syntheticSheets } from "./xlsxWorker";

/** The bundled sample, served next to the build by `npm run workbench`. */
export const DEFAULT_SAMPLE = "samples/demo-zh.xlsx";

/** `?scale=N`: instead of the sample, the benchmark's synthetic workbook with N hospitals (100 doctors each). */
export const SCALE_PARAM = "scale";

export type WorkbenchFileState =
  | { status: "loading"; name: string }
  | { status: "ready"; name: string; port: MemoryWorkbookPort }
  /** notXlsx: the file is not an .xlsx package (the message is then the pane's own, localized). */
  | { status: "failed"; name: string; message: string; notXlsx?: boolean };

/** An .xlsx is a zip package: its first bytes are "PK\x03\x04". */
export function looksLikeXlsx(name: string, bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes.slice(0, 4));
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    head[2] === 0x03 &&
    head[3] === 0x04 &&
    !/\.(xls|csv)$/i.test(name)
  );
}

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
      const data = await bytes();
      if (!looksLikeXlsx(name, data)) {
        setState({ status: "failed", name, message: "", notXlsx: true });
        return;
      }
      // Off the page (a Web Worker): a 10 MB file takes seconds to parse.
      const sheets = await parseXlsx(data);
      setState({ status: "ready", name, port: new MemoryWorkbookPort(sheets) });
    } catch (e) {
      setState({ status: "failed", name, message: message(e) });
    }
  }, []);

  const loadSheets = useCallback(async (name: string, make: () => Promise<SheetData[]>) => {
    setState({ status: "loading", name });
    try {
      setState({ status: "ready", name, port: new MemoryWorkbookPort(await make()) });
    } catch (e) {
      setState({ status: "failed", name, message: message(e) });
    }
  }, []);

  useEffect(() => {
    const scale = Number(new URLSearchParams(globalThis.location?.search ?? "").get(SCALE_PARAM));
    if (Number.isInteger(scale) && scale > 0) {
      // Off the page (the workbench's worker): a million doctors take seconds to build.
      void loadSheets(`synthetic-${scale * 100}.xlsx`, () => syntheticSheets(scale));
      return;
    }
    void load(sampleName, async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.arrayBuffer();
    });
  }, [load, loadSheets, sampleName, sampleUrl]);

  const open = useCallback((file: File) => void load(file.name, () => file.arrayBuffer()), [load]);

  return { state, open };
}
