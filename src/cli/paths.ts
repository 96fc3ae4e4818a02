/** Output naming and the "never write over the input" rule. */
import { realpath } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";

/** `data/east.xlsx` → `data/east.plan.xlsx`. */
export function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.plan.xlsx`);
}

/**
 * The plan is saved as a macro-free workbook; under an .xlsm name Excel
 * refuses to open it (content type and extension disagree), so only .xlsx.
 */
export function isXlsxName(path: string): boolean {
  return extname(path).toLowerCase() === ".xlsx";
}

/** The resolved real path; for a file not yet written, its folder's real path plus its name. */
async function realTarget(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** True when writing `output` would replace `input` (same file through any relative path or link). */
export async function sameFile(input: string, output: string): Promise<boolean> {
  return (await realTarget(input)) === (await realTarget(output));
}
