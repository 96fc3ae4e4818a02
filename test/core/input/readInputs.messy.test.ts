/**
 * A manager's real file, as messy as SPEC §1 says it will be: a merged title
 * row, full-width digits, a 万元 header unit, a rate typed as 35, #N/A, a 合计
 * row, duplicates and a hospital missing from the Hospitals sheet.
 */
import { cellError } from "../../../src/core/cells";
import { readInputs } from "../../../src/core/input";
import { defaultSettings } from "../../../src/core/settings";
import { sheet } from "./sheets";

const N_A = cellError("#N/A");

const hospitals = sheet("医院档案", [
  ["华东区医院档案 2026年10月", null, null, null, null],
  [null, null, null, null, null],
  ["医院名称", "床位数", "日门诊量（人次）", "月购金额(万元)", "该类药占比"],
  ["瑞金医院", "１２００", "3,500", 800, 0.35],
  ["仁济医院", 650, " 1500 ", N_A, 35],
  ["华山医院", -20, 900, "300", "40%"],
  [null, "", "  ", null, null],
  ["瑞金医院", 100, 100, 100, 0.1],
  ["合计", 1850, 5900, 1100, null],
]);

const departments = sheet("科室", [
  ["医院", "科室", "平均每日病人数", "用药比例", "平均每病人处方量", "工作日"],
  ["瑞金医院", "心内科", 80, "40%", 2, 22],
  ["东方医院", "心内科", 50, 0.3, 2, null],
  ["\u3000瑞金医院 ", "心内科", 60, 0.2, 1, 20],
  ["仁济医院", null, 10, 0.1, 1, 20],
]);

const doctors = sheet("医生", [
  ["医院", "科室", "医生姓名", "职称", "月处方量", "潜力", "用药状态"],
  ["瑞金医院", "心内科", " 张三 ", "主任", 10, 50, "二线"],
  ["瑞金医院", "心内科", "李四", "主治", "abc", 30, "首选"],
  ["瑞金医院", "心内科", "王五", null, 0, 20, "偶尔用"],
  ["瑞金医院", "心内科", null, "住院", 5, 5, null],
  ["小计", null, null, null, 15, 100, null],
]);

const parsed = readInputs([hospitals, departments, doctors], defaultSettings());

test("every problem is listed with sheet, Excel row, header as written, raw value and code", () => {
  expect(parsed.issues.map((i) => [i.sheet, i.row, i.column, i.value, i.code, i.severity])).toEqual([
    ["医院档案", 5, "月购金额(万元)", "#N/A", "excel-error", "warning"],
    ["医院档案", 5, "该类药占比", "35", "rate-read-as-percent", "warning"],
    ["医院档案", 6, "床位数", "-20", "negative-count", "warning"],
    ["医院档案", 8, "医院名称", "瑞金医院", "duplicate-key", "error"],
    ["医院档案", 9, "医院名称", "合计", "total-row", "skipped"],
    ["科室", 3, "医院", "东方医院", "unknown-hospital", "warning"],
    ["科室", 4, "科室", "瑞金医院 / 心内科", "duplicate-key", "error"],
    ["科室", 5, "科室", "", "missing-key", "error"],
    ["医生", 3, "月处方量", "abc", "not-a-number", "warning"],
    ["医生", 4, "用药状态", "偶尔用", "unknown-status", "warning"],
    ["医生", 5, "医生姓名", "", "missing-key", "error"],
    ["医生", 6, "医院", "小计", "total-row", "skipped"],
  ]);
  expect(parsed.issues.find((i) => i.code === "duplicate-key")?.params).toMatchObject({ firstRow: 4 });
});

test("the header row is found below the title row and the 万元 unit scales the column", () => {
  const detection = parsed.detections.find((d) => d.role === "hospitals");
  expect(detection).toMatchObject({ sheet: "医院档案", by: "name", headerRow: 3, dataRows: 5, missing: [] });
  expect(detection?.columns.monthlyPurchase).toEqual({ header: "月购金额(万元)", col: 3, scale: 10_000 });
  expect(
    parsed.hospitals.map((h) => [h.row, h.name, h.beds, h.dailyOutpatients, h.monthlyPurchase, h.classShare]),
  ).toEqual([
    [4, "瑞金医院", 1200, 3500, 8_000_000, 0.35],
    [5, "仁济医院", 650, 1500, null, 0.35],
    [6, "华山医院", null, 900, 3_000_000, 0.4],
  ]);
});

test("departments and doctors keep their rows, names trimmed, bad values missing", () => {
  expect(
    parsed.departments.map((d) => [d.row, d.hospital, d.department, d.classUsageRate, d.workingDays]),
  ).toEqual([
    [2, "瑞金医院", "心内科", 0.4, 22],
    [3, "东方医院", "心内科", 0.3, null],
  ]);
  expect(parsed.doctors.map((d) => [d.row, d.name, d.volume, d.status, d.statusText])).toEqual([
    [2, "张三", 10, "second-line", ""],
    [3, "李四", null, "first-line", ""],
    [4, "王五", 0, null, "偶尔用"],
  ]);
});

test("input sheets are never modified", () => {
  expect(hospitals.values[3]).toEqual(["瑞金医院", "１２００", "3,500", 800, 0.35]);
  expect(doctors.values[1][2]).toBe(" 张三 ");
});

test("a total row is found by its 序号 cell before the keys, and by a key cell when 序号 holds a number", () => {
  const numbered = sheet("医生", [
    ["序号", "医院", "科室", "医生姓名", "月处方量", "潜力"],
    [1, "瑞金医院", "心内科", "张三", 10, 50],
    ["合计", null, null, null, 10, 50],
    [2, "瑞金医院", "心内科", "李四", 5, 20],
    [3, "瑞金医院", "总计", "王五", 15, 70],
    [4, "Total", "心内科", "赵六", 1, 2],
  ]);
  const read = readInputs([hospitals, numbered], defaultSettings());
  expect(read.doctors.map((d) => d.name)).toEqual(["张三", "李四"]);
  expect(
    read.issues
      .filter((i) => i.code === "total-row" && i.sheet === "医生")
      .map((i) => [i.row, i.column, i.value]),
  ).toEqual([
    [3, "序号", "合计"],
    [5, "科室", "总计"],
    [6, "医院", "Total"],
  ]);
});
