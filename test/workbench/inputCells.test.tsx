/** @jest-environment jsdom */
/** Issue 16: the workbench grid shows the Target List's feedback cells as input, with their choices. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { translator } from "../../src/taskpane/i18n";
import { SheetGrid } from "../../src/workbench/SheetGrid";
import type { OutputTable } from "../../src/core/output";

const table: OutputTable = {
  id: "targetList",
  lang: "zh",
  sheetName: "目标医生",
  tableName: "MicroSeg_TargetList",
  columns: [
    { key: "doctor", header: "医生", format: "text" },
    {
      key: "repFeedback",
      header: "代表反馈（可填写）",
      format: "text",
      input: { choices: ["保留", "移除"] },
    },
  ],
  rows: [
    ["张三", "移除"],
    ["李四", null],
  ],
};

it("fills the input cells and names their choices", async () => {
  const port = new MemoryWorkbookPort([{ name: "医生", values: [["医生"]], firstRow: 1, firstCol: 0 }]);
  await port.writeOutputs([table]);
  await act(() => port.activate("目标医生"));
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid t={translator("zh")} port={port} />
    </FluentProvider>,
  );
  await screen.findByText("张三");
  const cell = (ref: string) => document.querySelector(`td[data-address="${ref}"]`) as HTMLElement;
  for (const ref of ["B2", "B3"]) {
    expect(cell(ref).style.backgroundColor).toBe("rgb(255, 242, 204)");
    expect(cell(ref).title).toBe("保留 / 移除");
  }
  expect(cell("A2").style.backgroundColor).toBe("");
  expect(cell("B1").style.backgroundColor).toBe("");
});
