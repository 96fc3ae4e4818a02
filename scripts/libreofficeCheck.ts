/**
 * `npm run check:libreoffice` (run by .ci/run, which installs LibreOffice):
 * `microseg plan` on the fidelity fixtures and the demo, then LibreOffice
 * (headless, its own profile) opens each plan and saves every sheet as CSV.
 * A check passes when LibreOffice loads the file, writes a CSV for every sheet
 * the workbook lists, and each plan sheet's first CSV row is its table's
 * header as written. Prints one line per file and "N passed, N failed";
 * writes the counts to test-artifacts/libreoffice.json for the CI summary.
 * Without soffice every check fails: nothing passes silently.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { main } from "../src/cli/main";
import { REGISTRY_SHEET } from "../src/core";
import { openPackage } from "../src/xlsx/openWorkbook";
import { readPackageSheets } from "../src/xlsx/packageSheets";

// Compiled to build/cli/scripts/: the repository is three folders up.
const ROOT = join(__dirname, "..", "..", "..");
const INPUTS = [
  ...readdirSync(join(ROOT, "test", "fixtures", "writers")).map((f) =>
    join(ROOT, "test", "fixtures", "writers", f),
  ),
  join(ROOT, "samples", "demo-zh.xlsx"),
  join(ROOT, "samples", "demo-en.xlsx"),
];
/** CSV export of every sheet (LibreOffice ≥ 7.2: sheet "-1"), UTF-8, comma-separated, formulas' results. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The first CSV record (enough for a header row: no line breaks in MicroSeg's headers). */
function firstRecord(csv: string): string[] {
  const line = csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

async function check(input: string, dir: string): Promise<string | null> {
  const ext = extname(input);
  const output = join(dir, `${basename(input, ext)}.plan${ext}`);
  const quiet = {
    stdout: () => undefined,
    stderr: () => undefined,
    env: { LANG: "en_US.UTF-8" },
    progress: false,
  };
  if ((await main(["plan", input, "-o", output], quiet)) !== 0) return "microseg plan failed";
  const pkg = await openPackage(output);
  const sheets = readPackageSheets(pkg.parts, pkg.map, (s) => s.state === "visible");
  const registry = readPackageSheets(pkg.parts, pkg.map, (s) => s.name === REGISTRY_SHEET)[0];
  const owned = new Set(
    Object.values(
      (
        JSON.parse(registry.values.map((r) => (typeof r[0] === "string" ? r[0] : "")).join("")) as {
          owned: Record<string, string>;
        }
      ).owned,
    ),
  );
  const csvDir = join(dir, `${basename(input, ext)}-csv`);
  mkdirSync(csvDir);
  const r = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      CSV_FILTER,
      "--outdir",
      csvDir,
      output,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (r.error) return `soffice did not run: ${r.error.message}`;
  if (r.status !== 0) return `soffice exited ${r.status}: ${r.stderr.trim()}`;
  const stem = basename(output, ext);
  for (const sheet of sheets) {
    let csv: string;
    try {
      csv = readFileSync(join(csvDir, `${stem}-${sheet.name}.csv`), "utf8");
    } catch {
      return `LibreOffice wrote no CSV for sheet "${sheet.name}" (${r.stderr.trim() || r.stdout.trim()})`;
    }
    if (!owned.has(sheet.name)) continue;
    const header = (sheet.values[0] ?? []).map((v) => (typeof v === "string" ? v : ""));
    const seen = firstRecord(csv).slice(0, header.length);
    if (JSON.stringify(seen) !== JSON.stringify(header))
      return `sheet "${sheet.name}": header ${JSON.stringify(seen)} ≠ ${JSON.stringify(header)}`;
  }
  return null;
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "microseg-libreoffice-"));
  let passed = 0;
  let failed = 0;
  try {
    for (const input of INPUTS) {
      const problem = await check(input, dir).catch((e: unknown) =>
        e instanceof Error ? e.message : String(e),
      );
      if (problem === null) passed++;
      else failed++;
      process.stdout.write(
        `${problem === null ? "ok  " : "FAIL"} LibreOffice opens the plan of ${basename(input)}${problem ? `: ${problem}` : ""}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  writeFileSync(join(ROOT, "test-artifacts", "libreoffice.json"), JSON.stringify({ passed, failed }));
  process.stdout.write(`libreoffice: ${passed} passed, ${failed} failed\n`);
  if (failed > 0) process.exitCode = 1;
}

void run();
