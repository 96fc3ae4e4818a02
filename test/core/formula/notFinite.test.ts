/**
 * Editable formulas whose result is not a finite real number: the row is on
 * Issues and treated as missing — a doctor so scored is never ranked.
 */
import type { CellValue, SheetData } from "../../../src/core/cells";
import { runEngine } from "../../../src/core/engine";
import { issueMessage } from "../../../src/core/messages";
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
]);
const departments = sheet("科室", [
  ["医院", "科室", "平均每日病人数", "使用该类药品病人比例", "平均每病人处方量"],
  ["仁和医院", "心内科", 80, "40%", 2],
]);
const doctors = sheet("医生", [
  ["医院", "科室", "医生", "月处方量", "月潜力"],
  ["仁和医院", "心内科", "张伟", 40, 30], // headroom −10
  ["仁和医院", "心内科", "王芳", 0, 90], // volume 0
  ["仁和医院", "心内科", "李娜", 5, 60],
  ["仁和医院", "心内科", "刘洋", 8, 50],
]);

function run(targetScore: string) {
  const s = defaultSettings();
  s.formulas.targetScore = targetScore;
  s.cycle.start = "2026-12-01";
  s.cycle.end = "2026-12-31";
  return runEngine([hospitals, departments, doctors], s, { today: new Date(Date.UTC(2026, 10, 1)) });
}

describe("a target score that is not a finite number", () => {
  it.each([
    ["sqrt(headroom)", ["张伟"]], // sqrt(-10)
    ["log(headroom)", ["张伟"]], // log(-10)
    ["potential / volume", ["王芳"]], // 90 / 0
    ["potential * 1e308 * 1e308", ["张伟", "王芳", "李娜", "刘洋"]],
  ])("%s: the row is an Issue and the doctor is not ranked", (formula, doctorsHit) => {
    const r = run(formula);
    const hit = r.issues.filter((i) => i.code === "formula-not-finite");
    expect(hit.map((i) => i.params?.doctor)).toEqual(doctorsHit);
    expect(hit.every((i) => i.sheet === "医生" && i.row !== null)).toBe(true);
    for (const name of doctorsHit) {
      const d = r.doctors.find((x) => x.record.name === name)!;
      expect(d.score).toBeNull();
      expect(d.target).toBe(false);
      expect(d.priority).toBeNull();
    }
    expect(issueMessage(hit[0], "zh")).toMatch(/不是有限数字.*不参与排序/);
  });

  it("a department formula dividing by 0 leaves that department's potential missing", () => {
    const s = defaultSettings();
    s.formulas.deptTotalRx = "dailyPatients / (classUsageRate - 0.4)";
    const r = runEngine([hospitals, departments, doctors], s, { today: new Date(Date.UTC(2026, 10, 1)) });
    expect(r.departments[0].deptTotalRx).toBeNull();
    expect(r.issues.filter((i) => i.code === "formula-not-finite")).toHaveLength(1);
  });
});
