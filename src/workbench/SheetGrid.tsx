import { Caption1, makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { columnLetter, isCellError, parseAddress, type CellValue } from "../core/cells";
import type { PlannedInput } from "../core/write";
import type { MemoryWorkbookPort } from "../memory/MemoryWorkbookPort";
import type { Translate } from "../taskpane/i18n";

/** Props of the workbench's grid: the sheets of a memory workbook, one shown at a time. */
export interface SheetGridProps {
  t: Translate;
  port: MemoryWorkbookPort;
}

/** Enough to read a plan; the rest is on the sheet (and in Excel). */
const MAX_ROWS = 500;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "0", height: "100%" },
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: "auto" },
  scroller: { overflow: "auto", flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "240px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "end" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    position: "sticky",
    top: "0",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    position: "sticky",
    left: "0",
  },
  // scroll-margin: scrolled into view below the sticky column header, not under it.
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    scrollMarginTop: "32px",
    scrollMarginLeft: "48px",
  },
  note: { padding: tokens.spacingHorizontalS },
});

/** The plan's cells meant for typing (the Target List's feedback) by column, as 0-based rows. */
function inputCells(
  inputs: readonly PlannedInput[] | undefined,
): Map<number, { from: number; to: number; fill: string; list: string[] | null }> {
  const out = new Map<number, { from: number; to: number; fill: string; list: string[] | null }>();
  for (const i of inputs ?? []) {
    const [a, b] = i.range.replace(/\$/g, "").split(":");
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    out.set(from.col, { from: from.row - 1, to: to.row - 1, fill: i.fill, list: i.list });
  }
  return out;
}

function display(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.code;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  return v;
}

export function SheetGrid({ t, port }: SheetGridProps) {
  const styles = useStyles();
  const snapshot = useSyncExternalStore(port.subscribe, port.snapshot);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectedCell = useRef<HTMLTableCellElement | null>(null);

  // port.activate (from the task pane) chooses the sheet shown, as Excel would.
  const selection = snapshot.selection;
  useEffect(() => {
    if (selection) setChosen(selection.sheet);
  }, [selection]);

  const sheet = snapshot.sheets.find((s) => s.name === chosen) ?? snapshot.sheets[0];
  const cell = selection && sheet && selection.sheet === sheet.name ? selection.cell : undefined;

  useEffect(() => {
    selectedCell.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [cell]);

  if (!sheet) return <Caption1 className={styles.note}>{t("wb.emptySheet")}</Caption1>;
  const inputs = inputCells(sheet.inputs);
  // A window of rows around the selected cell, so an issue beyond the first rows still shows its row.
  const first = cell && cell.row >= MAX_ROWS ? Math.max(0, cell.row - Math.floor(MAX_ROWS / 2)) : 0;
  const rows = sheet.values.slice(first, first + MAX_ROWS);
  const width = rows.reduce((w, r) => Math.max(w, r.length), cell ? cell.col + 1 : 0);

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        aria-label={t("wb.sheets")}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_e, data) => setChosen(String(data.value))}
      >
        {snapshot.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {rows.length === 0 ? (
          <Caption1 className={styles.note}>{t("wb.emptySheet")}</Caption1>
        ) : (
          <table className={styles.table} aria-label={t("wb.grid", { sheet: sheet.name })}>
            <thead>
              <tr>
                <th
                  className={mergeClasses(styles.cell, styles.head)}
                  scope="col"
                  aria-label={t("wb.cornerCell")}
                />
                {Array.from({ length: width }, (_x, c) => (
                  <th key={c} className={mergeClasses(styles.cell, styles.head)} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const r = first + i;
                return (
                  <tr key={r}>
                    <th className={mergeClasses(styles.cell, styles.rowHead)} scope="row">
                      {r + 1}
                    </th>
                    {Array.from({ length: width }, (_x, c) => {
                      const isSelected = cell !== undefined && cell.row === r && cell.col === c;
                      const input = inputs.get(c);
                      const typed = input && r >= input.from && r <= input.to ? input : undefined;
                      return (
                        <td
                          style={typed ? { backgroundColor: typed.fill } : undefined}
                          title={typed?.list ? typed.list.join(" / ") : undefined}
                          key={c}
                          ref={isSelected ? selectedCell : undefined}
                          className={mergeClasses(
                            styles.cell,
                            typeof row[c] === "number" && styles.number,
                            isSelected && styles.selected,
                          )}
                          data-address={`${columnLetter(c)}${r + 1}`}
                          aria-current={isSelected ? "true" : undefined}
                        >
                          {display(row[c])}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {sheet.values.length > MAX_ROWS ? (
          <Caption1 className={styles.note}>
            {first === 0
              ? t("wb.rowsShown", { count: MAX_ROWS, total: sheet.values.length })
              : t("wb.rowsWindow", { from: first + 1, to: first + rows.length, total: sheet.values.length })}
          </Caption1>
        ) : null}
      </div>
    </div>
  );
}
