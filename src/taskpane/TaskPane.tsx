import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Lang } from "../core/issues";
import type { WorkbookPort } from "../core/port";
import { STEPS, useTaskPane, type StepId } from "./hooks/useTaskPane";
import type { PaneServices } from "./services";
import { DataStep } from "./steps/DataStep";
import { GenerateStep } from "./steps/GenerateStep";
import { IssuesStep } from "./steps/IssuesStep";
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
  header: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  lang: { minWidth: "110px", width: "110px" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function TaskPane({ port, services, lang: initialLang, onLangChange, today }: TaskPaneProps) {
  const styles = useStyles();
  const now = useMemo(() => today ?? new Date(), [today]);
  const model = useTaskPane(port, services, initialLang, now, onLangChange);
  const { t, lang, step } = model;
  const stepLabel = (s: StepId) => t(`step.${s}`);

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
        </div>
        <Field label={t("app.language")} size="small">
          <Dropdown
            className={styles.lang}
            size="small"
            value={t(`lang.${lang}`)}
            selectedOptions={[lang]}
            onOptionSelect={(_e, data) => model.setLang(data.optionValue === "zh" ? "zh" : "en")}
          >
            <Option value="zh">{t("lang.zh")}</Option>
            <Option value="en">{t("lang.en")}</Option>
          </Dropdown>
        </Field>
      </header>

      <TabList
        aria-label={t("app.steps")}
        selectedValue={step}
        onTabSelect={(_e, data) => model.setStep(data.value as StepId)}
        size="small"
      >
        {STEPS.map((s) => (
          <Tab key={s} id={`tab-${s}`} value={s} aria-controls={`panel-${s}`}>
            {stepLabel(s)}
          </Tab>
        ))}
      </TabList>

      {model.activateError ? (
        <MessageBar intent="error">
          <MessageBarBody>{model.activateError}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.panel} role="tabpanel" id={`panel-${step}`} aria-labelledby={`tab-${step}`}>
        <StepPanel model={model} services={services} today={now} />
      </div>
    </main>
  );
}

interface StepPanelProps {
  model: ReturnType<typeof useTaskPane>;
  services: PaneServices;
  today: Date;
}

function StepPanel({ model, services, today }: StepPanelProps) {
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
  if (!workbook.sheets || !form.loaded) return <Spinner label={t("app.loading")} />;

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
          today={today}
        />
      );
    case "generate":
      return (
        <GenerateStep
          t={t}
          lang={lang}
          run={model.run}
          blocked={form.issues.length > 0}
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
