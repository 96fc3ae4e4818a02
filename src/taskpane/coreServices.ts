/**
 * The engine as the pane sees it: detection and record reading, the settings
 * validator, the issue vocabulary and the field specs come from src/core; the
 * generate flow (shared with the ribbon) and, in the hosts, a detection in a
 * Web Worker are passed in.
 */
import { detectInputs } from "../app/detect";
import { FIELD_SPECS } from "../core/input";
import { planPreview } from "../core/team/preview";
import { reasonText } from "../core/messages";
import { validateSettings } from "../core/settingsValidate";
import type { PaneServices } from "./services";

export function coreServices(
  generatePlan: PaneServices["generatePlan"],
  /** The detection: on the page by default; the hosts pass detectInWorker. */
  detect: PaneServices["detect"] = detectInputs,
): PaneServices {
  return {
    detect,
    planPreview: (inputs, settings, today) => planPreview(inputs, settings, today),
    validateSettings: (input) => validateSettings(input),
    issueReason: (issue, lang) => reasonText(issue, lang),
    generatePlan,
    fieldSpecs: (role) => FIELD_SPECS[role],
  };
}
