/**
 * Plan vs Actual / 执行跟踪 (SPEC §10): one row per archived target of the
 * measured cycle. Actual calls are a live COUNTIFS over the Call Log's
 * columns, whole columns so rows a rep adds later are counted without a
 * re-run; attainment and "met" are live too. Calls MicroSeg read that
 * COUNTIFS cannot see (a date typed as text) are a constant column the
 * formula adds, so formula and cached value agree.
 */
import { columnLetter } from "../cells";
import type { DoctorStatus } from "../fields";
import type { Lang } from "../issues";
import { phrase, statusLabel } from "../labels";
import { MEASURE_LABELS, type MeasureLabel } from "../measure/labels";
import type { MeasureResult } from "../measure/measure";
import type { ColumnFormat, OutputColumn, OutputTable, OutputValue, SideBlock } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import { excelString, ref, tableNameOf } from "./columns";

/** Where the Call Log is: its sheet and the 0-based sheet columns of the cells COUNTIFS compares. */
export interface CallLogLocation {
  sheet: string;
  hospital: number;
  doctor: number;
  date: number;
}

export function measureColumn(
  key: string,
  label: MeasureLabel,
  lang: Lang,
  format: ColumnFormat,
  extra: Partial<OutputColumn> = {},
): OutputColumn {
  return { key, header: MEASURE_LABELS[label][lang], format, ...extra };
}

/** 'Call Log'!$C:$C — a whole column, so it grows with the log. */
function wholeColumn(sheet: string, col: number): string {
  const letter = columnLetter(col);
  return `'${sheet.replace(/'/g, "''")}'!$${letter}:$${letter}`;
}

function excelDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/** The live count of a row's calls in the cycle; `extra` is the column of calls it cannot see. */
export function actualCallsFormula(
  log: CallLogLocation,
  cycle: { start: string; end: string },
  extra: boolean,
): string {
  const date = wholeColumn(log.sheet, log.date);
  const count =
    `COUNTIFS(${wholeColumn(log.sheet, log.hospital)},${ref("hospital")},` +
    `${wholeColumn(log.sheet, log.doctor)},${ref("doctor")},` +
    // "<" the day after the end, so a date with a time of day on the last day still counts.
    `${date},">="&${excelDate(cycle.start)},${date},"<"&(${excelDate(cycle.end)}+1))`;
  return `=${count}${extra ? `+${ref("unseenCalls")}` : ""}`;
}

export function attainmentFormula(actual: string, planned: string): string {
  return `=IF(N(${ref(planned)})=0,"",${ref(actual)}/${ref(planned)})`;
}

function metFormula(lang: Lang): string {
  const now = ref("rxNow");
  const target = ref("targetRx");
  return `=IF(COUNT(${now},${target})<2,"",IF(${now}>=${target},${excelString(phrase("yes", lang))},${excelString(phrase("no", lang))}))`;
}

/** The cycle measured, beside the table: its first and last day. */
export function cycleBlock(cycle: { start: string; end: string }, col: number, lang: Lang): SideBlock {
  return {
    key: "cycle",
    col,
    row: 1,
    title: MEASURE_LABELS.cycle[lang],
    rows: [
      { key: "cycleStart", label: MEASURE_LABELS.cycleStart[lang], value: cycle.start, format: "date" },
      { key: "cycleEnd", label: MEASURE_LABELS.cycleEnd[lang], value: cycle.end, format: "date" },
    ],
  };
}

function status(s: DoctorStatus | null, lang: Lang): string {
  return s ? statusLabel(s, lang) : "";
}

export function planVsActualTable(m: MeasureResult, log: CallLogLocation | null, lang: Lang): OutputTable {
  const unseen = m.targets.some((t) => t.unseenCalls > 0);
  const columns: OutputColumn[] = [
    measureColumn("rep", "rep", lang, "text", { width: 10 }),
    measureColumn("hospital", "hospital", lang, "text", { width: 24 }),
    measureColumn("department", "department", lang, "text", { width: 14 }),
    measureColumn("doctor", "doctor", lang, "text", { width: 12 }),
    measureColumn("plannedCalls", "plannedCalls", lang, "integer"),
    ...(unseen && log ? [measureColumn("unseenCalls", "unseenCalls", lang, "integer")] : []),
    measureColumn(
      "actualCalls",
      "actualCalls",
      lang,
      "integer",
      log ? { formula: actualCallsFormula(log, m.cycle, unseen) } : {},
    ),
    measureColumn("callAttainment", "callAttainment", lang, "percent", {
      formula: attainmentFormula("actualCalls", "plannedCalls"),
      highlight: "databar",
    }),
    measureColumn("lastCall", "lastCall", lang, "date", { width: 12 }),
    measureColumn("rxThen", "rxThen", lang, "rx"),
    measureColumn("rxNow", "rxNow", lang, "rx"),
    measureColumn("targetRx", "targetRx", lang, "rx"),
    measureColumn("met", "met", lang, "text", { formula: metFormula(lang) }),
    measureColumn("quadrantThen", "quadrantThen", lang, "text", { highlight: "quadrant" }),
    measureColumn("quadrantNow", "quadrantNow", lang, "text", { highlight: "quadrant" }),
    measureColumn("statusThen", "statusThen", lang, "text"),
    measureColumn("statusNow", "statusNow", lang, "text"),
  ];
  const rows: OutputValue[][] = m.targets.map((t) => [
    t.rep,
    t.hospital,
    t.department,
    t.doctor,
    t.plannedCalls,
    ...(unseen && log ? [t.unseenCalls] : []),
    t.actualCalls,
    t.plannedCalls === 0 ? null : t.actualCalls / t.plannedCalls,
    t.lastCall,
    t.rxThen,
    t.rxNow,
    t.targetRx,
    t.met === null ? null : phrase(t.met ? "yes" : "no", lang),
    t.quadrantThen,
    t.quadrantNow,
    status(t.statusThen, lang),
    status(t.statusNow, lang),
  ]);
  return resolveColumnRefs({
    id: "planVsActual",
    lang,
    sheetName: outputSheetName("planVsActual", lang),
    tableName: tableNameOf("planVsActual"),
    columns,
    rows,
    side: [cycleBlock(m.cycle, columns.length + 1, lang)],
  });
}
