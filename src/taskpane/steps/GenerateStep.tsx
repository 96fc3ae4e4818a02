import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Issue, Lang } from "../../core/issues";
import type { GenerateControls } from "../hooks/useGenerate";
import { formatDate, formatNumber } from "../format";
import type { Translate } from "../i18n";
import type { GenerateStage } from "../services";
import type { GeneratePreview } from "./previewModel";
import { RepCapacityTable } from "./RepCapacityTable";
import { Summary } from "./Summary";

/** Props of the Generate step (step 3). */
export interface GenerateStepProps {
  t: Translate;
  lang: Lang;
  /** State and actions of the run (useGenerate). */
  run: GenerateControls;
  /** Settings are invalid: generating is not offered. */
  blocked: boolean;
  /** How many settings are invalid (for the reason shown beside the disabled button). */
  invalidSettings?: number;
  /** Required columns are missing: generating is offered with a warning. */
  mappingIncomplete: boolean;
  onGenerate: () => void;
  /** Shows an output sheet in the workbook. */
  onOpenSheet: (sheetName: string) => void;
  issueReason: (issue: Issue, lang: Lang) => string;
  /** What a run would use, shown before the first run. */
  preview?: GeneratePreview | null;
  /** Goes to the Settings step (from the blocked message and a warning's fix). */
  /** Goes to the Settings step, at the field of `path` when given. */
  onOpenSettings?: (path?: string) => void;
  /** The cycle the last finished run planned. */
  runCycle?: { start: string; end: string } | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalXL },
  heading: { outline: "none" },
});

const STAGES: readonly GenerateStage[] = ["reading", "checking", "segmenting", "writing", "done"];

/** Step 3: a preview, one primary button, staged progress with Cancel, then the summary. */
export function GenerateStep(props: GenerateStepProps) {
  const { t, lang, run, blocked, mappingIncomplete, onGenerate, preview } = props;
  const styles = useStyles();
  const busy = run.status === "running" || run.status === "cancelling";
  const stageLabel = (s: GenerateStage) => t(`stage.${s}`);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const previous = useRef(run.status);

  // Focus follows the run: to Cancel while it runs (Generate is disabled), then to its result.
  useEffect(() => {
    if (previous.current === run.status) return;
    const was = previous.current;
    previous.current = run.status;
    if (run.status === "running") cancelRef.current?.focus();
    else if (was === "running" || was === "cancelling") resultRef.current?.focus();
  }, [run.status]);

  const reasonId = "generate-blocked-reason";
  const showSummary = run.outcome !== null && run.status !== "running" && run.status !== "cancelling";

  return (
    <div className={styles.root}>
      <Body1>{t("generate.intro")}</Body1>
      {run.outcome === null && !busy && preview ? <Preview t={t} lang={lang} preview={preview} /> : null}
      {blocked ? (
        <MessageBar intent="error" id={reasonId}>
          <MessageBarBody>{t("generate.blocked", { count: props.invalidSettings ?? 1 })}</MessageBarBody>
          {props.onOpenSettings ? (
            <MessageBarActions>
              <Button size="small" onClick={() => props.onOpenSettings?.()}>
                {t("generate.toSettings")}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {mappingIncomplete ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("generate.mappingWarning")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={blocked || busy}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={blocked || busy ? undefined : onGenerate}
          data-generate=""
        >
          {t("generate.button")}
        </Button>
        {busy ? (
          <Button
            ref={cancelRef}
            disabledFocusable={run.status === "cancelling" || run.stage === "writing" || run.stage === "done"}
            onClick={run.cancel}
            data-cancel=""
          >
            {t("generate.cancel")}
          </Button>
        ) : null}
      </div>
      {busy ? (
        <Field
          label={t("generate.progress")}
          validationState="none"
          validationMessage={stageLabel(run.stage)}
        >
          {/* The engine runs in one piece in its worker: the bar moves while it works. */}
          <ProgressBar
            value={run.stage === "segmenting" ? undefined : Math.max(0, Math.min(1, run.fraction))}
            max={1}
          />
        </Field>
      ) : null}
      {busy ? (
        <ol aria-label={t("generate.progress")} className={styles.list}>
          {STAGES.slice(0, 4).map((s) => (
            <li
              key={s}
              aria-current={s === run.stage ? "step" : undefined}
              data-stage={s === run.stage ? s : undefined}
            >
              {STAGES.indexOf(s) < STAGES.indexOf(run.stage) ? "✓ " : ""}
              {stageLabel(s)}
            </li>
          ))}
        </ol>
      ) : null}
      <div ref={resultRef} tabIndex={-1} className={styles.heading}>
        {run.status === "cancelled" ? (
          <MessageBar intent="info">
            <MessageBarBody>
              {t(run.outcome ? "generate.cancelledKept" : "generate.cancelled")}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {run.status === "failed" ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {run.writeFailure
                ? t(run.writeFailure.restored ? "generate.writeFailedRestored" : "generate.writeFailed", {
                    detail: run.writeFailure.detail,
                  })
                : t("generate.failed", {
                    message: run.errorIssue
                      ? props.issueReason(run.errorIssue, props.lang)
                      : (run.error ?? ""),
                  })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {run.status === "done" && run.outcome ? (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t("generate.done")}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {showSummary && run.outcome ? (
        <Summary
          t={t}
          lang={lang}
          outcome={run.outcome}
          previousRun={run.status !== "done"}
          runCycle={props.runCycle ?? null}
          onOpenSheet={props.onOpenSheet}
          onOpenSettings={props.onOpenSettings}
          issueReason={props.issueReason}
        />
      ) : null}
    </div>
  );
}

function Preview({ t, lang, preview }: { t: Translate; lang: Lang; preview: GeneratePreview }) {
  const styles = useStyles();
  return (
    <section className={styles.preview} aria-labelledby="generate-preview">
      <Subtitle2 as="h2" id="generate-preview">
        {t("preview.title")}
      </Subtitle2>
      <ul className={styles.list}>
        {preview.tables.map((table) => (
          <li key={table.role}>
            {table.sheet === null
              ? t(table.required ? "preview.missingRequired" : "preview.missing", {
                  role: t(`role.${table.role}`),
                })
              : t("preview.table", {
                  role: t(`role.${table.role}`),
                  sheet: table.sheet,
                  rows: formatNumber(table.rows, lang),
                })}
          </li>
        ))}
        <li>
          {t("preview.cycle", {
            start: formatDate(preview.cycle.start, lang),
            end: formatDate(preview.cycle.end, lang),
            days: preview.cycle.workingDays,
          })}
        </li>
        <li>
          {preview.reps
            ? t("preview.teamCapacity", {
                reps: formatNumber(preview.reps.length, lang),
                capacity: formatNumber(preview.capacity, lang),
              })
            : t("preview.capacity", {
                callsPerDay: formatNumber(preview.callsPerDay, lang),
                capacity: formatNumber(preview.capacity, lang),
              })}
        </li>
        {preview.missingColumns.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {preview.reps ? <RepCapacityTable t={t} lang={lang} reps={preview.reps} /> : null}
    </section>
  );
}
