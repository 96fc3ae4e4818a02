/**
 * The browser workbench: the task pane beside a grid of an in-memory workbook.
 * A preview for people without Excel, and the host of the browser tests.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { coreServices } from "../taskpane/coreServices";
import { detectInWorker, generatePlanInWorker } from "../taskpane/workerGenerate";
import { langFromLocale } from "../taskpane/i18n";
import { Workbench } from "./Workbench";

const el = document.getElementById("root");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <Workbench
        services={coreServices(generatePlanInWorker, detectInWorker)}
        lang={langFromLocale(navigator.language)}
      />
    </FluentProvider>,
  );
}
