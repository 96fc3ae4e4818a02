/**
 * The engine as the pane sees it: detection and record reading, the settings
 * validator, the issue vocabulary and the field specs come from src/core; the
 * generate flow (shared with the ribbon) is passed in by the host.
 */
import { FIELD_SPECS, readInputs } from "../core/input";
import { toIsoDate } from "../core/plan/cycle";
import { planPreview } from "../core/team/preview";
import { reasonText } from "../core/messages";
import { validateSettings } from "../core/settingsValidate";
import type { PaneServices } from "./services";

export function coreServices(generatePlan: PaneServices["generatePlan"]): PaneServices {
  return {
    detect: (sheets, settings, today) => {
      const inputs = readInputs(sheets, settings, { today: toIsoDate(today) });
      return { detections: inputs.detections, issues: inputs.issues, inputs };
    },
    planPreview: (inputs, settings, today) => planPreview(inputs, settings, today),
    validateSettings: (input) => validateSettings(input),
    issueReason: (issue, lang) => reasonText(issue, lang),
    generatePlan,
    fieldSpecs: (role) => FIELD_SPECS[role],
  };
}
