import type { Lang } from "../../core/issues";
import type { RepCapacity } from "../../core/team/preview";
import { formatNumber } from "../format";
import type { Translate } from "../i18n";
import { CompactNameCell, CompactTableHead, useCompactTableStyles } from "./compactTable";

/** Props of the preview's capacity per rep (before the first run, once the workbook has reps). */
export interface RepCapacityTableProps {
  t: Translate;
  lang: Lang;
  reps: readonly RepCapacity[];
}

/** Each rep's calls a day × working days (their days off removed) = capacity, as the run will plan it. */
export function RepCapacityTable({ t, lang, reps }: RepCapacityTableProps) {
  const styles = useCompactTableStyles();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <table className={styles.table} aria-label={t("preview.repsTable")} data-preview-reps="">
      <CompactTableHead
        columns={[
          t("summary.teamRep"),
          t("preview.repCallsPerDay"),
          t("preview.repDays"),
          t("preview.repCapacity"),
        ]}
      />
      <tbody>
        {reps.map((r, i) => (
          <tr key={`${r.name ?? ""}:${i}`}>
            <CompactNameCell name={r.name} />
            <td className={styles.cell}>{n(r.callsPerDay)}</td>
            <td className={styles.cell}>
              {r.daysOff > 0
                ? t("preview.repDaysOff", { days: n(r.workingDays), off: n(r.daysOff) })
                : n(r.workingDays)}
            </td>
            <td className={styles.cell}>{n(r.capacity)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
