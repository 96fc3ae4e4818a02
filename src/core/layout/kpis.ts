/**
 * KPIs / 业绩指标 (SPEC §10): a row per rep and a team row. Counts are the
 * measured values; every ratio is a live formula over the same row, so a
 * manager who corrects a count sees the ratio follow. Next month's quota
 * coverage sits on the same row (expected Rx against the quota, the gap live),
 * and the migration matrices (then × now, with live totals) sit beside it. A
 * column chart of call attainment per rep, with the 100 % target, sits under it.
 */
import type { DoctorStatus } from "../fields";
import type { Lang } from "../issues";
import { statusLabel } from "../labels";
import type { Kpis, Matrix, QuotaCoverage } from "../measure/kpis";
import { STATUS_ORDER } from "../measure/kpis";
import { MEASURE_LABELS } from "../measure/labels";
import type { MeasureResult } from "../measure/measure";
import type { OutputColumn, OutputMatrix, OutputTable, OutputValue, SideBlock } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import { QUADRANTS, type Quadrant } from "../settings";
import { formulaNumber, ref, tableNameOf } from "./columns";
import { attainmentFormula, cycleBlock, measureColumn } from "./planVsActual";

function ratioFormula(numerator: string, denominator: string): string {
  return attainmentFormula(numerator, denominator);
}

function growthFormula(): string {
  return `=IF(N(${ref("rxThen")})=0,"",(${ref("rxNow")}-${ref("rxThen")})/${ref("rxThen")})`;
}

/** "" is the whole plan without rep data, and in a team plan the doctors no rep covers. */
function repName(name: string, lang: Lang, withReps: boolean): string {
  if (name !== "") return name;
  return withReps ? MEASURE_LABELS.unassigned[lang] : MEASURE_LABELS.noRep[lang];
}

/**
 * A migration as SPEC §10's matrix: a row per "then", a column per "now",
 * each cell the number of archived targets that moved so (the diagonal
 * stayed), with live totals: the row total is how many were there then, the
 * column total how many are there now.
 */
function migrationMatrix<K extends string>(
  key: string,
  title: string,
  keys: readonly K[],
  matrix: Matrix<K>,
  label: (k: K) => string,
  at: { col: number; row: number },
  lang: Lang,
): OutputMatrix {
  return {
    key,
    col: at.col,
    row: at.row,
    title,
    corner: MEASURE_LABELS.migrationCorner[lang],
    columns: keys.map(label),
    rows: keys.map((then) => ({
      key: then,
      label: label(then),
      values: keys.map((now) => matrix[then][now]),
    })),
    totalLabel: MEASURE_LABELS.migrationTotal[lang],
  };
}

export function kpisTable(m: MeasureResult, minTargets: number, lang: Lang): OutputTable {
  const columns: OutputColumn[] = [
    measureColumn("rep", "rep", lang, "text", { width: 12 }),
    measureColumn("targets", "targets", lang, "integer"),
    measureColumn("plannedCalls", "plannedCalls", lang, "integer"),
    measureColumn("actualCalls", "actualCalls", lang, "integer"),
    measureColumn("callAttainment", "callAttainment", lang, "percent", {
      formula: ratioFormula("actualCalls", "plannedCalls"),
      highlight: "databar",
    }),
    measureColumn("reachedTargets", "reachedTargets", lang, "integer"),
    measureColumn("reach", "reach", lang, "percent", { formula: ratioFormula("reachedTargets", "targets") }),
    measureColumn("frequency", "frequency", lang, "number", {
      formula: ratioFormula("actualCalls", "reachedTargets"),
    }),
    measureColumn("objectivesMet", "objectivesMet", lang, "integer"),
    measureColumn("objectivesMetRate", "objectivesMetRate", lang, "percent", {
      formula: ratioFormula("objectivesMet", "targets"),
    }),
    measureColumn("rxThen", "rxThen", lang, "rx"),
    measureColumn("rxNow", "rxNow", lang, "rx"),
    measureColumn("rxGrowth", "rxGrowth", lang, "percent", { formula: growthFormula() }),
    measureColumn("hospitals", "hospitals", lang, "integer"),
    measureColumn("coveredHospitals", "coveredHospitals", lang, "integer"),
    measureColumn("productCoverage", "productCoverage", lang, "percent", {
      formula: ratioFormula("coveredHospitals", "hospitals"),
    }),
    measureColumn("prescribingTargets", "prescribingTargets", lang, "integer"),
    measureColumn("prescribingShort", "prescribingShort", lang, "integer", {
      formula: `=MAX(0,${formulaNumber(minTargets)}-${ref("prescribingTargets")})`,
    }),
    measureColumn("rx", "rx", lang, "rx"),
    measureColumn("quota", "quota", lang, "rx"),
    measureColumn("quotaAttainment", "quotaAttainment", lang, "percent", {
      formula: ratioFormula("rx", "quota"),
    }),
    measureColumn("nextQuota", "nextQuota", lang, "rx"),
    measureColumn("expectedRx", "expectedRx", lang, "rx"),
    measureColumn("quotaGap", "quotaGap", lang, "rx", {
      formula: `=IF(${ref("nextQuota")}="","",MAX(0,${ref("nextQuota")}-${ref("expectedRx")}))`,
    }),
  ];
  const coverage = new Map(m.quotaCoverage.map((c) => [c.rep, c]));
  const teamCoverage = sumCoverage(m.quotaCoverage);
  const row = (name: string, k: Kpis, c: QuotaCoverage | undefined): OutputValue[] => [
    name,
    k.targets,
    k.plannedCalls,
    k.actualCalls,
    k.callAttainment,
    k.reachedTargets,
    k.reach,
    k.frequency,
    k.objectivesMet,
    k.objectivesMetRate,
    k.rxThen,
    k.rxNow,
    k.rxGrowth,
    k.hospitals,
    k.coveredHospitals,
    k.productCoverage,
    k.prescribingTargets,
    Math.max(0, minTargets - k.prescribingTargets),
    k.rx,
    k.quota,
    k.quotaAttainment,
    c?.quota ?? null,
    c?.expected ?? null,
    c?.gap ?? null,
  ];
  // With no rep data the one rep is the team: a single row says it all, and there is no rep to chart.
  const withReps = !(m.kpis.reps.length === 1 && m.kpis.reps[0].name === "");
  // Named reps first (they are charted), then the doctors no rep covers, then the team.
  const named = m.kpis.reps.filter((k) => k.name !== "");
  const ordered = withReps ? [...named, ...m.kpis.reps.filter((k) => k.name === "")] : m.kpis.reps;
  const rows = ordered.map((k) => row(repName(k.name, lang, withReps), k, coverage.get(k.name)));
  if (withReps) rows.push(row(MEASURE_LABELS.team[lang], m.kpis.team, teamCoverage));
  const side: SideBlock[] = [cycleBlock(m.cycle, columns.length + 1, lang)];
  // The two matrices one under the other (title, header, 4 rows, total; a blank row between).
  const matrixCol = columns.length + 4;
  const matrices: OutputMatrix[] = [
    migrationMatrix<Quadrant>(
      "quadrantMigration",
      MEASURE_LABELS.quadrantMigration[lang],
      QUADRANTS,
      m.migration.quadrant,
      (q) => q,
      { col: matrixCol, row: 1 },
      lang,
    ),
    migrationMatrix<DoctorStatus>(
      "statusMigration",
      MEASURE_LABELS.statusMigration[lang],
      STATUS_ORDER,
      m.migration.status,
      (s) => statusLabel(s, lang),
      { col: matrixCol, row: 1 + QUADRANTS.length + 4 },
      lang,
    ),
  ];
  return resolveColumnRefs({
    id: "kpis",
    lang,
    sheetName: outputSheetName("kpis", lang),
    tableName: tableNameOf("kpis"),
    columns,
    rows,
    side,
    matrices,
    // A column per named rep (their rows come first) against the 100 % line.
    chart:
      named.length > 0
        ? {
            kind: "bar",
            key: "callAttainment",
            title: MEASURE_LABELS.attainmentChart[lang],
            categoryColumn: "rep",
            valueColumn: "callAttainment",
            rows: named.length,
            target: { value: 1, name: MEASURE_LABELS.attainmentTarget[lang] },
          }
        : undefined,
  });
}

function sumCoverage(list: readonly QuotaCoverage[]): QuotaCoverage | undefined {
  const withQuota = list.filter((c) => c.quota !== null);
  if (withQuota.length === 0) return undefined;
  const quota = withQuota.reduce((s, c) => s + (c.quota ?? 0), 0);
  const expected = withQuota.reduce((s, c) => s + c.expected, 0);
  return {
    rep: "",
    quota,
    currentRx: withQuota.reduce((s, c) => s + c.currentRx, 0),
    plannedGain: withQuota.reduce((s, c) => s + c.plannedGain, 0),
    expected,
    gap: Math.max(0, quota - expected),
  };
}
