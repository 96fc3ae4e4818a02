import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, Lang, Severity } from "../../core/issues";
import type { Translate } from "../i18n";
import { groupIssues, sortBySeverity, type LocatedIssue } from "./issuesModel";

/** Props of the Issues step (step 4). */
export interface IssuesStepProps {
  t: Translate;
  lang: Lang;
  /** Issues with the cell each points at (see locateIssues). */
  issues: readonly LocatedIssue[];
  /** True when the issues come from the last generation, false when from reading the workbook. */
  fromRun: boolean;
  issueReason: (issue: Issue, lang: Lang) => string;
  /** Selects the issue's cell in the workbook. */
  onSelect: (sheet: string, address: string | undefined) => void;
}

/** More would make the pane slow; the Issues sheet has them all. */
const MAX_PER_SHEET = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column" },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  lines: { display: "flex", flexDirection: "column", gap: "2px" },
  where: { color: tokens.colorNeutralForeground3 },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 8rem), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  control: { minWidth: "0", width: "100%" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "skipped"];

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  skipped: "informative",
};

/** Step 4: data problems grouped by sheet; activating one selects its cell. */
export function IssuesStep({ t, lang, issues, fromRun, issueReason, onSelect }: IssuesStepProps) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const shown = sortBySeverity(issues).filter(
    (item) =>
      (severity === "all" || item.issue.severity === severity) &&
      (needle === "" ||
        [
          issueReason(item.issue, lang),
          item.subject ?? "",
          item.issue.value,
          item.issue.column,
          item.issue.sheet,
        ]
          .join(" ")
          .toLowerCase()
          .includes(needle)),
  );
  const groups = groupIssues(shown);
  if (issues.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("issues.none")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <Body1>
        {t("issues.count", { count: issues.length })} · {t(fromRun ? "issues.fromRun" : "issues.fromRead")}
      </Body1>
      <div className={styles.filters}>
        <Field label={t("issues.filter")}>
          <Select
            className={styles.control}
            value={severity}
            onChange={(_e, data) => setSeverity(data.value as Severity | "all")}
          >
            <option value="all">{t("issues.filterAll")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("issues.search")}>
          <Input
            className={styles.control}
            type="search"
            value={query}
            onChange={(_e, data) => setQuery(data.value)}
          />
        </Field>
      </div>
      {shown.length < issues.length ? (
        <Caption1 role="status">{t("issues.shown", { shown: shown.length, count: issues.length })}</Caption1>
      ) : null}
      <Accordion multiple collapsible defaultOpenItems={groupIssues(issues).map((g) => g.sheet)}>
        {groups.map((group) => {
          const sheetTitle = group.sheet === "" ? t("issues.general") : group.sheet;
          return (
            <AccordionItem key={group.sheet} value={group.sheet}>
              <AccordionHeader>
                {t("issues.group", { sheet: sheetTitle, count: group.issues.length })}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list} aria-label={sheetTitle}>
                  {group.issues.slice(0, MAX_PER_SHEET).map((item, i) => (
                    <li key={i}>
                      <IssueItem
                        t={t}
                        item={item}
                        message={issueReason(item.issue, lang)}
                        onSelect={onSelect}
                        className={styles.item}
                        styles={styles}
                      />
                    </li>
                  ))}
                </ul>
                {group.issues.length > MAX_PER_SHEET ? (
                  <Caption1>{t("issues.more", { count: group.issues.length - MAX_PER_SHEET })}</Caption1>
                ) : null}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}

interface IssueItemProps {
  t: Translate;
  item: LocatedIssue;
  message: string;
  onSelect: IssuesStepProps["onSelect"];
  className: string;
  styles: ReturnType<typeof useStyles>;
}

function IssueItem({ t, item, message, onSelect, className, styles }: IssueItemProps) {
  const { issue, address } = item;
  const where =
    issue.row === null
      ? ""
      : issue.column
        ? t("issues.where", { row: issue.row, column: issue.column })
        : t("issues.whereRow", { row: issue.row });
  const content = (
    <span className={styles.lines}>
      <span>
        <Badge appearance="tint" color={SEVERITY_COLOR[issue.severity]} size="small">
          {t(`severity.${issue.severity}`)}
        </Badge>{" "}
        {item.subject ? <strong>{item.subject}: </strong> : null}
        {message}
      </span>
      {where || issue.value ? (
        <Caption1 className={styles.where}>
          {[where, issue.value ? t("issues.value", { value: issue.value }) : ""].filter(Boolean).join(" · ")}
        </Caption1>
      ) : null}
    </span>
  );
  if (issue.sheet === "") return <div className={className}>{content}</div>;
  return (
    <Button
      appearance="subtle"
      className={className}
      title={t("issues.select", { address: address ?? "A1", sheet: issue.sheet })}
      onClick={() => onSelect(issue.sheet, address)}
    >
      {content}
    </Button>
  );
}
