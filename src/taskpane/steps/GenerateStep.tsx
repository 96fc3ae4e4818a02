import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useEffect, useRef } from "react";
import type { Issue, Lang } from "../../core/issues";
import type { GenerateControls } from "../hooks/useGenerate";
import { formatDate, formatNumber } from "../format";
import type { Translate } from "../i18n";
import type { GenerateStage } from "../services";
import type { GeneratePreview } from "./previewModel";
import { QuadrantChart } from "./QuadrantChart";
import { summarize, warningFix } from "./summaryModel";

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
  onOpenSettings?: () => void;
  /** The cycle the last finished run planned. */
  runCycle?: { start: string; end: string } | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: "0", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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
              <Button size="small" onClick={props.onOpenSettings}>
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
      {showSummary ? <Summary {...props} previousRun={run.status !== "done"} /> : null}
    </div>
  );
}

function Preview({ t, lang, preview }: { t: Translate; lang: Lang; preview: GeneratePreview }) {
  const styles = useStyles();
  return (
    <section className={styles.summary} aria-labelledby="generate-preview">
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
          {t("preview.capacity", {
            callsPerDay: formatNumber(preview.callsPerDay, lang),
            capacity: formatNumber(preview.capacity, lang),
          })}
        </li>
        {preview.missingColumns.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

function Summary({
  t,
  lang,
  run,
  onOpenSheet,
  issueReason,
  onOpenSettings,
  previousRun,
  runCycle,
}: GenerateStepProps & { previousRun: boolean }) {
  const styles = useStyles();
  if (!run.outcome) return null;
  const view = summarize(run.outcome.result, runCycle ?? null);
  const { report } = run.outcome;
  const n = (v: number) => formatNumber(v, lang);
  const fact = (term: string, value: string | number) => (
    <Fragment key={term}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value} aria-label={`${term}: ${value}`}>
        {value}
      </dd>
    </Fragment>
  );

  return (
    <section className={styles.summary} aria-labelledby="generate-summary" data-summary="">
      <Subtitle2 as="h2" id="generate-summary">
        {t(previousRun ? "summary.previous" : "summary.title")}
      </Subtitle2>
      <dl className={styles.facts}>
        {view.cycle
          ? fact(
              t("summary.cycle"),
              t("summary.cycleValue", {
                start: formatDate(view.cycle.start, lang),
                end: formatDate(view.cycle.end, lang),
              }),
            )
          : null}
        {fact(t("summary.hospitals"), view.hospitals)}
        {(["A", "B", "C"] as const).map((tier) => fact(t("summary.tier", { tier }), view.tiers[tier]))}
        {view.tiers.none > 0 ? fact(t("summary.noTier"), view.tiers.none) : null}
        {fact(t("summary.doctors"), view.doctors)}
        {fact(t("summary.targets"), view.targets)}
        {fact(t("summary.prescribing"), view.prescribingTargets)}
        {view.dropped > 0 ? fact(t("summary.dropped"), view.dropped) : null}
        {fact(
          t("summary.workload"),
          t("summary.workloadValue", { workload: n(view.workload), capacity: n(view.capacity) }),
        )}
      </dl>
      <Subtitle2 as="h3">{t("summary.quadrants")}</Subtitle2>
      <QuadrantChart t={t} counts={view.quadrants} />
      <Caption1>{t("summary.starNote")}</Caption1>
      <dl className={styles.facts}>
        {view.callsPerQuadrant.map((c) => fact(t("summary.callsIn", { quadrant: c.quadrant }), n(c.calls)))}
      </dl>
      {view.topTargets.length > 0 ? (
        <>
          <Subtitle2 as="h3">{t("summary.topTargets")}</Subtitle2>
          <ol className={styles.list}>
            {view.topTargets.map((d, i) => (
              <li key={i}>{[d.name, d.hospital, d.quadrant].filter(Boolean).join(" · ")}</li>
            ))}
          </ol>
        </>
      ) : null}
      {view.warnings.length > 0 || report.renamed.length > 0 ? (
        <>
          <Subtitle2 as="h3">{t("summary.warnings")}</Subtitle2>
          {view.warnings.map((w) => {
            const fix = warningFix(w, view);
            return (
              <MessageBar key={w.code} intent="warning" layout="multiline">
                <MessageBarBody>
                  {issueReason(w, lang)}
                  {fix ? (
                    <>
                      {" "}
                      {fix.kind === "reps" ? (
                        t("summary.needsReps", { reps: fix.reps })
                      ) : onOpenSettings ? (
                        <Link as="button" onClick={onOpenSettings}>
                          {t("summary.fixInSettings")}
                        </Link>
                      ) : null}
                    </>
                  ) : null}
                </MessageBarBody>
              </MessageBar>
            );
          })}
          {report.renamed.map((r) => (
            <MessageBar key={r.used} intent="info">
              <MessageBarBody>{t("summary.renamed", r)}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      ) : null}
      <Subtitle2 as="h3" id="generate-sheets">
        {t("summary.sheets")}
      </Subtitle2>
      <nav className={styles.links} aria-labelledby="generate-sheets">
        {report.written.map((w) => (
          <Button
            key={w.sheetName}
            size="small"
            appearance="secondary"
            aria-label={t("summary.open", { sheet: w.sheetName })}
            onClick={() => onOpenSheet(w.sheetName)}
          >
            {w.sheetName}
          </Button>
        ))}
      </nav>
    </section>
  );
}
