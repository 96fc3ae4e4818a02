/**
 * `npm run bench`: the engine on 10,000 hospitals, 100,000 departments and
 * 1,000,000 doctors, against a baseline that only converts the raw cells to
 * numbers. Each pass runs in a fresh child process so its peak memory
 * (maxRSS) is its own. Targets: pipeline < 3 s, ≤ 8× baseline, < 1.5 GB.
 * Then the team case (SPEC §8): the same data planned for 500 reps (a rep
 * column on Hospitals and a Representatives sheet), against the baseline of
 * the same sheets, with the same targets.
 * A report, not a timed test: it always exits 0 unless a pass crashes.
 */
import { fork } from "node:child_process";
import os from "node:os";
import { runEngine } from "../src/core/engine";
import { defaultSettings } from "../src/core/settings";
import { baselinePass } from "./baseline";
import { dataRowCount, generateSheets, HOSPITALS, TEAM_REPS } from "./generate";

type PassName = "baseline" | "pipeline" | "baseline-team" | "team";

interface PassReport {
  pass: PassName;
  rows: number;
  seconds: number;
  /** CPU time of the pass (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMB: number;
  detail: string;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

function runPass(pass: PassName): PassReport {
  const team = pass === "team" || pass === "baseline-team";
  const sheets = generateSheets(42, HOSPITALS, team ? TEAM_REPS : 0);
  const rows = dataRowCount(sheets);
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let detail: string;
  if (pass === "baseline" || pass === "baseline-team") {
    const r = baselinePass(sheets);
    detail = `${r.numbers.toLocaleString("en-US")} numbers read`;
  } else {
    const r = runEngine(sheets, defaultSettings(), { today: new Date(Date.UTC(2026, 9, 15)) });
    const cells = r.outputs.reduce((n, t) => n + t.rows.length * t.columns.length, 0);
    detail =
      `${r.doctors.length.toLocaleString("en-US")} doctors, ${r.plan.targets} targets, ` +
      (team ? `${r.plan.reps.length} reps, ` : "") +
      `${r.issues.length.toLocaleString("en-US")} issues, ${cells.toLocaleString("en-US")} output cells`;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // maxRSS is in kilobytes.
  const peakMB = process.resourceUsage().maxRSS / 1024;
  return { pass, rows, seconds, cpuSeconds, peakMB, detail };
}

function inChild(pass: PassName): Promise<PassReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--pass", pass], {
      execArgv: ["--expose-gc", "--max-old-space-size=4096"],
    });
    let report: PassReport | null = null;
    child.on("message", (m) => {
      report = m as PassReport;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (report) resolve(report);
      else reject(new Error(`${pass} pass exited with code ${code}`));
    });
  });
}

function line(r: PassReport): string {
  const rate = Math.round(r.rows / r.seconds).toLocaleString("en-US");
  return (
    `${r.pass.padEnd(13)} ${r.seconds.toFixed(2).padStart(6)} s (cpu ${r.cpuSeconds.toFixed(2)} s)  ` +
    `${rate.padStart(11)} rows/s  peak ${r.peakMB.toFixed(0).padStart(5)} MB  (${r.detail})`
  );
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--pass");
  if (i >= 0) {
    const report = runPass(process.argv[i + 1] as PassName);
    process.send?.(report);
    return;
  }
  console.log("MicroSeg engine benchmark: 10,000 hospitals, 100,000 departments, 1,000,000 doctors");
  console.log(
    `machine   ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} (wall times grow with load)`,
  );
  const ok = (b: boolean) => (b ? "met" : "NOT met");
  const compare = (label: string, pass: PassReport, base: PassReport): void => {
    const ratio = pass.seconds / base.seconds;
    const cpuRatio = pass.cpuSeconds / base.cpuSeconds;
    console.log(`ratio         ${label} = ${ratio.toFixed(1)}× (cpu ${cpuRatio.toFixed(1)}×)`);
    console.log(
      `targets       < 3 s: ${ok(pass.seconds < 3)} · ≤ 8× baseline: ${ok(ratio <= 8)} · < 1.5 GB: ${ok(pass.peakMB < 1536)}`,
    );
  };
  const baseline = await inChild("baseline");
  console.log(line(baseline));
  const pipeline = await inChild("pipeline");
  console.log(line(pipeline));
  compare("pipeline / baseline", pipeline, baseline);
  console.log(`\nTeam case: the same data planned for ${TEAM_REPS} reps`);
  const baselineTeam = await inChild("baseline-team");
  console.log(line(baselineTeam));
  const team = await inChild("team");
  console.log(line(team));
  compare("team / baseline-team", team, baselineTeam);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
