import { Body1Strong, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/issues";
import { percentText, type MeasureHeadline } from "../../core/measure";
import { formatDate, formatNumber } from "../format";
import type { Translate } from "../i18n";
import { Fact, useFactStyles } from "./Fact";

/** Props of the summary's look back at the last cycle (SPEC §10): the team's KPIs and the reps furthest behind. */
export interface MeasureSummaryProps {
  t: Translate;
  lang: Lang;
  /** measureHeadline of the run's measure (the latest archived cycle that has started). */
  headline: MeasureHeadline;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalXL },
  subheading: { margin: "0" },
});

export function MeasureSummary({ t, lang, headline }: MeasureSummaryProps) {
  const styles = useStyles();
  const facts = useFactStyles();
  const n = (v: number) => formatNumber(v, lang, 1);
  const { team, behind, nextQuota, cycle } = headline;
  const ofWith = (part: number, whole: number, rate: number | null) =>
    t("summary.kpiOf", { part: n(part), whole: n(whole), percent: percentText(rate) });
  return (
    <section className={styles.section} aria-labelledby="summary-measure" data-summary-measure="">
      <Subtitle2 as="h3" id="summary-measure">
        {t("summary.measure")}
      </Subtitle2>
      <dl className={facts.facts}>
        <Fact
          term={t("summary.cycle")}
          value={t("summary.cycleValue", {
            start: formatDate(cycle.start, lang),
            end: formatDate(cycle.end, lang),
          })}
        />
        <Fact
          term={t("summary.kpiCalls")}
          value={ofWith(team.actualCalls, team.plannedCalls, team.callAttainment)}
        />
        <Fact term={t("summary.kpiReach")} value={ofWith(team.reachedTargets, team.targets, team.reach)} />
        <Fact
          term={t("summary.kpiObjectives")}
          value={ofWith(team.objectivesMet, team.targets, team.objectivesMetRate)}
        />
        <Fact
          term={t("summary.kpiQuota")}
          value={team.quota === null ? t("summary.kpiNoQuota") : percentText(team.quotaAttainment)}
        />
        {nextQuota && nextQuota.quota !== null ? (
          <Fact
            term={t("summary.kpiNextQuota")}
            value={t((nextQuota.gap ?? 0) > 0 ? "summary.kpiNextQuotaGap" : "summary.kpiNextQuotaCovered", {
              quota: n(nextQuota.quota),
              expected: n(nextQuota.expected),
              gap: n(nextQuota.gap ?? 0),
            })}
          />
        ) : null}
      </dl>
      {behind.length > 0 ? (
        <>
          <Body1Strong as="h4" id="summary-behind" className={styles.subheading}>
            {t("summary.behind")}
          </Body1Strong>
          <ol className={styles.list} aria-labelledby="summary-behind">
            {behind.map((k) => (
              <li key={k.name}>
                {t("summary.behindRep", {
                  name: k.name,
                  percent: percentText(k.callAttainment),
                  actual: n(k.actualCalls),
                  planned: n(k.plannedCalls),
                })}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
