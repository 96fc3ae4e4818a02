import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Quadrant } from "../../core/settings";
import type { Translate } from "../i18n";
import type { QuadrantCount } from "./summaryModel";

/** Props of the 2×2 quadrant chart: volume across, potential up. */
export interface QuadrantChartProps {
  t: Translate;
  counts: Record<Quadrant, QuadrantCount>;
}

const useStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  grid: {
    display: "grid",
    gridTemplateColumns: "auto 1fr 1fr",
    gridTemplateRows: "1fr 1fr auto",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "280px",
  },
  axisY: { writingMode: "vertical-rl", transform: "rotate(180deg)", textAlign: "center", gridRow: "1 / 3" },
  axisX: { gridColumn: "2 / 4", textAlign: "center" },
  cell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    minHeight: "56px",
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  HH: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  LH: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  HL: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  LL: { backgroundColor: tokens.colorNeutralBackground3 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Potential up, so the high-potential quadrants (LH, HH) sit on top. */
const LAYOUT: readonly Quadrant[] = ["LH", "HH", "LL", "HL"];

export function QuadrantChart({ t, counts }: QuadrantChartProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} role="figure" aria-label={t("summary.chart")}>
      <div className={styles.grid}>
        <Caption1 className={styles.axisY} aria-hidden>
          {t("summary.axisPotential")}
        </Caption1>
        {LAYOUT.map((q) => (
          <div
            key={q}
            className={mergeClasses(styles.cell, styles[q])}
            role="img"
            aria-label={t("summary.chartCell", {
              quadrant: q,
              count: counts[q].doctors,
              targets: counts[q].targets,
            })}
          >
            <Caption1 aria-hidden>{q}</Caption1>
            <Text className={styles.count} aria-hidden>
              {counts[q].doctors}
            </Text>
            <Caption1 aria-hidden>{counts[q].targets} ★</Caption1>
          </div>
        ))}
        <Caption1 className={styles.axisX} aria-hidden>
          {t("summary.axisVolume")}
        </Caption1>
      </div>
    </figure>
  );
}
