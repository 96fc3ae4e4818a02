import { callStep, doctorTypes } from "../../../src/core/plan/callSteps";

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
    ["创新型/太忙", ["innovative", "busy"]],
    ["Opinion leader, busy", ["influential", "busy"]],
    ["", []],
    ["普通", []],
  ] as const)("%s → %j", (text, types) => {
    expect(doctorTypes(text)).toEqual(types);
  });
});
