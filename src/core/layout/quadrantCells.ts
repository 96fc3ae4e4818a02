/**
 * The live quadrant formula and its cut-off side block: the cut-off cells are
 * MEDIAN / PERCENTILE.INC / AVERAGE over the table's own columns (or the
 * fixed number), and every row's quadrant compares against them, so editing
 * an input or a cut-off re-segments in Excel without the add-in.
 */
import type { Lang } from "../issues";
import { phrase } from "../labels";
import type { CutoffRule } from "../method/cutoff";
import type { OutputColumn, OutputTable, OutputValue, SideBlock } from "../output";
import { outputSheetName, resolveColumnRefs } from "../output";
import { dataRange, formulaNumber, ref, sideValueAddress, tableNameOf } from "./columns";

export interface QuadrantBlock {
  block: SideBlock;
  /** Row formula of the quadrant code over the volume/potential columns. */
  formula: string;
}

function methodText(rule: CutoffRule, lang: Lang): string {
  if (rule.method === "percentile") return `${phrase("percentile", lang)} P${formulaNumber(rule.percentile)}`;
  return phrase(rule.method, lang);
}

function cutoffCell(rule: CutoffRule, range: string, fixed: number): string | number {
  switch (rule.method) {
    case "median":
      return `=MEDIAN(${range})`;
    case "mean":
      return `=AVERAGE(${range})`;
    case "percentile":
      return `=PERCENTILE.INC(${range},${formulaNumber(rule.percentile / 100)})`;
    case "fixed":
      return fixed;
  }
}

/**
 * @param cols 0-based indexes and keys of the volume and potential columns
 * @param cuts the cut-offs the engine used (for "fixed", the number written)
 */
export function quadrantBlock(
  rule: CutoffRule,
  cuts: { volume: number; potential: number },
  cols: { volume: { key: string; index: number }; potential: { key: string; index: number } },
  tableWidth: number,
  rows: number,
  lang: Lang,
): QuadrantBlock {
  // One blank column between the table and the block.
  const block: SideBlock = {
    key: "cutoffs",
    col: tableWidth + 1,
    row: 1,
    title: phrase("cutoffs", lang),
    rows: [
      { key: "cutoffMethod", label: phrase("cutoffMethod", lang), value: methodText(rule, lang) },
      {
        key: "volumeCutoff",
        label: phrase("volumeCutoff", lang),
        value: cutoffCell(rule, dataRange(cols.volume.index, rows), cuts.volume),
        cached: cuts.volume,
        format: "number",
      },
      {
        key: "potentialCutoff",
        label: phrase("potentialCutoff", lang),
        value: cutoffCell(rule, dataRange(cols.potential.index, rows), cuts.potential),
        cached: cuts.potential,
        format: "number",
      },
    ],
  };
  const v = ref(cols.volume.key);
  const p = ref(cols.potential.key);
  const vCut = sideValueAddress(block, 1);
  const pCut = sideValueAddress(block, 2);
  const formula = `=IF(COUNT(${v},${p})<2,"",IF(${v}>=${vCut},"H","L")&IF(${p}>=${pCut},"H","L"))`;
  return { block, formula };
}

/**
 * Finishes a table with a "volume", "potential" and "quadrant" column: the
 * cut-off block beside it and the live quadrant formula reading that block.
 */
export function tableWithQuadrants(
  id: "segmentation" | "hospitalTiers",
  columns: OutputColumn[],
  rows: OutputValue[][],
  rule: CutoffRule,
  cuts: { volume: number; potential: number },
  lang: Lang,
): OutputTable {
  const index = (key: string) => columns.findIndex((c) => c.key === key);
  const q = quadrantBlock(
    rule,
    cuts,
    {
      volume: { key: "volume", index: index("volume") },
      potential: { key: "potential", index: index("potential") },
    },
    columns.length,
    rows.length,
    lang,
  );
  columns[index("quadrant")].formula = q.formula;
  return resolveColumnRefs({
    id,
    lang,
    sheetName: outputSheetName(id, lang),
    tableName: tableNameOf(id),
    columns,
    rows,
    side: [q.block],
  });
}
