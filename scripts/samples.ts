/**
 * `npm run samples`: writes samples/demo-zh.xlsx and samples/demo-en.xlsx from
 * one seeded territory (same data, Chinese or English sheets and headers).
 * The files are committed; run this only when the sample design changes.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { assignReps, DEMO_REPS, DEMO_SIZE, makeTerritory } from "./samples/data";
import { territorySheets, type SampleLang } from "./samples/sheets";
import { archivePlan, callLogSheet, quotaSheet, archivedPlan, territoryThen } from "./samples/loop";
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
    const now = makeTerritory(DEMO_SIZE);
    assignReps(now, DEMO_REPS);
    // August as it stood then, planned by MicroSeg itself (SPEC §10: the loop the demo closes).
    const then = makeTerritory(DEMO_SIZE);
    assignReps(then, DEMO_REPS);
    const thenPath = join(dir, `.archived-${lang}.xlsx`);
    await writeSampleWorkbook(thenPath, territorySheets(territoryThen(then), lang, { messy: true }));
    const history = await archivedPlan(thenPath, lang);
    await rm(thenPath, { force: true });
    const sheets = [
      ...territorySheets(now, lang, { messy: true, overrides: true }),
      callLogSheet(history, lang),
      quotaSheet(makeTerritory(DEMO_SIZE), lang),
    ];
    const path = samplePath(lang, dir);
    await writeSampleWorkbook(path, sheets);
    await archivePlan(path, history);
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
