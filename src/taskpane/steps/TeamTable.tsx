import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/issues";
import { formatNumber } from "../format";
import type { Translate } from "../i18n";
import { CompactNameCell, CompactTableHead, useCompactTableStyles } from "./compactTable";
import type { RepRow, TeamView } from "./summaryModel";

/** Props of the summary's team section: a row per rep, the team sizing, the hospitals without a rep. */
export interface TeamTableProps {
  t: Translate;
  lang: Lang;
  team: TeamView;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  over: { color: tokens.colorPaletteRedForeground1, display: "block" },
  under: { color: tokens.colorPaletteDarkOrangeForeground1, display: "block" },
});

/** The team's reps as a compact table (only with rep data), then the sizing line. */
export function TeamTable({ t, lang, team }: TeamTableProps) {
  const styles = { ...useCompactTableStyles(), ...useStyles() };
  const n = (v: number) => formatNumber(v, lang, 0);
  const sum = (pick: (r: RepRow) => number) => team.reps.reduce((s, r) => s + pick(r), 0);
  const flagged = team.reps.some((r) => r.utilisation !== null);
  return (
    <section className={styles.section} aria-labelledby="summary-team" data-summary-team="">
      <Subtitle2 as="h3" id="summary-team">
        {t("summary.team")}
      </Subtitle2>
      {team.hasReps ? (
        <table className={styles.table} aria-labelledby="summary-team">
          <CompactTableHead
            columns={[
              t("summary.teamRep"),
              t("summary.teamTargets"),
              t("summary.teamCalls"),
              t("summary.teamAtRisk"),
            ]}
          />
          <tbody>
            {team.reps.map((r, i) => (
              <tr key={`${r.name ?? ""}:${i}`}>
                <CompactNameCell name={r.name} />
                <td className={styles.cell}>{n(r.targets)}</td>
                <td className={styles.cell}>
                  {t("summary.teamCallsValue", { workload: n(r.workload), capacity: n(r.capacity) })}
                  {r.utilisation ? (
                    <span className={r.utilisation.over ? styles.over : styles.under}>
                      {t(r.utilisation.over ? "summary.teamOver" : "summary.teamUnder", {
                        percent: r.utilisation.percent,
                      })}
                    </span>
                  ) : null}
                </td>
                <td className={styles.cell}>{n(r.volumeAtRisk)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={mergeClasses(styles.cell, styles.name, styles.total)}>
                {t("summary.teamTotal")}
              </th>
              <td className={mergeClasses(styles.cell, styles.total)}>{n(sum((r) => r.targets))}</td>
              <td className={mergeClasses(styles.cell, styles.total)}>
                {t("summary.teamCallsValue", {
                  workload: n(sum((r) => r.workload)),
                  capacity: n(sum((r) => r.capacity)),
                })}
              </td>
              <td className={mergeClasses(styles.cell, styles.total)}>{n(team.volumeAtRisk)}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
      {flagged ? <Caption1>{t("summary.teamFlagNote")}</Caption1> : null}
      <Body1 data-reps-needed="">
        {t("summary.repsNeeded", {
          wanted: n(team.callsWanted),
          needed: n(team.repsNeeded),
          planned: n(team.reps.length),
        })}
      </Body1>
      {team.unassignedHospitals > 0 ? (
        <Body1>{t("summary.unassigned", { count: n(team.unassignedHospitals) })}</Body1>
      ) : null}
    </section>
  );
}
