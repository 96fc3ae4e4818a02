import { runEngine } from "../../../src/core/engine";
import { issueMessage } from "../../../src/core/messages";
import { callStep, doctorTypes } from "../../../src/core/plan/callSteps";
import { defaultSettings } from "../../../src/core/settings";
import { sheet } from "../input/sheets";

describe("callStep", () => {
  it.each([
    [1, 1, "opening"],
    [1, 2, "opening"],
    [2, 2, "close"],
    [2, 3, "fab"],
    [3, 3, "close"],
    [1, 4, "opening"],
    [2, 4, "fab"],
    [3, 4, "objection"],
    [4, 4, "close"],
    [4, 8, "fab"],
    [8, 8, "close"],
  ] as const)("call %i of %i is %s", (seq, n, step) => {
    expect(callStep(seq, n)).toBe(step);
  });
});

describe("doctorTypes", () => {
  it.each([
    ["创新型", ["innovative"]],
    ["有影响型", ["influential"]],
    ["缺乏经验型", ["inexperienced"]],
    ["容易会见型", ["easy"]],
    ["太忙不能会见或聆听型", ["busy"]],
    ["朋友型", ["friend"]],
    ["困难型", ["difficult"]],
    ["难以会见", ["difficult"]],
    ["学术专家", ["influential"]],
    ["KOL", ["influential"]],
    ["创新型/太忙", ["innovative", "busy"]],
    ["Opinion leader, busy", ["influential", "busy"]],
    ["", []],
    ["普通", []],
  ] as const)("%s → %j", (text, types) => {
    expect(doctorTypes(text)).toEqual(types);
  });
});

describe("a 医生类型 the deck does not know", () => {
  it("is an Issues line naming sheet, row, column and value, in zh and en", () => {
    const r = runEngine(
      [
        sheet("医院", [
          ["医院", "床位数"],
          ["协和医院", 800],
        ]),
        sheet("医生", [
          ["医院", "科室", "医生", "月处方量", "月潜力", "医生类型"],
          ["协和医院", "心内科", "王一", 10, 80, "创新型"],
          ["协和医院", "心内科", "王二", 5, 60, "临床医生"],
          ["协和医院", "心内科", "王三", 0, 40, ""],
        ]),
      ],
      defaultSettings(),
      { today: new Date(Date.UTC(2026, 9, 15)) },
    );
    const found = r.issues.filter((i) => i.code === "unknown-doctor-type");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: "医生", row: 3, column: "医生类型", value: "临床医生" });
    expect(issueMessage(found[0], "zh")).toMatch(
      /工作表「医生」，第 3 行，列「医生类型」，值「临床医生」：无法识别王二的医生类型/,
    );
    expect(issueMessage(found[0], "en")).toMatch(
      /Sheet "医生", row 3, column "医生类型", value "临床医生": Unknown doctor type for 王二/,
    );
  });
});
