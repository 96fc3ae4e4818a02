/**
 * The SMART columns the plan adds to the Target List, with live formulas so a
 * target the user types over in the sheet is re-checked at once. The formulas
 * name the Target List's own columns by key ("{c:volume}{r}"); the engine
 * resolves them to letters. Their logic mirrors smart.ts exactly.
 */
import type { Lang } from "../issues";
import type { OutputColumn } from "../output";
import { header } from "./labels";

/** Keys of the engine's Target List columns the formulas read. */
const VOLUME = "{c:volume}{r}";
const POTENTIAL = "{c:potential}{r}";
const DOCTOR = "{c:doctor}{r}";
const HOSPITAL = "{c:hospital}{r}";
const FREQUENCY = "{c:callsInCycle}{r}";
/** Keys of this module's own columns. */
const ACTION = "{c:action}{r}";
const TARGET = "{c:targetRx}{r}";
const DUE = "{c:dueDate}{r}";
const PLANNED = "{c:callsPlanned}{r}";

/** A number as Excel formula text, without float noise (1 + 0.2 → "1.2"). */
function num(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** Excel DATE(y,m,d) of an ISO date. */
function excelDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/**
 * TARGETRX as a sheet formula over the row's volume and potential, in whole
 * prescriptions like targetRx: ROUNDUP(ROUND(v×(1+a), 9)) so float noise never
 * adds one, INT of the potential as the cap, and no cap when it is blank.
 */
export function targetRxFormula(ambition: number, trial: number): string {
  const uncapped =
    `IF(${VOLUME}=0,${num(trial)},` +
    `MAX(ROUNDUP(ROUND(${VOLUME}*${num(1 + ambition)},9),0),INT(${VOLUME})+1))`;
  return `=IF(ISNUMBER(${POTENTIAL}),MIN(INT(${POTENTIAL}),${uncapped}),${uncapped})`;
}

/**
 * SMARTCHECK as a sheet formula: "" or the failing letters, e.g. "A,R".
 * Each letter adds ",X"; MID(…,2,…) drops the leading comma. Plain IF/AND/OR
 * so it works in every Excel version (no TEXTJOIN).
 */
export function smartCheckFormula(ambition: number, cycleStart: string, cycleEnd: string): string {
  const measurable = `AND(ISNUMBER(${TARGET}),${TARGET}>=0)`;
  const s = `IF(OR(${DOCTOR}="",${HOSPITAL}="",${ACTION}=""),",S","")`;
  const m = `IF(${measurable},"",",M")`;
  const floor = `IF(${VOLUME}=0,1,${VOLUME}*${num(1 + ambition)})`;
  const a = `IF(${measurable},IF(${TARGET}<${floor},",A",""),"")`;
  const overPotential = `AND(ISNUMBER(${POTENTIAL}),${TARGET}>${POTENTIAL})`;
  const r = `IF(${measurable},IF(OR(${overPotential},N(${PLANNED})<N(${FREQUENCY})),",R",""),"")`;
  const t = `IF(AND(ISNUMBER(${DUE}),${DUE}>=${excelDate(cycleStart)},${DUE}<=${excelDate(cycleEnd)}),"",",T")`;
  return `=MID(${s}&${m}&${a}&${r}&${t},2,10)`;
}

export interface TargetColumnOptions {
  lang: Lang;
  ambition: number;
  trial: number;
  cycleStart: string;
  cycleEnd: string;
}

/** Column order of targetListValues rows. */
export const TARGET_COLUMN_KEYS = [
  "action",
  "targetRx",
  "objective",
  "dueDate",
  "callsPlanned",
  "tactic",
  "smartCheck",
] as const;

export function targetListColumns(o: TargetColumnOptions): OutputColumn[] {
  return [
    { key: "action", header: header("action", o.lang), format: "text", width: 14 },
    {
      key: "targetRx",
      header: header("targetRx", o.lang),
      format: "rx",
      formula: targetRxFormula(o.ambition, o.trial),
      width: 12,
    },
    { key: "objective", header: header("objective", o.lang), format: "text", width: 48 },
    { key: "dueDate", header: header("dueDate", o.lang), format: "date", width: 12 },
    { key: "callsPlanned", header: header("callsPlanned", o.lang), format: "integer", width: 10 },
    { key: "tactic", header: header("tactic", o.lang), format: "text", width: 48 },
    {
      key: "smartCheck",
      header: header("smartCheck", o.lang),
      format: "text",
      formula: smartCheckFormula(o.ambition, o.cycleStart, o.cycleEnd),
      width: 10,
      highlight: "smart",
    },
  ];
}
