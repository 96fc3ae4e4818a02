import type { SheetData } from "../../src/core/cells";
import type { OutputTable } from "../../src/core/output";
import { REGISTRY_SHEET, serializeRegistry } from "../../src/core/registry";
import { PortError } from "../../src/core/portError";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";

function sheet(name: string, values: SheetData["values"], firstRow = 1, firstCol = 0): SheetData {
  return { name, values, firstRow, firstCol };
}

function table(id: OutputTable["id"], sheetName: string, rows: OutputTable["rows"]): OutputTable {
  return {
    id,
    lang: "en",
    sheetName,
    tableName: `MicroSeg_${id}`,
    columns: [
      { key: "name", header: "Doctor", format: "text" },
      { key: "rx", header: "Rx", format: "rx", formula: "=B{r}*2" },
    ],
    rows,
    side: [
      {
        key: "cutoffs",
        col: 3,
        row: 1,
        title: "Cut-offs",
        rows: [{ key: "volumeCutoff", label: "Volume", value: 12 }],
      },
    ],
  };
}

describe("MemoryWorkbookPort", () => {
  it("readWorkbook gives the owned sheets' values by output id apart from the inputs", async () => {
    const port = new MemoryWorkbookPort([
      sheet("Doctors", [["Doctor", "Rx"]]),
      sheet("Segmentation 2025", [["x"]]),
    ]);
    await port.writeOutputs([table("targetList", "Target List", [["Wang", 3]])]);
    const read = await port.readWorkbook();
    expect(read.inputs.map((s) => s.name)).toEqual(["Doctors", "Segmentation 2025"]);
    expect(Object.keys(read.owned)).toEqual(["targetList"]);
    expect(read.owned.targetList?.values[1].slice(0, 2)).toEqual(["Wang", 3]);
    expect(read.snapshot.owned).toEqual({ targetList: "Target List" });
  });

  it("reads sheets anchored at A1 and never returns its own outputs as inputs", async () => {
    const port = new MemoryWorkbookPort([sheet("Doctors", [["Doctor", "Rx"]], 3, 1)]);
    expect(await port.readSheets()).toEqual([
      { name: "Doctors", values: [[], [], [null, "Doctor", "Rx"]], firstRow: 1, firstCol: 0 },
    ]);
    await port.writeOutputs([table("targetList", "Target List", [["Wang", 3]])]);
    expect((await port.readSheets()).map((s) => s.name)).toEqual(["Doctors"]);
  });

  it("writes an output as header row, data rows and side blocks", async () => {
    const port = new MemoryWorkbookPort([]);
    const report = await port.writeOutputs([
      table("targetList", "Target List", [
        ["Wang", 3],
        ["=HYPERLINK(x)", 1],
      ]),
    ]);
    expect(report).toEqual({
      written: [{ id: "targetList", sheetName: "Target List" }],
      renamed: [],
      replaced: [],
      retired: [],
    });
    expect(port.snapshot().sheets[0].values).toEqual([
      ["Doctor", "Rx", null, "Cut-offs"],
      ["Wang", 3, null, "Volume", 12],
      ["=HYPERLINK(x)", 1],
    ]);
  });

  it("suffixes a name a user's sheet has, and replaces only its own sheets on a re-run", async () => {
    const port = new MemoryWorkbookPort([sheet("Target List", [["mine"]])]);
    const first = await port.writeOutputs([table("targetList", "Target List", [["A", 1]])]);
    expect(first.renamed).toEqual([{ wanted: "Target List", used: "Target List (2)" }]);

    const second = await port.writeOutputs([table("targetList", "Target List", [["B", 2]])]);
    expect(second.written).toEqual([{ id: "targetList", sheetName: "Target List (2)" }]);
    expect(second.replaced).toEqual(["Target List (2)"]);
    const names = port.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(["Target List", "Target List (2)"]);
    expect(port.snapshot().sheets[0].values).toEqual([["mine"]]);
    expect(port.snapshot().sheets[1].values[1]).toEqual(["B", 2, null, "Volume", 12]);
  });

  it("drops owned sheets that the new run does not write", async () => {
    const port = new MemoryWorkbookPort([]);
    await port.writeOutputs([table("targetList", "Target List", []), table("issues", "Issues", [])]);
    await port.writeOutputs([table("targetList", "Target List", [])]);
    expect(port.snapshot().sheets.map((s) => s.name)).toEqual(["Target List"]);
    expect(port.registryState().owned).toEqual({ targetList: "Target List" });
  });

  it("keeps settings as JSON, reads the registry of a saved file, and knows its owned sheets", async () => {
    const registry = serializeRegistry({
      version: 1,
      owned: { targetList: "目标医生" },
      settings: { language: "en" },
      generatedAt: null,
    });
    const port = new MemoryWorkbookPort([
      sheet("医生", [["医生"]]),
      sheet("目标医生", [["old"]]),
      sheet(REGISTRY_SHEET, [[registry]]),
    ]);
    expect(await port.loadSettings()).toEqual({ language: "en" });
    expect((await port.readSheets()).map((s) => s.name)).toEqual(["医生"]);
    const report = await port.writeOutputs([table("targetList", "目标医生", [])]);
    expect(report.renamed).toEqual([]);
    expect(report.replaced).toEqual(["目标医生"]);

    const settings = { capacity: { callsPerDay: 9 } };
    await port.saveSettings(settings);
    settings.capacity.callsPerDay = 1;
    expect(await port.loadSettings()).toEqual({ capacity: { callsPerDay: 9 } });
  });

  it("activates a sheet and a cell, tells subscribers, and rejects an unknown sheet", async () => {
    const port = new MemoryWorkbookPort([sheet("医院", [["医院"]])]);
    const seen: number[] = [];
    const unsubscribe = port.subscribe(() => seen.push(port.snapshot().version));
    await port.activate("医院", "C7");
    expect(port.snapshot().selection).toEqual({ sheet: "医院", cell: { row: 6, col: 2 } });
    expect(port.snapshot()).toBe(port.snapshot());
    unsubscribe();
    const missing = await port.activate("nope").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PortError);
    expect(missing).toMatchObject({ kind: "sheet-not-found", params: { sheet: "nope" } });
    expect((missing as PortError).messageIn("zh")).toBe("找不到名为「nope」的工作表。");
    expect(seen).toEqual([1]);
  });
});
