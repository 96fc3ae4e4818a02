import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { tempDir } from "../xlsx/helpers";
import { runCli, SAMPLE_EN } from "./helpers";

const tmp = tempDir("errors");
afterAll(() => tmp.cleanup());

async function noTableWorkbook(path: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Notes");
  ws.addRow(["Shopping list"]);
  ws.addRow(["apples", 3]);
  await wb.xlsx.writeFile(path);
}

/** Expects exit 2, exactly one line on stderr, nothing on stdout and no new file in the folder. */
async function expectRefused(argv: string[], pattern: RegExp, env?: NodeJS.ProcessEnv): Promise<void> {
  const before = readdirSync(tmp.dir).sort();
  const run = await runCli(argv, env);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(readdirSync(tmp.dir).sort()).toEqual(before);
}

describe("errors: one line, exit 2, nothing written", () => {
  it("missing input file", async () => {
    await expectRefused(["plan", tmp.path("nowhere.xlsx")], /File not found: .*nowhere\.xlsx/);
  });

  it("not an .xlsx", async () => {
    writeFileSync(tmp.path("list.csv"), "Doctor,Volume\nLi,3\n");
    await expectRefused(["plan", tmp.path("list.csv"), "-o", tmp.path("out.xlsx")], /Not an \.xlsx workbook/);
  });

  it("a damaged workbook", async () => {
    writeFileSync(tmp.path("broken.xlsx"), Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(300, 1)]));
    await expectRefused(["plan", tmp.path("broken.xlsx")], /damaged or unreadable/);
  });

  it("a password-protected workbook", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(
      tmp.path("locked.xlsx"),
      Buffer.concat([ole, Buffer.alloc(500), Buffer.from("EncryptedPackage", "utf16le")]),
    );
    await expectRefused(["plan", tmp.path("locked.xlsx")], /password-protected/);
  });

  it("no recognisable input table", async () => {
    await noTableWorkbook(tmp.path("notes.xlsx"));
    await expectRefused(["plan", tmp.path("notes.xlsx")], /No Hospitals table found/);
    // On the command line the fix is a sheet name or --config, not the task pane.
    const run = await runCli(["plan", tmp.path("notes.xlsx"), "--lang", "zh"]);
    expect(run.stderr).toMatch(/找不到医院表.*--config.*"mapping": \{"hospitals"/);
    expect(run.stderr).not.toMatch(/任务窗格|task pane/);
  });

  it("an unknown config key, named", async () => {
    writeFileSync(tmp.path("bad-key.json"), JSON.stringify({ cutoff: { metod: "mean" } }));
    await expectRefused(
      ["plan", SAMPLE_EN, "-o", tmp.path("out.xlsx"), "--config", tmp.path("bad-key.json")],
      /unknown setting "cutoff\.metod" \(did you mean "cutoff\.method"\?\)/,
    );
  });

  it("a bad config value, named", async () => {
    writeFileSync(tmp.path("bad-value.json"), JSON.stringify({ capacity: { callsPerDay: "eight" } }));
    await expectRefused(
      ["plan", SAMPLE_EN, "-o", tmp.path("out.xlsx"), "--config", tmp.path("bad-value.json")],
      /invalid value for "capacity\.callsPerDay": got eight, expected a/,
    );
    // The run stops, so the line must not claim a default is used.
    const run = await runCli([
      "plan",
      SAMPLE_EN,
      "-o",
      tmp.path("out.xlsx"),
      "--config",
      tmp.path("bad-value.json"),
    ]);
    expect(run.stderr).not.toMatch(/default/i);
    // In Chinese, what is expected is said in Chinese too.
    const zh = await runCli(
      ["plan", SAMPLE_EN, "-o", tmp.path("out.xlsx"), "--config", tmp.path("bad-value.json")],
      { LANG: "zh_CN.UTF-8" },
    );
    expect(zh.stderr).toMatch(/「capacity\.callsPerDay」的值无效：写的是 eight，应为 大于 0 的数字/);
  });

  it("an output name Excel would not open (.xlsm without macros)", async () => {
    await expectRefused(["plan", SAMPLE_EN, "-o", tmp.path("out.xlsm")], /The output file must be an \.xlsx/);
  });

  it("a config that is not JSON", async () => {
    writeFileSync(tmp.path("broken.json"), "{ language: zh");
    await expectRefused(["plan", SAMPLE_EN, "--config", tmp.path("broken.json")], /not valid JSON/);
  });

  it("bad arguments", async () => {
    await expectRefused(
      ["plan", SAMPLE_EN, "--colour"],
      /^microseg: bad arguments: unknown option --colour \(see/,
    );
    await expectRefused(["plan", SAMPLE_EN, "-o"], /bad arguments: option -o needs a value/);
    await expectRefused(["plan", SAMPLE_EN, "--colour"], /^microseg：参数错误：未知选项 --colour（用法见/, {
      LANG: "zh_CN.UTF-8",
    });
    await expectRefused(["plan", SAMPLE_EN, "--lang", "fr"], /--lang must be zh or en/);
    await expectRefused(["plot", SAMPLE_EN], /unknown command "plot"/);
  });

  it("speaks Chinese when asked, by flag or by LANG", async () => {
    await expectRefused(["plan", tmp.path("nowhere.xlsx"), "--lang", "zh"], /找不到文件/);
    await expectRefused(["plan", tmp.path("nowhere.xlsx")], /找不到文件/, { LANG: "zh_CN.UTF-8" });
  });
});

describe("the input file is never overwritten", () => {
  it("refuses -o naming the input, however it is spelled", async () => {
    const input = tmp.path("mine.xlsx");
    copyFileSync(SAMPLE_EN, input);
    const bytes = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    await expectRefused(["plan", input, "-o", input], /Refusing to write over the input file/);
    await expectRefused(["plan", input, "-o", join(tmp.dir, ".", "x", "..", "mine.xlsx")], /Refusing/);
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  it("writes <input>.plan.xlsx by default", async () => {
    const input = tmp.path("east.xlsx");
    copyFileSync(SAMPLE_EN, input);
    const run = await runCli(["plan", input]);
    expect(run.code).toBe(0);
    expect(existsSync(tmp.path("east.plan.xlsx"))).toBe(true);
    expect(run.stdout).toContain("Plan written:");
  });
});

describe("progress", () => {
  it("goes to stderr, so --json output stays clean", async () => {
    const run = await runCli(["plan", SAMPLE_EN, "-o", tmp.path("progress.xlsx"), "--json"], undefined, true);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Reading .*\n.*Planning…\n.*Writing .*\n.*Done/);
    expect((JSON.parse(run.stdout) as { version: number }).version).toBe(2);
  });
});
