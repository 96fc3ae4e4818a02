import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import type { Issue, Lang } from "../../core/issues";
import type { GenerateControls } from "../hooks/useGenerate";
import type { Translate } from "../i18n";
import type { GenerateStage } from "../services";
import { QuadrantChart } from "./QuadrantChart";
import { summarize } from "./summaryModel";

/** Props of the Generate step (step 3). */
export interface GenerateStepProps {
  t: Translate;
  lang: Lang;
  /** State and actions of the run (useGenerate). */
  run: GenerateControls;
  /** Settings are invalid: generating is not offered. */
  blocked: boolean;
  /** Required columns are missing: generating is offered with a warning. */
  mappingIncomplete: boolean;
  onGenerate: () => void;
  /** Shows an output sheet in the workbook. */
  onOpenSheet: (sheetName: string) => void;
  issueReason: (issue: Issue, lang: Lang) => string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: "0", fontWeight: tokens.fontWeightSemibold },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const STAGES: readonly GenerateStage[] = ["reading", "checking", "segmenting", "writing", "done"];

/** Step 3: one primary button, staged progress with Cancel, then the summary. */
export function GenerateStep(props: GenerateStepProps) {
  const { t, run, blocked, mappingIncomplete, onGenerate } = props;
  const styles = useStyles();
  const busy = run.status === "running" || run.status === "cancelling";
  const stageLabel = (s: GenerateStage) => t(`stage.${s}`);

  return (
    <div className={styles.root}>
      <Body1>{t("generate.intro")}</Body1>
      {blocked ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("generate.blocked")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {mappingIncomplete ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("generate.mappingWarning")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={blocked || busy} onClick={onGenerate}>
          {t("generate.button")}
        </Button>
        {busy ? (
          <Button
            disabled={run.status === "cancelling" || run.stage === "writing" || run.stage === "done"}
            onClick={run.cancel}
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
          <ProgressBar value={Math.max(0, Math.min(1, run.fraction))} max={1} />
        </Field>
      ) : null}
      {busy ? (
        <ol aria-label={t("generate.progress")}>
          {STAGES.slice(0, 4).map((s) => (
            <li key={s} aria-current={s === run.stage ? "step" : undefined}>
              {STAGES.indexOf(s) < STAGES.indexOf(run.stage) ? "✓ " : ""}
              {stageLabel(s)}
            </li>
          ))}
        </ol>
      ) : null}
      {run.status === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("generate.cancelled")}</MessageBarBody>
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
                  message: run.errorIssue ? props.issueReason(run.errorIssue, props.lang) : (run.error ?? ""),
                })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {run.status === "done" && run.outcome ? <Summary {...props} /> : null}
    </div>
  );
}

function Summary({ t, lang, run, onOpenSheet, issueReason }: GenerateStepProps) {
  const styles = useStyles();
  if (!run.outcome) return null;
  const view = summarize(run.outcome.result);
  const { report } = run.outcome;
  const fact = (term: string, value: string | number) => (
    <Fragment key={term}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value} aria-label={`${term}: ${value}`}>
        {value}
      </dd>
    </Fragment>
  );

  return (
    <section className={styles.summary} aria-labelledby="generate-summary">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{t("generate.done")}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h3" id="generate-summary">
        {t("summary.title")}
      </Subtitle2>
      <dl className={styles.facts}>
        {fact(t("summary.hospitals"), view.hospitals)}
        {(["A", "B", "C"] as const).map((tier) => fact(t("summary.tier", { tier }), view.tiers[tier]))}
        {view.tiers.none > 0 ? fact(t("summary.noTier"), view.tiers.none) : null}
        {fact(t("summary.doctors"), view.doctors)}
        {fact(t("summary.targets"), view.targets)}
        {fact(t("summary.prescribing"), view.prescribingTargets)}
        {view.dropped > 0 ? fact(t("summary.dropped"), view.dropped) : null}
        {fact(
          t("summary.workload"),
          t("summary.workloadValue", { workload: view.workload, capacity: view.capacity }),
        )}
      </dl>
      <Subtitle2 as="h4">{t("summary.quadrants")}</Subtitle2>
      <QuadrantChart t={t} counts={view.quadrants} />
      {view.warnings.length > 0 || report.renamed.length > 0 ? (
        <>
          <Subtitle2 as="h4">{t("summary.warnings")}</Subtitle2>
          {view.warnings.map((w) => (
            <MessageBar key={w.code} intent="warning">
              <MessageBarBody>{issueReason(w, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          {report.renamed.map((r) => (
            <MessageBar key={r.used} intent="info">
              <MessageBarBody>{t("summary.renamed", r)}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      ) : null}
      <Subtitle2 as="h4" id="generate-sheets">
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
