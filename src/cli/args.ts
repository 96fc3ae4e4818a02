/**
 * Command-line arguments (node:util parseArgs, strict). A usage problem is a
 * value, not an exception, so main() maps it to one line and exit code 2.
 */
import { parseArgs } from "node:util";
import type { Lang } from "../core/issues";
import { TEXTS } from "./texts";

export interface PlanOptions {
  input: string;
  output?: string;
  config?: string;
  lang?: Lang;
  json: boolean;
}

export type Command =
  | { kind: "help" }
  | { kind: "plan"; options: PlanOptions }
  /** `message` renders the problem in a language once that is known. */
  | { kind: "usage-error"; message: (lang: Lang) => string; lang?: Lang };

function isLang(v: string): v is Lang {
  return v === "zh" || v === "en";
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: "string", short: "o" },
        config: { type: "string" },
        lang: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { kind: "usage-error", message: (l) => TEXTS.badOption[l](detail) };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { kind: "help" };
  const lang = values.lang;
  if (lang !== undefined && !isLang(lang))
    return { kind: "usage-error", message: (l) => TEXTS.badLang[l](lang) };
  const [command, input, ...extra] = positionals;
  if (command !== "plan")
    return { kind: "usage-error", lang, message: (l) => TEXTS.unknownCommand[l](command) };
  if (input === undefined) return { kind: "usage-error", lang, message: (l) => TEXTS.missingInput[l]() };
  if (extra.length > 0) {
    return { kind: "usage-error", lang, message: (l) => TEXTS.badOption[l](extra.join(" ")) };
  }
  return {
    kind: "plan",
    options: { input, output: values.output, config: values.config, lang, json: values.json },
  };
}
