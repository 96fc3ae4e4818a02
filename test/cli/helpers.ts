import { join } from "node:path";
import { runEngine } from "../../src/core/engine";
import type { EngineResult } from "../../src/core/results";
import { main } from "../../src/cli/main";
import type { RunEngine } from "../../src/cli/plan";

export const ROOT = join(__dirname, "..", "..");
export const SAMPLE_ZH = join(ROOT, "samples", "demo-zh.xlsx");
export const SAMPLE_EN = join(ROOT, "samples", "demo-en.xlsx");
/** Pinned "now" so the default cycle (next calendar month) is the same on every run. */
export const TODAY = new Date(Date.UTC(2026, 9, 15));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The engine's result, when it ran. */
  result?: EngineResult;
}

/** Runs the command in-process, capturing its streams and the engine's result. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = { LANG: "en_US.UTF-8" },
  showProgress = false,
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  let result: EngineResult | undefined;
  const engine: RunEngine = (sheets, settings, options) => {
    result = runEngine(sheets, settings, options);
    return result;
  };
  const code = await main(
    argv,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, today: TODAY, progress: showProgress },
    engine,
  );
  return { code, stdout, stderr, result };
}
