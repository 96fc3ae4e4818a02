/**
 * The real binary, as a user runs it: bin/microseg.js over the compiled CLI.
 * The build runs once here (tsc emits even when a file elsewhere in the
 * project has a type error, which other suites report).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../xlsx/helpers";
import { ROOT, SAMPLE_EN } from "./helpers";

const tmp = tempDir("binary");
const BIN = join(ROOT, "bin", "microseg.js");

beforeAll(() => {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
  } catch {
    // Type errors still emit JavaScript; the assertions below tell whether the CLI works.
  }
}, 120_000);
afterAll(() => tmp.cleanup());

function microseg(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, LANG: "en_US.UTF-8", ...env },
  });
}

describe("bin/microseg.js", () => {
  it("prints bilingual help", () => {
    const r = microseg(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--config <file>");
    expect(r.stdout).toContain("配置");
  });

  it("plans a sample with --json and nothing else on stdout", () => {
    const out = tmp.path("en.plan.xlsx");
    const r = microseg(["plan", SAMPLE_EN, "-o", out, "--json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { version: number; plan: { targets: number } };
    expect(json.version).toBe(2);
    expect(json.plan.targets).toBeGreaterThan(0);
    expect(existsSync(out)).toBe(true);
  });

  it("exits 2 with one line on a missing file, in Chinese under a zh LANG", () => {
    const r = microseg(["plan", tmp.path("nowhere.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("找不到文件");
  });
});
