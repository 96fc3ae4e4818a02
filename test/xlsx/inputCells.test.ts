/**
 * Issue 16: the write plan's input cells (the Target List's feedback) as
 * each host stores them — .xlsx: a solid-fill cell style on every data cell,
 * blank ones included, and a <dataValidations> list in CT_Worksheet's order
 * (after conditionalFormatting, before pageMargins); Excel: fill and
 * Range.dataValidation, only where ExcelApi 1.8 is there.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { unzipSync } from "fflate";
import type { OutputTable } from "../../src/core/output";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { FakeWorkbookState } from "../excel/fakeExcel";
import { tempDir } from "./helpers";

const tmp = tempDir("inputs");
afterAll(() => tmp.cleanup());

function list(lang: "zh" | "en"): OutputTable {
  const choices = lang === "zh" ? ["保留", "移除"] : ["keep", "remove"];
  return {
    id: "targetList",
    lang,
    sheetName: lang === "zh" ? "目标医生" : "Target List",
    tableName: "MicroSeg_TargetList",
    columns: [
      { key: "doctor", header: "Doctor", format: "text", highlight: "quadrant" },
      {
        key: "repFeedback",
        header: "Rep feedback (type here)",
        format: "text",
        input: {
          choices,
          prompt:
            lang === "zh"
              ? { title: "代表反馈", message: "选择保留或移除" }
              : { title: "Rep feedback", message: "Choose" },
        },
      },
      { key: "feedbackReason", header: "Feedback reason (type here)", format: "text", input: {} },
    ],
    rows: [
      ["HH", choices[1], "moved away"],
      ["LH", null, null],
    ],
  };
}

it(".xlsx: fill on the input cells and the list validation in schema order", async () => {
  const src = tmp.path("in.xlsx");
  const wb = new Workbook();
  wb.addWorksheet("Doctors").addRow(["Hospital", "Doctor"]);
  await wb.xlsx.writeFile(src);
  const port = await PackageWorkbook.open(src);
  await port.writeOutputs([list("zh")]);
  const out = tmp.path("out.xlsx");
  await port.save(out);
  const parts = unzipSync(new Uint8Array(readFileSync(out)));
  const part = (await PackageWorkbook.open(out)).pkg.map.sheets.find((s) => s.name === "目标医生")!.part!;
  const xml = new TextDecoder().decode(parts[part.replace(/^\//, "")]);
  expect(xml).toContain(
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="代表反馈" prompt="选择保留或移除" sqref="B2:B3"><formula1>"保留,移除"</formula1></dataValidation></dataValidations>',
  );
  const order = ["</sheetData>", "<conditionalFormatting", "<dataValidations", "<pageMargins", "<tableParts"];
  const at = order.map((tag) => xml.indexOf(tag));
  expect(at.every((i) => i > 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  // B3 and C3 are blank but still carry the input style; that style's fill is the light yellow.
  const style = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1]);
  expect(style("B3")).toBe(style("B2"));
  expect(style("C3")).toBe(style("B2"));
  const styles = new TextDecoder().decode(parts["xl/styles.xml"]);
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*>/g)];
  const fillId = Number(/fillId="(\d+)"/.exec(xfs[style("B2")][0])?.[1]);
  const fills = [...styles.matchAll(/<fill>[\s\S]*?<\/fill>/g)].map((m) => m[0]);
  expect(fills[fillId]).toContain('<patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/>');
  expect(xfs[style("B2")][0]).toContain('applyFill="1"');
  expect(xfs[style("A2")][0]).not.toContain("applyFill");
});

it.each([
  ["1.8 available", true, { list: { inCellDropDown: true, source: "keep,remove" } }],
  ["before 1.8", false, undefined],
])(
  "Excel (%s): the fill always, the drop-down where the host has data validation",
  async (_l, has18, rule) => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [["Hospital", "Doctor"]]);
    const port = new ExcelWorkbookPort({
      run: wb.run,
      supports: (v) => has18 || Number(v) < 1.8,
      now: () => new Date("2026-11-20T08:00:00Z"),
    });
    await port.writeOutputs([list("en")]);
    for (const ref of ["B2", "B3"]) {
      expect(wb.cell("Target List", ref)?.fill).toBe("#FFF2CC");
      expect(wb.cell("Target List", ref)?.validation).toEqual(rule);
      expect(wb.cell("Target List", ref)?.prompt).toEqual(
        rule ? { showPrompt: true, title: "Rep feedback", message: "Choose" } : undefined,
      );
    }
    expect(wb.cell("Target List", "C3")?.fill).toBe("#FFF2CC");
    expect(wb.cell("Target List", "C3")?.validation).toBeUndefined();
    expect(wb.cell("Target List", "A2")?.fill).toBeUndefined();
  },
);
