import { readInputs } from "../../../src/core/input/readInputs";
import { defaultSettings } from "../../../src/core/settings";
import { brief, sheet } from "../input/sheets";

const hospitals = sheet("医院", [
  ["医院", "床位数"],
  ["协和医院", 800],
]);
const doctors = sheet("医生", [
  ["医院", "科室", "医生", "月处方量", "月潜力"],
  ["协和医院", "心内科", "王医生", 10, 30],
]);
const dates = { today: "2026-10-20" };

describe("Call Log and Quota inputs (SPEC §10)", () => {
  it("finds a Call Log by its headers under a title row and reads messy dates", () => {
    const log = sheet("Sheet3", [
      ["华东区拜访记录 2026年10月"],
      ["拜访日期", "代表", "医院名称", "医生姓名", "拜访方式", "备注"],
      [46304, "李明", "协和医院", "王医生", "面访", "送资料"],
      ["2026/10/9", "李明", "协和医院", "王医生", "电话", ""],
      ["10月9日", "李明", "协和医院", "王医生", "微信", ""],
      [null, null, null, null, null, null],
      ["10月33日", "李明", "协和医院", "王医生", "", ""],
      ["", "李明", "协和医院", "王医生", "", ""],
      ["2026-10-10", "李明", "", "王医生", "", ""],
      ["合计", "", "", "", "", ""],
    ]);
    const parsed = readInputs([hospitals, doctors, log], defaultSettings(), dates);
    const detection = parsed.detections.find((d) => d.role === "callLog");
    expect(detection).toMatchObject({ sheet: "Sheet3", by: "headers", headerRow: 2 });
    // 9 October 2026 is not after today: 10月9日 is that day.
    expect(parsed.calls.map((c) => [c.row, c.date, c.dateIsSerial, c.channel])).toEqual([
      [3, "2026-10-09", true, "面访"],
      [4, "2026-10-09", false, "电话"],
      [5, "2026-10-09", false, "微信"],
    ]);
    expect(parsed.issues.filter((i) => i.sheet === "Sheet3").map(brief)).toEqual([
      "Sheet3!7 | 拜访日期 | 10月33日 | unreadable-date",
      "Sheet3!8 | 拜访日期 |  | missing-value",
      "Sheet3!9 | 医院名称 |  | missing-key",
      "Sheet3!10 | 拜访日期 | 合计 | total-row",
    ]);
    expect(parsed.issues.some((i) => i.code === "table-not-found" && i.params?.role === "callLog")).toBe(
      false,
    );
  });

  it("a yearless date is the last such day that is not in the future", () => {
    const log = sheet("Call Log", [
      ["Date", "Hospital", "Doctor"],
      ["10月9日", "协和医院", "王医生"],
      ["12月9日", "协和医院", "王医生"],
    ]);
    const parsed = readInputs([hospitals, doctors, log], defaultSettings(), dates);
    expect(parsed.calls.map((c) => c.date)).toEqual(["2026-10-09", "2025-12-09"]);
  });

  it("reads a Quota table by rep or by hospital, by month", () => {
    const quota = sheet("指标", [
      ["代表", "医院", "月份", "指标"],
      ["李明", "", "2026-11", "1,200"],
      ["", "协和医院", "2026年11月", 300],
      ["", "", "2026-11", 5],
      ["李明", "", "下个月", 5],
      ["李明", "", "11月", "很多"],
      ["李明", "", "11月", ""],
      ["", "无名医院", "11月", 8],
    ]);
    const parsed = readInputs([hospitals, doctors, quota], defaultSettings(), dates);
    expect(parsed.quotas.map((q) => [q.row, q.rep, q.hospital, q.month, q.quota])).toEqual([
      [2, "李明", "", "2026-11", 1200],
      [3, "", "协和医院", "2026-11", 300],
      [8, "", "无名医院", "2026-11", 8],
    ]);
    expect(parsed.issues.filter((i) => i.sheet === "指标").map(brief)).toEqual([
      "指标!4 | 代表 |  | missing-key",
      "指标!5 | 月份 | 下个月 | unreadable-date",
      "指标!6 | 指标 | 很多 | not-a-number",
      "指标!7 | 指标 |  | missing-value",
      "指标!8 | 医院 | 无名医院 | unknown-hospital",
    ]);
  });
});
