/**
 * `npm run samples`: writes samples/demo-zh.xlsx and samples/demo-en.xlsx from
 * one seeded territory (same data, Chinese or English sheets and headers).
 * The files are committed; run this only when the sample design changes.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { assignReps, DEMO_REPS, DEMO_SIZE, makeTerritory } from "./samples/data";
import { territorySheets, type SampleLang } from "./samples/sheets";
import { writeSampleWorkbook } from "./samples/workbook";

export const SAMPLES_DIR = "samples";

export function samplePath(lang: SampleLang, dir = SAMPLES_DIR): string {
  return join(dir, `demo-${lang}.xlsx`);
}

export async function writeSamples(dir = SAMPLES_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const lang of ["zh", "en"] as const) {
    // A fresh territory per language: the messy-cell edits must not leak between them.
    const territory = makeTerritory(DEMO_SIZE);
    assignReps(territory, DEMO_REPS);
    const sheets = territorySheets(territory, lang, { messy: true });
    const path = samplePath(lang, dir);
    await writeSampleWorkbook(path, sheets);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  writeSamples().then(
    (paths) => {
      for (const p of paths) process.stdout.write(`${p}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
