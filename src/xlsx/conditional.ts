/**
 * Conditional formats for columns that ask for them (OutputColumn.highlight),
 * matching the Excel host: quadrant colours, a data bar, SMART failures.
 * Rules are expressions over the column's own cells, so they keep working when
 * the user sorts or filters the table.
 */
import type { Worksheet } from "exceljs";
import { columnLetter } from "../core/cells";
import { QUADRANT_LABELS } from "../core/labels";
import type { OutputColumn } from "../core/output";
import { QUADRANTS, type Quadrant } from "../core/settings";

/** Fill colours (ARGB): Grow green, Develop amber, Maintain blue, Monitor grey. */
export const QUADRANT_FILLS: Record<Quadrant, string> = {
  HH: "FFC6EFCE",
  LH: "FFFFEB9C",
  HL: "FFDDEBF7",
  LL: "FFEDEDED",
};
const DATABAR_COLOR = "FF638EC6";
const FAIL_FILL = "FFFFC7CE";

function quote(text: string): string {
  return `"${text.split('"').join('""')}"`;
}

/** The cell may hold the code (HH) or the quadrant's name in either language. */
function quadrantExpression(cell: string, q: Quadrant): string {
  const names = [q, QUADRANT_LABELS[q].name.zh, QUADRANT_LABELS[q].name.en];
  return `OR(${names.map((n) => `${cell}=${quote(n)}`).join(",")})`;
}

export function addConditionalFormats(ws: Worksheet, columns: OutputColumn[], rowCount: number): void {
  if (rowCount === 0) return;
  columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const ref = `${letter}2:${letter}${rowCount + 1}`;
    const firstCell = `$${letter}2`;
    switch (column.highlight) {
      case "quadrant":
        ws.addConditionalFormatting({
          ref,
          rules: QUADRANTS.map((q, priority) => ({
            type: "expression",
            priority: priority + 1,
            formulae: [quadrantExpression(firstCell, q)],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: QUADRANT_FILLS[q] } } },
          })),
        });
        break;
      case "databar":
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: "dataBar",
              priority: 1,
              gradient: true,
              cfvo: [{ type: "min" }, { type: "max" }],
              color: { argb: DATABAR_COLOR },
            } as Parameters<Worksheet["addConditionalFormatting"]>[0]["rules"][number],
          ],
        });
        break;
      case "smart":
        // A SMART check cell lists the letters an objective fails; blank or ✓ means it passes.
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: "expression",
              priority: 1,
              formulae: [`AND(LEN(${firstCell})>0,${firstCell}<>"✓")`],
              style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FAIL_FILL } } },
            },
          ],
        });
        break;
      case undefined:
        break;
    }
  });
}
