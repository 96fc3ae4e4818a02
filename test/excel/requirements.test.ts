import { readFileSync } from "fs";
import { join } from "path";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import {
  MIN_EXCEL_API,
  officeSupportsExcelApi,
  REQUIRED_SETS,
  RequirementError,
  SUPPORTED_EXCEL,
} from "../../src/excel/requirements";
import { PortError } from "../../src/core/portError";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";

describe("requirement sets", () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  const declared = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => ({
    name: m[1],
    version: m[2],
  }));

  it("the manifest declares exactly the sets the add-in uses, ExcelApi at the version the port checks", () => {
    expect(declared).toEqual(REQUIRED_SETS.map(({ name, version }) => ({ name, version })));
    expect(declared.find((s) => s.name === "ExcelApi")?.version).toBe(MIN_EXCEL_API);
  });

  it("declares CustomFunctionsRuntime 1.3, since the functions return CustomFunctions.Error with ErrorCode", () => {
    // CustomFunctions.Error is CustomFunctionsRuntime 1.2, its ErrorCode values 1.3 (the typings say so).
    const sources = ["errors.ts", "grid.ts"].map((f) =>
      readFileSync(join(__dirname, "../../src/functions", f), "utf8"),
    );
    expect(sources.join("\n")).toMatch(/CustomFunctions\.ErrorCode/);
    expect(declared).toContainEqual({ name: "CustomFunctionsRuntime", version: "1.3" });
  });

  it("tells the user which Excel can run it: not volume-licensed Excel 2019, which has no shared runtime", () => {
    const message = new RequirementError(MIN_EXCEL_API).message;
    expect(message).toContain(SUPPORTED_EXCEL.en);
    expect(SUPPORTED_EXCEL.en).toMatch(/Excel 2021/);
    expect(SUPPORTED_EXCEL.en).toMatch(/not .*volume-licensed Excel 2019/);
    expect(SUPPORTED_EXCEL.zh).toMatch(/2021/);
    expect(SUPPORTED_EXCEL.zh).toMatch(/批量许可.*2019/);
    // The pane says the same when it runs outside such an Excel.
    expect(en["app.needsExcel"]).toContain(SUPPORTED_EXCEL.en);
    expect(zh["app.needsExcel"]).toContain(SUPPORTED_EXCEL.zh);
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
