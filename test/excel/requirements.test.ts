import { readFileSync } from "fs";
import { join } from "path";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { PortError } from "../../src/core/portError";
import { MIN_EXCEL_API, officeSupportsExcelApi } from "../../src/excel/requirements";

describe("requirement sets", () => {
  it("the manifest declares the ExcelApi version the port checks at run time", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBe(MIN_EXCEL_API);
  });
});

describe("officeSupportsExcelApi", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => {
    delete global.Office;
  });

  it("asks the host's requirements when there is a host", () => {
    const isSetSupported = jest.fn((_set: string, version: string) => version === "1.7");
    global.Office = { context: { requirements: { isSetSupported } } };
    expect(officeSupportsExcelApi("1.7")).toBe(true);
    expect(officeSupportsExcelApi("1.9")).toBe(false);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
  });

  it("says no, instead of throwing a TypeError, outside an Office host", () => {
    // What office.js leaves in a plain browser tab: a context without requirements.
    global.Office = { context: {} };
    expect(officeSupportsExcelApi("1.7")).toBe(false);
    global.Office = {};
    expect(officeSupportsExcelApi("1.7")).toBe(false);
    delete global.Office;
    expect(officeSupportsExcelApi("1.7")).toBe(false);
  });

  it("so the port outside Excel fails with a PortError the pane can explain", async () => {
    global.Office = { context: {} };
    const run = jest.fn();
    const failure = new ExcelWorkbookPort({ run }).readSheets();
    await expect(failure).rejects.toBeInstanceOf(PortError);
    await expect(failure).rejects.toMatchObject({
      kind: "excel-unsupported",
      params: { version: MIN_EXCEL_API },
    });
    expect(run).not.toHaveBeenCalled();
  });
});
