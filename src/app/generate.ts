/**
 * The one generation flow behind the ribbon button, the task pane and the
 * browser workbench: settings → read → engine → write, over any workbook
 * port. Host-neutral: no Office types here.
 */
import type { Lang } from "../core/issues";
import type { OutputTable } from "../core/output";
import type { WorkbookPort, WriteReport } from "../core/port";
import type { PortWriteOptions } from "../core/write";
import type { EngineResult } from "../core/results";
import type { Settings } from "../core/settings";
import { validateSettings } from "../core/settingsValidate";
import { runInThread, type EngineRunner } from "./engineWorker";

export type GenerateStage = "reading" | "checking" | "segmenting" | "writing" | "done";

export interface GenerateOptions {
  /** Validated settings; when absent, the workbook's saved settings (or the defaults). */
  settings?: Settings;
  /**
   * Builds the settings from those saved in the workbook, as the read found
   * them (no batch of its own); used when `settings` is absent.
   */
  settingsFrom?: (saved: unknown) => Settings;
  /** The sheet to show once written (in the write's own batch); see WriteOptions.show. */
  show?: PortWriteOptions["show"];
  /** "Now", for the default planning cycle. */
  today?: Date;
  /** Cancel: honoured up to the moment writing starts; a cancelled run leaves the workbook unchanged. */
  signal?: AbortSignal;
  /** Stage and overall fraction (0..1) for a progress bar. */
  onProgress?: (stage: GenerateStage, fraction: number) => void;
  /** Runs the engine on the sheets read; by default in this thread (the task pane passes a Web Worker). */
  engine?: EngineRunner;
  /**
   * Adjusts the engine's output tables once the write plan has decided the
   * names (the report says what the write really does), e.g. a status line.
   */
  annotate?: (result: EngineResult, report: WriteReport, tables: readonly OutputTable[]) => OutputTable[];
}

export interface GenerateOutcome {
  result: EngineResult;
  report: WriteReport;
}

function abortError(): Error {
  return new DOMException("The MicroSeg run was stopped.", "AbortError");
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Lets the host repaint (a progress bar) between the stages of a long run. */
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function generatePlan(
  port: WorkbookPort,
  options: GenerateOptions = {},
): Promise<GenerateOutcome> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  onProgress?.("reading", 0);
  // The owned sheets come along: the Plan History accumulates over runs.
  const read = await port.readWorkbook();
  const sheets = read.inputs;
  const saved = () => (read.settings !== undefined ? Promise.resolve(read.settings) : port.loadSettings());
  const settings =
    options.settings ?? (options.settingsFrom ?? ((s) => validateSettings(s).settings))(await saved());
  throwIfAborted(signal);

  onProgress?.("checking", 0.3);
  await yieldToHost();
  const result = await (options.engine ?? runInThread)(sheets, settings, {
    today: options.today,
    signal,
    previous: read.owned,
    onProgress: (stage, fraction) => onProgress?.(stage, fraction),
  });
  await yieldToHost();

  // The last point where Cancel leaves the workbook exactly as it was.
  throwIfAborted(signal);
  onProgress?.("writing", 0.7);
  const { annotate } = options;
  const report = await port.writeOutputs(result.outputs, {
    annotate: annotate ? (planned, tables) => annotate(result, planned, tables) : undefined,
    show: options.show,
  });
  onProgress?.("done", 1);
  return { result, report };
}

/**
 * The output language: the one saved in the workbook's settings when there
 * is one, else Office's display language (zh-* → zh, anything else → en).
 */
export function outputLanguage(savedSettings: unknown, displayLanguage: string | null | undefined): Lang {
  if (savedSettings !== null && typeof savedSettings === "object") {
    const saved = (savedSettings as { language?: unknown }).language;
    if (saved === "zh" || saved === "en") return saved;
  }
  return (displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}
