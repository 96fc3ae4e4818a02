/**
 * One SheetWrite of the write plan as a worksheet part: the table (header,
 * data, formulas with their cached values), side blocks, grids (the chart
 * data), number formats, widths, frozen panes and conditional formats, each
 * exactly as the plan resolved them. Rows are produced one at a time, so a
 * 1,000,000-row table is never held as XML.
 */
import {
  isoDateSerial,
  NUMBER_FORMATS,
  type ConditionalFormatRule,
  type OutputValue,
  type SheetWrite,
} from "../core";
import { serialInSystem, type DateSystem } from "../core/dates";
import type { StyleBook } from "./styleBook";
import {
  cellXml,
  conditionalXml,
  letter,
  rowXml,
  type ConditionalRule,
  type WorksheetSpec,
} from "./worksheetXml";
import { escapeAttr, escapeText } from "./xmlText";

const TEXT = "@";

/** A cell outside the table: side blocks and grids, by Excel row. */
type Extra = [col: number, xml: string];

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** Side-block cells by Excel row (a few dozen cells). */
function sideCells(write: SheetWrite, styles: StyleBook, dateSystem: DateSystem): Map<number, Extra[]> {
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
      const isDate =
        r.numberFormat === NUMBER_FORMATS.date && typeof r.value === "number" && r.formula === null;
      const value = isDate ? serialInSystem(r.value as number, dateSystem) : r.value;
      put(row, block.col + 1, cellXml(block.col + 1, row, value, style, r.formula ?? undefined));
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

/**
 * The drop-down lists (ECMA-376 §18.3.1.32/33): a list's formula1 is the
 * quoted, comma-separated values, e.g. "保留,移除".
 */
function validationsXml(write: SheetWrite): string {
  const lists = (write.inputs ?? []).filter((i) => i.list && i.list.length > 0);
  if (lists.length === 0) return "";
  const items = lists.map(
    (i) =>
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
      (i.prompt
        ? ` promptTitle="${escapeAttr(i.prompt.title)}" prompt="${escapeAttr(i.prompt.message)}"`
        : "") +
      ` sqref="${i.range.replace(/\$/g, "")}">` +
      `<formula1>${escapeText(`"${(i.list ?? []).join(",")}"`)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

export interface SheetRelIds {
  tables: string[];
  drawing?: string;
}

/**
 * `dateSystem`: the workbook's. The plan's date cells are 1900-system serials
 * (or ISO text in a table); a 1904 workbook stores the same day 1,462 lower.
 */
export function planSheetSpec(
  write: SheetWrite,
  styles: StyleBook,
  relIds: SheetRelIds,
  dateSystem: DateSystem = 1900,
): WorksheetSpec {
  const { table } = write;
  const columns = table.columns;
  const text = styles.cellXf({ numberFormat: TEXT });
  // Cells meant for typing (the Target List's feedback) are filled, blank ones included.
  const inputFill = new Map((write.inputs ?? []).map((i) => [i.key, argb(i.fill)]));
  const dataStyles = columns.map((c) =>
    styles.cellXf({ numberFormat: c.numberFormat, fill: inputFill.get(c.key) }),
  );
  const inputColumn = columns.map((c) => inputFill.has(c.key));
  const textRows = columns.map((c) => (c.textRows.length > 0 ? new Set(c.textRows) : null));
  // formulaForRow's "{r}" substitution, split once per column instead of once per cell.
  const templates = columns.map((c) => c.formula?.split("{r}"));
  const side = sideCells(write, styles, dateSystem);
  // Grids (the chart data) can be as tall as the table: their cells are made row by row,
  // with every style registered now, before the styles part is written.
  const grids = write.grids.map((grid) => ({
    grid,
    styles: grid.rowFormats.map((f, r) =>
      styles.cellXf({ numberFormat: f, bold: grid.boldRows.includes(r) }),
    ),
  }));
  const gridCells = (row: number, into: Extra[]) => {
    for (const { grid, styles: rowStyles } of grids) {
      const r = row - grid.row - 1;
      if (r < 0 || r >= grid.values.length) continue;
      const values = grid.values[r];
      const formulas = grid.formulas?.[r];
      for (let c = 0; c < values.length; c++) {
        const formula = formulas?.[c] ?? undefined;
        if (values[c] === null && formula === undefined) continue;
        into.push([grid.col + c, cellXml(grid.col + c, row, values[c], rowStyles[r], formula)]);
      }
    }
  };
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
          const raw = values[j] ?? null;
          const value: OutputValue =
            c.format === "date" && typeof raw === "string" ? (isoDateSerial(raw, dateSystem) ?? raw) : raw;
          const template = templates[j];
          if (template !== undefined) {
            cells += cellXml(j, row, value, dataStyles[j], template.join(String(row)));
          } else if (value !== null || inputColumn[j]) {
            cells += cellXml(j, row, value, textRows[j]?.has(i) ? text : dataStyles[j]);
          }
        }
        lastCol = columns.length - 1;
      }
      const more: Extra[] = [...(side.get(row) ?? [])];
      gridCells(row, more);
      if (more.length > 0) {
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
    validations: validationsXml(write),
    drawingRelId: relIds.drawing,
    tableRelIds: relIds.tables,
  };
}
