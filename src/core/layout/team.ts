/**
 * Team / 团队 (SPEC §8): a row per rep — hospitals, doctors, targets (of
 * which prescribing), calls planned, capacity, utilisation as a live
 * formula, current Rx of the targets, volume at risk — then, right of the
 * table, the team's totals as live SUMs, the team sizing (reps needed =
 * ⌈calls wanted ÷ mean rep capacity⌉, live) and the hospitals no rep covers.
 */
import { columnLetter } from "../cells";
import { phrase } from "../labels";
import type { OutputColumn, OutputTable, OutputValue, SideBlock } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import type { PlanSummary } from "../results";
import type { Settings } from "../settings";
import { column, dataRange, excelString, formulaNumber, ref, sideValueAddress, tableNameOf } from "./columns";

/** Columns summed in the totals block, in its order. */
const SUMMED = [
  "hospitals",
  "doctors",
  "targets",
  "prescribingTargets",
  "callsPlanned",
  "capacity",
  "targetsRx",
  "volumeAtRisk",
] as const;

export function teamTable(plan: PlanSummary, settings: Settings): OutputTable {
  const lang = settings.language;
  const { maxUtilisation, minUtilisation } = settings.team;
  const utilisation = `=IF(N(${ref("capacity")})>0,${ref("callsPlanned")}/${ref("capacity")},"")`;
  const u = ref("utilisation");
  const flag =
    `=IF(${u}="","",IF(${u}>${formulaNumber(maxUtilisation)},${excelString(phrase("overLoaded", lang))},` +
    `IF(${u}<${formulaNumber(minUtilisation)},${excelString(phrase("underLoaded", lang))},"")))`;
  const columns: OutputColumn[] = [
    column("rep", "rep", lang, "text", { width: 12 }),
    column("city", "city", lang, "text", { width: 14 }),
    column("callsPerDay", "callsPerDay", lang, "number"),
    column("workingDays", "repWorkingDays", lang, "integer"),
    column("daysOff", "daysOff", lang, "text", { width: 24 }),
    column("hospitals", "hospitals", lang, "integer"),
    column("doctors", "doctors", lang, "integer"),
    column("targets", "targets", lang, "integer"),
    column("prescribingTargets", "prescribingTargets", lang, "integer"),
    column("pinned", "pinned", lang, "integer"),
    column("excluded", "excludedByManager", lang, "integer"),
    column("feedbackRemoved", "removedByFeedback", lang, "integer"),
    column("callsPlanned", "callsPlanned", lang, "integer"),
    column("capacity", "capacity", lang, "integer", {
      formula: `=${ref("callsPerDay")}*${ref("workingDays")}`,
    }),
    column("utilisation", "utilisation", lang, "percent", { formula: utilisation, highlight: "databar" }),
    column("targetsRx", "targetsRx", lang, "rx"),
    column("volumeAtRisk", "volumeAtRisk", lang, "rx"),
    column("flag", "flag", lang, "text", { formula: flag }),
  ];
  const rows: OutputValue[][] = plan.reps.map((r) => {
    const util = r.capacity > 0 ? r.workload / r.capacity : null;
    const flagged =
      util === null
        ? ""
        : util > maxUtilisation
          ? phrase("overLoaded", lang)
          : util < minUtilisation
            ? phrase("underLoaded", lang)
            : "";
    return [
      r.name ?? phrase("allDoctors", lang),
      r.city,
      r.callsPerDay,
      r.workingDays,
      r.daysOff.join(lang === "zh" ? "、" : ", "),
      r.hospitals,
      r.doctors,
      r.targets,
      r.prescribingTargets,
      r.pinned ?? 0,
      r.excluded ?? 0,
      r.feedbackRemoved ?? 0,
      r.workload,
      r.capacity,
      util,
      r.targetsRx,
      r.volumeAtRisk,
      flagged,
    ];
  });

  const n = rows.length;
  const letter = (key: string) => columnLetter(columns.findIndex((c) => c.key === key));
  const range = (key: string) =>
    dataRange(
      columns.findIndex((c) => c.key === key),
      n,
    );
  const headerOf = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
  const sideCol = columns.length + 1;
  const totalOf: Record<(typeof SUMMED)[number], number> = {
    hospitals: 0,
    doctors: 0,
    targets: 0,
    prescribingTargets: 0,
    callsPlanned: 0,
    capacity: 0,
    targetsRx: 0,
    volumeAtRisk: 0,
  };
  for (const r of plan.reps) {
    totalOf.hospitals += r.hospitals;
    totalOf.doctors += r.doctors;
    totalOf.targets += r.targets;
    totalOf.prescribingTargets += r.prescribingTargets;
    totalOf.callsPlanned += r.workload;
    totalOf.capacity += r.capacity;
    totalOf.targetsRx += r.targetsRx;
    totalOf.volumeAtRisk += r.volumeAtRisk;
  }
  const totals: SideBlock = {
    key: "teamTotals",
    col: sideCol,
    row: 1,
    title: phrase("teamTotals", lang),
    rows: [],
  };
  for (const key of SUMMED)
    totals.rows.push({
      key,
      label: headerOf(key),
      value: `=SUM(${range(key)})`,
      cached: totalOf[key],
      format: key === "targetsRx" || key === "volumeAtRisk" ? "rx" : "integer",
    });
  const planned = sideValueAddress(totals, SUMMED.indexOf("callsPlanned"));
  const capacity = sideValueAddress(totals, SUMMED.indexOf("capacity"));
  totals.rows.push({
    key: "utilisation",
    label: headerOf("utilisation"),
    value: `=IF(N(${capacity})>0,${planned}/${capacity},"")`,
    cached: totalOf.capacity > 0 ? totalOf.callsPlanned / totalOf.capacity : "",
    format: "percent",
  });

  const sizing: SideBlock = {
    key: "teamSizing",
    col: sideCol,
    row: totals.row + totals.rows.length + 2,
    title: phrase("teamSizing", lang),
    rows: [],
  };
  const at = (i: number) => sideValueAddress(sizing, i);
  const mean = plan.reps.length > 0 ? totalOf.capacity / plan.reps.length : 0;
  sizing.rows.push(
    { key: "callsWanted", label: phrase("callsWanted", lang), value: plan.callsWanted, format: "integer" },
    {
      key: "teamCapacity",
      label: phrase("teamCapacity", lang),
      value: `=SUM(${range("capacity")})`,
      cached: totalOf.capacity,
      format: "integer",
    },
    {
      key: "repsPlanned",
      label: phrase("repsPlanned", lang),
      value: `=COUNTA(${letter("rep")}2:${letter("rep")}${Math.max(n + 1, 2)})`,
      cached: n,
      format: "integer",
    },
    {
      key: "meanRepCapacity",
      label: phrase("meanRepCapacity", lang),
      value: `=IF(N(${at(2)})>0,${at(1)}/${at(2)},0)`,
      cached: mean,
      format: "number",
    },
    {
      key: "repsNeeded",
      label: phrase("repsNeeded", lang),
      value: `=IF(N(${at(3)})>0,ROUNDUP(${at(0)}/${at(3)},0),0)`,
      cached: plan.repsNeeded,
      format: "integer",
    },
  );
  const side = [totals, sizing];
  if (plan.unassignedHospitals.length > 0)
    side.push({
      key: "unassigned",
      col: sideCol,
      row: sizing.row + sizing.rows.length + 2,
      title: phrase("unassigned", lang),
      rows: plan.unassignedHospitals.map((h, i) => ({
        key: `unassigned${i + 1}`,
        label: h.name,
        value: h.doctors,
        format: "integer" as const,
      })),
    });

  return resolveColumnRefs({
    id: "team",
    lang,
    sheetName: outputSheetName("team", lang),
    tableName: tableNameOf("team"),
    columns,
    rows,
    side,
  });
}
