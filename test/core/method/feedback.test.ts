/**
 * Issue 16: the reps' answers read back from the previous Target List, by
 * header in either language and by doctor (hospital + department + doctor),
 * never by row; bad answers named by sheet, row, column and value.
 */
import type { SheetData } from "../../../src/core/cells";
import type { DoctorRecord } from "../../../src/core/fields";
import { issueMessage } from "../../../src/core/messages";
import { priorFeedback } from "../../../src/core/method/feedback";
import { doctorRecord } from "../../fixtures/doctorRecord";

function doctor(hospital: string, department: string, name: string): DoctorRecord {
  return doctorRecord({ hospital, department, name, volume: 1, potential: 9 });
}

const doctors = [
  doctor("瑞金医院", "心内科", "张三"),
  doctor("瑞金医院", "神经科", "张三"),
  doctor("仁济医院", "心内科", "李四"),
];

function sheet(name: string, values: SheetData["values"]): SheetData {
  return { name, values, firstRow: 1, firstCol: 0 };
}

it("matches answers by hospital, department and doctor, whatever the row order or the language", () => {
  const zh = sheet("目标医生", [
    ["优先级", "医生", "医院", "科室", "原因", "代表反馈（可填写）", "反馈原因（可填写）"],
    [1, "李四", "仁济医院", "心内科", "…", "保留", "关系很好"],
    [2, "张三", "瑞金医院", "神经科", "…", " 移除 ", "已调离"],
    [3, "张三", "瑞金医院", "心内科", "…", null, null],
  ]);
  const en = sheet("Target List", [
    ["Doctor", "Hospital", "Department", "Rep feedback (type here)", "Feedback reason (type here)"],
    ["张三", "瑞金医院", "神经科", "Remove", "已调离"],
    ["李四", "仁济医院", "心内科", "keep", "关系很好"],
  ]);
  for (const prior of [priorFeedback(zh, doctors), priorFeedback(en, doctors)]) {
    expect([...prior.byDoctor].sort()).toEqual([
      [1, { feedback: "remove", reason: "已调离" }],
      [2, { feedback: "keep", reason: "关系很好" }],
    ]);
    expect(prior.issues).toEqual([]);
  }
});

it("lists an answer on a doctor no longer in the data, and an unknown answer, naming the cell", () => {
  const prior = priorFeedback(
    sheet("目标医生", [
      ["医生", "医院", "科室", "代表反馈（可填写）", "反馈原因（可填写）"],
      ["王五", "瑞金医院", "心内科", "移除", "即将退休"],
      ["李四", "仁济医院", "心内科", "以后再说", null],
    ]),
    doctors,
  );
  expect(prior.issues.map((i) => [i.code, i.sheet, i.row, i.column, i.value])).toEqual([
    ["feedback-unknown-doctor", "目标医生", 2, "代表反馈（可填写）", "移除"],
    ["unknown-feedback", "目标医生", 3, "代表反馈（可填写）", "以后再说"],
  ]);
  const [gone, unknown] = prior.issues;
  expect(issueMessage(gone, "zh")).toBe(
    "工作表「目标医生」，第 2 行，列「代表反馈（可填写）」，值「移除」：代表对王五（瑞金医院 心内科）的反馈「即将退休」无法使用：医生表中已没有这位医生。",
  );
  expect(issueMessage(gone, "en")).toBe(
    'Sheet "目标医生", row 2, column "代表反馈（可填写）", value "移除": The rep\'s feedback on 王五 (瑞金医院, 心内科) ("即将退休") cannot be used: the doctor is no longer in the Doctors table.',
  );
  expect(issueMessage(unknown, "en")).toBe(
    'Sheet "目标医生", row 3, column "代表反馈（可填写）", value "以后再说": Unknown rep feedback (expected keep or remove); treated as blank.',
  );
  expect(issueMessage(unknown, "zh")).toContain("无法识别的代表反馈（应为 保留 / 移除）");
  // The unknown word is dropped, the doctor's row still known.
  expect(prior.byDoctor.size).toBe(0);
});

it("reads nothing from a Target List of an earlier version without the columns", () => {
  const old = sheet("目标医生", [
    ["医生", "医院", "科室"],
    ["李四", "仁济医院", "心内科"],
  ]);
  expect(priorFeedback(old, doctors)).toEqual({ byDoctor: new Map(), issues: [] });
  expect(priorFeedback(null, doctors)).toEqual({ byDoctor: new Map(), issues: [] });
});
