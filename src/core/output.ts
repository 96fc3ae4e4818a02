/**
 * Host-neutral output tables (SPEC.md §7). The engine produces these; the
 * Excel host, the .xlsx writer and the workbench grid write them.
 *
 * Layout contract: the table's header is row 1, column A of its sheet; data
 * row i (0-based) is Excel row i + 2. A column formula is an A1 template in
 * which "{r}" stands for the row's Excel row number, e.g. "=C{r}*D{r}". Its
 * computed value is in rows[i][col] as well, so a host may write either.
 *
 * While the engine assembles a table, a template may also name another column
 * of the same table by key as "{c:volume}"; resolveColumnRefs() turns that
 * into the column letter before a table leaves the engine. Hosts only ever see
 * "{r}" templates.
 */
import { columnLetter } from "./cells";
import type { Lang } from "./issues";

export type OutputId =
  | "hospitalTiers"
  | "departmentPotential"
  | "segmentation"
  | "targetList"
  | "callPlan"
  | "calendar"
  | "weeklyProspects"
  | "team"
  | "planVsActual"
  | "kpis"
  | "planHistory"
  | "issues";

export const OUTPUT_SHEET_NAMES: Record<OutputId, { en: string; zh: string }> = {
  hospitalTiers: { en: "Hospital Tiers", zh: "医院分级" },
  departmentPotential: { en: "Department Potential", zh: "科室潜力" },
  segmentation: { en: "Segmentation", zh: "医生细分" },
  targetList: { en: "Target List", zh: "目标医生" },
  callPlan: { en: "Call Plan", zh: "拜访计划" },
  calendar: { en: "Call Calendar", zh: "拜访日历" },
  weeklyProspects: { en: "Weekly Prospects", zh: "每周准客户" },
  team: { en: "Team", zh: "团队" },
  planVsActual: { en: "Plan vs Actual", zh: "执行跟踪" },
  kpis: { en: "KPIs", zh: "业绩指标" },
  planHistory: { en: "Plan History", zh: "计划存档" },
  issues: { en: "Issues", zh: "数据问题" },
};

export function outputSheetName(id: OutputId, lang: Lang): string {
  return OUTPUT_SHEET_NAMES[id][lang];
}

/** How a column is displayed; hosts map this to a number format. */
export type ColumnFormat =
  | "text" // written as text, never parsed as a formula (injection-safe)
  | "integer" // #,##0
  | "number" // #,##0.00
  | "rx" // #,##0.0 (one decimal for Rx)
  | "money" // #,##0 元
  | "percent" // 0.0%
  | "date"; // yyyy-mm-dd, value is an ISO date string "2026-12-01"

export type OutputValue = string | number | boolean | null;

export interface OutputColumn {
  /** Stable key, e.g. "deptTotalRx". */
  key: string;
  /** Header in the output language. */
  header: string;
  format: ColumnFormat;
  /** A1 template with {r}, e.g. "=C{r}*D{r}*E{r}*F{r}". */
  formula?: string;
  /** Suggested width in characters. */
  width?: number;
  /** Conditional format hint. */
  highlight?: "quadrant" | "databar" | "smart";
  /**
   * Cells meant for typing (issue 16: the rep's feedback): input-styled, with
   * a drop-down of `choices` when given. Read back on the next run.
   */
  input?: { choices?: string[]; prompt?: { title: string; message: string } };
}

/**
 * One row of a side block: a stable key (hosts find a cell by it, never by
 * its translated label), the label, and the value. A value starting with "="
 * is a formula; `cached` is then its computed result (written as the cell's
 * cached value, so a file opened without recalculation shows it).
 */
export interface SideRow {
  /** Stable key, e.g. "volumeCutoff", "status". */
  key: string;
  label: string;
  value: OutputValue;
  /** Computed result of a formula value; ignored for a constant. */
  cached?: OutputValue;
  /** How the value is displayed; "text" when absent. */
  format?: ColumnFormat;
}

/** A labelled block written to the right of the table (e.g. the cut-offs). */
export interface SideBlock {
  /** Stable key of the block, e.g. "cutoffs", "status". */
  key: string;
  /** 0-based column index of the block's first column. */
  col: number;
  /** 1-based Excel row of the block's first row (the title). */
  row: number;
  title: string;
  /** Row i goes on Excel row `row + 1 + i`: label in `col`, value in `col + 1`. */
  rows: SideRow[];
}

/**
 * A labelled matrix written to the right of the table (the migrations, then ×
 * now): a title row, a header row (the corner, the column labels, the total),
 * a row per label, and a total row. The totals are live SUMs.
 */
export interface OutputMatrix {
  /** Stable key, e.g. "quadrantMigration". */
  key: string;
  /** 0-based column of the row labels. */
  col: number;
  /** 1-based Excel row of the title. */
  row: number;
  title: string;
  /** Header of the label column, e.g. "当时 \ 现在". */
  corner: string;
  columns: string[];
  rows: { key: string; label: string; values: number[] }[];
  /** Header of the total column and label of the total row. */
  totalLabel: string;
}

/**
 * A column chart the layout asks for: a bar per data row among the first
 * `rows` (a table's later rows, such as a total, are left out), labelled by
 * one column and measured by another, with an optional constant target line.
 * The write plan turns it into the chart and the target's cells.
 */
export interface OutputBarChart {
  kind: "bar";
  /** Stable key of what is charted, e.g. "callAttainment". */
  key: string;
  title: string;
  /** Column keys of the labels and of the values. */
  categoryColumn: string;
  valueColumn: string;
  /** Data rows charted: 0 … rows − 1. */
  rows: number;
  /** The target drawn across the bars (1 = 100 %), with its legend name and the header of its cells. */
  target: { value: number; name: string } | null;
}

export interface OutputTable {
  id: OutputId;
  /** The language the table was written in (headers, labels, sheet name). */
  lang: Lang;
  /** Wanted sheet name in the output language; the write plan decides the name used. */
  sheetName: string;
  /** Wanted Excel table name (no spaces), e.g. "MicroSeg_TargetList"; the write plan makes it unique. */
  tableName: string;
  columns: OutputColumn[];
  /** rows[i][c] = computed value of column c in data row i. */
  rows: OutputValue[][];
  side?: SideBlock[];
  /** Matrices beside the table, after the side blocks. */
  matrices?: OutputMatrix[];
  /** A chart of the table's own cells (the Segmentation scatter is derived from its columns instead). */
  chart?: OutputBarChart;
}

/** Expands a column formula template for one data row (0-based). */
export function formulaForRow(template: string, dataRowIndex: number): string {
  return template.split("{r}").join(String(dataRowIndex + 2));
}

/** Replaces "{c:key}" in every formula (columns and side blocks) by that column's letter. */
export function resolveColumnRefs(table: OutputTable): OutputTable {
  const letters = new Map(table.columns.map((c, i) => [c.key, columnLetter(i)]));
  const resolve = (f: string): string =>
    f.replace(/\{c:([A-Za-z0-9_]+)\}/g, (_m, key: string) => {
      const letter = letters.get(key);
      if (!letter) throw new Error(`Formula in table ${table.id} names unknown column "${key}"`);
      return letter;
    });
  return {
    ...table,
    columns: table.columns.map((c) => (c.formula ? { ...c, formula: resolve(c.formula) } : c)),
    side: table.side?.map((b) => ({
      ...b,
      rows: b.rows.map((r) =>
        typeof r.value === "string" && r.value.startsWith("=") ? { ...r, value: resolve(r.value) } : r,
      ),
    })),
  };
}
