/**
 * The words of the one error vocabulary (CONVENTIONS habit 3): a zh-CN and an
 * en-US message for every IssueCode. A message names where the problem is
 * (sheet, row, column, value) and then why, so the Issues sheet, a
 * MessageBar and a custom function's #VALUE! all say the same thing.
 */
import { fieldLabel } from "./input/fieldSpecs";
import type { Issue, IssueCode, Lang, Severity } from "./issues";

type Params = NonNullable<Issue["params"]>;

/** Reads params defensively: other stages send different ones, and absent words must never print "undefined". */
class Words {
  constructor(
    private readonly params: Params,
    private readonly lang: Lang,
  ) {}

  has(name: string): boolean {
    return this.get(name) !== "";
  }

  // Called ten times per message and 100k+ messages per run: strings (most
  // params) are returned as they are, without a second String() per call.
  get(name: string): string {
    const v = this.params[name];
    if (typeof v === "string") return v;
    return v === undefined || v === null ? "" : String(v);
  }

  /** A field id as its label in the message language ("beds" → 床位数 / Beds). */
  field(name = "field"): string {
    return this.has(name) ? fieldLabel(this.get(name), this.lang) : "";
  }

  role(): string {
    const role = this.get("role");
    return ROLE_LABELS[role]?.[this.lang] ?? role;
  }

  /** " (text)" / "（text）" when the param exists, else "". */
  aside(name: string): string {
    if (!this.has(name)) return "";
    return this.lang === "zh" ? `（${this.get(name)}）` : ` (${this.get(name)})`;
  }
}

const ROLE_LABELS: Record<string, { zh: string; en: string }> = {
  hospitals: { zh: "医院表", en: "Hospitals table" },
  departments: { zh: "科室表", en: "Departments table" },
  doctors: { zh: "医生表", en: "Doctors table" },
  inventory: { zh: "进销存表", en: "Inventory table" },
  callLog: { zh: "拜访记录表", en: "Call Log" },
  quota: { zh: "指标表", en: "Quota table" },
  holidays: { zh: "节假日表", en: "Holidays table" },
  representatives: { zh: "代表表", en: "Representatives table" },
};

type Reason = (w: Words, issue: Issue) => string;

const REASONS: Record<IssueCode, { zh: Reason; en: Reason }> = {
  "blank-row": { zh: () => "空行，已跳过。", en: () => "Blank row; skipped." },
  "total-row": {
    zh: () => "合计/小计行，已跳过，不作为数据读取。",
    en: () => "Total or subtotal row; skipped, not read as data.",
  },
  "excel-error": {
    zh: () => "单元格是 Excel 错误值，按缺失处理。",
    en: () => "The cell holds an Excel error value; treated as missing.",
  },
  "not-a-number": {
    zh: () => "此处应为数字，无法识别为数字，按缺失处理。",
    en: () => "A number belongs here but this is not one; treated as missing.",
  },
  "negative-count": {
    zh: () => "数量、金额或比例不能为负数，按缺失处理。",
    en: () => "Counts, amounts and rates cannot be negative; treated as missing.",
  },
  "rate-above-100": {
    zh: () => "比例超过 100%，按缺失处理。",
    en: () => "Rate above 100%; treated as missing.",
  },
  "rate-read-as-percent": {
    zh: () => "比例列中的数值大于 1，已按百分数读取（例如 35 → 35%）。",
    en: () => "A value above 1 in a rate column was read as a percent (e.g. 35 → 35%).",
  },
  "missing-key": {
    zh: (w) => `缺少${w.field() || "名称"}，该行未使用。`,
    en: (w) => `${w.field() || "The name"} is blank or an error value; the row is not used.`,
  },
  "missing-value": {
    zh: (w) => `缺少${w.field() || "必需的值"}。`,
    en: (w) => `${w.field() || "A required value"} is missing.`,
  },
  "duplicate-key": {
    zh: (w) =>
      `与${w.has("firstRow") ? `第 ${w.get("firstRow")} 行` : "前面的行"}重复，后出现的这一行未使用。`,
    en: (w) =>
      `Repeats ${w.has("firstRow") ? `row ${w.get("firstRow")}` : "an earlier row"}; this later row is not used.`,
  },
  "unknown-hospital": {
    zh: () => "该医院不在医院表中；该行仍保留。",
    en: () => "This hospital is not in the Hospitals table; the row is kept.",
  },
  "unknown-department": {
    zh: (w) => `该科室不在科室表中${w.has("hospital") ? `（医院：${w.get("hospital")}）` : ""}；该行仍保留。`,
    en: (w) =>
      `This department is not in the Departments table${w.has("hospital") ? ` for ${w.get("hospital")}` : ""}; the row is kept.`,
  },
  "unknown-status": {
    zh: () => "无法识别的用药状态（应为 首选 / 二线 / 保守 / 未用），按未知处理。",
    en: () =>
      "Unknown prescribing status (expected first-line, second-line, conservative or not using); treated as unknown.",
  },
  "unknown-override": {
    zh: (w) =>
      `无法识别${w.get("doctor") ? `${w.get("doctor")}的` : ""}目标调整（应为 必选 / 排除，留空由规则决定），按未调整处理。`,
    en: (w) =>
      `Unknown target override${w.get("doctor") ? ` for ${w.get("doctor")}` : ""} (expected pin or exclude; blank lets the rules decide); treated as blank.`,
  },
  "unknown-doctor-type": {
    zh: (w) =>
      `无法识别${w.get("doctor") ? `${w.get("doctor")}的` : ""}医生类型（可写 创新型、有影响型、缺乏经验型、容易会见型、太忙型、朋友型、难以会见型，多个用“/”分隔），拜访信息不按类型调整。`,
    en: (w) =>
      `Unknown doctor type${w.get("doctor") ? ` for ${w.get("doctor")}` : ""} (write innovative, influential, inexperienced, easy to see, busy, friend or difficult to see; several separated by "/"); the key messages are not adapted to a type.`,
  },
  "no-tier-criteria": {
    zh: (w) => `${w.get("hospital") || "该医院"}没有床位数、日门诊量或月购金额，无法分级。`,
    en: (w) =>
      `${w.get("hospital") || "This hospital"} has no beds, daily outpatients or monthly purchase; no tier can be given.`,
  },
  "no-department-potential": {
    zh: (w) =>
      `科室表中没有${w.get("hospital") || "该医院"}可计算潜力的科室，无法计算份额和象限（我方用量不为 0 时也无法确定阶段）。`,
    en: (w) =>
      `No department of ${w.get("hospital") || "this hospital"} in the Departments table has a potential, so its share and quadrant cannot be given (nor its stage, unless our volume is 0).`,
  },
  "no-volume-or-potential": {
    zh: (w) => `${w.get("doctor") || "该医生"}的用量和潜力都缺失：无法细分，也不会成为目标医生。`,
    en: (w) =>
      `Both the volume and the potential of ${w.get("doctor") || "this doctor"} are missing: not segmented and never a target.`,
  },
  "implausible-value": {
    zh: (w) =>
      `${w.get("doctor") || "该医生"}的${w.field()} ${w.get("value")} ${
        w.get("against") === "department"
          ? `超过其科室${w.get("department")}的月总处方量 ${w.get("total")}`
          : `超过该列的合理上限 ${w.get("bound")}（第 99 百分位的 10 倍）`
      }，数值可能有误（例如单位写错）；仍按原值计划，请核实。`,
    en: (w) =>
      `${w.field() || "The value"} ${w.get("value")} of ${w.get("doctor") || "this doctor"} is above ${
        w.get("against") === "department"
          ? `the total monthly Rx of the ${w.get("department")} department (${w.get("total")})`
          : `the column's plausible bound ${w.get("bound")} (10 × its 99th percentile)`
      }; it may be wrong (a unit typed by mistake?). It is planned as given: please check it.`,
  },
  "department-rx-exceeded": {
    zh: (w) =>
      `${w.get("hospital")} ${w.get("department")}：${w.get("doctors") ? `${w.get("doctors")} 位` : ""}医生的潜力合计 ${w.get("potentials")}、用量合计 ${w.get("volumes")}，${
        w.get("over") === "volume" ? "用量" : w.get("over") === "potential" ? "潜力" : "两者都"
      }超过科室月总处方量 ${w.get("total")}；请核对医生表或科室表。`,
    en: (w) =>
      `${w.get("hospital")} ${w.get("department")}: the doctors' potentials add up to ${w.get("potentials")} and their volumes to ${w.get("volumes")}; ${
        w.get("over") === "volume"
          ? "the volumes exceed"
          : w.get("over") === "potential"
            ? "the potentials exceed"
            : "both exceed"
      } the department's total monthly Rx of ${w.get("total")}. Check the Doctors or the Departments table.`,
  },
  "unparsed-availability": {
    zh: (w) => `无法识别${w.get("doctor") || "该医生"}的门诊/拜访时间，排程时按任意工作日处理。`,
    en: (w) =>
      `Could not read the availability of ${w.get("doctor") || "this doctor"}; any working day is used when scheduling.`,
  },
  "unreadable-date": {
    zh: () => "无法识别为日期（可写为 2026-10-09、2026/10/9、10月9日 或 Excel 日期），该行未使用。",
    en: () =>
      "Not readable as a date (write 2026-10-09, 2026/10/9, a month and day, or an Excel date); the row is not used.",
  },
  "call-unknown-doctor": {
    zh: (w) =>
      `医生表中没有这位医生${w.has("hospital") ? `（医院：${w.get("hospital")}）` : ""}，该拜访未计入。`,
    en: (w) =>
      `This doctor is not in the Doctors table${w.has("hospital") ? ` for ${w.get("hospital")}` : ""}; the call is not counted.`,
  },
  "call-date-future": {
    zh: (w) => `拜访日期晚于今天${w.aside("today")}，该拜访未计入。`,
    en: (w) => `The call date is after today${w.aside("today")}; the call is not counted.`,
  },
  "call-date-outside-cycles": {
    zh: () => "拜访日期不在计划存档的任何周期内，该拜访未计入。",
    en: () => "The call date is in no cycle of the Plan History; the call is not counted.",
  },
  "call-not-target": {
    zh: (w) =>
      `${w.get("doctor") || "该医生"}不是${w.has("cycle") ? ` ${w.get("cycle")} ` : "该"}周期的目标医生，该拜访未计入执行跟踪。`,
    en: (w) =>
      `${w.get("doctor") || "This doctor"} was not a target of the ${w.has("cycle") ? `${w.get("cycle")} ` : ""}cycle; the call is not counted on Plan vs Actual.`,
  },
  "quota-unknown-rep": {
    zh: () => "该代表没有任何医院或医生，指标未计入。",
    en: () => "This rep has no hospital or doctor; the quota is not counted.",
  },
  "invalid-date": {
    zh: () =>
      "无法识别的日期（可写作 2026-10-01、2026/10/1、2026年10月1日，或范围 2026-10-01~10-07）；该行未使用。",
    en: () =>
      "Not a date (write 2026-10-01, 2026/10/1, or a range such as 2026-10-01~10-07); the row is not used.",
  },
  "unknown-day-type": {
    zh: () => "类型应为「休息」或「上班」；该行未使用。",
    en: () => 'The type should be "off" or "work" (a make-up working day); the row is not used.',
  },
  "rep-calls-invalid": {
    zh: (w) =>
      `代表${w.get("rep") ? `「${w.get("rep")}」` : ""}的每日拜访数须为大于 0 的数字，已按默认值 ${w.get("default") || "8"} 次/天计算。`,
    en: (w) =>
      `Calls per day${w.get("rep") ? ` of ${w.get("rep")}` : ""} must be a number above 0; the default of ${w.get("default") || "8"} a day is used.`,
  },
  "days-off-unreadable": {
    zh: (w) =>
      `无法识别代表${w.get("rep") ? `「${w.get("rep")}」` : ""}的休假日期（可写作 2026-10-12、2026-10-12~10-14 或 10月12日-14日，多个用逗号分隔），按无休假计算。`,
    en: (w) =>
      `Could not read the days off${w.get("rep") ? ` of ${w.get("rep")}` : ""} (write 2026-10-12 or 2026-10-12~10-14, several separated by commas); no days off are assumed.`,
  },
  "unknown-rep": {
    zh: () => "该代表不在代表表中，按默认每日拜访数计划。",
    en: () => "This rep is not in the Representatives table; planned with the default calls per day.",
  },
  "rep-ambiguous": {
    zh: (w) =>
      `一家医院（或一位医生）只能有一位负责代表，此处写了 ${w.get("count") || "多"} 位，已使用「${w.get("used")}」。`,
    en: (w) =>
      `A hospital (or doctor) has one rep, but ${w.get("count") || "several"} are named here; "${w.get("used")}" is used.`,
  },
  "no-rep": {
    zh: (w) =>
      `${w.get("hospital") || "该医院"}没有负责代表${w.has("doctors") ? `，其 ${w.get("doctors")} 位医生` : ""}已细分但未列入计划。`,
    en: (w) =>
      `${w.get("hospital") || "This hospital"} has no rep${w.has("doctors") ? `; its ${w.get("doctors")} doctor(s) are` : "; it is"} segmented but not planned.`,
  },
  "table-not-found": {
    zh: (w) => `找不到${w.role() || "所需的表"}：请检查工作表名称或表头，或在任务窗格中手动指定。`,
    en: (w) =>
      `No ${w.role() || "required table"} found: check the sheet names or headers, or choose it in the task pane.`,
  },
  "header-not-found": {
    zh: (w) => `在前 10 行中找不到${w.role()}的表头行。`,
    en: (w) => `No header row for the ${w.role() || "table"} in the first 10 rows.`,
  },
  "required-column-missing": {
    zh: (w) => `${w.role()}缺少必需的列「${w.field() || w.get("field")}」。`,
    en: (w) =>
      `The ${w.role() || "table"} has no "${w.field() || w.get("field")}" column, which is required.`,
  },
  "ambiguous-column": {
    zh: (w) =>
      `此列与另一列都对应「${w.field()}」${w.has("used") ? `，已使用「${w.get("used")}」` : ""}，此列未使用。`,
    en: (w) =>
      `This column and another both mean "${w.field()}"${w.has("used") ? `; "${w.get("used")}" is used` : ""}, this one is not.`,
  },
  "setting-invalid": {
    zh: (w) => `设置无效${w.aside("expectedZh") || w.aside("expected") || w.aside("detail")}，已使用默认值。`,
    en: (w) => `Invalid setting${w.aside("expected") || w.aside("detail")}; the default is used.`,
  },
  "setting-unknown": {
    zh: (w) =>
      `未知的设置项，已忽略${w.has("suggestion") ? `（是否应为「${w.get("suggestion")}」？）` : ""}。`,
    en: (w) =>
      `Unknown setting; ignored${w.has("suggestion") ? ` (did you mean "${w.get("suggestion")}"?)` : ""}.`,
  },
  "formula-invalid": {
    zh: (w) => formulaReason(w, "zh") ?? `公式无法解析${w.aside("detail")}。`,
    en: (w) => formulaReason(w, "en") ?? `The formula cannot be read${w.aside("detail")}.`,
  },
  "formula-forbidden": {
    zh: (w) => formulaReason(w, "zh") ?? `公式中不允许使用「${w.get("name") || "该写法"}」。`,
    en: (w) => formulaReason(w, "en") ?? `"${w.get("name") || "This"}" is not allowed in a formula.`,
  },
  "formula-unknown-variable": {
    zh: (w) =>
      `公式中的「${w.get("name") || "变量"}」不是可用的字段名${w.has("available") ? `（可用：${w.get("available")}）` : ""}。`,
    en: (w) =>
      `"${w.get("name") || "A variable"}" in the formula is not a known field name${w.has("available") ? ` (use: ${w.get("available")})` : ""}.`,
  },
  "formula-not-finite": {
    zh: (w) =>
      `公式结果不是有限数字（如负数开方、负数取对数、除以 0 或溢出）${w.has("department") ? `（${w.get("hospital")} ${w.get("department")}）` : w.has("doctor") ? `（${w.get("hospital")} ${w.get("doctor")}）` : ""}，按缺失处理，不参与排序。`,
    en: (w) =>
      `The formula did not give a finite number (a square root or log of a negative, a division by 0, an overflow)${w.has("department") ? ` for ${w.get("hospital")} ${w.get("department")}`.trimEnd() : w.has("doctor") ? ` for ${w.get("doctor")}, ${w.get("hospital")}` : ""}; treated as missing and not ranked.`,
  },
  "few-targets": {
    zh: (w) =>
      `${w.has("rep") ? `代表「${w.get("rep")}」：` : ""}有处方的目标医生${w.has("count") ? `只有 ${w.get("count")} 位` : "过少"}，建议至少 ${w.get("min") || "30"} 位。`,
    en: (w) =>
      `${w.has("rep") ? `Rep ${w.get("rep")}: o` : "O"}${w.has("count") ? `nly ${w.get("count")}` : "nly a few"} prescribing target doctors; at least ${w.get("min") || "30"} are recommended${w.has("available") ? ` (the data holds ${w.get("available")} prescribing candidates)` : ""}.`,
  },
  "capacity-exceeded": {
    zh: (w) =>
      `${w.has("rep") ? `代表「${w.get("rep")}」：` : ""}拜访需求超出拜访能力${w.has("workload") && w.has("capacity") ? `（${w.get("workload")} > ${w.get("capacity")} 次）` : ""}，已去掉优先级最低的${w.has("dropped") ? ` ${w.get("dropped")} 位` : ""}目标医生（见“医生细分”表的“原因”列）。`,
    en: (w) =>
      `${w.has("rep") ? `Rep ${w.get("rep")}: c` : "C"}alls needed exceed call capacity${w.has("workload") && w.has("capacity") ? ` (${w.get("workload")} > ${w.get("capacity")})` : ""}; the ${w.has("dropped") ? `${w.get("dropped")} ` : ""}lowest-priority targets were dropped (see the Reason column of Segmentation).`,
  },
  "call-not-placed": {
    zh: (w) =>
      `${w.get("doctor") || "该医生"}有${w.has("calls") ? ` ${w.get("calls")} 次` : ""}拜访无法排入本周期（时间或能力不足）。`,
    en: (w) =>
      `${w.has("calls") ? `${w.get("calls")} call(s)` : "A call"} for ${w.get("doctor") || "this doctor"} could not be placed in the cycle (availability or capacity).`,
  },
  "calendar-arrangement-unknown": {
    zh: (w) =>
      `${w.get("year") || "该"}年的国务院放假调休安排未内置，也未在节假日表中给出：按法定节假日排程，调休上班日未知，未作推测。可在节假日表（日期、类型 休息/上班、名称）中补充。`,
    en: (w) =>
      `The State Council holiday arrangement for ${w.get("year") || "this year"} is not built in and not given in a Holidays sheet: planned with the statutory holidays only; make-up working days are unknown and were not guessed. Add them in a Holidays sheet (date, type off/work, name).`,
  },
  "rep-utilisation": {
    zh: (w) =>
      `代表「${w.get("rep")}」的拜访利用率为 ${w.get("utilisation")}%（计划 ${w.get("workload")} 次 / 能力 ${w.get("capacity")} 次），${w.get("over") === "1" ? "超过" : "低于"} ${w.has("limit") ? w.get("limit") : w.get("over") === "1" ? "100" : "70"}%。`,
    en: (w) =>
      `Rep ${w.get("rep")} is at ${w.get("utilisation")}% utilisation (${w.get("workload")} calls planned / ${w.get("capacity")} capacity), ${w.get("over") === "1" ? "above" : "below"} ${w.has("limit") ? w.get("limit") : w.get("over") === "1" ? "100" : "70"}%.`,
  },
  "pins-over-capacity": {
    zh: (w) =>
      `${w.has("rep") ? `代表「${w.get("rep")}」：` : ""}经理指定的 ${w.get("pinned")} 位医生需要 ${w.get("calls")} 次拜访，超过拜访能力 ${w.get("capacity")} 次；按经理决定全部保留，超出 ${w.get("over")} 次，其他目标医生未列入。`,
    en: (w) =>
      `${w.has("rep") ? `Rep ${w.get("rep")}: t` : "T"}he ${w.get("pinned")} doctors the manager pinned need ${w.get("calls")} calls, above the capacity of ${w.get("capacity")}; all are kept as the manager decided (${w.get("over")} calls over), and no other target fits.`,
  },
  "feedback-unknown-doctor": {
    zh: (w) =>
      `代表对${w.get("doctor") || "该医生"}${w.has("hospital") ? `（${w.get("hospital")}${w.has("department") ? ` ${w.get("department")}` : ""}）` : ""}的反馈${w.has("reason") ? `「${w.get("reason")}」` : ""}无法使用：医生表中已没有这位医生。`,
    en: (w) =>
      `The rep's feedback on ${w.get("doctor") || "this doctor"}${w.has("hospital") ? ` (${w.get("hospital")}${w.has("department") ? `, ${w.get("department")}` : ""})` : ""}${w.has("reason") ? ` ("${w.get("reason")}")` : ""} cannot be used: the doctor is no longer in the Doctors table.`,
  },
  "unknown-feedback": {
    zh: () => "无法识别的代表反馈（应为 保留 / 移除），按未反馈处理。",
    en: () => "Unknown rep feedback (expected keep or remove); treated as blank.",
  },
  "output-name-taken": {
    zh: (w) =>
      `工作表名「${w.get("wanted") || w.get("name")}」已被用户的工作表占用${w.has("used") ? `，改用「${w.get("used")}」` : ""}。`,
    en: (w) =>
      `The sheet name "${w.get("wanted") || w.get("name")}" belongs to a sheet of yours${w.has("used") ? `; "${w.get("used")}" was used` : ""}.`,
  },
};

const ALLOWED_FUNCTIONS = "min, max, abs, round, floor, ceil, sqrt, log, exp, pow";

/** A refused formula in the user's words (sandbox.ts FormulaReason); undefined when no reason was given. */
function formulaReason(w: Words, lang: Lang): string | undefined {
  const name = w.get("name");
  const at = w.has("position")
    ? lang === "zh"
      ? `第 ${w.get("position")} 个字符`
      : ` at character ${w.get("position")}`
    : "";
  const zh: Record<string, () => string> = {
    empty: () => "公式为空，请填写。",
    "ends-early": () => (name ? `公式以“${name}”结尾，请补全。` : "公式不完整，请补全。"),
    "missing-parenthesis": () => "缺少右括号“)”，请补全。",
    unexpected: () => (name ? `${at}的“${name}”多余或位置不对。` : `${at}处写法有误。`),
    text: () => "公式中只能用数字和字段名，不能用引号中的文字。",
    lookup: () => `不能用“[ ]”或“.”取值${at ? `（${at}）` : ""}。`,
    assignment: () => "公式中不能用“=”赋值或定义函数；比较是否相等请用“==”。",
    object: () => "公式中不能使用花括号“{ }”。",
    list: () => "公式中不能使用列表“[ ]”。",
    several: () => "只能写一个表达式，不能用“;”或换行分成几条。",
    range: () => "公式中不能使用“:”。",
    "chained-comparison": () => "比较不能连写（如 a < b < c），请用 and 连接两个比较。",
    operator: () => `不允许使用运算符“${name}”。`,
    function: () => `不允许使用函数「${name}」；可用：${ALLOWED_FUNCTIONS}。`,
    "needs-arguments": () => `「${name}」是函数，请写成 ${name}(…)。`,
    arity: () => `函数「${name}」的参数个数不对${w.has("count") ? `（写了 ${w.get("count")} 个）` : ""}。`,
    "unnamed-call": () => "只能调用有名字的函数。",
    "not-allowed": () => "公式中不允许这种写法。",
  };
  const en: Record<string, () => string> = {
    empty: () => "The formula is empty.",
    "ends-early": () =>
      name ? `The formula ends with "${name}": complete it.` : "The formula is incomplete: complete it.",
    "missing-parenthesis": () => 'A closing ")" is missing.',
    unexpected: () => (name ? `Unexpected "${name}"${at}.` : `The formula is not well formed${at}.`),
    text: () => "A formula holds numbers and field names only, not text in quotes.",
    lookup: () => `"[ ]" and "." lookups are not allowed${at}.`,
    assignment: () => '"=" cannot assign or define a function in a formula; compare with "==".',
    object: () => 'Braces "{ }" are not allowed in a formula.',
    list: () => 'Lists "[ ]" are not allowed in a formula.',
    several: () => 'Write one expression, not several separated by ";" or line breaks.',
    range: () => '":" is not allowed in a formula.',
    "chained-comparison": () => 'Comparisons cannot be chained (a < b < c): join two comparisons with "and".',
    operator: () => `The operator "${name}" is not allowed.`,
    function: () => `The function "${name}" is not allowed; use ${ALLOWED_FUNCTIONS}.`,
    "needs-arguments": () => `"${name}" is a function: write ${name}(…).`,
    arity: () =>
      `The function "${name}" has the wrong number of arguments${w.has("count") ? ` (${w.get("count")} given)` : ""}.`,
    "unnamed-call": () => "Only named functions can be called.",
    "not-allowed": () => "This is not allowed in a formula.",
  };
  const words = (lang === "zh" ? zh : en)[w.get("reason")];
  return words ? words() : undefined;
}

/** Where the issue is, as the user would look for it. */
function location(issue: Issue, lang: Lang): string {
  // A run-level issue (few targets, capacity) has a value but no place; its
  // reason already states the number, and a bare `value "9":` reads as noise.
  const placed = issue.sheet !== "" || issue.row !== null || issue.column !== "";
  const value = placed ? issue.value : "";
  const parts: string[] = [];
  if (lang === "zh") {
    if (issue.sheet) parts.push(`工作表「${issue.sheet}」`);
    if (issue.row !== null) parts.push(`第 ${issue.row} 行`);
    if (issue.column) parts.push(issue.sheet ? `列「${issue.column}」` : `「${issue.column}」`);
    if (value) parts.push(`值「${value}」`);
    return parts.length ? parts.join("，") + "：" : "";
  }
  if (issue.sheet) parts.push(`Sheet "${issue.sheet}"`);
  if (issue.row !== null) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(issue.sheet ? `column "${issue.column}"` : `"${issue.column}"`);
  if (value) parts.push(`value "${value}"`);
  return parts.length ? parts.join(", ") + ": " : "";
}

/** The full message of an issue in the user's language. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return location(issue, lang) + reasonText(issue, lang);
}

/** Only the reason (for a "Reason" column next to separate sheet/row/column cells). */
export function reasonText(issue: Issue, lang: Lang): string {
  const words = new Words(issue.params ?? {}, lang);
  return REASONS[issue.code][lang](words, issue);
}

const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  skipped: { zh: "已跳过", en: "Skipped" },
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}
