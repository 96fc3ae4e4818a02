/**
 * Which language a function answers in: the Office display language (zh-CN,
 * zh-TW … → zh, anything else → en), unless a `labels` argument says otherwise.
 */
import type { Lang } from "../core/issues";
import { foldKey } from "../core/input/chars";
import { badArgument } from "./errors";
import { refuseErrorCell, type CellInput } from "./grid";

/** zh for any Chinese display language, en otherwise (and outside Office, e.g. under Node). */
export function displayLang(): Lang {
  if (typeof Office === "undefined") return "en";
  // Office.context is only filled once Office has initialised; before that, answer in English.
  const context = Office.context as Office.Context | undefined;
  const language = context?.displayLanguage ?? "";
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** How a function writes a category: in a language, or as the engine's code (HH, growth …). */
export type LabelMode = Lang | "code";

const LABEL_MODES: ReadonlyMap<string, LabelMode> = new Map<string, LabelMode>([
  ["zh", "zh"],
  ["zh-cn", "zh"],
  ["中文", "zh"],
  ["en", "en"],
  ["en-us", "en"],
  ["english", "en"],
  ["code", "code"],
  ["代码", "code"],
]);

/** Reads a `labels` argument; blank or omitted → the display language. */
export function labelMode(raw: CellInput, lang: Lang): LabelMode {
  refuseErrorCell(raw);
  if (raw === null || raw === undefined || raw === "") return lang;
  const mode = typeof raw === "string" ? LABEL_MODES.get(foldKey(raw)) : undefined;
  if (!mode) throw badArgument("labels", raw, "zh, en, code");
  return mode;
}
