/**
 * The add-in's task pane entry: waits for Office, then renders the pane over
 * the Excel workbook port in Office's display language.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelWorkbookPort } from "../excel";
import { coreServices } from "./coreServices";
import { detectInWorker, generatePlanInWorker } from "./workerGenerate";
import { officePaneVisibility, PaneVisibilityContext } from "./hooks/paneVisibility";
import { langFromLocale } from "./i18n";
import { TaskPane } from "./TaskPane";

async function main(): Promise<void> {
  await Office.onReady();
  const el = document.getElementById("root");
  if (!el) return;
  // Outside Office (a plain browser) there is no context; English is the fallback.
  const lang = langFromLocale(
    typeof Office.context?.displayLanguage === "string" ? Office.context.displayLanguage : null,
  );
  // In the shared runtime the page may start hidden: the workbook is read once the pane is shown.
  const visibility = officePaneVisibility(Office.addin, document);
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <PaneVisibilityContext.Provider value={visibility}>
        <TaskPane
          port={new ExcelWorkbookPort()}
          services={coreServices(generatePlanInWorker, detectInWorker)}
          lang={lang}
        />
      </PaneVisibilityContext.Provider>
    </FluentProvider>,
  );
}

void main();
