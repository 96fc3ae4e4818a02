/**
 * A re-run rewrites MicroSeg's own sheets; a picture the user put on one of
 * them (a logo on Segmentation) stays, as it does in the Excel host, which
 * clears only cells, tables and charts. Charts on the sheet are replaced by
 * the plan's: the user's picture, its relationship and its image part come
 * through byte for byte, beside exactly one chart, MicroSeg's new one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { kpisTable } from "../../src/core/layout/kpis";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { measured } from "../core/layout/kpisFixture";
import { segmentationTable } from "../excel/outputsFixture";
import { chartOrderErrors } from "./chartSchema";
import { tempDir } from "./helpers";

const tmp = tempDir("owned-drawings");
afterAll(() => tmp.cleanup());
let n = 0;

const LOGO_ANCHOR =
  "<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row>" +
  '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="457200" cy="228600"/><xdr:pic><xdr:nvPicPr>' +
  '<xdr:cNvPr id="7" name="Company logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill>' +
  '<a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId9"/>' +
  '<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/>' +
  "</a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>";
const LOGO = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

async function plannedOnce(): Promise<string> {
  const src = tmp.path(`in-${++n}.xlsx`);
  const wb = new Workbook();
  wb.addWorksheet("Doctors").addRows([["Hospital", "Doctor"]]);
  await wb.xlsx.writeFile(src);
  const port = await PackageWorkbook.open(src);
  await port.writeOutputs([segmentationTable(8), kpisTable(measured([["Wang", 10, 8]]), 30, "en")]);
  const out = tmp.path(`out-${++n}.xlsx`);
  await port.save(out);
  return out;
}

/** The drawing part of the sheet named `name` (through workbook, sheet and drawing relationships). */
async function drawingOf(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const relId = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(wbRels)![1];
  const sheet = `xl/${target.replace(/^\/?xl\//, "")}`;
  const rels = await zip.file(sheet.replace("worksheets/", "worksheets/_rels/") + ".rels")!.async("string");
  return `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(rels)![1]}`;
}

/** As a user would in Excel: a logo added on MicroSeg's Segmentation sheet, then saved. */
async function withLogo(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const drawing = await drawingOf(zip, "Segmentation");
  const xml = await zip.file(drawing)!.async("string");
  zip.file(drawing, xml.replace("</xdr:wsDr>", `${LOGO_ANCHOR}</xdr:wsDr>`));
  const relsName = drawing.replace("drawings/", "drawings/_rels/") + ".rels";
  const rels = await zip.file(relsName)!.async("string");
  zip.file(
    relsName,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo.png"/></Relationships>',
    ),
  );
  zip.file("xl/media/logo.png", LOGO);
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    ct.replace("<Override", '<Default Extension="png" ContentType="image/png"/><Override'),
  );
  const edited = tmp.path(`edited-${++n}.xlsx`);
  writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));
  return edited;
}

describe("a re-run and the user's pictures on MicroSeg's sheets", () => {
  it("keeps the logo on Segmentation with its image, beside the plan's one new chart", async () => {
    const edited = await withLogo(await plannedOnce());
    const port = await PackageWorkbook.open(edited);
    await port.writeOutputs([
      segmentationTable(12),
      kpisTable(
        measured([
          ["Wang", 10, 8],
          ["Li", 5, 5],
        ]),
        30,
        "en",
      ),
    ]);
    const out = tmp.path(`rerun-${++n}.xlsx`);
    await port.save(out);

    const zip = await JSZip.loadAsync(readFileSync(out));
    const drawing = await drawingOf(zip, "Segmentation");
    const xml = await zip.file(drawing)!.async("string");
    expect(xml).toContain(LOGO_ANCHOR);
    const chartAnchors = xml.match(/<xdr:graphicFrame/g) ?? [];
    expect(chartAnchors).toHaveLength(1);
    // The new chart's shape id does not clash with the logo's.
    expect(xml).toMatch(/<xdr:cNvPr id="8" name="Doctors: volume × potential"\/>/);

    const rels = await zip.file(drawing.replace("drawings/", "drawings/_rels/") + ".rels")!.async("string");
    expect(rels).toContain(
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo.png"/>',
    );
    const chartId = /<c:chart [^>]*r:id="([^"]+)"/.exec(xml)![1];
    const chartTarget = new RegExp(`Id="${chartId}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(rels)![1];
    const chart = await zip.file(`xl/charts/${chartTarget}`)!.async("string");
    expect(chart).toContain("<c:scatterChart>");
    expect(chart).toContain("'Segmentation'!$C$2:$C$13");
    expect(chartOrderErrors(chart)).toEqual([]);
    expect(Buffer.from(await zip.file("xl/media/logo.png")!.async("uint8array")).equals(LOGO)).toBe(true);

    // The first run's charts are gone, not left behind: one scatter and one column chart in all.
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2);
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    for (const c of charts) expect(ct).toContain(`PartName="/${c}"`);
    expect(ct.match(/PartName="\/xl\/charts\//g)).toHaveLength(2);
  });

  it("a drawing that holds only charts is replaced as before", async () => {
    const first = await plannedOnce();
    const port = await PackageWorkbook.open(first);
    await port.writeOutputs([segmentationTable(12)], { scope: "only" });
    const out = tmp.path(`rerun-${++n}.xlsx`);
    await port.save(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file(await drawingOf(zip, "Segmentation"))!.async("string");
    // The plan's own drawing part, written as on a first run: one anchor, the namespaces on the root.
    expect(xml.match(/<xdr:twoCellAnchor>/g)).toHaveLength(1);
    expect(xml.match(/xmlns:xdr=/g)).toHaveLength(1);
  });
});
