/** Output naming and the "never write over the input" rule. */
import { realpath } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";

/** The output keeps the input's kind: .xlsm (macros kept) or .xlsx. */
export function outputExtension(input: string): ".xlsx" | ".xlsm" {
  return extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}

/** `data/east.xlsx` → `data/east.plan.xlsx`; `data/east.xlsm` → `data/east.plan.xlsm`. */
export function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.plan${outputExtension(input)}`);
}

/**
 * The output is the input package with the plan added, so it keeps the
 * input's workbook content type; Excel refuses a file whose extension and
 * content type disagree (macros under .xlsx, none under .xlsm).
 */
export function hasOutputExtension(input: string, output: string): boolean {
  return extname(output).toLowerCase() === outputExtension(input);
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
