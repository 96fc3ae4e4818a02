/**
 * The engine as the pane sees it: detection and record reading, the settings
 * validator, the issue vocabulary and the field specs come from src/core; the
 * generate flow (shared with the ribbon) is passed in by the host.
 */
import { FIELD_SPECS, readInputs } from "../core/input";
import { reasonText } from "../core/messages";
import { validateSettings } from "../core/settingsValidate";
import type { PaneServices } from "./services";

export function coreServices(generatePlan: PaneServices["generatePlan"]): PaneServices {
  return {
    detect: (sheets, settings) => {
      const { detections, issues } = readInputs(sheets, settings);
      return { detections, issues };
    },
    validateSettings: (input) => validateSettings(input),
    issueReason: (issue, lang) => reasonText(issue, lang),
    generatePlan,
    fieldSpecs: (role) => FIELD_SPECS[role],
  };
}
