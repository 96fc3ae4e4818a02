import {
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Issue, Lang } from "../../core/issues";
import { formatDate, formatNumber } from "../format";
import type { Translate } from "../i18n";
import type { GenerateOutcome } from "../services";
import { Fact, useFactStyles } from "./Fact";
import { MeasureSummary } from "./MeasureSummary";
import { QuadrantChart } from "./QuadrantChart";
import { settingLabel } from "./settingsLabels";
import { summarize, warningFix, type PlanSummaryView } from "./summaryModel";
import { TeamTable } from "./TeamTable";

/**
 * Props of the summary after a run. Each part of it is its own small
 * component over the one view `summarize` computes, so a new part is a new
 * field of PlanSummaryView and a new section here.
 */
export interface SummaryProps {
  t: Translate;
  lang: Lang;
  outcome: GenerateOutcome;
  /** The summary is of an earlier run (a later one was cancelled or failed). */
  previousRun: boolean;
  /** The cycle the run planned. */
  runCycle: { start: string; end: string } | null;
  /** Shows an output sheet in the workbook. */
  onOpenSheet: (sheetName: string) => void;
  /** Goes to the Settings step, at the field of `path` when given (a warning's fix). */
  onOpenSettings?: (path?: string) => void;
  issueReason: (issue: Issue, lang: Lang) => string;
}

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalXL },
});

export function Summary(props: SummaryProps) {
  const { t, lang, outcome, previousRun, runCycle } = props;
  const styles = useStyles();
  const view = summarize(outcome.result, runCycle);
  return (
    <section className={styles.summary} aria-labelledby="generate-summary" data-summary="">
      <Subtitle2 as="h2" id="generate-summary">
        {t(previousRun ? "summary.previous" : "summary.title")}
      </Subtitle2>
      <PlanFacts t={t} lang={lang} view={view} />
      <TeamTable t={t} lang={lang} team={view.team} />
      {view.measure ? <MeasureSummary t={t} lang={lang} headline={view.measure} /> : null}
      <Quadrants t={t} lang={lang} view={view} />
      <TopTargets t={t} view={view} />
      <Warnings {...props} view={view} />
      <OutputSheets t={t} outcome={outcome} onOpenSheet={props.onOpenSheet} />
    </section>
  );
}

interface SectionProps {
  t: Translate;
  lang: Lang;
  view: PlanSummaryView;
}

function PlanFacts({ t, lang, view }: SectionProps) {
  const styles = useFactStyles();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <dl className={styles.facts}>
      {view.cycle ? (
        <Fact
          term={t("summary.cycle")}
          value={t("summary.cycleValue", {
            start: formatDate(view.cycle.start, lang),
            end: formatDate(view.cycle.end, lang),
          })}
        />
      ) : null}
      <Fact term={t("summary.hospitals")} value={view.hospitals} />
      {(["A", "B", "C"] as const).map((tier) => (
        <Fact key={tier} term={t("summary.tier", { tier })} value={view.tiers[tier]} />
      ))}
      {view.tiers.none > 0 ? <Fact term={t("summary.noTier")} value={view.tiers.none} /> : null}
      <Fact term={t("summary.doctors")} value={view.doctors} />
      <Fact term={t("summary.targets")} value={view.targets} />
      <Fact term={t("summary.prescribing")} value={view.prescribingTargets} />
      {view.dropped > 0 ? <Fact term={t("summary.dropped")} value={view.dropped} /> : null}
      {view.overrides.pinned > 0 ? <Fact term={t("summary.pinned")} value={view.overrides.pinned} /> : null}
      {view.overrides.excluded > 0 ? (
        <Fact term={t("summary.excluded")} value={view.overrides.excluded} />
      ) : null}
      {view.overrides.feedbackRemoved > 0 ? (
        <Fact term={t("summary.feedbackRemoved")} value={view.overrides.feedbackRemoved} />
      ) : null}
      <Fact
        term={t("summary.workload")}
        value={t("summary.workloadValue", { workload: n(view.workload), capacity: n(view.capacity) })}
      />
    </dl>
  );
}

function Quadrants({ t, lang, view }: SectionProps) {
  const styles = useFactStyles();
  return (
    <>
      <Subtitle2 as="h3">{t("summary.quadrants")}</Subtitle2>
      <QuadrantChart t={t} counts={view.quadrants} />
      <Caption1>{t("summary.starNote")}</Caption1>
      <dl className={styles.facts}>
        {view.callsPerQuadrant.map((c) => (
          <Fact
            key={c.quadrant}
            term={t("summary.callsIn", { quadrant: c.quadrant })}
            value={formatNumber(c.calls, lang)}
          />
        ))}
      </dl>
    </>
  );
}

function TopTargets({ t, view }: { t: Translate; view: PlanSummaryView }) {
  const styles = useStyles();
  if (view.topTargets.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3">{t("summary.topTargets")}</Subtitle2>
      <ol className={styles.list}>
        {view.topTargets.map((d, i) => (
          <li key={i}>{[d.name, d.hospital, d.rep, d.quadrant].filter(Boolean).join(" · ")}</li>
        ))}
      </ol>
    </>
  );
}

function Warnings({
  t,
  lang,
  view,
  outcome,
  issueReason,
  onOpenSettings,
}: SummaryProps & { view: PlanSummaryView }) {
  const { renamed } = outcome.report;
  if (view.warnings.length === 0 && renamed.length === 0) return null;
  return (
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
                    <Link as="button" onClick={() => onOpenSettings(fix.path)}>
                      {t("summary.fixSetting", { setting: settingLabel(fix.path, { t }) })}
                    </Link>
                  ) : null}
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        );
      })}
      {renamed.map((r) => (
        <MessageBar key={r.used} intent="info">
          <MessageBarBody>{t("summary.renamed", r)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function OutputSheets({
  t,
  outcome,
  onOpenSheet,
}: {
  t: Translate;
  outcome: GenerateOutcome;
  onOpenSheet: (sheetName: string) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3" id="generate-sheets">
        {t("summary.sheets")}
      </Subtitle2>
      <nav className={styles.links} aria-labelledby="generate-sheets">
        {outcome.report.written.map((w) => (
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
    </>
  );
}
