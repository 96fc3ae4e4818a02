import { makeStyles, tokens } from "@fluentui/react-components";

/** A facts list (dl): terms in a column as wide as the longest, values beside them. */
export const useFactStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: "0", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** Props of one term and its value in a facts list. */
export interface FactProps {
  term: string;
  value: string | number;
}

/** One term and its value in a facts list; the value's accessible name repeats the term. */
export function Fact({ term, value }: FactProps) {
  const styles = useFactStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value} aria-label={`${term}: ${value}`}>
        {value}
      </dd>
    </>
  );
}
