/**
 * The .xlsx/.xlsm package as zip entries (fflate): every part inflated once
 * into memory, by name. No fs here, so the browser workbench reads with it too.
 */
import { unzipSync } from "fflate";

/** Part names as zip entry names: no leading slash, e.g. "xl/workbook.xml". */
export type PartBytes = Map<string, Uint8Array>;

/** The zip's entries in their original order (fflate keeps the central directory order). */
export function unzipParts(bytes: Uint8Array): PartBytes {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}
