import {
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Lang } from "../core/issues";
import type { WorkbookPort } from "../core/port";
import { STEPS, useTaskPane, type StepId } from "./hooks/useTaskPane";
import type { PaneServices } from "./services";
import { DataStep } from "./steps/DataStep";
import { GenerateStep } from "./steps/GenerateStep";
import { IssuesStep } from "./steps/IssuesStep";
import { generatePreview } from "./steps/previewModel";
import { purchaseUnit } from "./steps/unitModel";
import { SettingsStep } from "./steps/SettingsStep";

/** Props of the MicroSeg task pane. It talks to the workbook only through `port`, so it renders without Excel. */
export interface TaskPaneProps {
  /** The workbook: Excel (src/excel), an .xlsx file, or in memory (src/memory). */
  port: WorkbookPort;
  /** The engine functions the pane calls (coreServices in the hosts, fakes in some tests). */
  services: PaneServices;
  /** Initial UI language (from Office's display language); the user can switch it in the pane. */
  lang: Lang;
  /** Told when the user switches the UI language (the workbench follows it). */
  onLangChange?: (lang: Lang) => void;
  /** "Now" for the default cycle; tests pin it. */
  today?: Date;
}

/** Below this tab-list width the step numbers are not shown (four full English labels need about 360 px). */
const NARROW_TABS_PX = 400;

/** A step label split into its number ("1 ") and its name ("Data"). */
function splitStepLabel(label: string): { no: string; name: string } {
  const m = /^(\d+\s*)(.*)$/u.exec(label);
  return m ? { no: m[1], name: m[2] } : { no: "", name: label };
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100%",
  },
  // One line on every step: icon, name, language menu (it never wraps, so its height never changes).
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "nowrap",
    gap: tokens.spacingHorizontalS,
    minHeight: "32px",
    minWidth: "0",
  },
  icon: { width: "20px", height: "20px", flexShrink: 0 },
  titles: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: "0",
    flexGrow: 1,
    overflow: "hidden",
  },
  title: { margin: "0", whiteSpace: "nowrap" },
  subtitle: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minWidth: "0",
  },
  lang: { flexShrink: 0, minHeight: "28px" },
  // The step tabs stay on one row: in a pane narrower than four full labels (Excel's 320–360 px,
  // English) the step numbers are hidden from sight — the order shows them — and the tabs close up.
  // The numbers stay in each tab's accessible name, which still starts with the visible label.
  tabs: {
    flexWrap: "nowrap",
    containerType: "inline-size",
    [`@container (max-width: ${NARROW_TABS_PX}px)`]: {
      "& .fui-Tab": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
    },
  },
  tab: { minHeight: "28px", flexShrink: 0 },
  stepNo: {
    [`@container (max-width: ${NARROW_TABS_PX}px)`]: {
      position: "absolute",
      width: "1px",
      height: "1px",
      margin: "-1px",
      padding: "0",
      overflow: "hidden",
      clip: "rect(0, 0, 0, 0)",
      whiteSpace: "nowrap",
      border: "0",
    },
  },
  mark: { marginLeft: tokens.spacingHorizontalXXS },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function TaskPane({ port, services, lang: initialLang, onLangChange, today }: TaskPaneProps) {
  const styles = useStyles();
  const now = useMemo(() => today ?? new Date(), [today]);
  const model = useTaskPane(port, services, initialLang, now, onLangChange);
  const { t, lang, step } = model;
  const stepLabel = (s: StepId) => t(`step.${s}`);
  // A summary warning's fix opens Settings at the setting that fixes it.
  const [focusRequest, setFocusRequest] = useState<{ path: string } | null>(null);
  const openSettings = (path?: string) => {
    setFocusRequest(path ? { path } : null);
    model.setStep("settings");
  };

  const invalid = model.form.issues.length;
  const dataDone = model.detection !== null && !model.mappingIncomplete;
  const generated = model.run.status === "done";
  const tabName = (s: StepId): string => {
    if (s === "settings" && invalid > 0) return t("step.invalidMark", { step: stepLabel(s) });
    if (s === "issues" && model.issues.length > 0)
      return t("step.issuesCount", { step: stepLabel(s), count: model.issues.length });
    if ((s === "data" && dataDone) || (s === "generate" && generated))
      return t("step.doneMark", { step: stepLabel(s) });
    return stepLabel(s);
  };
  const tabMark = (s: StepId) => {
    if (s === "settings" && invalid > 0)
      return <CounterBadge className={styles.mark} count={invalid} color="danger" size="small" aria-hidden />;
    if (s === "issues" && model.issues.length > 0)
      return (
        <CounterBadge
          className={styles.mark}
          count={model.issues.length}
          // "999+" is a digit wider than "99+": in a 320 px pane it can push the English tabs onto a second row.
          overflowCount={99}
          color="informative"
          size="small"
          aria-hidden
        />
      );
    if ((s === "data" && dataDone) || (s === "generate" && generated))
      return (
        <span className={styles.mark} aria-hidden>
          ✓
        </span>
      );
    return null;
  };

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <img className={styles.icon} src="assets/icon-32.png" alt="" />
        <div className={styles.titles}>
          <Subtitle1 as="h1" className={styles.title}>
            {t("app.title")}
          </Subtitle1>
          <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
        </div>
        <Menu
          checkedValues={{ lang: [lang] }}
          onCheckedValueChange={(_e, data) => model.setLang(data.checkedItems[0] === "zh" ? "zh" : "en")}
        >
          <MenuTrigger disableButtonEnhancement>
            <MenuButton className={styles.lang} size="small" appearance="subtle">
              <span className={styles.srOnly}>{`${t("app.language")}: `}</span>
              {t(`lang.${lang}`)}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItemRadio name="lang" value="zh">
                {t("lang.zh")}
              </MenuItemRadio>
              <MenuItemRadio name="lang" value="en">
                {t("lang.en")}
              </MenuItemRadio>
            </MenuList>
          </MenuPopover>
        </Menu>
      </header>

      <TabList
        className={styles.tabs}
        aria-label={t("app.steps")}
        selectedValue={step}
        onTabSelect={(_e, data) => {
          setFocusRequest(null);
          model.setStep(data.value as StepId);
        }}
        size="small"
      >
        {STEPS.map((s) => (
          <Tab key={s} className={styles.tab} id={`tab-${s}`} value={s} aria-controls={`panel-${s}`}>
            <span className={styles.stepNo}>{splitStepLabel(stepLabel(s)).no}</span>
            {splitStepLabel(stepLabel(s)).name}
            {tabMark(s)}
            {/* The mark in words for screen readers; the visible label stays the start of the name. */}
            <span className={styles.srOnly}>{tabName(s).slice(stepLabel(s).length)}</span>
          </Tab>
        ))}
      </TabList>

      <div className={styles.srOnly} role="status" aria-live="polite" aria-atomic="true">
        {announcement(model)}
      </div>
      {/* Out of the layout and always there, so a screen reader hears when a re-read starts. */}
      <div className={styles.srOnly} role="status" aria-live="polite">
        {model.refreshing ? t("app.rereading") : ""}
      </div>
      {model.refreshing ? <Spinner size="tiny" labelPosition="after" label={t("app.rereading")} /> : null}

      {model.activateError ? (
        <MessageBar intent="error">
          <MessageBarBody>{model.activateError}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.panel} role="tabpanel" id={`panel-${step}`} aria-labelledby={`tab-${step}`}>
        <StepPanel
          model={model}
          services={services}
          focusRequest={focusRequest}
          openSettings={openSettings}
        />
      </div>
    </main>
  );
}

/** What the live region says about the run: progress, success, failure or cancel. */
function announcement(model: ReturnType<typeof useTaskPane>): string {
  const { t, run } = model;
  switch (run.status) {
    case "running":
    case "cancelling":
      return t("generate.announceRunning", { stage: t(`stage.${run.stage}`) });
    case "done":
      return t("generate.done");
    case "cancelled":
      return t(run.outcome ? "generate.cancelledKept" : "generate.cancelled");
    case "failed":
      return t("generate.failed", { message: run.error ?? "" });
    default:
      return "";
  }
}

interface StepPanelProps {
  model: ReturnType<typeof useTaskPane>;
  services: PaneServices;
  focusRequest: { path: string } | null;
  openSettings: (path?: string) => void;
}

function StepPanel({ model, services, focusRequest, openSettings }: StepPanelProps) {
  const { t, lang, workbook, form } = model;
  if (workbook.missingApi) {
    // Not a read failure to retry: there is no Excel workbook behind this page.
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("app.needsExcel", { version: workbook.missingApi })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (workbook.error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("app.readFailed", { message: workbook.error })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void workbook.reload()}>{t("app.retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!workbook.sheets || !form.loaded || model.detecting) return <Spinner label={t("app.loading")} />;

  switch (model.step) {
    case "data":
      return (
        <>
          {model.detectionError ? (
            <MessageBar intent="error">
              <MessageBarBody>{model.detectionError}</MessageBarBody>
            </MessageBar>
          ) : null}
          <DataStep
            t={t}
            lang={lang}
            sheets={workbook.sheets}
            detections={model.detection?.detections ?? []}
            mapping={form.draft.mapping}
            fieldSpecs={(role) => services.fieldSpecs(role)}
            onMappingChange={model.setMapping}
            onReload={() => void workbook.reload()}
          />
        </>
      );
    case "settings":
      return (
        <SettingsStep
          t={t}
          lang={lang}
          form={form}
          issueReason={(issue, l) => services.issueReason(issue, l)}
          plan={model.plan}
          purchaseScale={purchaseUnit(model.detection?.detections ?? [])}
          focusRequest={focusRequest}
        />
      );
    case "generate":
      return (
        <GenerateStep
          t={t}
          lang={lang}
          run={model.run}
          blocked={form.issues.length > 0}
          invalidSettings={form.issues.length}
          onOpenSettings={openSettings}
          preview={
            model.detection
              ? generatePreview(
                  model.detection.detections,
                  form.settings,
                  model.plan,
                  (role) => services.fieldSpecs(role),
                  (role) => t(`role.${role}`),
                  lang,
                )
              : null
          }
          runCycle={model.runCycle}
          mappingIncomplete={model.mappingIncomplete}
          onGenerate={model.generate}
          onOpenSheet={(sheet) => model.activate(sheet)}
          issueReason={(issue, l) => services.issueReason(issue, l)}
        />
      );
    case "issues":
      return (
        <IssuesStep
          t={t}
          lang={lang}
          issues={model.issues}
          fromRun={model.issuesFromRun}
          issueReason={(issue, l) => services.issueReason(issue, l)}
          onSelect={(sheet, address) => model.activate(sheet, address)}
        />
      );
  }
}
