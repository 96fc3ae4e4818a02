/**
 * Text Excel would convert on entry stays text wherever MicroSeg writes it
 * as text: the fake converts a General cell's strings the way Excel does
 * (one table of cases, fake/rules.ts), and every string the plan writes goes
 * into a cell formatted "@" first.
 */
import type { OutputTable } from "../../src/core/output";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { ENTRY_CASES, enterText, FakeWorkbookState } from "./fakeExcel";

const CONVERTED = ["TRUE", "#N/A", "(100)", "$5", "Mar 5", "1-2", "50%"];

describe("the fake converts text on entry as Excel does", () => {
  it.each(ENTRY_CASES.map((c) => [c.example, c.becomes]))("%s → %s in a General cell", (example) => {
    expect(enterText(example, "General").kind).not.toBe("text");
    expect(enterText(example, "@")).toEqual({ kind: "text", value: example });
  });

  it.each([
    ["TRUE", { kind: "boolean", value: true }],
    ["#N/A", { kind: "error", code: "#N/A" }],
    ["(100)", { kind: "number", value: -100 }],
    ["$5", { kind: "number", value: 5 }],
    ["50%", { kind: "number", value: 0.5 }],
    ["1-2", { kind: "number", value: 46024 }],
    ["Mar 5", { kind: "number", value: 46086 }],
    ["Dr Wang", { kind: "text", value: "Dr Wang" }],
  ])("%s", (typed, stored) => {
    expect(enterText(typed, undefined)).toEqual(stored);
  });
});

describe("strings Excel would convert are written as text", () => {
  it("in a text column, in a number column, in a side block and in the headers", async () => {
    const wb = new FakeWorkbookState();
    wb.seed("Doctors", [["Doctor"], ["Li"]]);
    const table: OutputTable = {
      id: "issues",
      lang: "en",
      sheetName: "Issues",
      tableName: "MicroSeg_Issues",
      columns: [
        { key: "value", header: "TRUE", format: "text" },
        { key: "count", header: "50%", format: "integer" },
      ],
      rows: CONVERTED.map((v) => [v, v]),
      side: [
        {
          key: "status",
          col: 3,
          row: 1,
          title: "(100)",
          rows: CONVERTED.map((v, i) => ({ key: `k${i}`, label: v, value: v })),
        },
      ],
    };
    await new ExcelWorkbookPort({ run: wb.run, supports: () => true }).writeOutputs([table]);
    const cell = (a: string) => wb.cell("Issues", a);
    expect([cell("A1")?.value, cell("B1")?.value, cell("D1")?.value]).toEqual(["TRUE", "50%", "(100)"]);
    CONVERTED.forEach((v, i) => {
      for (const a of [`A${i + 2}`, `B${i + 2}`, `D${i + 2}`, `E${i + 2}`]) {
        expect(cell(a)).toMatchObject({ value: v, numberFormat: "@" });
        expect(cell(a)?.formula).toBeUndefined();
        expect(cell(a)?.error).toBeUndefined();
      }
    });
  });
});
