/**
 * The preview the task pane shows before a run (cycle, working days, each
 * rep's capacity) is what the engine then plans: the same calendar — "auto"
 * is CN for Chinese input even when the output language is English — the
 * Holidays sheet, and the reps' days off.
 */
import type { CellValue, SheetData } from "../../../src/core/cells";
import { runEngine } from "../../../src/core/engine";
import { readInputs } from "../../../src/core/input";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { planPreview, previewInputs } from "../../../src/core/team/preview";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  firstRow: 1,
  firstCol: 0,
});

const TODAY = new Date(Date.UTC(2026, 8, 15));

const zhSheets = (extra: SheetData[] = []): SheetData[] => [
  sheet("医院", [
    ["医院名称", "床位数", "日门诊量", "月购金额(万元)", "负责代表"],
    ["仁和医院", 620, 1200, 300, "张伟"],
    ["东方医院", 800, 2000, 90, "李娜"],
  ]),
  sheet("医生", [
    ["医院", "科室", "医生", "月处方量", "月潜力"],
    ["仁和医院", "心内科", "王医生", 3, 30],
    ["东方医院", "心内科", "赵医生", 5, 40],
  ]),
  ...extra,
];

const enSheets = (): SheetData[] => [
  sheet("Hospitals", [
    ["Hospital", "Beds", "Daily outpatients", "Monthly purchase"],
    ["Mercy", 620, 1200, 3_000_000],
  ]),
  sheet("Doctors", [
    ["Hospital", "Department", "Doctor", "Volume", "Potential"],
    ["Mercy", "Cardiology", "Dr Lee", 3, 30],
  ]),
];

function october(language: Settings["language"]): Settings {
  const s = defaultSettings();
  s.language = language;
  s.cycle.start = "2026-10-01";
  s.cycle.end = "2026-10-31";
  return s;
}

function previewOf(sheets: SheetData[], settings: Settings) {
  return planPreview(readInputs(sheets, settings, { today: "2026-09-15" }), settings, TODAY);
}

describe("planPreview", () => {
  it("plans a Chinese workbook with English output on the China calendar, as the engine does", () => {
    const settings = october("en");
    const preview = previewOf(zhSheets(), settings);
    // 22 weekdays − 1–7 October's 5 weekdays + Saturday 10 October
    expect(preview.cycle.workingDays).toHaveLength(18);
    expect(preview.cycle.workingDays).toContain("2026-10-10");
    const result = runEngine(zhSheets(), settings, { today: TODAY });
    expect(preview.capacity).toBe(result.plan.capacity);
    expect(preview.reps.map((r) => [r.name, r.workingDays, r.capacity])).toEqual(
      result.plan.reps.map((r) => [r.name, r.workingDays, r.capacity]),
    );
  });

  it("keeps Monday–Friday for an English workbook with English output", () => {
    const settings = october("en");
    const preview = previewOf(enSheets(), settings);
    expect(preview.cycle.workingDays).toHaveLength(22);
    expect(preview.capacity).toBe(runEngine(enSheets(), settings, { today: TODAY }).plan.capacity);
    expect(preview.hasReps).toBe(false);
    expect(preview.reps).toEqual([
      { name: null, callsPerDay: 8, workingDays: 22, daysOff: 0, capacity: 176 },
    ]);
  });

  it("counts the Holidays sheet and each rep's calls per day and days off", () => {
    const settings = october("zh");
    const extra = [
      sheet("节假日", [
        ["日期", "类型", "名称"],
        ["2026-10-20", "休息", "公司活动日"],
      ]),
      sheet("代表", [
        ["代表姓名", "每日拜访数", "休假"],
        ["张伟", 6, "10月12日-13日"],
        ["李娜", 8, ""],
      ]),
    ];
    const preview = previewOf(zhSheets(extra), settings);
    expect(preview.cycle.workingDays).toHaveLength(17);
    expect(preview.reps.map((r) => [r.name, r.callsPerDay, r.workingDays, r.daysOff, r.capacity])).toEqual([
      ["张伟", 6, 15, 2, 90],
      ["李娜", 8, 17, 0, 136],
    ]);
    const result = runEngine(zhSheets(extra), settings, { today: TODAY });
    expect(preview.capacity).toBe(result.plan.capacity);
    expect(result.plan.capacity).toBe(226);
  });

  it("without inputs read yet, plans on the settings alone", () => {
    const preview = planPreview(null, october("en"), TODAY);
    expect(preview.cycle.workingDays).toHaveLength(22);
    expect(preview.capacity).toBe(176);
  });

  it("gives the same reps and capacities on the few rows previewInputs keeps", () => {
    const settings = october("zh");
    const sheets = zhSheets([
      sheet("代表", [
        ["代表姓名", "每日拜访数", "休假"],
        ["李娜", 7, "10月12日"],
      ]),
    ]);
    // A doctor's own rep wins: one not listed anywhere else is planned with the default calls per day.
    sheets[1].values[0].push("负责代表");
    sheets[1].values.push(
      ["东方医院", "心内科", "钱医生", 2, 20, "周杰"],
      ["东方医院", "心内科", "孙医生", 2, 20, "周杰"],
    );
    const parsed = readInputs(sheets, settings, { today: "2026-09-15" });
    const small = previewInputs(parsed);
    expect(small.doctors.map((d) => d.rep)).toEqual(["周杰"]);
    expect(small.hospitals.map((h) => h.rep)).toEqual(["张伟", "李娜"]);
    const full = planPreview(parsed, settings, TODAY);
    expect(planPreview(small, settings, TODAY)).toEqual(full);
    expect(full.reps.map((r) => [r.name, r.capacity])).toEqual([
      ["李娜", 7 * 17],
      ["张伟", 8 * 18],
      ["周杰", 8 * 18],
    ]);
  });
});
