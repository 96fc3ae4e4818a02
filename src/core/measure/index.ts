export {
  HISTORY_COLUMNS,
  historyCycles,
  mergeHistory,
  readHistory,
  type CycleRef,
  type HistoryRow,
} from "./history";
export { measuredCycle } from "./actuals";
export { kpisOf, objectiveMet, STATUS_ORDER, type Kpis, type Matrix, type QuotaCoverage } from "./kpis";
export { cycleMonths, type MeasureResult, type MeasureTarget } from "./measure";
export { MEASURE_LABELS } from "./labels";
export { measureHeadline, percentText, type MeasureHeadline } from "./headline";
