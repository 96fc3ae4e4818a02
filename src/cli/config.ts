/**
 * --config: the task pane's settings object as a JSON file, through the one
 * validator. The task pane forgives a bad key (the default is kept); a batch
 * run must not silently plan with settings other than the ones written, so
 * here any issue stops the run and names the key.
 */
import { readFile } from "node:fs/promises";
import type { Issue, Lang } from "../core/issues";
import { reasonText } from "../core/messages";
import type { Settings } from "../core/settings";
import { validateSettings } from "../core/settingsValidate";
import { TEXTS } from "./texts";

export type ConfigRead =
  { ok: true; settings: Settings; language?: Lang } | { ok: false; message: (lang: Lang) => string };

/** The language the file asks for, if it names one (it overrides the environment). */
function explicitLanguage(raw: unknown): Lang | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const lang = (raw as { language?: unknown }).language;
  return lang === "zh" || lang === "en" ? lang : undefined;
}

export function configProblem(file: string, issue: Issue): (lang: Lang) => string {
  const key = issue.column || issue.value;
  const param = (name: string): string => String(issue.params?.[name] ?? "");
  if (issue.code === "setting-unknown")
    return (l) => TEXTS.configUnknownKey[l](file, key, param("suggestion"));
  // The core's reason ends "the default is used", which is what the task pane
  // does; here the run stops, so say only what was written and what is expected.
  const expected = { en: param("expected"), zh: param("expectedZh") || param("expected") };
  if (issue.code === "setting-invalid" && expected.en !== "")
    return (l) =>
      TEXTS.configBadValue[l](file, key, TEXTS.configExpected[l](issue.value || "null", expected[l]));
  return (l) => TEXTS.configBadValue[l](file, key, reasonText(issue, l));
}

export async function readConfig(file: string): Promise<ConfigRead> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, message: (l) => TEXTS.configMissing[l](file) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: (l) => TEXTS.configNotJson[l](file, detail) };
  }
  const { settings, issues } = validateSettings(raw);
  if (issues.length > 0) return { ok: false, message: configProblem(file, issues[0]) };
  return { ok: true, settings, language: explicitLanguage(raw) };
}
