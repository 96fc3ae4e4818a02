/** Ribbon commands (ExecuteFunction), registered in the shared runtime. */
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import { generateTargets } from "./generateTargets";

export function onGenerateTargets(event: Office.AddinCommands.Event): Promise<void> {
  return generateTargets(event, {
    port: new ExcelWorkbookPort(),
    displayLanguage: Office.context.displayLanguage,
  }).then(
    () => undefined,
    // Reached only when even the message on the Issues sheet could not be written
    // (e.g. a protected workbook); the developer console is all that is left.
    (error: unknown) =>
      console.error("MicroSeg: Generate targets failed and could not report it in the workbook.", error),
  );
}

/**
 * Associated at module top level, not after Office.onReady: when a ribbon click
 * starts the shared runtime, Office dispatches it as soon as the page has run,
 * and an action associated later makes the first click do nothing.
 */
Office.actions.associate(
  "generateTargets",
  (event: Office.AddinCommands.Event) => void onGenerateTargets(event),
);
