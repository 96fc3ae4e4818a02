import {
  AM,
  ANY_TIME,
  availabilityMemo,
  doctorAvailability,
  parseAvailability,
  PM,
  slotBit,
} from "../../../src/core/plan/availability";
import type { DoctorRecord } from "../../../src/core/fields";
import { doctorRecord } from "../../fixtures/doctorRecord";

const MON = 0;
const TUE = 1;
const WED = 2;
const THU = 3;
const FRI = 4;
const SAT = 5;

/** Slot mask from [weekday, "AM" | "PM" | "all"] pairs. */
function slots(...pairs: [number, "AM" | "PM" | "all"][]): number {
  let m = 0;
  for (const [d, h] of pairs) {
    if (h !== "PM") m |= slotBit(d, AM);
    if (h !== "AM") m |= slotBit(d, PM);
  }
  return m;
}

const WEEKDAY_AMS = slots([MON, "AM"], [TUE, "AM"], [WED, "AM"], [THU, "AM"], [FRI, "AM"]);

describe("parseAvailability", () => {
  it.each<[string, number]>([
    // zh
    ["周一上午", slots([MON, "AM"])],
    ["周三下午,周五上午", slots([WED, "PM"], [FRI, "AM"])],
    ["周三下午，周五上午", slots([WED, "PM"], [FRI, "AM"])],
    ["周四全天", slots([THU, "all"])],
    ["星期二上午", slots([TUE, "AM"])],
    ["礼拜五下午", slots([FRI, "PM"])],
    ["周一至周三上午", slots([MON, "AM"], [TUE, "AM"], [WED, "AM"])],
    ["周一到周五", slots([MON, "all"], [TUE, "all"], [WED, "all"], [THU, "all"], [FRI, "all"])],
    ["周一、周三上午", slots([MON, "AM"], [WED, "AM"])],
    ["周二上午；周四下午", slots([TUE, "AM"], [THU, "PM"])],
    ["周二上午/周四下午", slots([TUE, "AM"], [THU, "PM"])],
    ["周一上午门诊", slots([MON, "AM"])],
    ["周六上午", slots([SAT, "AM"])],
    ["每天上午", WEEKDAY_AMS],
    ["上午", WEEKDAY_AMS],
    ["周1下午", slots([MON, "PM"])],
    ["周二8:00-12:00", slots([TUE, "AM"])],
    ["周四 14:00-17:30", slots([THU, "PM"])],
    ["周五8：00－17：00", slots([FRI, "all"])],
    // en
    ["Mon AM", slots([MON, "AM"])],
    ["Tue PM", slots([TUE, "PM"])],
    ["Wed", slots([WED, "all"])],
    ["Mon-Wed AM", slots([MON, "AM"], [TUE, "AM"], [WED, "AM"])],
    ["Monday morning, Thursday afternoon", slots([MON, "AM"], [THU, "PM"])],
    ["tues p.m.", slots([TUE, "PM"])],
    ["Mon to Fri", slots([MON, "all"], [TUE, "all"], [WED, "all"], [THU, "all"], [FRI, "all"])],
    ["Mon & Thu PM", slots([MON, "PM"], [THU, "PM"])],
    ["Wed 8:30-11:30", slots([WED, "AM"])],
    ["ＭＯＮ　ＡＭ", slots([MON, "AM"])],
    // blank = any time
    ["", ANY_TIME],
    ["   ", ANY_TIME],
  ])("%p", (text, expected) => {
    expect(parseAvailability(text)).toBe(expected);
  });

  it.each([
    "随便",
    "找护士长预约",
    "Wed-Mon",
    "周一至",
    "Mon-",
    "12345",
    "周一25:00-26:00",
    "by appointment",
    "晚上",
  ])("cannot read %p", (text) => {
    expect(parseAvailability(text)).toBeNull();
  });
});

describe("doctorAvailability", () => {
  const record: DoctorRecord = {
    sheet: "医生",
    row: 7,
    hospital: "协和医院",
    department: "心内科",
    name: "王医生",
    title: "",
    volume: 10,
    potential: 30,
    status: "second-line",
    statusText: "",
    doctorType: "",
    availability: "看心情",
    rep: "",
  };

  it("reports unreadable text with its cell and counts the doctor as available any time", () => {
    const a = doctorAvailability(record, "zh");
    expect(a.slots).toBe(ANY_TIME);
    expect(a.issue).toMatchObject({
      code: "unparsed-availability",
      sheet: "医生",
      row: 7,
      column: "门诊时间",
      value: "看心情",
    });
  });

  it("raises no issue for readable text", () => {
    // 门诊时间 are clinic sessions: "around" (the default) calls after a morning clinic, "during" in it
    expect(doctorAvailability({ ...record, availability: "周一上午" }, "en")).toEqual({
      slots: slotBit(MON, PM),
      issue: null,
    });
    expect(doctorAvailability({ ...record, availability: "周一上午" }, "en", "during")).toEqual({
      slots: slotBit(MON, AM),
      issue: null,
    });
  });
});

describe("availabilityMemo", () => {
  it("reads each text as parseAvailability does, the second time from memory", () => {
    const texts = [
      "周一上午、周三下午",
      "随便",
      "",
      "ＭＯＮ　ＡＭ",
      "Mon-Wed AM",
      "Wed-Mon",
      "周一上午、周三下午",
      "随便",
    ];
    const parse = availabilityMemo();
    for (const text of [...texts, ...texts]) expect(parse(text)).toBe(parseAvailability(text));
  });

  it("gives doctorAvailability the same slots and issues as without it", () => {
    const parse = availabilityMemo();
    const base = doctorRecord({
      row: 3,
      visitingHours: "",
      override: null,
      overrideReason: "",
    });
    for (const availability of ["周二全天", "找护士长预约", ""])
      for (const visitingHours of ["", "周四下午", "by appointment"]) {
        const record = { ...base, availability, visitingHours };
        for (const rule of ["around", "during", "ignore"] as const)
          expect(doctorAvailability(record, "zh", rule, parse)).toEqual(
            doctorAvailability(record, "zh", rule),
          );
      }
  });
});
