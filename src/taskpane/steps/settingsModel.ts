/** How the Settings step names a field in the page and words a bad value. */
import type { Issue, Lang } from "../../core/issues";
import type { Settings } from "../../core/settings";
import { getPath } from "../hooks/settingsPath";
import type { Translate } from "../i18n";

/** The DOM id of the control for a settings path ("tiers.beds.A" → "setting-tiers-beds-A"). */
export function fieldDomId(path: string): string {
  return `setting-${path.replace(/\[.*$/, "").replace(/[^\w-]/g, "-")}`;
}

/**
 * Settings the pane shows in percent while the settings object holds a
 * fraction (0.7 = 70 %): the validator's bounds are fractions, so the pane
 * says what to enter in the unit the user types. `atMost` names the setting
 * this one may not exceed.
 */
export const PERCENT_FIELDS: Readonly<Record<string, { min: number; max: number | null; atMost?: string }>> =
  {
    "stage.stableShare": { min: 0, max: 100 },
    "smart.ambition": { min: 0, max: null },
    "team.maxUtilisation": { min: 0, max: 1000 },
    "team.minUtilisation": { min: 0, max: 1000, atMost: "team.maxUtilisation" },
  };

/** What the Settings step needs to word a percent field's issue. */
export interface PercentContext {
  t: Translate;
  /** The settings as edited (to tell a value out of range from one above another setting). */
  draft: Settings;
}

function percentMessage(issue: Issue, ctx: PercentContext): string | null {
  const field = PERCENT_FIELDS[issue.column];
  if (!field || issue.code !== "setting-invalid") return null;
  const value = getPath(ctx.draft, issue.column);
  const inRange =
    typeof value === "number" && value * 100 >= field.min && (field.max === null || value * 100 <= field.max);
  if (inRange && field.atMost) {
    const limit = getPath(ctx.draft, field.atMost);
    if (typeof limit === "number")
      return ctx.t("settings.enterPercentAtMost", { max: Math.round(limit * 1e7) / 1e5 });
  }
  return field.max === null
    ? ctx.t("settings.enterPercentMin", { min: field.min })
    : ctx.t("settings.enterPercent", { min: field.min, max: field.max });
}

/**
 * In the pane an invalid value blocks Generate (nothing falls back to a
 * default there), so a bad value is worded as what to enter (in percent for
 * a field shown in percent); other issues (formulas…) keep the core's wording.
 */
export function settingMessage(
  issue: Issue,
  lang: Lang,
  issueReason: (issue: Issue, lang: Lang) => string,
  percent?: PercentContext,
): string {
  const inPercent = percent ? percentMessage(issue, percent) : null;
  if (inPercent !== null) return inPercent;
  const expected =
    lang === "zh" ? (issue.params?.expectedZh ?? issue.params?.expected) : issue.params?.expected;
  if (issue.code === "setting-invalid" && expected !== undefined) {
    return lang === "zh" ? `请输入${expected}。` : `Enter ${expected}.`;
  }
  return issueReason(issue, lang);
}
