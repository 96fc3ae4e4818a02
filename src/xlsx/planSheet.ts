/**
 * One SheetWrite of the write plan as a worksheet part: the table (header,
 * data, formulas with their cached values), side blocks, grids (the chart
 * data), number formats, widths, frozen panes and conditional formats, each
 * exactly as the plan resolved them. Rows are produced one at a time, so a
 * 1,000,000-row table is never held as XML.
 */
import {
  excelCellValue,
  formulaForRow,
  type ConditionalFormatRule,
  type OutputValue,
  type SheetWrite,
} from "../core";
import type { StyleBook } from "./styleBook";
import {
  cellXml,
  conditionalXml,
  letter,
  rowXml,
  type ConditionalRule,
  type WorksheetSpec,
} from "./worksheetXml";

const TEXT = "@";

/** A cell outside the table: side blocks and grids, by Excel row. */
type Extra = [col: number, xml: string];

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function extrasByRow(write: SheetWrite, styles: StyleBook): Map<number, Extra[]> {
  const byRow = new Map<number, Extra[]>();
  const put = (row: number, col: number, xml: string) => {
    if (xml === "") return;
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push([col, xml]);
  };
  const bold = styles.cellXf({ bold: true });
  const text = styles.cellXf({ numberFormat: TEXT });
  for (const block of write.sideBlocks) {
    put(block.excelRow, block.col, cellXml(block.col, block.excelRow, block.title, bold));
    block.rows.forEach((r, i) => {
      const row = block.excelRow + 1 + i;
      put(row, block.col, cellXml(block.col, row, r.label, text));
      const style = styles.cellXf({ numberFormat: r.numberFormat });
      put(row, block.col + 1, cellXml(block.col + 1, row, r.value, style, r.formula ?? undefined));
    });
  }
  for (const grid of write.grids) {
    grid.values.forEach((values, r) => {
      const row = grid.row + r + 1;
      const style = styles.cellXf({ numberFormat: grid.rowFormats[r], bold: grid.boldRows.includes(r) });
      values.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? undefined;
        if (value === null && formula === undefined) return;
        put(row, grid.col + c, cellXml(grid.col + c, row, value, style, formula));
      });
    });
  }
  return byRow;
}

/** Rules grouped by range, in the plan's order; priorities run through the sheet. */
function conditional(rules: ConditionalFormatRule[], styles: StyleBook): string[] {
  const groups = new Map<string, ConditionalRule[]>();
  for (const rule of rules) {
    let list = groups.get(rule.range);
    if (!list) groups.set(rule.range, (list = []));
    list.push(
      rule.kind === "expression"
        ? {
            type: "expression",
            formula: rule.formula.replace(/^=/, ""),
            dxfId: styles.fillDxf(argb(rule.fill)),
          }
        : { type: "dataBar", color: argb(rule.color) },
    );
  }
  let priority = 1;
  return [...groups].map(([range, list]) => {
    const xml = conditionalXml(range.replace(/\$/g, ""), list, priority);
    priority += list.length;
    return xml;
  });
}

export interface SheetRelIds {
  tables: string[];
  drawing?: string;
}

export function planSheetSpec(write: SheetWrite, styles: StyleBook, relIds: SheetRelIds): WorksheetSpec {
  const { table } = write;
  const columns = table.columns;
  const text = styles.cellXf({ numberFormat: TEXT });
  const dataStyles = columns.map((c) => styles.cellXf({ numberFormat: c.numberFormat }));
  const textRows = columns.map((c) => (c.textRows.length > 0 ? new Set(c.textRows) : null));
  const extras = extrasByRow(write, styles);
  const lastRow = Math.max(write.extent.rows, table.spanRows + 1);

  function* rows(): Iterable<string> {
    for (let row = 1; row <= lastRow; row++) {
      let cells = "";
      let lastCol = -1;
      if (row === 1) {
        columns.forEach((c, j) => (cells += cellXml(j, 1, c.header, text)));
        lastCol = columns.length - 1;
      } else if (row - 2 < table.rows.length) {
        const i = row - 2;
        const values = table.rows[i];
        for (let j = 0; j < columns.length; j++) {
          const c = columns[j];
          const value: OutputValue = excelCellValue(values[j] ?? null, c.format);
          if (c.formula !== undefined) {
            cells += cellXml(j, row, value, dataStyles[j], formulaForRow(c.formula, i));
          } else if (value !== null) {
            cells += cellXml(j, row, value, textRows[j]?.has(i) ? text : dataStyles[j]);
          }
        }
        lastCol = columns.length - 1;
      }
      const more = extras.get(row);
      if (more) {
        more.sort((a, b) => a[0] - b[0]);
        // A block never overlaps the table in a valid plan; if one did, Excel would need the cells in order.
        if (more[0][0] <= lastCol)
          throw new Error(`${write.sheetName}: a block overlaps the table at row ${row}`);
        for (const [, xml] of more) cells += xml;
      }
      if (cells !== "") yield rowXml(row, cells);
    }
  }

  return {
    dimension: `A1:${letter(Math.max(1, write.extent.columns) - 1)}${lastRow}`,
    frozenRows: write.freeze.rows,
    frozenColumns: write.freeze.columns,
    selected: false,
    widths: write.columnWidths.map((w) => [w.col, w.chars]),
    rows,
    conditional: conditional(write.conditionalFormats, styles),
    drawingRelId: relIds.drawing,
    tableRelIds: relIds.tables,
  };
}
