/**
 * A progress indicator on stderr for large inputs (stdout stays clean for
 * --json and pipes). Small files finish before a progress line would help.
 */
import type { Lang } from "../core/issues";
import { TEXTS } from "./texts";

/** Inputs from this size (bytes) on show progress: about 20,000 doctor rows. */
export const PROGRESS_MIN_BYTES = 1_000_000;

export interface Progress {
  step(line: string): void;
  done(): void;
}

export function progress(enabled: boolean, write: (s: string) => void, lang: Lang): Progress {
  const started = Date.now();
  const elapsed = (): string => ((Date.now() - started) / 1000).toFixed(1);
  if (!enabled) return { step: () => undefined, done: () => undefined };
  return {
    step: (line) => write(`[${elapsed()} s] ${line}\n`),
    done: () => write(`[${elapsed()} s] ${TEXTS.progressDone[lang](elapsed())}\n`),
  };
}
