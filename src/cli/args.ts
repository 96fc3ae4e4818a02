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

/**
 * node's parseArgs explains itself in English only, and at length; the two
 * problems a user meets are said in the run's language instead.
 */
function parseProblem(e: unknown): (lang: Lang) => string {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  const detail = e instanceof Error ? e.message : String(e);
  const option = /(?:Unknown option|Option) '([^' ,]+)/.exec(detail)?.[1];
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return (l) => TEXTS.badOption[l](TEXTS.unknownOption[l](option));
  if (
    option !== undefined &&
    code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" &&
    detail.endsWith("argument missing")
  )
    return (l) => TEXTS.badOption[l](TEXTS.optionNeedsValue[l](option));
  return (l) => TEXTS.badOption[l](detail);
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
    return { kind: "usage-error", message: parseProblem(e) };
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
