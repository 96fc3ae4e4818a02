import type { Lang } from "../../core/issues";
import { en, type MessageKey } from "./en";
import { zh } from "./zh";

export type { MessageKey } from "./en";

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type MessageParams = Record<string, string | number>;

/** Looks up a UI string and fills its {placeholders}. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Office's display language ("zh-CN", "en-US"…) to a catalog language. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
