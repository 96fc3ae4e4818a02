/**
 * One contract for the three workbook ports (Excel through the fake, .xlsx
 * through exceljs, memory): the same scenarios run on each, and what each
 * workbook ends up holding is compared, so the hosts cannot drift apart.
 * Every port executes the same core write plan; this proves they execute it
 * the same way.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { generatePlan } from "../../src/app/generate";
import { columnLetter, parseAddress } from "../../src/core/cells";
import { defaultSettings } from "../../src/core/settings";
import { PALETTE } from "../../src/core/write";
import { cellXml, rowXml } from "../../src/xlsx/worksheetXml";
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
  /** The formula of a cell as Excel shows it ("=…"), or null. */
  formulaAt(sheet: string, address: string): Promise<string | null>;
}

/** A user's formulas by sheet and cell ("=…", as typed in Excel), seeded before the first run. */
type Formulas = Record<string, Record<string, string>>;

type Rows = (string | number | null)[][];

/** A cell as every host can compare it: blanks as null, dates as Excel serials. */
function text(v: unknown): unknown {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof v === "string") return isoDateSerial(v) ?? v;
  return v;
}

function excelHarness(inputs: Record<string, Rows>, formulas: Formulas = {}): Harness {
  const wb = new FakeWorkbookState();
  for (const [name, rows] of Object.entries(inputs)) wb.seed(name, rows);
  for (const [name, cells] of Object.entries(formulas))
    for (const [address, formula] of Object.entries(cells)) {
      const { row, col } = parseAddress(address);
      wb.mustSheet(name).cells.set(`${row - 1},${col}`, { value: 0, formula });
    }
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
    formulaAt: (sheet, address) => Promise.resolve(wb.cell(sheet, address)?.formula ?? null),
  };
}

/**
 * The .xlsx port (the package writer): the inputs are saved as a real file,
 * and what it holds is read back from the saved package.
 */
async function xlsxHarness(inputs: Record<string, Rows>, formulas: Formulas = {}): Promise<Harness> {
  const src = tmp.path(`in-${++files}.xlsx`);
  const out = tmp.path(`out-${files}.xlsx`);
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(inputs)) wb.addWorksheet(name).addRows(rows);
  for (const [name, cells] of Object.entries(formulas))
    for (const [address, formula] of Object.entries(cells))
      wb.getWorksheet(name)!.getCell(address).value = { formula: formula.slice(1), result: 0 };
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
    formulaAt: async (sheet, address) => {
      await (h.port as PackageWorkbook).save(out);
      const saved = await PackageWorkbook.open(out);
      const part = saved.pkg.map.sheets.find((e) => e.name === sheet)?.part;
      const xml = part ? new TextDecoder().decode(saved.pkg.parts.get(part)) : "";
      const cell = new RegExp(`<c r="${address}"[^>]*>(.*?)</c>`).exec(xml)?.[1] ?? "";
      const f = /<f>([^<]*)<\/f>/.exec(cell)?.[1];
      return f === undefined
        ? null
        : `=${f
            .replace(/&apos;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&")}`;
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

function memoryHarness(inputs: Record<string, Rows>, formulas: Formulas = {}): Harness {
  let fail: string | null = null;
  const sheets: SheetData[] = Object.entries(inputs).map(([name, rows]) => ({
    name,
    values: rows.map((r) => [...r]),
    firstRow: 1,
    firstCol: 0,
  }));
  // The memory workbook holds a formula as the text typed into Excel.
  for (const [name, cells] of Object.entries(formulas))
    for (const [address, formula] of Object.entries(cells)) {
      const { row, col } = parseAddress(address);
      const values = sheets.find((s) => s.name === name)!.values;
      while (values.length < row) values.push([]);
      values[row - 1][col] = formula;
    }
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
    formulaAt: (sheet, address) => {
      const { row, col } = parseAddress(address);
      const v = port.snapshot().sheets.find((s) => s.name === sheet)?.values[row - 1]?.[col];
      return Promise.resolve(typeof v === "string" && v.startsWith("=") ? v : null);
    },
  };
}

const PORTS: [string, (inputs: Record<string, Rows>, formulas?: Formulas) => Harness | Promise<Harness>][] = [
  ["Excel", excelHarness],
  ["xlsx", xlsxHarness],
  ["memory", memoryHarness],
];

const DOCTORS: Rows = [
  ["Hospital", "Doctor", "Volume"],
  ["City Hospital", "Dr Wang", 12],
];

/** A user's Notes sheet referring to MicroSeg's sheets by name. */
const NOTES: Record<string, string> = {
  A2: "='Target List'!B2",
  A3: "=IF('Target List'!A1=\"'Target List'!A1\",Segmentation!C2,0)",
  A4: "=SUM(Doctors!C2,'Target List'!C2:C3)",
  A5: "='Target List (old)'!A1",
};

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
    const h = await make({ Doctors: DOCTORS, Notes: [["Notes"]] }, { Notes: NOTES });
    await h.port.writeOutputs(sampleOutputs());
    await h.reopen();
    const first = await h.held();
    await h.port.writeOutputs(zh(sampleOutputs()));
    const again = await h.held();
    expect(again.sheets.map((s) => s.name)).toEqual([
      "Doctors",
      "Notes",
      "医院分级",
      "科室潜力",
      "医生细分",
      "目标医生",
      "拜访计划",
      "数据问题",
    ]);
    expect(again.identity.get("目标医生")).toBe(first.identity.get("Target List"));
    expect(again.owned.targetList).toBe("目标医生");
    // The user's formulas follow the renamed sheets, as Excel renames them; text and other sheets stay.
    const notes: Record<string, string | null> = {};
    for (const address of Object.keys(NOTES)) notes[address] = await h.formulaAt("Notes", address);
    expect(notes).toEqual({
      A2: "=目标医生!B2",
      A3: "=IF(目标医生!A1=\"'Target List'!A1\",医生细分!C2,0)",
      A4: "=SUM(Doctors!C2,目标医生!C2:C3)",
      A5: "='Target List (old)'!A1",
    });
    // And back: a name that needs quotes gets them.
    await h.reopen();
    await h.port.writeOutputs(sampleOutputs());
    expect(await h.formulaAt("Notes", "A2")).toBe("='Target List'!B2");
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

/*
 * Issue 16 on every port: the manager's 必选 / 排除 on Doctors and the rep's
 * answers typed on the Target List, through re-runs, a language switch, a
 * reordering of the input rows and a deleted doctor. Each port executes the
 * same plan, drop-down list and input fill included, and reads the typed
 * answers back the same way.
 */
type Edit = { sheet: string; ref: string; text: string };

interface EditableHarness extends Harness {
  /** What a user does between runs: types text into cells, or replaces an input sheet's rows. */
  type(edits: Edit[]): Promise<void>;
  replaceRows(sheet: string, rows: Rows): Promise<void>;
  /** The list validations and input fills of a sheet, as the port stored them. */
  inputsOf(sheet: string): Promise<{ lists: { range: string; list: string[] }[]; filled: string[] }>;
}

const HOSPITALS: Rows = [
  ["医院", "床位数", "日门诊量", "月购金额"],
  ["瑞金医院", 800, 2000, 900_000],
  ["仁济医院", 620, 1200, 3_000_000],
];
const OVERRIDE_DOCTORS: Rows = [
  ["医院", "科室", "医生", "月处方量", "月潜力", "目标调整", "调整原因"],
  ["瑞金医院", "心内科", "张三", 2, 80, "排除", "即将退休"],
  ["瑞金医院", "心内科", "李四", 1, 60, null, null],
  ["仁济医院", "心内科", "王五", 30, 90, null, null],
  ["仁济医院", "心内科", "赵六", 25, 20, null, null],
  ["瑞金医院", "心内科", "钱七", 3, 3, "必选", "科主任，必须覆盖"],
  ["仁济医院", "心内科", "孙八", 20, 70, null, null],
  ["瑞金医院", "心内科", "周九", 0, 50, null, null],
  ["仁济医院", "心内科", "吴十", 4, 10, null, null],
];

function excelEditable(inputs: Record<string, Rows>): EditableHarness {
  const wb = new FakeWorkbookState();
  for (const [name, rows] of Object.entries(inputs)) wb.seed(name, rows);
  const base = excelHarness({});
  const port = new ExcelWorkbookPort({ run: wb.run, supports: () => true, now: () => NOW });
  return {
    ...base,
    port,
    type: (edits) => {
      for (const e of edits) {
        const { row, col } = parseAddress(e.ref);
        const cells = wb.mustSheet(e.sheet).cells;
        const k = `${row - 1},${col}`;
        cells.set(k, { ...(cells.get(k) ?? { value: null }), value: e.text });
      }
      return Promise.resolve();
    },
    replaceRows: (sheet, rows) => {
      wb.mustSheet(sheet).cells.clear();
      wb.seed(sheet, rows);
      return Promise.resolve();
    },
    inputsOf: (sheet) => {
      const s = wb.mustSheet(sheet);
      const lists = new Map<string, { rows: number[]; col: number; list: string[] }>();
      const filled = new Set<string>();
      for (const [k, cell] of s.cells) {
        const [r, c] = k.split(",").map(Number);
        if (cell.fill) filled.add(columnLetter(c));
        const source = cell.validation?.list?.source;
        if (typeof source !== "string") continue;
        const entry = lists.get(`${c}`) ?? { rows: [], col: c, list: source.split(",") };
        entry.rows.push(r + 1);
        lists.set(`${c}`, entry);
      }
      return Promise.resolve({
        lists: [...lists.values()].map((l) => ({
          range: `${columnLetter(l.col)}${Math.min(...l.rows)}:${columnLetter(l.col)}${Math.max(...l.rows)}`,
          list: l.list,
        })),
        filled: [...filled].sort(),
      });
    },
  };
}

/** The .xlsx port; a user's typing is done on the saved file's sheet XML, as Excel would save it. */
async function xlsxEditable(inputs: Record<string, Rows>): Promise<EditableHarness> {
  const h = await xlsxHarness(inputs);
  const partOf = (name: string) => {
    const part = (h.port as PackageWorkbook).pkg.map.sheets.find((s) => s.name === name)?.part;
    if (!part) throw new Error(`no sheet ${name}`);
    return part;
  };
  /** Saves, edits parts of the saved zip, and opens the edited file for the next run. */
  const editSaved = async (
    edit: (parts: Record<string, Uint8Array>, part: (n: string) => string) => void,
  ) => {
    const saved = tmp.path(`edit-${++files}.xlsx`);
    await (h.port as PackageWorkbook).save(saved);
    h.port = await PackageWorkbook.open(saved);
    const parts = unzipSync(new Uint8Array(readFileSync(saved)));
    edit(parts, (n) => partOf(n).replace(/^\//, ""));
    const next = tmp.path(`edited-${files}.xlsx`);
    writeFileSync(next, zipSync(parts));
    h.port = await PackageWorkbook.open(next);
  };
  const xml = (parts: Record<string, Uint8Array>, part: string) => new TextDecoder().decode(parts[part]);
  return {
    ...h,
    get port() {
      return h.port;
    },
    set port(p: WorkbookPort) {
      h.port = p;
    },
    type: (edits) =>
      editSaved((parts, part) => {
        for (const e of edits) {
          const p = part(e.sheet);
          const text = xml(parts, p);
          const cell = new RegExp(`<c r="${e.ref}"( s="\\d+")?(?: t="[a-zA-Z]+")?\\s*(/>|>.*?</c>)`);
          if (!cell.test(text)) throw new Error(`no cell ${e.ref} on ${e.sheet}`);
          const typed = text.replace(
            cell,
            (_m, s: string | undefined) =>
              `<c r="${e.ref}"${s ?? ""} t="inlineStr"><is><t>${e.text}</t></is></c>`,
          );
          parts[p] = new TextEncoder().encode(typed);
        }
      }),
    replaceRows: (sheet, rows) =>
      editSaved((parts, part) => {
        const p = part(sheet);
        const body = rows
          .map((r, i) => rowXml(i + 1, r.map((v, c) => cellXml(c, i + 1, v, 0)).join("")))
          .join("");
        parts[p] = new TextEncoder().encode(
          xml(parts, p).replace(
            /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
            `<sheetData>${body}</sheetData>`,
          ),
        );
      }),
    inputsOf: async (sheet) => {
      const saved = tmp.path(`look-${++files}.xlsx`);
      await (h.port as PackageWorkbook).save(saved);
      const parts = unzipSync(new Uint8Array(readFileSync(saved)));
      const look = await PackageWorkbook.open(saved);
      const part = look.pkg.map.sheets.find((s) => s.name === sheet)!.part!.replace(/^\//, "");
      const text = xml(parts, part);
      const lists = [
        ...text.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*><formula1>"([^<]*)"<\/formula1>/g),
      ].map((m) => ({ range: m[1], list: m[2].split(",") }));
      // A filled cell's style has a solid fill of the input colour.
      const styles = xml(parts, "xl/styles.xml");
      const fills = [...styles.matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1]);
      const xfs = [
        ...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? "").matchAll(/<xf [^>]*>/g),
      ].map((m) => Number(/fillId="(\d+)"/.exec(m[0])?.[1] ?? 0));
      const inputFill = fills.findIndex((f) => f.includes(`rgb="FF${PALETTE.input.slice(1)}"`));
      const filled = new Set<string>();
      for (const m of text.matchAll(/<c r="([A-Z]+)\d+" s="(\d+)"/g))
        if (xfs[Number(m[2])] === inputFill) filled.add(m[1]);
      return { lists, filled: [...filled].sort() };
    },
  };
}

function memoryEditable(inputs: Record<string, Rows>): EditableHarness {
  const h = memoryHarness(inputs);
  const port = h.port as MemoryWorkbookPort;
  const sheetOf = (name: string) => {
    const s = port.snapshot().sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s as {
      values: (string | number | boolean | null)[][];
    } & (typeof port.snapshot extends () => infer S
      ? S extends { sheets: readonly (infer M)[] }
        ? M
        : never
      : never);
  };
  return {
    ...h,
    type: (edits) => {
      for (const e of edits) {
        const { row, col } = parseAddress(e.ref);
        const values = sheetOf(e.sheet).values;
        while (values.length < row) values.push([]);
        values[row - 1][col] = e.text;
      }
      return Promise.resolve();
    },
    replaceRows: (sheet, rows) => {
      sheetOf(sheet).values = rows.map((r) => [...r]);
      return Promise.resolve();
    },
    inputsOf: (sheet) => {
      const inputs = sheetOf(sheet).inputs ?? [];
      return Promise.resolve({
        lists: inputs.filter((i) => i.list).map((i) => ({ range: i.range, list: i.list ?? [] })),
        filled: inputs.map((i) => i.range.replace(/\d.*$/, "")).sort(),
      });
    },
  };
}

/** The Target List as the next run reads it: doctor → [priority, feedback, reason, why]. */
async function targetListOf(port: WorkbookPort) {
  const read = await port.readWorkbook();
  const sheet = read.owned.targetList!;
  const [header, ...rows] = sheet.values;
  const at = (start: string) => header.findIndex((h) => typeof h === "string" && h.startsWith(start));
  const doctor = at("医生") >= 0 ? at("医生") : at("Doctor");
  const feedback = at("代表反馈") >= 0 ? at("代表反馈") : at("Rep feedback");
  const reason = at("反馈原因") >= 0 ? at("反馈原因") : at("Feedback reason");
  const why = at("原因") >= 0 ? header.indexOf("原因") : header.indexOf("Reason");
  const priority = at("优先级") >= 0 ? at("优先级") : at("Priority");
  const byDoctor = new Map(
    rows.map((r, i) => [
      r[doctor] as string,
      {
        excelRow: i + 2,
        priority: r[priority] === "" ? null : (r[priority] ?? null),
        feedback: r[feedback] === "" ? null : (r[feedback] ?? null),
        reason: r[reason] === "" ? null : (r[reason] ?? null),
        why: r[why],
      },
    ]),
  );
  const ref = (name: string, col: number) => `${columnLetter(col)}${byDoctor.get(name)!.excelRow}`;
  return {
    sheet: sheet.name,
    header,
    byDoctor,
    feedbackRef: (n: string) => ref(n, feedback),
    reasonRef: (n: string) => ref(n, reason),
  };
}

const EDITABLE: [string, (inputs: Record<string, Rows>) => EditableHarness | Promise<EditableHarness>][] = [
  ["Excel", excelEditable],
  ["xlsx", xlsxEditable],
  ["memory", memoryEditable],
];

const zhSettings = { ...defaultSettings(), language: "zh" as const };
const enSettings = { ...defaultSettings(), language: "en" as const };

/** The whole story of issue 16 on one port; what the rep and the manager see at each step. */
async function overrideStory(h: EditableHarness) {
  const seen: Record<string, unknown> = {};
  // 1. The manager pins an LL doctor without headroom and excludes the top LH doctor.
  const first = await generatePlan(h.port, { settings: zhSettings, today: NOW });
  await h.reopen();
  let list = await targetListOf(h.port);
  seen.first = {
    pinned: list.byDoctor.get("钱七"),
    excludedOnList: list.byDoctor.has("张三"),
    excludedWhy: first.result.doctors.find((d) => d.record.name === "张三")?.reason,
    inputs: await h.inputsOf("目标医生"),
  };
  // 2. The rep answers: 移除 李四 (moved away), 保留 王五, and 移除 周九.
  await h.type([
    { sheet: list.sheet, ref: list.feedbackRef("李四"), text: "移除" },
    { sheet: list.sheet, ref: list.reasonRef("李四"), text: "已调离本院" },
    { sheet: list.sheet, ref: list.feedbackRef("王五"), text: "保留" },
    { sheet: list.sheet, ref: list.reasonRef("王五"), text: "关系很好" },
    { sheet: list.sheet, ref: list.feedbackRef("周九"), text: "移除" },
  ]);
  const second = await generatePlan(h.port, { settings: zhSettings, today: NOW });
  await h.reopen();
  list = await targetListOf(h.port);
  seen.second = {
    li: list.byDoctor.get("李四"),
    wang: list.byDoctor.get("王五"),
    pinnedStill: list.byDoctor.get("钱七")?.priority,
    excludedStill: list.byDoctor.has("张三"),
    team: second.result.plan.reps.map((r) => [r.pinned, r.excluded, r.feedbackRemoved]),
    history: second.result.history.map((r) => [
      r.doctor,
      r.override ?? null,
      r.feedback ?? null,
      r.plannedCalls,
    ]),
  };
  // 3. Reordered Doctors without 周九, and the plan switched to English.
  const rows = OVERRIDE_DOCTORS.filter((r) => r[2] !== "周九");
  await h.replaceRows("医生", [rows[0], ...rows.slice(1).reverse()]);
  const third = await generatePlan(h.port, { settings: enSettings, today: NOW });
  await h.reopen();
  list = await targetListOf(h.port);
  seen.third = {
    sheet: list.sheet,
    li: list.byDoctor.get("李四"),
    wang: list.byDoctor.get("王五"),
    pinned: list.byDoctor.get("钱七"),
    excluded: list.byDoctor.has("张三"),
    lost: third.result.issues
      .filter((i) => i.code === "feedback-unknown-doctor")
      .map((i) => [i.sheet, i.row, i.column, i.value]),
    inputs: await h.inputsOf("Target List"),
    json: third.result.doctors
      .filter((d) => d.override)
      .map((d) => [d.record.name, d.override, d.overrideReason]),
  };
  return seen;
}

describe.each(EDITABLE)("issue 16 on the %s port: overrides that last", (_name, make) => {
  it("pins and exclusions hold, the rep's answers survive re-runs, a language switch and reordered rows", async () => {
    const h = await make({ 医院: HOSPITALS, 医生: OVERRIDE_DOCTORS });
    const seen = (await overrideStory(h)) as Record<string, Record<string, unknown>>;
    expect(seen.first).toMatchObject({
      pinned: { priority: 1, why: "经理指定：科主任，必须覆盖" },
      excludedOnList: false,
      excludedWhy: "经理排除：即将退休",
      inputs: { lists: [{ list: ["保留", "移除"] }] },
    });
    expect(seen.second).toMatchObject({
      li: { priority: null, feedback: "移除", reason: "已调离本院", why: "代表移除：已调离本院" },
      wang: { feedback: "保留", reason: "关系很好" },
      pinnedStill: 1,
      excludedStill: false,
      team: [[1, 1, 2]],
    });
    expect(seen.second.history).toEqual(
      expect.arrayContaining([
        ["李四", "feedback-removed", "remove", 0],
        ["王五", null, "keep", expect.any(Number) as number],
        ["钱七", "pinned", null, expect.any(Number) as number],
      ]),
    );
    expect(seen.third).toMatchObject({
      sheet: "Target List",
      li: { priority: null, feedback: "remove", reason: "已调离本院", why: "Removed by the rep: 已调离本院" },
      wang: { feedback: "keep", reason: "关系很好" },
      pinned: { priority: 1, why: "Manager pinned: 科主任，必须覆盖" },
      excluded: false,
      inputs: { lists: [{ list: ["keep", "remove"] }] },
    });
    // 周九 was deleted from Doctors: his 移除 is listed once, naming the cell it was typed in.
    expect((seen.third.lost as unknown[][]).map((l) => l.slice(0, 1).concat(l.slice(2)))).toEqual([
      ["目标医生", "代表反馈（可填写）", "移除"],
    ]);
    expect(seen.third.json).toEqual(
      expect.arrayContaining([
        ["张三", "excluded", "即将退休"],
        ["钱七", "pinned", "科主任，必须覆盖"],
        ["李四", "feedback-removed", "已调离本院"],
      ]),
    );
  });
});

it("issue 16: the three ports end up holding the same answers, lists and fills", async () => {
  const stories: Record<string, unknown> = {};
  for (const [name, make] of EDITABLE)
    stories[name] = await overrideStory(await make({ 医院: HOSPITALS, 医生: OVERRIDE_DOCTORS }));
  expect(stories.xlsx).toEqual(stories.Excel);
  expect(stories.memory).toEqual(stories.Excel);
});

/** Three runs through one port: November, December, then December again (SPEC §10: the history accumulates by cycle). */
async function historyStory(h: EditableHarness) {
  const inCycle = (start: string, end: string) => ({
    ...zhSettings,
    cycle: { ...zhSettings.cycle, start, end },
  });
  const cyclesOf = async () => {
    const read = await h.port.readWorkbook();
    const sheet = read.owned.planHistory;
    if (!sheet) return null;
    const [header, ...rows] = sheet.values;
    const start = header.indexOf("周期开始");
    const counts = new Map<string, number>();
    for (const r of rows) {
      const v = r[start];
      const key = typeof v === "number" ? isoOfSerial(v) : typeof v === "string" ? v : JSON.stringify(v);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return { sheet: sheet.name, counts: Object.fromEntries(counts) };
  };
  await generatePlan(h.port, { settings: inCycle("2026-11-01", "2026-11-30"), today: NOW });
  await h.reopen();
  const november = await cyclesOf();
  await generatePlan(h.port, { settings: inCycle("2026-12-01", "2026-12-31"), today: NOW });
  await h.reopen();
  const december = await cyclesOf();
  await generatePlan(h.port, { settings: inCycle("2026-12-01", "2026-12-31"), today: NOW });
  await h.reopen();
  const again = await cyclesOf();
  return { november, december, again };
}

/** An Excel serial (1900 system) as an ISO date. */
function isoOfSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

describe.each(EDITABLE)("Plan History on the %s port", (_name, make) => {
  it("keeps each cycle's plan: a new cycle is added, a re-run of the same cycle replaces only its rows", async () => {
    const h = await make({ 医院: HOSPITALS, 医生: OVERRIDE_DOCTORS });
    const { november, december, again } = await historyStory(h);
    expect(november?.sheet).toBe("计划存档");
    const nov = november!.counts["2026-11-01"];
    expect(nov).toBeGreaterThan(0);
    expect(Object.keys(november!.counts)).toEqual(["2026-11-01"]);
    expect(december!.counts).toEqual({ "2026-11-01": nov, "2026-12-01": expect.any(Number) as number });
    expect(again!.counts).toEqual(december!.counts);
  });
});

it("Plan History: the three ports keep the same cycles", async () => {
  const stories: Record<string, unknown> = {};
  for (const [name, make] of EDITABLE)
    stories[name] = await historyStory(await make({ 医院: HOSPITALS, 医生: OVERRIDE_DOCTORS }));
  expect(stories.xlsx).toEqual(stories.Excel);
  expect(stories.memory).toEqual(stories.Excel);
});
