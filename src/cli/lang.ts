/**
 * The CLI's language: --lang, else the settings' language, else the language
 * the workbook is written in (Chinese sheet names → zh), else the LANG
 * environment variable, else English.
 */
import type { Lang } from "../core/issues";

export function envLang(env: NodeJS.ProcessEnv): Lang {
  return (env.LANG ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** zh when any sheet is named in Chinese (医院, 医生…), en when all are not; undefined for no sheets. */
export function workbookLang(sheetNames: readonly string[]): Lang | undefined {
  if (sheetNames.length === 0) return undefined;
  return sheetNames.some((n) => CJK.test(n)) ? "zh" : "en";
}

export function chooseLang(
  flag: Lang | undefined,
  settingsLang: Lang | undefined,
  env: NodeJS.ProcessEnv,
  workbook?: Lang,
): Lang {
  return flag ?? settingsLang ?? workbook ?? envLang(env);
}
