/** Issues as a manager reads them: errors first, each naming its row's subject (the doctor's name). */
import type { SheetData } from "../../src/core/cells";
import type { Issue } from "../../src/core/issues";
import type { TableDetection } from "../../src/core/results";
import { locateIssues, sortBySeverity } from "../../src/taskpane/steps/issuesModel";
import { purchaseUnit } from "../../src/taskpane/steps/unitModel";

const doctors: SheetData = {
  name: "医生",
  firstRow: 1,
  firstCol: 0,
  values: [
    ["医院", "医生", "月处方量"],
    ["", "张三", 12],
    ["一院", "李四", "abc"],
  ],
};
const detection = {
  role: "doctors",
  sheet: "医生",
  headerRow: 1,
  dataRows: 2,
  columns: {
    hospital: { header: "医院", col: 0, scale: 1 },
    doctor: { header: "医生", col: 1, scale: 1 },
    volume: { header: "月处方量", col: 2, scale: 1 },
  },
} as unknown as TableDetection;

const issue = (code: Issue["code"], severity: Issue["severity"], row: number, column: string): Issue => ({
  code,
  severity,
  sheet: "医生",
  row,
  column,
  value: "",
});

describe("issues model", () => {
  it("names the doctor of a 'hospital is blank' row and sorts errors first", () => {
    const located = locateIssues(
      [issue("not-a-number", "warning", 3, "月处方量"), issue("missing-key", "error", 2, "医院")],
      [doctors],
      [detection],
    );
    expect(located.map((l) => [l.address, l.subject])).toEqual([
      ["C3", "李四"],
      ["A2", "张三"],
    ]);
    expect(sortBySeverity(located).map((l) => l.issue.severity)).toEqual(["error", "warning"]);
  });

  it("reads the purchase column's unit so thresholds show in 万元", () => {
    const hospitals = {
      role: "hospitals",
      columns: { monthlyPurchase: { header: "月购金额(万元)", col: 3, scale: 10_000 } },
    } as unknown as TableDetection;
    expect(purchaseUnit([hospitals])).toEqual({ factor: 10_000, unit: "万元" });
    expect(purchaseUnit([])).toBeNull();
  });
});
