/**
 * The fields of each input table with their header synonyms (SPEC §1 table,
 * plus the spellings found in real manager files). The task pane shows
 * `label`; detection matches `en`/`zh` after normalizeHeader().
 */
import type { Field, FieldKind, FieldSpec, Role } from "../fields";

function spec(
  id: Field,
  kind: FieldKind,
  required: boolean,
  label: { en: string; zh: string },
  en: string[],
  zh: string[],
): FieldSpec {
  return { id, kind, required, label, en, zh };
}

const hospitalKey = spec(
  "hospital",
  "key",
  true,
  { en: "Hospital", zh: "医院" },
  ["hospital", "hospital name", "hospital id"],
  ["医院", "医院名称", "医院名", "所属医院", "机构名称", "终端名称"],
);

const repKey = (required: boolean): FieldSpec =>
  spec(
    "rep",
    "key",
    required,
    { en: "Rep", zh: "代表" },
    ["rep", "representative", "rep name", "sales rep", "medical rep", "assigned rep"],
    ["代表", "代表姓名", "医药代表", "负责代表", "销售代表"],
  );

/** A rep column on Hospitals or Doctors (SPEC §8): who covers the row; text, as a name may repeat. */
const repColumn: FieldSpec = { ...repKey(false), kind: "text" };

/** SPEC §10: the Call Log (拜访记录) and Quota (指标) inputs. */
const MEASURE_SPECS: Pick<Record<Role, readonly FieldSpec[]>, "callLog" | "quota"> = {
  callLog: [
    spec(
      "date",
      "date",
      true,
      { en: "Date", zh: "日期" },
      ["date", "call date", "visit date"],
      ["日期", "拜访日期", "访问日期", "拜访日"],
    ),
    repKey(false),
    hospitalKey,
    spec(
      "department",
      "key",
      false,
      { en: "Department", zh: "科室" },
      ["department", "department name", "dept"],
      ["科室", "科室名称", "所属科室", "科别"],
    ),
    spec(
      "doctor",
      "key",
      true,
      { en: "Doctor", zh: "医生" },
      ["doctor", "doctor name", "physician", "name"],
      ["医生", "医生姓名", "医生名称", "姓名", "医师"],
    ),
    spec(
      "channel",
      "text",
      false,
      { en: "Channel", zh: "方式" },
      ["channel", "call type", "type"],
      ["方式", "拜访方式", "渠道", "拜访类型"],
    ),
    spec(
      "outcome",
      "text",
      false,
      { en: "Outcome", zh: "结果" },
      ["outcome", "result", "notes", "note"],
      ["结果", "拜访结果", "备注", "拜访内容"],
    ),
  ],
  quota: [
    repKey(false),
    { ...hospitalKey, required: false },
    spec(
      "month",
      "date",
      true,
      { en: "Month", zh: "月份" },
      ["month", "period"],
      ["月份", "月", "年月", "期间"],
    ),
    spec(
      "quota",
      "count",
      true,
      { en: "Quota (Rx)", zh: "指标（处方）" },
      ["quota", "quota rx", "sales quota", "target rx"],
      ["指标", "销售指标", "月指标", "处方指标", "指标量"],
    ),
  ],
};

export const FIELD_SPECS: Readonly<Record<Role, readonly FieldSpec[]>> = {
  hospitals: [
    hospitalKey,
    spec(
      "beds",
      "count",
      false,
      { en: "Beds", zh: "床位数" },
      ["beds", "bed count", "number of beds"],
      ["床位", "床位数", "床位数量", "开放床位"],
    ),
    spec(
      "dailyOutpatients",
      "count",
      false,
      { en: "Daily outpatients", zh: "日门诊量" },
      ["daily outpatients", "outpatient visits", "outpatients", "daily outpatient visits"],
      ["日门诊量", "门诊量", "日均门诊量", "日门诊人次", "门诊人次"],
    ),
    spec(
      "monthlyPurchase",
      "money",
      false,
      { en: "Monthly purchase (CNY)", zh: "月购金额（元）" },
      ["monthly purchase", "monthly drug purchase", "monthly purchase amount"],
      ["月购金额", "月进药金额", "月采购金额", "月购药金额", "月药品采购额"],
    ),
    spec(
      "classShare",
      "rate",
      false,
      { en: "Class share", zh: "该类药占比" },
      ["class share", "class share of sales"],
      ["该类药占总销售额", "该类药占比", "该类药占总销售额比例", "品类占比"],
    ),
    spec(
      "hospitalVolume",
      "count",
      false,
      { en: "Our monthly volume", zh: "我方月销量" },
      ["our monthly volume", "monthly volume", "our volume"],
      ["我方月销量", "产品月用量", "月销量", "我方月用量"],
    ),
    repColumn,
    spec(
      "city",
      "text",
      false,
      { en: "City", zh: "城市" },
      ["city", "town", "city/district"],
      ["城市", "所在城市", "市", "地市", "所在地", "城市区县"],
    ),
    spec(
      "district",
      "text",
      false,
      { en: "District", zh: "区县" },
      ["district", "county"],
      ["区县", "区", "县", "区域", "所在区"],
    ),
  ],
  departments: [
    hospitalKey,
    spec(
      "department",
      "key",
      true,
      { en: "Department", zh: "科室" },
      ["department", "department name", "dept"],
      ["科室", "科室名称", "所属科室", "科别"],
    ),
    spec(
      "dailyPatients",
      "count",
      false,
      { en: "Daily patients", zh: "平均每日病人数" },
      ["daily patients", "patients per day"],
      ["平均每日病人数", "日病人数", "每日病人数", "日均病人数"],
    ),
    spec(
      "classUsageRate",
      "rate",
      false,
      { en: "Class usage rate", zh: "用药比例" },
      ["class usage rate", "usage rate"],
      ["使用该类药品病人比例", "用药比例", "该类药使用比例"],
    ),
    spec(
      "rxPerPatient",
      "amount",
      false,
      { en: "Rx per patient", zh: "平均每病人处方量" },
      ["rx per patient", "prescriptions per patient"],
      ["平均每病人处方量", "每病人处方量", "人均处方量"],
    ),
    spec(
      "workingDays",
      "count",
      false,
      { en: "Working days", zh: "工作日" },
      ["working days", "workdays"],
      ["工作日", "工作日数", "月工作日", "出诊天数"],
    ),
    spec(
      "ourDailyPatients",
      "count",
      false,
      { en: "Our daily patients", zh: "我方病人数" },
      ["our daily patients", "our patients"],
      ["平均被处方我的产品的病人数", "我方病人数", "我方日病人数", "使用我方产品病人数"],
    ),
    spec(
      "dailyVisits",
      "count",
      false,
      { en: "Daily visits (X)", zh: "每日就诊人数（X）" },
      ["daily visits"],
      ["每日就诊人数", "日就诊人数"],
    ),
    spec(
      "relatedPatients",
      "count",
      false,
      { en: "Related patients (Y)", zh: "相关患者人数（Y）" },
      ["related patients"],
      ["相关患者人数", "相关病人数"],
    ),
  ],
  doctors: [
    hospitalKey,
    spec(
      "department",
      "key",
      false,
      { en: "Department", zh: "科室" },
      ["department", "department name", "dept"],
      ["科室", "科室名称", "所属科室", "科别"],
    ),
    spec(
      "doctor",
      "key",
      true,
      { en: "Doctor", zh: "医生" },
      ["doctor", "doctor name", "physician", "name"],
      ["医生", "医生姓名", "医生名称", "姓名", "医师"],
    ),
    spec("title", "text", false, { en: "Title", zh: "职称" }, ["title", "job title"], ["职称", "职务"]),
    spec(
      "volume",
      "count",
      false,
      { en: "Volume (monthly Rx)", zh: "月处方量" },
      ["volume", "monthly rx", "monthly volume"],
      ["用量", "月处方量", "月用量", "处方量"],
    ),
    spec(
      "potential",
      "count",
      false,
      { en: "Potential", zh: "潜力" },
      ["potential", "monthly potential"],
      ["潜力", "月潜力", "潜力值", "处方潜力"],
    ),
    spec(
      "status",
      "text",
      false,
      { en: "Prescribing status", zh: "用药状态" },
      ["prescribing status", "status"],
      ["用药状态", "处方状态", "状态"],
    ),
    spec(
      "doctorType",
      "text",
      false,
      { en: "Doctor type", zh: "医生类型" },
      ["doctor type", "type"],
      ["医生类型", "类型"],
    ),
    spec(
      "availability",
      "text",
      false,
      { en: "Clinic hours", zh: "门诊时间" },
      ["availability", "clinic hours", "clinic times", "clinic sessions"],
      ["门诊时间", "出诊时间", "坐诊时间", "门诊安排"],
    ),
    spec(
      "visitingHours",
      "text",
      false,
      { en: "Visiting hours", zh: "拜访时间" },
      ["visiting hours", "visit time", "visit times", "best time to visit"],
      ["拜访时间", "可拜访时间", "接待时间", "拜访时段"],
    ),
    repColumn,
    // Issue 16: the manager's adjustments (必选 / 排除) and why.
    spec(
      "override",
      "text",
      false,
      { en: "Target override", zh: "目标调整" },
      ["target override", "override", "manager override", "target adjustment", "adjustment", "pin/exclude"],
      ["目标调整", "调整", "经理调整", "目标干预", "必选/排除", "人工调整"],
    ),
    spec(
      "overrideReason",
      "text",
      false,
      { en: "Override reason", zh: "调整原因" },
      ["override reason", "adjustment reason", "reason for override"],
      ["调整原因", "调整理由", "调整说明", "经理调整原因"],
    ),
  ],
  inventory: [
    hospitalKey,
    spec(
      "product",
      "key",
      true,
      { en: "Product", zh: "产品" },
      ["product", "product name", "sku"],
      ["产品", "产品名称", "品名", "品规", "药品名称"],
    ),
    spec(
      "purchaseQty",
      "amount",
      false,
      { en: "Purchased", zh: "进货量" },
      ["purchase qty", "purchased", "purchases", "purchase quantity"],
      ["进货量", "进货数量", "采购量", "购进数量", "购进"],
    ),
    spec(
      "salesQty",
      "amount",
      false,
      { en: "Sold", zh: "销售量" },
      ["sales qty", "sold", "sales", "sales quantity"],
      ["销售量", "销售数量", "销量", "出库量", "纯销"],
    ),
    spec(
      "stockQty",
      "amount",
      false,
      { en: "In stock", zh: "库存量" },
      ["stock qty", "stock", "in stock", "stock quantity"],
      ["库存量", "库存", "库存数量", "期末库存"],
    ),
  ],
  ...MEASURE_SPECS,
  holidays: [
    spec(
      "date",
      "date",
      true,
      { en: "Date", zh: "日期" },
      ["date", "dates", "day", "date range"],
      ["日期", "日期范围", "放假日期", "时间"],
    ),
    spec(
      "dayType",
      "text",
      false,
      { en: "Type", zh: "类型" },
      ["type", "day type", "kind"],
      ["类型", "休息/上班", "安排"],
    ),
    spec(
      "holidayName",
      "text",
      false,
      { en: "Name", zh: "名称" },
      ["name", "holiday", "holiday name", "description"],
      ["名称", "节日", "节假日", "假日名称", "说明", "备注"],
    ),
  ],
  representatives: [
    { ...repKey(true), en: [...repKey(true).en, "name"], zh: [...repKey(true).zh, "姓名"] },
    spec(
      "callsPerDay",
      "amount",
      false,
      { en: "Calls per day", zh: "每日拜访数" },
      ["calls per day", "daily calls", "calls/day"],
      ["每日拜访数", "每日拜访次数", "日拜访量", "日拜访数"],
    ),
    spec(
      "city",
      "text",
      false,
      { en: "City / region", zh: "城市" },
      ["city", "region", "territory", "area"],
      ["城市", "区域", "地区", "负责区域", "所在城市"],
    ),
    spec(
      "daysOff",
      "text",
      false,
      { en: "Days off", zh: "休假" },
      ["days off", "leave", "time off", "leave days", "absence"],
      ["休假", "请假", "休假日期", "请假日期", "休假日"],
    ),
  ],
};

/** The spec of one field of a role (undefined when the role has no such field). */
export function fieldSpec(role: Role, field: Field): FieldSpec | undefined {
  return FIELD_SPECS[role].find((s) => s.id === field);
}

let labelsById: Map<string, FieldSpec["label"]> | null = null;

/** Display label of any field id, from the first role that has it. */
export function fieldLabel(field: string, lang: "zh" | "en"): string {
  // Built once: messages ask for a label per issue, and a run can list 100k+ issues.
  if (labelsById === null) {
    labelsById = new Map();
    for (const specs of Object.values(FIELD_SPECS))
      for (const s of specs) if (!labelsById.has(s.id)) labelsById.set(s.id, s.label);
  }
  return labelsById.get(field)?.[lang] ?? field;
}
