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
  const sideCol = columns.length + 1;
  const totals: SideBlock = {
    col: sideCol,
    row: 1,
    title: phrase("teamTotals", lang),
    rows: [],
    formats: [],
  };
  for (const key of SUMMED) {
    const header = columns.find((c) => c.key === key)?.header ?? key;
    totals.rows.push([header, `=SUM(${range(key)})`]);
    totals.formats?.push(key === "targetsRx" || key === "volumeAtRisk" ? "rx" : "integer");
  }
  const planned = sideValueAddress(totals, SUMMED.indexOf("callsPlanned"));
  const capacity = sideValueAddress(totals, SUMMED.indexOf("capacity"));
  totals.rows.push([
    columns.find((c) => c.key === "utilisation")?.header ?? "",
    `=IF(N(${capacity})>0,${planned}/${capacity},"")`,
  ]);
  totals.formats?.push("percent");

  const sizing: SideBlock = {
    col: sideCol,
    row: totals.row + totals.rows.length + 2,
    title: phrase("teamSizing", lang),
    rows: [
      [phrase("callsWanted", lang), plan.callsWanted],
      [phrase("teamCapacity", lang), `=SUM(${range("capacity")})`],
      [phrase("repsPlanned", lang), `=COUNTA(${letter("rep")}2:${letter("rep")}${Math.max(n + 1, 2)})`],
      [phrase("meanRepCapacity", lang), `=IF(N(${"{s:2}"})>0,${"{s:1}"}/${"{s:2}"},0)`],
      [phrase("repsNeeded", lang), `=IF(N(${"{s:3}"})>0,ROUNDUP(${"{s:0}"}/${"{s:3}"},0),0)`],
    ],
    formats: ["integer", "integer", "integer", "number", "integer"],
  };
  sizing.rows = sizing.rows.map(([label, v]) => [
    label,
    typeof v === "string"
      ? v.replace(/\{s:(\d)\}/g, (_m, i: string) => sideValueAddress(sizing, Number(i)))
      : v,
  ]);
  const side = [totals, sizing];
  if (plan.unassignedHospitals.length > 0)
    side.push({
      col: sideCol,
      row: sizing.row + sizing.rows.length + 2,
      title: phrase("unassigned", lang),
      rows: plan.unassignedHospitals.map((h): [string, OutputValue] => [h.name, h.doctors]),
      formats: plan.unassignedHospitals.map(() => "integer"),
    });

  return resolveColumnRefs({
    id: "team",
    sheetName: outputSheetName("team", lang),
    tableName: tableNameOf("team"),
    columns,
    rows,
    side,
  });
}
