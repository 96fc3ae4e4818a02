/** The workbench tells an .xlsx package from anything else before parsing it. */
import { looksLikeXlsx } from "../../src/workbench/useWorkbenchFile";

const bytes = (...b: number[]) => new Uint8Array(b).buffer;

describe("workbench file check", () => {
  it("accepts a zip package named .xlsx and refuses a CSV or an old .xls", () => {
    expect(looksLikeXlsx("plan.xlsx", bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe(true);
    expect(looksLikeXlsx("plan.csv", bytes(0x41, 0x2c, 0x42))).toBe(false);
    expect(looksLikeXlsx("old.xls", bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe(false);
  });
});
