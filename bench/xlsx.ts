/**
 * `npm run bench:xlsx`: `microseg plan` end to end on a 100,000-doctor
 * workbook against a baseline that only reads the same file with exceljs and
 * writes it back unchanged. Each side runs in its own child process so its
 * peak memory (maxRSS) is its own. Target: both ratios ≤ 0.5.
 *
 * `npm run bench:xlsx:large`: `microseg plan` alone on a 1,000,000-doctor
 * workbook (near Excel's row limit); target under 60 s and under 4 GB.
 *
 * The same file is the child: `xlsx.js --child baseline|plan <in> <out>` runs
 * one side and prints its resource usage as JSON on the last line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { main } from "../src/cli/main";
import { makeTerritory, type TerritorySize } from "../scripts/samples/data";
import { territorySheets } from "../scripts/samples/sheets";
import { streamSampleWorkbook } from "../scripts/samples/workbook";

const SIZE: TerritorySize = {
  hospitals: 1_000,
  departmentsPerHospital: [10, 10],
  doctorsPerDepartment: [10, 10],
};
const LARGE: TerritorySize = { ...SIZE, hospitals: 10_000 };
const TARGET_RATIO = 0.5;
const LARGE_TARGET = { seconds: 60, maxRssMB: 4096 };
/** Same heap ceiling for both sides so neither is limited by Node's default. */
const NODE_FLAGS = ["--max-old-space-size=8192"];

interface Measure {
  seconds: number;
  maxRssMB: number;
}

async function child(kind: string, input: string, output: string): Promise<void> {
  if (kind === "baseline") {
    const wb = new Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
  } else {
    const quiet = {
      stdout: () => undefined,
      stderr: (s: string) => process.stderr.write(s),
      env: process.env,
    };
    const code = await main(["plan", input, "-o", output], { ...quiet, progress: kind === "plan-progress" });
    if (code !== 0) throw new Error(`microseg plan exited with ${code}`);
  }
  // maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

function measure(kind: string, input: string, output: string): Measure {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...NODE_FLAGS, __filename, "--child", kind, input, output], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", kind === "plan-progress" ? "inherit" : "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${kind} failed (${r.status}): ${r.stderr}`);
  const last = r.stdout.trim().split("\n").pop() ?? "{}";
  return { seconds, maxRssMB: (JSON.parse(last) as { maxRssMB: number }).maxRssMB };
}

function line(label: string, m: Measure): string {
  return `${label.padEnd(34)} ${m.seconds.toFixed(1).padStart(6)} s  ${m.maxRssMB.toFixed(0).padStart(6)} MB peak`;
}

async function territoryFile(dir: string, size: TerritorySize): Promise<string> {
  const input = join(dir, "territory.xlsx");
  const territory = makeTerritory(size);
  await streamSampleWorkbook(input, territorySheets(territory, "zh", { messy: false }));
  const mb = statSync(input).size / 1024 / 1024;
  process.stdout.write(
    `Workbook: ${territory.doctors.length.toLocaleString("en-US")} doctors, ` +
      `${territory.hospitals.length.toLocaleString("en-US")} hospitals, ` +
      `${territory.departments.length.toLocaleString("en-US")} departments (${mb.toFixed(1)} MB)\n`,
  );
  return input;
}

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "microseg-bench-"));
  try {
    const input = await territoryFile(dir, SIZE);
    const base = measure("baseline", input, join(dir, "baseline.xlsx"));
    process.stdout.write(`${line("baseline (exceljs read + write)", base)}\n`);
    const plan = measure("plan", input, join(dir, "territory.plan.xlsx"));
    process.stdout.write(`${line("microseg plan (end to end)", plan)}\n`);
    const time = plan.seconds / base.seconds;
    const memory = plan.maxRssMB / base.maxRssMB;
    const verdict = time <= TARGET_RATIO && memory <= TARGET_RATIO ? "within" : "OVER";
    process.stdout.write(
      `ratio: time ${time.toFixed(2)}×, peak memory ${memory.toFixed(2)}× (${verdict} target ≤ ${TARGET_RATIO})\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchLarge(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "microseg-bench-large-"));
  try {
    const input = await territoryFile(dir, LARGE);
    // Progress goes to this terminal's stderr, as a user would see it.
    const plan = measure("plan-progress", input, join(dir, "territory.plan.xlsx"));
    process.stdout.write(`${line("microseg plan (end to end)", plan)}\n`);
    const ok = plan.seconds < LARGE_TARGET.seconds && plan.maxRssMB < LARGE_TARGET.maxRssMB;
    process.stdout.write(
      `${ok ? "within" : "OVER"} target (< ${LARGE_TARGET.seconds} s, < ${LARGE_TARGET.maxRssMB / 1024} GB)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, kind, input, output] = process.argv.slice(2);
const run = flag === "--child" ? child(kind, input, output) : flag === "--large" ? benchLarge() : bench();
run.catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
