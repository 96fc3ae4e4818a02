import { ROLES, type Field, type Role } from "../../../src/core/fields";
import { FIELD_SPECS, headerUnit, matchHeader, normalizeHeader } from "../../../src/core/input";

describe("normalizeHeader", () => {
  test.each([
    ["月购金额(万元)", "月购金额"],
    ["月购金额（万元）", "月购金额"],
    [" 月购 金额 ", "月购金额"],
    ["日门诊量（人次）", "日门诊量"],
    ["BEDS", "beds"],
    ["Ｂｅｄｓ", "beds"],
    ["Bed\u3000Count", "bedcount"],
    ["【医院名称】*", ""],
    ["医院名称*", "医院名称"],
    ["Monthly Purchase [CNY]", "monthlypurchase"],
  ])("%j → %j", (text, normalized) => {
    expect(normalizeHeader(text)).toBe(normalized);
  });
});

describe("matchHeader: the SPEC §1 synonym table", () => {
  const cases: [Role, string, Field][] = [
    ["hospitals", "hospital", "hospital"],
    ["hospitals", "Hospital Name", "hospital"],
    ["hospitals", "医院", "hospital"],
    ["hospitals", "医院名称", "hospital"],
    ["hospitals", "Beds", "beds"],
    ["hospitals", "bed count", "beds"],
    ["hospitals", "床位数", "beds"],
    ["hospitals", "床位", "beds"],
    ["hospitals", "日门诊量（人次）", "dailyOutpatients"],
    ["hospitals", "Outpatient Visits", "dailyOutpatients"],
    ["hospitals", "日均门诊量", "dailyOutpatients"],
    ["hospitals", "月购金额(万元)", "monthlyPurchase"],
    ["hospitals", "月进药金额", "monthlyPurchase"],
    ["hospitals", "Monthly drug purchase", "monthlyPurchase"],
    ["hospitals", "该类药占总销售额", "classShare"],
    ["hospitals", "该类药占比(%)", "classShare"],
    ["hospitals", "class share", "classShare"],
    ["hospitals", "我方月销量", "hospitalVolume"],
    ["hospitals", "产品月用量", "hospitalVolume"],
    ["departments", "科室", "department"],
    ["departments", "平均每日病人数", "dailyPatients"],
    ["departments", "使用该类药品病人比例", "classUsageRate"],
    ["departments", "用药比例%", "classUsageRate"],
    ["departments", "Rx per patient", "rxPerPatient"],
    ["departments", "工作日数", "workingDays"],
    ["departments", "平均被处方我的产品的病人数", "ourDailyPatients"],
    ["departments", "每日就诊人数", "dailyVisits"],
    ["departments", "相关患者人数", "relatedPatients"],
    ["doctors", "医生姓名", "doctor"],
    ["doctors", "Doctor Name", "doctor"],
    ["doctors", "职称", "title"],
    ["doctors", "月处方量", "volume"],
    ["doctors", "Monthly Rx", "volume"],
    ["doctors", "月潜力", "potential"],
    ["doctors", "处方状态", "status"],
    ["doctors", "Prescribing status", "status"],
    ["doctors", "医生类型", "doctorType"],
    ["doctors", "Clinic hours", "availability"],
    ["doctors", "拜访时间", "visitingHours"],
    ["doctors", "医院名称/Hospital", "hospital"],
    ["doctors", "科室\nDepartment", "department"],
  ];
  test.each(cases)("%s: %j → %s", (role, header, field) => {
    expect(matchHeader(role, header)).toBe(field);
  });

  test("a title row matches nothing", () => {
    expect(matchHeader("hospitals", "华东区医院档案 2026年10月")).toBeUndefined();
  });

  test("every synonym and label of every role matches its own field", () => {
    for (const role of ROLES) {
      for (const spec of FIELD_SPECS[role]) {
        for (const text of [...spec.zh, ...spec.en, spec.label.zh, spec.label.en]) {
          expect([role, text, matchHeader(role, text)]).toEqual([role, text, spec.id]);
        }
      }
    }
  });
});

describe("headerUnit", () => {
  test.each([
    ["月购金额(万元)", 10_000, false],
    ["月购金额（万）", 10_000, false],
    ["月购金额万元", 10_000, false],
    ["月购金额(亿元)", 1e8, false],
    ["月购金额(元)", 1, false],
    ["Monthly purchase (10k CNY)", 10_000, false],
    ["用药比例(%)", 1, true],
    ["该类药占比", 1, true],
    ["Class share", 1, true],
    ["Usage rate", 1, true],
    ["床位数", 1, false],
  ])("%j → ×%d, rate %s", (text, scale, rate) => {
    expect(headerUnit(text)).toEqual({ scale, rate });
  });
});
