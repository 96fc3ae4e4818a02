/**
 * A progress indicator on stderr for large inputs (stdout stays clean for
 * --json and pipes). Small files finish before a progress line would help.
 */
/** Inputs from this size (bytes) on show progress: about 20,000 doctor rows. */
export const PROGRESS_MIN_BYTES = 1_000_000;

export interface Progress {
  step: (line: string) => void;
  /** The final line, given the elapsed seconds. */
  done: (line: (seconds: string) => string) => void;
}

export function progress(enabled: boolean, write: (s: string) => void): Progress {
  const started = Date.now();
  const elapsed = (): string => ((Date.now() - started) / 1000).toFixed(1);
  if (!enabled) return { step: () => undefined, done: () => undefined };
  return {
    step: (line) => write(`[${elapsed()} s] ${line}\n`),
    done: (line) => write(`[${elapsed()} s] ${line(elapsed())}\n`),
  };
}
