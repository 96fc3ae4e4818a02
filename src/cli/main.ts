/**
 * The `microseg` command (bin/microseg.js requires this file). main() takes
 * its arguments and streams as parameters so tests run it in-process.
 */
import { runEngine } from "../core/engine";
import { parseCommand } from "./args";
import { HELP } from "./help";
import { chooseLang } from "./lang";
import { runPlan, type CliIO, type RunEngine } from "./plan";
import { TEXTS } from "./texts";

export async function main(argv: string[], io: CliIO, engine: RunEngine = runEngine): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case "help":
      io.stdout(HELP);
      return 0;
    case "usage-error": {
      const lang = chooseLang(command.lang, undefined, io.env);
      io.stderr(`${TEXTS.errorPrefix[lang]()}${TEXTS.usage[lang](command.message(lang))}\n`);
      return 2;
    }
    case "plan":
      return runPlan(command.options, io, engine);
  }
}

export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
  };
}

if (require.main === module) {
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`microseg: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
