import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { cycleBounds } from "../../core/plan/cycle";
import { ROLES, type Role } from "../../core/fields";
import type { SheetData } from "../../core/cells";
import type { Lang } from "../../core/issues";
import type { WorkbookPort } from "../../core/port";
import type { ColumnMapping } from "../../core/settings";
import type { PlanPreview } from "../../core/team/preview";
import { translator, type Translate } from "../i18n";
import type { DetectionOutcome, PaneServices } from "../services";
import { missingRequired, REQUIRED_ROLES } from "../steps/dataModel";
import { locateIssues, type LocatedIssue } from "../steps/issuesModel";
import { errorText, isAbort } from "./errorText";
import { useGenerate, type GenerateControls } from "./useGenerate";
import { useSettingsDraft, type SettingsDraft } from "./useSettingsDraft";
import { useWorkbookSheets, type WorkbookSheetsState } from "./useWorkbookSheets";

export type StepId = "data" | "settings" | "generate" | "issues";
export const STEPS: readonly StepId[] = ["data", "settings", "generate", "issues"];

export interface TaskPaneModel {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  step: StepId;
  setStep: (step: StepId) => void;
  workbook: WorkbookSheetsState;
  form: SettingsDraft;
  detection: DetectionOutcome | null;
  detectionError: string | null;
  /** The workbook's tables are being recognised for the first time (a large workbook takes a while). */
  detecting: boolean;
  /**
   * The workbook is being read again (shown again, or a refresh) and its tables
   * recognised again, while the last reading stays on screen.
   */
  refreshing: boolean;
  mappingIncomplete: boolean;
  setMapping: (role: Role, mapping: ColumnMapping) => void;
  run: GenerateControls;
  generate: () => void;
  issues: LocatedIssue[];
  issuesFromRun: boolean;
  activate: (sheet: string, address?: string) => void;
  /** A failure of port.activate, shown in a MessageBar. */
  activateError: string | null;
  /** The cycle of the last finished run (its summary shows it). */
  runCycle: { start: string; end: string } | null;
  /** The cycle and capacities the next run will plan on (the engine's calendar and team). */
  plan: PlanPreview;
}

/** All state and actions of the task pane; the components only render it. */
export function useTaskPane(
  port: WorkbookPort,
  services: PaneServices,
  initialLang: Lang,
  today: Date,
  onLangChange?: (lang: Lang) => void,
): TaskPaneModel {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [step, setStep] = useState<StepId>("data");
  const [activateError, setActivateError] = useState<string | null>(null);
  const t = useMemo(() => translator(lang), [lang]);
  const workbook = useWorkbookSheets(port);
  const form = useSettingsDraft(port, services);
  const run = useGenerate(port, services, today);

  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      onLangChange?.(next);
    },
    [onLangChange],
  );

  const { sheets } = workbook;
  const { settings } = form;
  // Detection reads every row, so it re-runs only when the mapping changes, not on every keystroke.
  const mappingKey = JSON.stringify(settings.mapping);
  const latestSettings = useRef(settings);
  latestSettings.current = settings;
  // Detection reads every row (in a worker in the hosts): it re-runs only when the mapping
  // changes, not on every keystroke, and the last result stays on screen meanwhile.
  const [detected, setDetected] = useState<{
    outcome: DetectionOutcome | null;
    error: string | null;
    /** The sheets it recognised. */
    of: SheetData[] | null;
  }>({ outcome: null, error: null, of: null });
  useEffect(() => {
    if (!sheets) return undefined;
    const ac = new AbortController();
    const settle = (next: { outcome: DetectionOutcome | null; error: string | null }) => {
      if (!ac.signal.aborted) setDetected({ ...next, of: sheets });
    };
    try {
      void Promise.resolve(services.detect(sheets, latestSettings.current, today, ac.signal)).then(
        (outcome) => settle({ outcome, error: null }),
        (e: unknown) => {
          if (!isAbort(e, ac.signal)) settle({ outcome: null, error: errorText(e) });
        },
      );
    } catch (e) {
      settle({ outcome: null, error: errorText(e) });
    }
    return () => ac.abort();
    // mappingKey stands for the settings that matter to detection.
  }, [services, sheets, mappingKey, today]);
  const detection = detected.outcome;
  const detectionError = detected.error;
  /** The first detection of these sheets has not answered yet. */
  const detecting = sheets !== null && detection === null && detectionError === null;
  const refreshing =
    sheets !== null && (workbook.reading || (detected.of !== null && detected.of !== sheets));

  // The team is rebuilt over every doctor: only when a setting it depends on changes.
  const planKey = JSON.stringify([settings.capacity, settings.cycle, settings.language]);
  const plan = useMemo(
    () => services.planPreview(detection?.inputs ?? null, latestSettings.current, today),
    // planKey stands for the settings the cycle and the capacities depend on.
    [services, detection, planKey, today],
  );

  const mappingIncomplete = useMemo(() => {
    if (!detection) return false;
    return ROLES.some((role) => {
      const d = detection.detections.find((x) => x.role === role);
      if (!d) return REQUIRED_ROLES.includes(role);
      return missingRequired(d, services.fieldSpecs(role)).length > 0;
    });
  }, [detection, services]);

  const { start } = run;
  const startedCycle = useRef<{ start: string; end: string } | null>(null);
  const [runCycle, setRunCycle] = useState<{ start: string; end: string } | null>(null);
  const generate = useCallback(() => {
    startedCycle.current = cycleBounds(settings, today);
    void start(settings);
  }, [start, settings, today]);
  useEffect(() => {
    if (run.status === "done") setRunCycle(startedCycle.current);
  }, [run.status]);

  const issuesFromRun = run.status === "done" && run.outcome !== null;
  const issues = useMemo(() => {
    const list = issuesFromRun && run.outcome ? run.outcome.result.issues : (detection?.issues ?? []);
    const detections =
      issuesFromRun && run.outcome ? run.outcome.result.detections : (detection?.detections ?? []);
    return locateIssues(list, sheets ?? [], detections);
  }, [issuesFromRun, run.outcome, detection, sheets]);

  const activate = useCallback(
    (sheet: string, address?: string) => {
      setActivateError(null);
      port.activate(sheet, address).catch((e: unknown) => setActivateError(errorText(e)));
    },
    [port],
  );

  return {
    lang,
    setLang,
    t,
    step,
    setStep,
    workbook,
    form,
    detection,
    detectionError,
    detecting,
    refreshing,
    mappingIncomplete,
    setMapping: form.setMapping,
    run,
    generate,
    issues,
    issuesFromRun,
    activate,
    activateError,
    runCycle,
    plan,
  };
}
