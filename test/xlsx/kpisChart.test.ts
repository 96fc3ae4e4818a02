/**
 * The KPIs sheet's call attainment chart in the .xlsx package (issue #13):
 * a DrawingML c:barChart (clustered columns) over the sheet's own cells with
 * the target as a c:lineChart on the same axes, anchored by a drawing the
 * sheet points to; every chart part in schema order; a re-run replaces the
 * chart instead of adding a second one.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { kpisTable } from "../../src/core/layout/kpis";
import { segmentationTable } from "../excel/outputsFixture";
import { measured } from "../core/layout/kpisFixture";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { chartOrderErrors } from "./chartSchema";
import { tempDir } from "./helpers";

const tmp = tempDir("kpis-chart");
afterAll(() => tmp.cleanup());
let n = 0;

const THREE_REPS: [string, number, number][] = [
  ["张伟", 100, 90],
  ["李娜", 100, 60],
  ["刘洋", 80, 88],
];

async function input(): Promise<string> {
  const path = tmp.path(`in-${++n}.xlsx`);
  const wb = new Workbook();
  wb.addWorksheet("医生").addRows([
    ["医院", "医生"],
    ["协和医院", "王医生"],
  ]);
  await wb.xlsx.writeFile(path);
  return path;
}

async function parts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("string"));
  return out;
}

async function planned(src: string, reps: [string, number, number][]): Promise<string> {
  const port = await PackageWorkbook.open(src);
  await port.writeOutputs([kpisTable(measured(reps), 30, "zh"), segmentationTable(8)]);
  const out = tmp.path(`out-${++n}.xlsx`);
  await port.save(out);
  return out;
}

const charts = (p: Map<string, string>) => [...p.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));

describe(".xlsx: the call attainment chart on KPIs", () => {
  it("writes clustered columns over the live attainment cells and the 100 % line, in schema order", async () => {
    const p = await parts(await planned(await input(), THREE_REPS));
    const bar = charts(p)
      .map((k) => p.get(k)!)
      .find((x) => x.includes("<c:barChart>"));
    expect(bar).toBeDefined();
    const xml = bar!;
    expect(xml).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<c:v>拜访达成率</c:v>");
    expect(xml).toContain("<c:val><c:numRef><c:f>'业绩指标'!$E$2:$E$4</c:f></c:numRef></c:val>");
    expect(xml).toContain("<c:cat><c:strRef><c:f>'业绩指标'!$A$2:$A$4</c:f></c:strRef></c:cat>");
    expect(xml).toMatch(/<c:lineChart>.*<c:v>目标 100%<\/c:v>.*<a:prstDash val="dash"\/>.*<\/c:lineChart>/);
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(xml).toContain("<a:t>各代表拜访达成率</a:t>");
    expect(xml).toContain('<c:showVal val="1"/>');
    // Both chart groups share the two axes.
    expect(xml.match(/<c:axId val="201"\/><c:axId val="202"\/>/g)).toHaveLength(2);
    for (const k of charts(p)) expect(chartOrderErrors(p.get(k)!)).toEqual([]);

    // The KPIs sheet points to a drawing that points to the bar chart; the target's cells are on the sheet.
    const wbXml = p.get("xl/workbook.xml")!;
    const relId = /<sheet name="业绩指标"[^>]*r:id="([^"]+)"/.exec(wbXml)![1];
    const sheetPart = `xl/${new RegExp(
      `Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`,
    )
      .exec(p.get("xl/_rels/workbook.xml.rels")!)!
      .slice(1)
      .find(Boolean)!
      .replace(/^\/?xl\//, "")}`;
    const sheetXml = p.get(sheetPart)!;
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);
    const sheetRels = p.get(sheetPart.replace(/worksheets\//, "worksheets/_rels/") + ".rels")!;
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)![1];
    const drawingRels = p.get(`xl/drawings/_rels/${drawing}.rels`)!;
    const chartPart = /Target="\.\.\/charts\/(chart\d+\.xml)"/.exec(drawingRels)![1];
    expect(p.get(`xl/charts/${chartPart}`)).toBe(bar);
    expect(p.get(`xl/drawings/${drawing}`)).toContain("<xdr:from><xdr:col>0</xdr:col>");
    expect(p.get("[Content_Types].xml")).toContain(`PartName="/xl/charts/${chartPart}"`);
  });

  it("a re-run replaces the chart: one bar chart, over the new reps", async () => {
    const first = await planned(await input(), THREE_REPS);
    const p = await parts(await planned(first, THREE_REPS.slice(0, 2)));
    const bars = charts(p).filter((k) => p.get(k)!.includes("<c:barChart>"));
    expect(charts(p)).toHaveLength(2); // the scatter and the columns
    expect(bars).toHaveLength(1);
    expect(p.get(bars[0])).toContain("'业绩指标'!$E$2:$E$3");
  });

  it("writes the cycle measured as date serials of the workbook's own system", async () => {
    for (const date1904 of [false, true]) {
      const path = tmp.path(`in-${++n}.xlsx`);
      const wb = new Workbook();
      wb.properties.date1904 = date1904;
      wb.addWorksheet("医生").addRows([["医院", "医生"]]);
      await wb.xlsx.writeFile(path);
      const port = await PackageWorkbook.open(path);
      await port.writeOutputs([kpisTable(measured(THREE_REPS), 30, "zh")]);
      const out = tmp.path(`out-${++n}.xlsx`);
      await port.save(out);
      const sheet = (await PackageWorkbook.open(out)).readWorkbook();
      const kpis = (await sheet).owned.kpis!;
      const at = (ref: [number, number]) => kpis.values[ref[0] - kpis.firstRow]?.[ref[1] - kpis.firstCol];
      // AA2, AA3: 2026-09-01 and 2026-09-30, 1,462 lower on the 1904 system.
      expect([at([2, 26]), at([3, 26])]).toEqual([46266, 46295].map((v) => v - (date1904 ? 1462 : 0)));
    }
  });

  it("no chart without rep data", async () => {
    const port = await PackageWorkbook.open(await input());
    await port.writeOutputs([kpisTable(measured([]), 30, "zh")]);
    const out = tmp.path(`out-${++n}.xlsx`);
    await port.save(out);
    expect(charts(await parts(out))).toEqual([]);
  });
});
