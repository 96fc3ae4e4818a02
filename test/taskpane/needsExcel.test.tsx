/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { PortError } from "../../src/core/portError";
import { MemoryWorkbookPort } from "../../src/memory/MemoryWorkbookPort";
import { renderPane, sampleSheets } from "./fixtures";

/** A port as the Excel one behaves outside Excel (or in an Excel without ExcelApi 1.7). */
function portWithoutExcel(): MemoryWorkbookPort {
  const port = new MemoryWorkbookPort(sampleSheets());
  jest
    .spyOn(port, "readSheets")
    .mockRejectedValue(new PortError("excel-unsupported", { params: { version: "1.7" } }));
  jest
    .spyOn(port, "loadSettings")
    .mockRejectedValue(new PortError("excel-unsupported", { params: { version: "1.7" } }));
  return port;
}

describe("task pane outside Excel", () => {
  it("says in English that MicroSeg needs Excel, with no retry that cannot help", async () => {
    renderPane({ port: portWithoutExcel(), lang: "en" });
    const bar = await screen.findByText(/MicroSeg works inside Excel with the ExcelApi 1\.7 requirement set/);
    expect(bar).toBeTruthy();
    expect(screen.queryByText(/could not be read/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("says it in Chinese for a Chinese pane", async () => {
    renderPane({ port: portWithoutExcel(), lang: "zh" });
    expect(await screen.findByText(/MicroSeg 需在支持 ExcelApi 1\.7 的 Excel 中使用/)).toBeTruthy();
  });

  it("other read failures still offer a retry", async () => {
    const port = new MemoryWorkbookPort(sampleSheets());
    jest.spyOn(port, "readSheets").mockRejectedValueOnce(new Error("busy"));
    renderPane({ port, lang: "en" });
    expect(await screen.findByText("The workbook could not be read: busy")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
