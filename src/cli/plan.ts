/**
 * `microseg plan`: input .xlsx → engine → input sheets + plan sheets in a new
 * .xlsx. Every failure the user can fix is one line on stderr and exit 2,
 * raised before anything is written (the workbook is saved last, atomically).
 */
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { SheetData } from "../core/cells";
import type { Issue, Lang } from "../core/issues";
import type { OutputId } from "../core/output";
import { issueMessage } from "../core/messages";
import { REGISTRY_SHEET } from "../core/registry";
import { EngineError, type EngineResult } from "../core/results";
import type { Settings } from "../core/settings";
import { validateSettings } from "../core/settingsValidate";
import { XlsxOpenError } from "../xlsx/openWorkbook";
import { PackageWorkbook } from "../xlsx/packageWorkbook";
import type { PlanOptions } from "./args";
import { readConfig } from "./config";
import { toJsonContract } from "./jsonContract";
import { chooseLang, workbookLang } from "./lang";
import { defaultOutput, hasOutputExtension, outputExtension, sameFile } from "./paths";
import { progress, PROGRESS_MIN_BYTES } from "./progress";
import { humanSummary } from "./summary";
import { OPEN_FAILURES, TEXTS } from "./texts";

export type RunEngine = (
  sheets: SheetData[],
  settings: Settings,
  options?: { today?: Date; previous?: Partial<Record<OutputId, SheetData>> },
) => EngineResult;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Force the progress indicator on or off (default: on for large inputs). */
  progress?: boolean;
  /** "Now" for the default cycle (tests pin it). */
  today?: Date;
}

/** A failure the user can act on: its line in the run's language, exit 2. */
class UserError extends Error {
  constructor(readonly line: (lang: Lang) => string) {
    super("user error");
  }
}

async function openInput(input: string): Promise<PackageWorkbook> {
  try {
    return await PackageWorkbook.open(input);
  } catch (e) {
    if (e instanceof XlsxOpenError) throw new UserError((l) => OPEN_FAILURES[e.reason][l](input));
    throw e;
  }
}

interface ChosenSettings {
  settings: Settings;
  language?: Lang;
  issues: Issue[];
}

/** --config wins; else the settings saved in the workbook by an earlier run or the task pane; else defaults. */
async function chooseSettings(options: PlanOptions, port: PackageWorkbook | null): Promise<ChosenSettings> {
  if (options.config !== undefined) {
    const read = await readConfig(options.config);
    if (!read.ok) throw new UserError(read.message);
    return { settings: read.settings, language: read.language, issues: [] };
  }
  const saved = port ? await port.loadSettings() : null;
  const { settings, issues } = validateSettings(saved);
  const lang = (saved as { language?: unknown } | null)?.language;
  return { settings, language: lang === "zh" || lang === "en" ? lang : undefined, issues };
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

export async function runPlan(options: PlanOptions, io: CliIO, runEngine: RunEngine): Promise<number> {
  let lang = chooseLang(options.lang, undefined, io.env);
  try {
    // The config is checked before the (possibly large) input is read.
    const fromConfig = options.config !== undefined ? await chooseSettings(options, null) : null;
    if (fromConfig) lang = chooseLang(options.lang, fromConfig.language, io.env);

    const output = options.output ?? defaultOutput(options.input);
    if (!hasOutputExtension(options.input, output))
      throw new UserError((l) =>
        outputExtension(options.input) === ".xlsm"
          ? TEXTS.outputNotXlsm[l](output)
          : TEXTS.outputNotXlsx[l](output),
      );
    if (await sameFile(options.input, output)) throw new UserError((l) => TEXTS.sameFile[l](options.input));

    const showProgress = io.progress ?? (await fileSize(options.input)) >= PROGRESS_MIN_BYTES;
    const steps = progress(showProgress, io.stderr);
    steps.step(TEXTS.progressRead[lang](options.input));
    const port = await openInput(options.input);
    const chosen = fromConfig ?? (await chooseSettings(options, port));
    lang = chooseLang(
      options.lang,
      chosen.language,
      io.env,
      workbookLang(port.sheetNames().filter((n) => n !== REGISTRY_SHEET)),
    );
    const settings: Settings = { ...chosen.settings, language: lang };

    steps.step(TEXTS.progressPlan[lang]());
    const report = await layOutPlan({
      port,
      runEngine,
      settings,
      lang,
      output,
      options,
      io,
      extraIssues: chosen.issues,
    });
    steps.step(TEXTS.progressWrite[lang](output));
    await port.saveSettings(settings);
    if (report.firstSheet) await port.activate(report.firstSheet);
    await saveOrExplain(port, output);
    steps.done((seconds) => TEXTS.progressDone[lang](seconds));
    io.stdout(report.text);
    return 0;
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr(`${TEXTS.errorPrefix[lang]()}${e.line(lang)}\n`);
      return 2;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`${TEXTS.errorPrefix[lang]()}${TEXTS.internal[lang](detail)}\n`);
    return 1;
  }
}

interface LayOut {
  port: PackageWorkbook;
  runEngine: RunEngine;
  settings: Settings;
  lang: Lang;
  output: string;
  options: PlanOptions;
  io: CliIO;
  extraIssues: Issue[];
}

/**
 * Runs the engine and adds its tables to the workbook, returning the text to
 * print once the file is saved. Neither the raw sheets nor the engine's result
 * outlive this call, so save() — the memory peak — has that memory back.
 */
async function layOutPlan(p: LayOut): Promise<{ text: string; firstSheet?: string }> {
  const read = await p.port.readWorkbook();
  const result = planOrExplain(p.runEngine, read.inputs, p.settings, {
    ...(p.io.today ? { today: p.io.today } : {}),
    previous: read.owned,
  });
  const report = await p.port.writeOutputs(result.outputs);
  const { lang, extraIssues, output } = p;
  const text = p.options.json
    ? JSON.stringify(
        toJsonContract(result, lang, [...extraIssues, ...report.renamed.map(renamedIssue)]),
        null,
        2,
      ) + "\n"
    : humanSummary({ result, output, renamed: report.renamed, extraIssues, lang });
  return { text, firstSheet: report.written[0]?.sheetName };
}

/** A plan sheet moved aside for a sheet of the user's with its name: a JSON reader must learn where it went. */
function renamedIssue(r: { wanted: string; used: string }): Issue {
  return {
    code: "output-name-taken",
    severity: "warning",
    sheet: r.wanted,
    row: null,
    column: "",
    value: "",
    params: { wanted: r.wanted, used: r.used },
  };
}

/** The two tables a plan cannot do without, as the user would name them. */
const TABLES = {
  hospitals: { zh: "医院表", sheetZh: "医院", sheetEn: "Hospitals" },
  doctors: { zh: "医生表", sheetZh: "医生", sheetEn: "Doctors" },
};

function planOrExplain(
  run: RunEngine,
  sheets: SheetData[],
  settings: Settings,
  options: Parameters<RunEngine>[2],
): EngineResult {
  try {
    return run(sheets, settings, options);
  } catch (e) {
    if (e instanceof EngineError) {
      const role = e.issue.params?.role;
      const table = role === "hospitals" || role === "doctors" ? TABLES[role] : undefined;
      if (e.issue.code === "table-not-found" && table)
        throw new UserError((l) =>
          TEXTS.tableNotFound[l](String(role), table.zh, table.sheetZh, table.sheetEn),
        );
      throw new UserError((l) => issueMessage(e.issue, l));
    }
    throw e;
  }
}

async function saveOrExplain(port: PackageWorkbook, output: string): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await port.save(output);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UserError((l) => TEXTS.writeFailed[l](output, detail));
  }
}
