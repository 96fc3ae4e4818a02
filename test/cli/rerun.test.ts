import { Workbook } from "exceljs";
import { REGISTRY_SHEET } from "../../src/core/registry";
import { tempDir } from "../xlsx/helpers";
import { readXmlWorkbook } from "../xlsx/sheetXml";
import { runCli, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("rerun");
afterAll(() => tmp.cleanup());

async function names(path: string): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("a user's sheet named like an output, and re-runs", () => {
  const input = tmp.path("mine.xlsx");
  const first = tmp.path("mine.plan.xlsx");
  const second = tmp.path("mine.plan2.xlsx");

  beforeAll(async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(SAMPLE_ZH);
    wb.addWorksheet("目标医生").getCell("A1").value = "我自己的名单";
    await wb.xlsx.writeFile(input);
  });

  it("keeps the user's 目标医生 and writes the plan beside it with a suffix", async () => {
    const run = await runCli(["plan", input, "--lang", "zh"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("「目标医生 (2)」");
    const sheets = await names(first);
    expect(sheets.slice(0, 4)).toEqual(["医院", "科室", "医生", "代表"]);
    expect(sheets).toContain("目标医生");
    expect(sheets).toContain("目标医生 (2)");
    expect(sheets).toContain(REGISTRY_SHEET);
  });

  it("tells a --json reader where the plan sheet went", async () => {
    const run = await runCli(["plan", input, "-o", tmp.path("mine.json.xlsx"), "--lang", "zh", "--json"]);
    expect(run.code).toBe(0);
    const { issues } = JSON.parse(run.stdout) as {
      issues: { code: string; sheet: string; message: string }[];
    };
    const moved = issues.filter((i) => i.code === "output-name-taken");
    expect(moved).toEqual([
      expect.objectContaining({
        sheet: "目标医生",
        message: expect.stringContaining("「目标医生 (2)」") as string,
      }),
    ]);
  });

  it("re-run on its own output replaces only its sheets", async () => {
    const run = await runCli(["plan", first, "-o", second, "--lang", "zh", "--json"]);
    expect(run.code).toBe(0);
    expect((await names(second)).sort()).toEqual((await names(first)).sort());
    const wb = new Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.getWorksheet("目标医生")!.getCell("A1").value).toBe("我自己的名单");
    // The earlier plan sheets are not read as input: the same doctors, the same plan.
    const again = JSON.parse(run.stdout) as { doctors: unknown[]; plan: unknown };
    const once = JSON.parse((await runCli(["plan", input, "-o", tmp.path("x.xlsx"), "--json"])).stdout) as {
      doctors: unknown[];
      plan: unknown;
    };
    expect(again.plan).toEqual(once.plan);
    expect(again.doctors).toHaveLength(once.doctors.length);
  });
});

describe("input sheets", () => {
  it("are carried into the output unchanged, cell for cell (read back from the file's XML)", async () => {
    const output = tmp.path("copy.plan.xlsx");
    expect((await runCli(["plan", SAMPLE_ZH, "-o", output])).code).toBe(0);
    const [before, after] = await Promise.all([readXmlWorkbook(SAMPLE_ZH), readXmlWorkbook(output)]);
    const strip = (cells: { ref: string; value: unknown; formula?: string }[]) =>
      cells.filter((c) => c.value !== null || c.formula).map((c) => [c.ref, c.value, c.formula]);
    for (const name of ["医院", "科室", "医生"]) {
      expect(strip(after.get(name)!)).toEqual(strip(before.get(name)!));
    }
  });
});
