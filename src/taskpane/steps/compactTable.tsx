/** A small numeric table that fits Excel's 320 px pane: small type, tight cells, headers that may wrap. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export const useCompactTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
  },
  head: {
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  first: { textAlign: "start", paddingLeft: "0" },
  cell: {
    textAlign: "end",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: {
    textAlign: "start",
    paddingLeft: "0",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: "none" },
});

/** The header row: the name column's heading first (aligned with the names), then the numeric columns'. */
export function CompactTableHead({ columns }: { columns: readonly [string, ...string[]] }) {
  const styles = useCompactTableStyles();
  const [first, ...rest] = columns;
  return (
    <thead>
      <tr>
        <th scope="col" className={mergeClasses(styles.head, styles.first)}>
          {first}
        </th>
        {rest.map((heading, i) => (
          <th key={`${i}:${heading}`} scope="col" className={styles.head}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A row's leading cell: the rep's name, or "—" for a row without one. */
export function CompactNameCell({ name }: { name: string | null }) {
  const styles = useCompactTableStyles();
  return (
    <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
      {name ?? "—"}
    </th>
  );
}
