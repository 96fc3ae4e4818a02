import {
  Badge,
  Body1Strong,
  Caption1,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Lang } from "../core/issues";
import { CATALOGS, translator } from "../taskpane/i18n";
import type { PaneServices } from "../taskpane/services";
import { TaskPane } from "../taskpane/TaskPane";
import { SheetGrid } from "./SheetGrid";
import { useWorkbenchFile } from "./useWorkbenchFile";

/** Props of the browser workbench: the task pane beside a grid of an in-memory workbook. */
export interface WorkbenchProps {
  services: PaneServices;
  /** Initial language (the pane's switch changes it). */
  lang: Lang;
  /** URL of the workbook loaded at start (default: the bundled zh sample). */
  sampleUrl?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%" },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: "0",
    // A phone-sized window: the pane on top at full width (as narrow as Excel's), the grid below.
    "@media (max-width: 640px)": { flexDirection: "column", overflowY: "auto" },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    overflowX: "auto",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 640px)": { width: "100%", overflowY: "visible", borderRight: "none" },
  },
  grid: { flexGrow: 1, minWidth: "0", "@media (max-width: 640px)": { minHeight: "60vh" } },
  file: { maxWidth: "100%" },
  openFile: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  center: { padding: tokens.spacingHorizontalXXL },
});

export function Workbench({ services, lang: initialLang, sampleUrl }: WorkbenchProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const { state, open } = useWorkbenchFile(sampleUrl);

  return (
    <div className={styles.root}>
      <header className={styles.bar} role="banner">
        <Badge appearance="filled" color="warning" size="large">
          {`${CATALOGS.en["wb.preview"]} / ${CATALOGS.zh["wb.preview"]}`}
        </Badge>
        <Body1Strong>{t("wb.workbook", { name: state.name })}</Body1Strong>
        <span className={styles.openFile}>
          <Label htmlFor="workbench-file" size="small">
            {t("wb.openFile")}
          </Label>
          <input
            id="workbench-file"
            className={styles.file}
            type="file"
            name="workbook"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) open(file);
            }}
          />
        </span>
      </header>
      {state.status === "loading" ? (
        <Spinner className={styles.center} label={t("wb.loading", { name: state.name })} />
      ) : state.status === "failed" ? (
        <div className={styles.center}>
          <MessageBar intent="error">
            <MessageBarBody>
              {state.notXlsx
                ? t("wb.notXlsx", { name: state.name })
                : t("wb.loadFailed", { name: state.name, message: state.message })}
            </MessageBarBody>
          </MessageBar>
          <Caption1>{t("wb.noWorkbook")}</Caption1>
        </div>
      ) : (
        <div className={styles.body}>
          <aside className={styles.pane} aria-label={t("app.title")} data-pane-scroller="">
            <TaskPane
              key={state.name}
              port={state.port}
              services={services}
              lang={lang}
              onLangChange={setLang}
            />
          </aside>
          <section className={styles.grid} aria-label={t("wb.sheets")}>
            <SheetGrid t={t} port={state.port} />
          </section>
        </div>
      )}
    </div>
  );
}
