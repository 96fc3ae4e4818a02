/** How the Settings step names a field in the page and words a bad value. */
import type { Issue, Lang } from "../../core/issues";

/** The DOM id of the control for a settings path ("tiers.beds.A" → "setting-tiers-beds-A"). */
export function fieldDomId(path: string): string {
  return `setting-${path.replace(/\[.*$/, "").replace(/[^\w-]/g, "-")}`;
}

/**
 * In the pane an invalid value blocks Generate (nothing falls back to a
 * default there), so a bad value is worded as what to enter; other issues
 * (formulas…) keep the core's wording.
 */
export function settingMessage(
  issue: Issue,
  lang: Lang,
  issueReason: (issue: Issue, lang: Lang) => string,
): string {
  const expected =
    lang === "zh" ? (issue.params?.expectedZh ?? issue.params?.expected) : issue.params?.expected;
  if (issue.code === "setting-invalid" && expected !== undefined) {
    return lang === "zh" ? `请输入${expected}。` : `Enter ${expected}.`;
  }
  return issueReason(issue, lang);
}
