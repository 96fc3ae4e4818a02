/** The CLI's language: --lang, else the settings' language, else the LANG environment variable, else English. */
import type { Lang } from "../core/issues";

export function envLang(env: NodeJS.ProcessEnv): Lang {
  return (env.LANG ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function chooseLang(
  flag: Lang | undefined,
  settingsLang: Lang | undefined,
  env: NodeJS.ProcessEnv,
): Lang {
  return flag ?? settingsLang ?? envLang(env);
}
