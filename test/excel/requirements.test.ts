import { readFileSync } from "fs";
import { join } from "path";
import { MIN_EXCEL_API } from "../../src/excel/requirements";

describe("requirement sets", () => {
  it("the manifest declares the ExcelApi version the port checks at run time", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBe(MIN_EXCEL_API);
  });
});
