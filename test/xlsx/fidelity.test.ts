/**
 * Fidelity: `microseg plan` on workbooks made by other writers (openpyxl,
 * LibreOffice with a pivot table, a macro-enabled LibreOffice file, exceljs)
 * gives back the input package with MicroSeg's parts added. Every input part
 * is present; all but the few listing the new sheets are byte-identical;
 * those few still hold every entry of the user's, verbatim. Parts are read
 * with JSZip, not with the writer's own zip layer.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { REGISTRY_SHEET } from "../../src/core";
import { ROOT, runCli, SAMPLE_ZH } from "../cli/helpers";
import { tempDir } from "./helpers";

const tmp = tempDir("fidelity");
afterAll(() => tmp.cleanup());

const WRITERS = join(ROOT, "test", "fixtures", "writers");
const FIXTURES = [
  join(WRITERS, "openpyxl-features.xlsx"),
  join(WRITERS, "libreoffice-pivot.xlsx"),
  join(WRITERS, "libreoffice-macro.xlsm"),
  SAMPLE_ZH,
  // The demo on the 1904 date system with ISO date cells (openpyxl), and packages laid out as
  // Google Sheets and WPS write them (hand-built by scripts/fixtures/mimic_exports.py).
  join(WRITERS, "openpyxl-1904-dates.xlsx"),
  join(WRITERS, "googlesheets-mimic.xlsx"),
  join(WRITERS, "wps-mimic.xlsx"),
];

type Parts = Map<string, Buffer>;

async function parts(path: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out: Parts = new Map();
  for (const file of Object.values(zip.files))
    if (!file.dir) out.set(file.name, await file.async("nodebuffer"));
  return out;
}

function text(p: Parts, name: string): string {
  const b = p.get(name);
  if (!b) throw new Error(`missing part ${name}`);
  return b.toString("utf8");
}

/** Every element named `name` as written (open tag through close tag, or the self-closing tag). */
function elements(xml: string, name: string): string[] {
  const re = new RegExp(
    `<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${name}>)`,
    "g",
  );
  return xml.match(re) ?? [];
}

/** The inner XML of the first element named `name` ("" when absent). */
function inner(xml: string, name: string): string {
  const m = new RegExp(`<((?:[\\w.-]+:)?${name})(?=[\\s>])[^>]*>([\\s\\S]*?)</\\1>`).exec(xml);
  return m ? m[2] : "";
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.write(xml).close();
}

/** Where the package's workbook part is, and its rels. */
function workbookPart(p: Parts): { workbook: string; rels: string } {
  const target =
    /Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      text(p, "_rels/.rels"),
    );
  const workbook = (target?.[1] ?? target?.[2] ?? "xl/workbook.xml").replace(/^\//, "");
  const slash = workbook.lastIndexOf("/");
  return { workbook, rels: `${workbook.slice(0, slash)}/_rels/${workbook.slice(slash + 1)}.rels` };
}

function editedParts(p: Parts): Set<string> {
  const { workbook, rels } = workbookPart(p);
  const styles = [...p.keys()].find((n) => /styles\.xml$/i.test(n)) ?? "xl/styles.xml";
  return new Set(["[Content_Types].xml", workbook, rels, styles, "docProps/app.xml"]);
}

interface Planned {
  input: Parts;
  output: Parts;
  outputPath: string;
}

async function plan(fixture: string, suffix = ""): Promise<Planned> {
  const ext = fixture.endsWith(".xlsm") ? ".xlsm" : ".xlsx";
  const outputPath = tmp.path(`${basename(fixture, ext)}${suffix}.plan${ext}`);
  const run = await runCli(["plan", fixture, "-o", outputPath, "--lang", "en"]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  return { input: await parts(fixture), output: await parts(outputPath), outputPath };
}

/** MicroSeg's own sheets in a package it wrote, by the registry (the registry sheet first). */
function ownedSheetNames(p: Parts): string[] {
  const names = [REGISTRY_SHEET];
  const regPart = sheetPart(p, REGISTRY_SHEET);
  if (regPart) {
    // Column A as written: inline strings (MicroSeg's) or shared strings (a Google or WPS round trip).
    const shared = [...p.keys()].find((n) => /sharedStrings\.xml$/i.test(n));
    const sst = shared ? elements(text(p, shared), "si").map((si) => inner(si, "t")) : [];
    const json = elements(text(p, regPart), "c")
      .map((c) => (/\st="s"/.test(c) ? (sst[Number(inner(c, "v"))] ?? "") : inner(c, "t")))
      .join("");
    const owned = JSON.parse(
      json
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    ) as {
      owned: Record<string, string>;
    };
    names.push(...Object.values(owned.owned));
  }
  return names;
}

/** The part of the sheet named `name`, or null. */
function sheetPart(p: Parts, name: string): string | null {
  const { workbook, rels } = workbookPart(p);
  const sheet = elements(text(p, workbook), "sheet").find((s) => s.includes(`name="${name}"`));
  const id = sheet && /\s(?:[\w.-]+:)?id="([^"]+)"/.exec(sheet)?.[1];
  const rel = id && elements(text(p, rels), "Relationship").find((r) => r.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  return target
    ? target.startsWith("/")
      ? target.slice(1)
      : `${workbook.slice(0, workbook.lastIndexOf("/"))}/${target}`
    : null;
}

/** Parts MicroSeg owns in a package it wrote: its sheets (by the registry) and what hangs off them. */
function ownedParts(p: Parts): Set<string> {
  const names = ownedSheetNames(p);
  const registryPart = (name: string) => sheetPart(p, name);
  const out = new Set<string>();
  const visit = (part: string) => {
    if (out.has(part)) return;
    out.add(part);
    const slash = part.lastIndexOf("/");
    const relsPart = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    if (!p.has(relsPart)) return;
    out.add(relsPart);
    for (const r of elements(text(p, relsPart), "Relationship")) {
      const target = /Target="([^"]+)"/.exec(r)![1];
      const resolved = join(part.slice(0, slash), target).replace(/\\/g, "/");
      if (p.has(resolved)) visit(resolved);
    }
  };
  for (const name of names) {
    const part = registryPart(name);
    if (part) visit(part);
  }
  return out;
}

describe.each(FIXTURES.map((f) => [basename(f), f]))("fidelity: %s", (_name, fixture) => {
  let planned: Planned;
  beforeAll(async () => {
    planned = await plan(fixture);
  });

  it("keeps every part of the input; all but the sheet lists are byte-identical", () => {
    const { input, output } = planned;
    // MicroSeg's own sheets in the input (a sample's Plan History) are rewritten in place, and what
    // hangs off them is replaced (a Google Sheets round trip gives every sheet a drawing, empty here).
    const owned = ownedParts(input);
    const edited = new Set([...editedParts(input), ...owned]);
    const changed: string[] = [];
    for (const [name, bytes] of input) {
      const sheetPartOwned = owned.has(name) && !/\/worksheets\/[^/]+\.xml$/.test(name);
      if (!sheetPartOwned)
        expect({ part: name, present: output.has(name) }).toEqual({ part: name, present: true });
      if (!edited.has(name) && !bytes.equals(output.get(name)!)) changed.push(name);
    }
    expect(changed).toEqual([]);
  });

  it("keeps every entry of the user's in the parts it edits", () => {
    const { input, output } = planned;
    const { workbook, rels } = workbookPart(input);
    const ct = text(output, "[Content_Types].xml");
    const ownedInput = ownedParts(input);
    const forOwnedPart = (e: string) =>
      [...ownedInput].some((part) => !/\/worksheets\//.test(part) && e.includes(`PartName="/${part}"`));
    for (const e of [
      ...elements(text(input, "[Content_Types].xml"), "Default"),
      ...elements(text(input, "[Content_Types].xml"), "Override").filter((e) => !forOwnedPart(e)),
    ])
      expect(ct).toContain(e);
    const wbOut = text(output, workbook);
    const owned = ownedSheetNames(input);
    const usersOwn = (e: string) => !owned.some((n) => e.includes(`name="${n}"`));
    for (const name of ["sheet", "definedName", "pivotCache", "workbookPr", "extLst"])
      for (const e of elements(text(input, workbook), name).filter(usersOwn)) expect(wbOut).toContain(e);
    const relsOut = text(output, rels);
    for (const e of elements(text(input, rels), "Relationship")) expect(relsOut).toContain(e);
    const styles = [...input.keys()].find((n) => /styles\.xml$/i.test(n))!;
    for (const container of [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
    ]) {
      // Existing entries keep their positions: the output's list starts with the input's.
      expect(inner(text(output, styles), container).startsWith(inner(text(input, styles), container))).toBe(
        true,
      );
    }
    if (input.has("docProps/app.xml")) {
      const app = text(output, "docProps/app.xml");
      for (const t of elements(inner(text(input, "docProps/app.xml"), "TitlesOfParts"), "lpstr"))
        if (!owned.some((n) => t === `<vt:lpstr>${n}</vt:lpstr>`)) expect(app).toContain(t);
    }
  });

  it("adds the plan's sheets, tables and chart, and every XML part is well-formed", () => {
    const { input, output } = planned;
    const added = [...output.keys()].filter((n) => !input.has(n));
    expect(added.some((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
    expect(added.filter((n) => /^xl\/tables\//.test(n)).length).toBeGreaterThanOrEqual(8);
    expect(added.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    for (const [name, bytes] of output) if (/\.(xml|rels)$/.test(name)) wellFormed(bytes.toString("utf8"));
    const wb = text(output, workbookPart(output).workbook);
    expect(wb).toContain(`name="Segmentation"`);
    const registry = elements(wb, "sheet").find((e) => e.includes(`name="${REGISTRY_SHEET}"`));
    expect(registry).toMatch(/\sstate="veryHidden"/);
  });

  it("on a re-run replaces only MicroSeg's own parts", async () => {
    const first = planned.output;
    const again = await plan(planned.outputPath, "-again");
    const owned = ownedParts(first);
    const edited = editedParts(first);
    const changed = [...first].filter(
      ([name, bytes]) =>
        !owned.has(name) && !edited.has(name) && !bytes.equals(again.output.get(name) ?? Buffer.alloc(0)),
    );
    expect(changed.map(([n]) => n)).toEqual([]);
    const sheetsOf = (p: Parts) =>
      elements(text(p, workbookPart(p).workbook), "sheet").map((s) => /name="([^"]*)"/.exec(s)![1]);
    expect(sheetsOf(again.output)).toEqual(sheetsOf(first));
  });
});

describe("files from other writers are read as their data", () => {
  it("openpyxl and LibreOffice copies of the demo give the demo's plan", async () => {
    const json = async (file: string) => {
      const run = await runCli([
        "plan",
        file,
        "-o",
        tmp.path(`${basename(file)}.json.plan${file.endsWith(".xlsm") ? ".xlsm" : ".xlsx"}`),
        "--json",
        "--lang",
        "en",
      ]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as { doctors: unknown[]; plan: unknown; cutoffs: unknown };
    };
    const demo = await json(join(ROOT, "samples", "demo-en.xlsx"));
    expect(demo.doctors.length).toBeGreaterThan(500);
    for (const f of FIXTURES.slice(0, 3)) {
      const other = await json(f);
      // The copies predate the demo's Representatives sheet, so they are compared on what the
      // team does not change: every doctor as read and segmented, and the cut-offs.
      const read = (doctors: unknown[]) =>
        (doctors as Record<string, unknown>[]).map((d) => [
          d.sheet,
          d.row,
          d.name,
          d.hospital,
          d.volume,
          d.potential,
          d.quadrant,
        ]);
      expect({ file: basename(f), doctors: read(other.doctors), cutoffs: other.cutoffs }).toEqual({
        file: basename(f),
        doctors: read(demo.doctors),
        cutoffs: demo.cutoffs,
      });
    }
  });

  it.each([
    ["openpyxl-1904-dates.xlsx", "demo-en.xlsx"],
    ["googlesheets-mimic.xlsx", "demo-en.xlsx"],
    ["wps-mimic.xlsx", "demo-zh.xlsx"],
  ])("%s gives exactly the plan and the measurement of %s", async (fixture, demo) => {
    const json = async (file: string) => {
      const run = await runCli(["plan", file, "-o", tmp.path(`${basename(file)}.same.plan.xlsx`), "--json"]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as Record<string, unknown> & { measure?: { cycle: unknown } };
    };
    const mine = await json(join(WRITERS, fixture));
    const theirs = await json(join(ROOT, "samples", demo));
    // Dates included: the Call Log and Plan History read as the same days (a 1904 ISO date read as a
    // 1900 serial would be four years off, and August's measurement would vanish).
    expect(mine.measure?.cycle).toEqual({ start: "2026-08-01", end: "2026-08-31" });
    expect(mine).toEqual(theirs);
  });

  it("a truncated file is one clear line and exit 2", async () => {
    const bytes = readFileSync(FIXTURES[0]);
    const cut = tmp.path("truncated.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = await runCli(["plan", cut, "-o", tmp.path("truncated.plan.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/damaged or unreadable: .*truncated\.xlsx$/),
    ]);
  });

  it("an .xlsm keeps its macros and its kind: an .xlsx name is refused", async () => {
    const run = await runCli(["plan", FIXTURES[2], "-o", tmp.path("macro.plan.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/must be an \.xlsm/);
    const { output } = await plan(FIXTURES[2], "-kind");
    expect(text(output, "[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    expect(output.has("xl/vbaProject.bin")).toBe(true);
  });
});

describe("a renamed sheet of MicroSeg's: the user's references follow it, as in Excel", () => {
  it("formulas (shared masters too) and defined names get the new name; nothing else changes", async () => {
    // The demo's Plan History (计划存档) is MicroSeg's; --lang en renames it to "Plan History".
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE_ZH));
    const input = await parts(SAMPLE_ZH);
    const hospitals = sheetPart(input, "医院")!;
    const xml = text(input, hospitals);
    const next = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const row = (f: (old: string) => string[]) =>
      `<row r="${next}">` +
      `<c r="A${next}"><f>${f("计划存档")[0]}</f><v>7</v></c>` +
      `<c r="B${next}" t="str"><f>"计划存档!C2"&amp;${f("计划存档")[1]}</f><v>计划存档!C2x</v></c>` +
      `<c r="C${next}"><f t="shared" ref="C${next}:D${next}" si="90">${f("计划存档")[2]}</f><v>1</v></c>` +
      `<c r="D${next}"><f t="shared" si="90"/><v>2</v></c>` +
      `<c r="E${next}"><f>SUM(计划存档旧!A1,'计划存档 (2)'!A1)</f><v>0</v></c>` +
      `</row>`;
    const before = row(() => ["计划存档!C2", "'计划存档'!C2", "SUM(计划存档!B2:B3)"]);
    const after = row(() => ["'Plan History'!C2", "'Plan History'!C2", "SUM('Plan History'!B2:B3)"]);
    zip.file(hospitals, xml.replace("</sheetData>", `${before}</sheetData>`));
    const { workbook } = workbookPart(input);
    const named = (ref: string) =>
      `<definedNames><definedName name="UserHistory">${ref}</definedName></definedNames>`;
    zip.file(workbook, text(input, workbook).replace("</sheets>", `</sheets>${named("计划存档!$A$1:$A$9")}`));
    const edited = tmp.path("renamed-refs.xlsx");
    writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const { input: mine, output } = await plan(edited, "-renamed");
    expect(text(output, hospitals)).toBe(text(mine, hospitals).replace(before, after));
    expect(text(output, workbook)).toContain(named("'Plan History'!$A$1:$A$9"));
    const owned = ownedParts(mine);
    const changed = [...mine].filter(
      ([name, bytes]) =>
        name !== hospitals &&
        !owned.has(name) &&
        !editedParts(mine).has(name) &&
        !bytes.equals(output.get(name) ?? Buffer.alloc(0)),
    );
    expect(changed.map(([n]) => n)).toEqual([]);
  });
});
