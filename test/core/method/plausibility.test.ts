/**
 * Numbers a manager can trust: reconciliation with the department's total Rx,
 * implausible single values (the "500万" potential), and doctors with nothing
 * to segment by — all named on Issues, nothing changed.
 */
import type { CellValue, SheetData } from "../../../src/core/cells";
import { runEngine } from "../../../src/core/engine";
import { issueMessage } from "../../../src/core/messages";
import { robustBound } from "../../../src/core/method/plausibility";
import { defaultSettings } from "../../../src/core/settings";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  firstRow: 1,
  firstCol: 0,
});
const hospitals = sheet("医院", [
  ["医院名称", "床位数"],
  ["仁和医院", 620],
  ["东方医院", 800],
]);
// 仁和 心内科: 80 × 40% × 2 × 22 = 1408 Rx; 东方 心内科: 10 × 50% × 2 × 22 = 220 Rx
const departments = sheet("科室", [
  ["医院", "科室", "平均每日病人数", "使用该类药品病人比例", "平均每病人处方量"],
  ["仁和医院", "心内科", 80, "40%", 2],
  ["东方医院", "心内科", 10, 0.5, 2],
]);

function doctorsSheet(extra: CellValue[][] = []): SheetData {
  const rows: CellValue[][] = [["医院", "科室", "医生", "月处方量", "月潜力"]];
  for (let i = 0; i < 30; i++) rows.push(["仁和医院", "心内科", `医生${i}`, 2 + (i % 7), 20 + i]);
  rows.push(["东方医院", "心内科", "刘洋", 90, 150]);
  rows.push(["东方医院", "心内科", "陈静", 60, 100]);
  return sheet("医生", [...rows, ...extra]);
}

const run = (doctors: SheetData) =>
  runEngine([hospitals, departments, doctors], defaultSettings(), { today: new Date(Date.UTC(2026, 10, 1)) });

describe("reconciliation with the department's total Rx", () => {
  it("lists a department once, with both sums, when the doctors' potentials add up to more than its total", () => {
    const r = run(doctorsSheet());
    const hits = r.issues.filter((i) => i.code === "department-rx-exceeded");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ sheet: "科室", row: 3 });
    expect(hits[0].params).toMatchObject({
      potentials: "250",
      volumes: "150",
      total: "220",
      over: "potential",
    });
    expect(issueMessage(hits[0], "zh")).toBe(
      "工作表「科室」，第 3 行：东方医院 心内科：2 位医生的潜力合计 250、用量合计 150，潜力超过科室月总处方量 220；请核对医生表或科室表。",
    );
    expect(issueMessage(hits[0], "en")).toMatch(/potentials add up to 250 and their volumes to 150/);
  });

  it("says both when the volumes exceed too", () => {
    const r = run(doctorsSheet([["东方医院", "心内科", "杨军", 100, 10]]));
    const hit = r.issues.find((i) => i.code === "department-rx-exceeded")!;
    expect(hit.params).toMatchObject({ volumes: "250", over: "potential,volume" });
  });
});

describe("implausible values", () => {
  it('names a potential of "500万" (5,000,000 Rx a month): above the department and the column', () => {
    const r = run(doctorsSheet([["仁和医院", "心内科", "赵敏", 10, "500万"]]));
    const hits = r.issues.filter((i) => i.code === "implausible-value");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ sheet: "医生", row: 34, column: "月潜力", value: "5,000,000" });
    expect(issueMessage(hits[0], "zh")).toMatch(/赵敏的潜力 5,000,000 超过其科室心内科的月总处方量 1,408/);
    // it stays in the plan as given
    expect(r.doctors.find((d) => d.record.name === "赵敏")?.record.potential).toBe(5_000_000);
  });

  it("a value far above the column, where the department total is unknown, is judged by 10 × the 99th percentile", () => {
    const r = run(doctorsSheet([["仁和医院", "", "赵敏", 4000, 30]]));
    const hit = r.issues.find((i) => i.code === "implausible-value")!;
    expect(hit.params).toMatchObject({ field: "volume", against: "column" });
    expect(issueMessage(hit, "en")).toMatch(
      /Volume \(monthly Rx\) 4,000 of 赵敏 is above the column's plausible bound 807/,
    );
  });

  it("ordinary data raises nothing", () => {
    const r = run(doctorsSheet());
    expect(r.issues.filter((i) => i.code === "implausible-value")).toEqual([]);
  });

  it("one outlier cannot raise its own bound", () => {
    const values = [...Array.from({ length: 20 }, (_, i) => 50 + i), 5_000_000];
    expect(robustBound(values)).toBeLessThan(1000);
    expect(robustBound([1, 2])).toBeNull();
  });
});

describe("a doctor with neither volume nor potential", () => {
  it("gets an Issue naming the row", () => {
    const r = run(doctorsSheet([["仁和医院", "心内科", "孙丽", null, null]]));
    const hit = r.issues.filter((i) => i.code === "no-volume-or-potential");
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ sheet: "医生", row: 34, value: "孙丽" });
    expect(issueMessage(hit[0], "zh")).toBe(
      "工作表「医生」，第 34 行，值「孙丽」：孙丽的用量和潜力都缺失：无法细分，也不会成为目标医生。",
    );
  });
});
