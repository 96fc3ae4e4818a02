/** Issue 16: the optional 目标调整 / 调整原因 columns of Doctors, in both languages, messy values included. */
import { readInputs } from "../../../src/core/input";
import { issueMessage } from "../../../src/core/messages";
import { defaultSettings } from "../../../src/core/settings";
import { sheet } from "./sheets";

const hospitals = sheet("医院", [
  ["医院", "床位数"],
  ["瑞金医院", 1200],
]);

test("目标调整 and 调整原因 are read; an unknown value names the cell in zh and en", () => {
  const doctors = sheet("医生", [
    ["医院", "科室", "医生", "月处方量", "潜力", "目标调整（必选/排除）", "调整原因"],
    ["瑞金医院", "心内科", "张三", 1, 50, " 必选 ", "科主任，必须覆盖"],
    ["瑞金医院", "心内科", "李四", 30, 90, "排除", "即将退休"],
    ["瑞金医院", "心内科", "王五", 3, 20, "maybe", null],
    ["瑞金医院", "心内科", "赵六", 3, 20, null, null],
  ]);
  const parsed = readInputs([hospitals, doctors], defaultSettings());
  expect(parsed.doctors.map((d) => [d.name, d.override, d.overrideReason])).toEqual([
    ["张三", "pin", "科主任，必须覆盖"],
    ["李四", "exclude", "即将退休"],
    ["王五", null, ""],
    ["赵六", null, ""],
  ]);
  const issue = parsed.issues.find((i) => i.code === "unknown-override");
  expect(issue).toMatchObject({ sheet: "医生", row: 4, column: "目标调整（必选/排除）", value: "maybe" });
  expect(issueMessage(issue!, "zh")).toBe(
    "工作表「医生」，第 4 行，列「目标调整（必选/排除）」，值「maybe」：无法识别王五的目标调整（应为 必选 / 排除，留空由规则决定），按未调整处理。",
  );
  expect(issueMessage(issue!, "en")).toBe(
    'Sheet "医生", row 4, column "目标调整（必选/排除）", value "maybe": Unknown target override for 王五 (expected pin or exclude; blank lets the rules decide); treated as blank.',
  );
});

test("English headers and values", () => {
  const doctors = sheet("Doctors", [
    ["Hospital", "Doctor", "Volume", "Potential", "Target override", "Override reason"],
    ["瑞金医院", "Dr Wang", 1, 50, "Pin", "Head of department"],
    ["瑞金医院", "Dr Li", 1, 50, "EXCLUDE", "Retiring"],
  ]);
  const parsed = readInputs([hospitals, doctors], defaultSettings());
  expect(parsed.doctors.map((d) => [d.override, d.overrideReason])).toEqual([
    ["pin", "Head of department"],
    ["exclude", "Retiring"],
  ]);
  expect(parsed.issues.filter((i) => i.code === "unknown-override")).toEqual([]);
});
