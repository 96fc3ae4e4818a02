/**
 * One contract for the three workbook ports (Excel through the fake, .xlsx
 * through exceljs, memory): the same scenarios run on each, and what each
 * workbook ends up holding is compared, so the hosts cannot drift apart.
 * Every port executes the same core write plan; this proves they execute it
 * the same way.
 */
import { Workbook } from "exceljs";
import type { SheetData } from "../../src/core/cells";
import { OUTPUT_SHEET_NAMES, type OutputTable } from "../../src/core/output";
import type { WorkbookPort } from "../../src/core/port";
import { PortError } from "../../src/core/portError";
import { REGISTRY_SHEET } from "../../src/core/registry";
import { isoDateSerial, registryFromCells } from "../../src/core/write";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { PackageWriter } from "../../src/xlsx/packageWriter";
import { tempDir } from "../xlsx/helpers";
import { FakeWorkbookState } from "../excel/fakeExcel";
import { sampleOutputs } from "../excel/outputsFixture";
import { kpisTable } from "../../src/core/layout/kpis";
import { measured } from "../core/layout/kpisFixture";

const REPS: [string, number, number][] = [
  ["Wang", 100, 90],
  ["Li", 100, 60],
  ["Liu", 80, 88],
];

const NOW = new Date("2026-11-20T08:00:00Z");
const tmp = tempDir("contract");
let files = 0;
afterAll(() => tmp.cleanup());
afterEach(() => jest.restoreAllMocks());

/** What a workbook holds, as every port can tell it. */
interface Held {
  sheets: {
    name: string;
    visibility: string;
    tables: string[];
    a1: unknown;
    a2: unknown;
    rules: number;
    /** Each chart on the sheet as its kind and series count ("bar:2"). */
    charts: string[];
  }[];
  owned: Record<string, string>;
  /** A stable identity per sheet (same value ⇔ same sheet object), to prove in-place rewrites. */
  identity: Map<string, unknown>;
}

interface Harness {
  port: WorkbookPort;
  /**
   * Between two runs: Excel and memory keep the open workbook; the command
   * line saves the .xlsx and opens the saved file for the next run.
   */
  reopen(): Promise<void>;
  held(): Held | Promise<Held>;
  /** Makes writing the nth planned sheet (1-based) fail on the next write. */
  failNth(n: number, sheetName: string): void;
}

type Rows = (string | number | null)[][];

/** A cell as every host can compare it: blanks as null, dates as Excel serials. */
function text(v: unknown): unknown {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof v === "string") return isoDateSerial(v) ?? v;
  return v;
}

function excelHarness(inputs: Record<string, Rows>): Harness {
  const wb = new FakeWorkbookState();
  for (const [name, rows] of Object.entries(inputs)) wb.seed(name, rows);
  const port = new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => NOW });
  return {
    port,
    reopen: () => Promise.resolve(),
    held: () => ({
      sheets: wb.sheets
        .filter((s) => s.name !== REGISTRY_SHEET)
        .map((s) => ({
          name: s.name,
          visibility: s.visibility,
          tables: s.tables.map((t) => t.name),
          a1: text(wb.cell(s.name, "A1")?.value),
          a2: text(wb.cell(s.name, "A2")?.value),
          rules: s.conditionalFormats.length,
          charts: s.charts.map((c) => `${c.type === "XYScatter" ? "scatter" : "bar"}:${c.series.length}`),
        })),
      owned: registryFromCells(
        wb.sheet(REGISTRY_SHEET)
          ? Array.from({ length: 8 }, (_v, i) => wb.cell(REGISTRY_SHEET, `A${i + 1}`)?.value ?? null)
          : null,
      ).owned,
      identity: new Map(wb.sheets.map((s) => [s.name, s.id])),
    }),
    failNth: (n) => {
      let added = 0;
      wb.failOn = (label) => label === "tables.add" && ++added === n;
    },
  };
}

/**
 * The .xlsx port (the package writer): the inputs are saved as a real file,
 * and what it holds is read back from the saved package.
 */
async function xlsxHarness(inputs: Record<string, Rows>): Promise<Harness> {
  const src = tmp.path(`in-${++files}.xlsx`);
  const out = tmp.path(`out-${files}.xlsx`);
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(inputs)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(src);
  let failAt = 0;
  const h: Harness = {
    port: await PackageWorkbook.open(src),
    reopen: async () => {
      const next = tmp.path(`run-${++files}.xlsx`);
      await (h.port as PackageWorkbook).save(next);
      h.port = await PackageWorkbook.open(next);
    },
    held: async () => {
      const port = h.port as PackageWorkbook;
      await port.save(out);
      const saved = await PackageWorkbook.open(out);
      const read = await saved.readWorkbook();
      const values = new Map([...read.inputs, ...Object.values(read.owned)].map((s) => [s.name, s]));
      const entries = new Map(saved.pkg.map.sheets.map((e) => [e.name, e]));
      const cell = (name: string, row: number) => {
        const sheet = values.get(name);
        return sheet ? text(sheet.values[row - sheet.firstRow]?.[0 - sheet.firstCol]) : null;
      };
      const rules = (name: string) => {
        const part = entries.get(name)?.part;
        const xml = part ? new TextDecoder().decode(saved.pkg.parts.get(part)) : "";
        return (xml.match(/<cfRule /g) ?? []).length;
      };
      const decode = (part: string) => {
        const bytes = saved.pkg.parts.get(part);
        return bytes ? new TextDecoder().decode(bytes) : "";
      };
      const charts = (name: string) => {
        const part = entries.get(name)?.part ?? "";
        const rels = decode(part.replace(/([^/]+)$/, "_rels/$1.rels"));
        const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(rels)?.[1];
        if (!drawing) return [];
        const chartParts = [
          ...decode(`xl/drawings/_rels/${drawing}.rels`).matchAll(/\.\.\/charts\/([^"]+)"/g),
        ];
        return chartParts.map(([, chart]) => {
          const xml = decode(`xl/charts/${chart}`);
          const kind = xml.includes("<c:scatterChart>") ? "scatter" : "bar";
          return `${kind}:${(xml.match(/<c:ser>/g) ?? []).length}`;
        });
      };
      return {
        sheets: read.snapshot.sheets
          .filter((s) => s.name !== REGISTRY_SHEET)
          .map((s) => ({
            name: s.name,
            visibility: s.visibility,
            tables: s.tables,
            a1: cell(s.name, 1),
            a2: cell(s.name, 2),
            rules: rules(s.name),
            charts: charts(s.name),
          })),
        owned: read.snapshot.registry.owned,
        identity: new Map(saved.pkg.map.sheets.map((e) => [e.name, e.part])),
      };
    },
    failNth: (n) => {
      // The package writer puts each planned sheet through replaceSheet (rewrites) or addSheet.
      const calls = { n: 0 };
      failAt = n;
      for (const method of ["replaceSheet", "addSheet"] as const) {
        const original = PackageWriter.prototype[method];
        jest.spyOn(PackageWriter.prototype, method).mockImplementation(function (
          this: PackageWriter,
          ...args
        ) {
          if (++calls.n === failAt) throw new Error("disk full");
          return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
        });
      }
    },
  };
  return h;
}

function memoryHarness(inputs: Record<string, Rows>): Harness {
  let fail: string | null = null;
  const sheets: SheetData[] = Object.entries(inputs).map(([name, rows]) => ({
    name,
    values: rows,
    firstRow: 1,
    firstCol: 0,
  }));
  const port = new MemoryWorkbookPort(sheets, { now: () => NOW, failWriting: (name) => name === fail });
  return {
    port,
    reopen: () => Promise.resolve(),
    held: () => ({
      sheets: port.snapshot().sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility ?? "Visible",
        tables: s.tables ?? [],
        a1: text(s.values[0]?.[0]),
        a2: text(s.values[1]?.[0]),
        rules: s.conditionalFormats?.length ?? 0,
        charts: (s.charts ?? []).map((c) => `${c.kind}:${c.series.length}`),
      })),
      owned: port.registryState().owned,
      identity: new Map(port.snapshot().sheets.map((s) => [s.name, s])),
    }),
    failNth: (_n, sheetName) => (fail = sheetName),
  };
}

const PORTS: [string, (inputs: Record<string, Rows>) => Harness | Promise<Harness>][] = [
  ["Excel", excelHarness],
  ["xlsx", xlsxHarness],
  ["memory", memoryHarness],
];

const DOCTORS: Rows = [
  ["Hospital", "Doctor", "Volume"],
  ["City Hospital", "Dr Wang", 12],
];

function zh(tables: OutputTable[]): OutputTable[] {
  return tables.map((t) => ({ ...t, lang: "zh", sheetName: OUTPUT_SHEET_NAMES[t.id].zh }));
}

/** Runs a scenario on every port and returns what each holds, keyed by port. */
async function onEveryPort(
  scenario: (h: Harness) => Promise<unknown>,
  inputs: Record<string, Rows> = { Doctors: DOCTORS },
) {
  const out: Record<string, Held> = {};
  for (const [name, make] of PORTS) {
    const h = await make(inputs);
    await scenario(h);
    out[name] = await h.held();
  }
  return out;
}

function withoutIdentity(h: Held): Omit<Held, "identity"> {
  return { sheets: h.sheets, owned: h.owned };
}

describe.each(PORTS)("workbook port contract: %s", (_name, make) => {
  it("first run: every output on its own sheet with its table, recorded in the registry", async () => {
    const h = await make({ Doctors: DOCTORS });
    const report = await h.port.writeOutputs(sampleOutputs(), {});
    const held = await h.held();
    expect(held.sheets.map((s) => s.name)).toEqual([
      "Doctors",
      "Hospital Tiers",
      "Department Potential",
      "Segmentation",
      "Target List",
      "Call Plan",
      "Issues",
    ]);
    expect(held.sheets.find((s) => s.name === "Target List")?.tables).toEqual(["MicroSeg_TargetList"]);
    expect(held.sheets.find((s) => s.name === "Segmentation")?.rules).toBe(4);
    expect(held.owned.targetList).toBe("Target List");
    expect(report.replaced).toEqual([]);
  });

  it("re-run: the same sheets rewritten in place, the user's sheets untouched", async () => {
    const h = await make({ Doctors: DOCTORS, Notes: [["='Target List'!B2"]] });
    await h.port.writeOutputs(sampleOutputs(12));
    await h.reopen();
    const first = await h.held();
    const report = await h.port.writeOutputs(sampleOutputs(30));
    const again = await h.held();
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    for (const s of first.sheets) expect(again.identity.get(s.name)).toBe(first.identity.get(s.name));
    expect(report.replaced).toHaveLength(6);
    expect(again.sheets.find((s) => s.name === "Notes")?.a1).toBe("='Target List'!B2");
  });

  it("re-run in the other language renames the same sheets in place", async () => {
    const h = await make({ Doctors: DOCTORS });
    await h.port.writeOutputs(sampleOutputs());
    await h.reopen();
    const first = await h.held();
    await h.port.writeOutputs(zh(sampleOutputs()));
    const again = await h.held();
    expect(again.sheets.map((s) => s.name)).toEqual([
      "Doctors",
      "医院分级",
      "科室潜力",
      "医生细分",
      "目标医生",
      "拜访计划",
      "数据问题",
    ]);
    expect(again.identity.get("目标医生")).toBe(first.identity.get("Target List"));
    expect(again.owned.targetList).toBe("目标医生");
  });

  it("a user's sheet holding an output's name keeps it; the output takes a suffix", async () => {
    const h = await make({ Doctors: DOCTORS, "Target List": [["mine"]] });
    const report = await h.port.writeOutputs(sampleOutputs());
    const held = await h.held();
    expect(held.sheets.find((s) => s.name === "Target List")?.a1).toBe("mine");
    expect(held.sheets.find((s) => s.name === "Target List (2)")?.tables).toEqual(["MicroSeg_TargetList"]);
    expect(report.renamed).toEqual([{ wanted: "Target List", used: "Target List (2)" }]);
    // And it is read as input, never as MicroSeg's.
    expect((await h.port.readSheets()).map((s) => s.name)).toEqual(["Doctors", "Target List"]);
  });

  it("a failure halfway leaves the previous plan as it was", async () => {
    const h = await make({ Doctors: DOCTORS });
    await h.port.writeOutputs(sampleOutputs(12));
    await h.reopen();
    const before = await h.held();
    h.failNth(4, "目标医生");
    const error = await h.port.writeOutputs(zh(sampleOutputs(30))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: "write-failed", restored: true });
    expect(withoutIdentity(await h.held())).toEqual(withoutIdentity(before));
  });
});

describe("workbook port contract: the three ports end up holding the same", () => {
  it.each([
    ["first run", (h: Harness) => h.port.writeOutputs(sampleOutputs())],
    [
      "re-run in the other language",
      async (h: Harness) => {
        await h.port.writeOutputs(sampleOutputs());
        await h.reopen();
        await h.port.writeOutputs(zh(sampleOutputs(20)));
      },
    ],
    [
      "a plan that no longer writes an output",
      async (h: Harness) => {
        await h.port.writeOutputs(sampleOutputs());
        await h.reopen();
        await h.port.writeOutputs(sampleOutputs().filter((t) => t.id !== "callPlan"));
      },
    ],
    [
      "a plan with KPIs, re-run with one rep fewer",
      async (h: Harness) => {
        await h.port.writeOutputs([...sampleOutputs(), kpisTable(measured(REPS), 30, "en")]);
        await h.reopen();
        await h.port.writeOutputs([...sampleOutputs(), kpisTable(measured(REPS.slice(1)), 30, "en")]);
      },
    ],
  ])("%s", async (_label, scenario) => {
    const held = await onEveryPort(scenario, { Doctors: DOCTORS, "Target List": [["mine"]] });
    expect(withoutIdentity(held.xlsx)).toEqual(withoutIdentity(held.Excel));
    expect(withoutIdentity(held.memory)).toEqual(withoutIdentity(held.Excel));
    // Segmentation's scatter (4 quadrants, 2 cut-offs); KPIs' columns with their target line.
    const charts = Object.fromEntries(held.Excel.sheets.map((s) => [s.name, s.charts]));
    expect(charts.Segmentation ?? charts["医生细分"]).toEqual(["scatter:6"]);
    if ("KPIs" in charts) expect(charts.KPIs).toEqual(["bar:2"]);
  });
});
