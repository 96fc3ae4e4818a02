/** A small numeric table that fits Excel's 320 px pane: small type, tight cells, headers that may wrap. */
import { makeStyles, tokens } from "@fluentui/react-components";

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
