import fc from "fast-check";
import { KeyTable } from "../../../src/core/input/keyTable";

describe("KeyTable (duplicate keys)", () => {
  test("the first row of a key is kept; later rows get it back", () => {
    const t = new KeyTable(2);
    expect(t.claim(4, "瑞金医院", "心内科", "张三")).toBe(0);
    expect(t.claim(9, "瑞金医院", "心内科", "张三")).toBe(4);
    expect(t.find("瑞金医院", "心内科", "张三")).toBe(4);
    expect(t.find("瑞金医院", "心内科", "李四")).toBe(0);
  });

  test("compares full-width and case-folded: ＲＵＩＪＩＮ = Ruijin = ruijin", () => {
    const t = new KeyTable();
    t.claim(2, "Ruijin", "Cardiology");
    expect(t.find("ＲＵＩＪＩＮ", "cardiology")).toBe(2);
    expect(t.find("ruijin", "CARDIOLOGY")).toBe(2);
  });

  test("parts do not run together: (ab, c) ≠ (a, bc)", () => {
    const t = new KeyTable();
    t.claim(2, "ab", "c");
    expect(t.find("a", "bc")).toBe(0);
  });

  test("grows past its expected size without losing keys", () => {
    const t = new KeyTable(1);
    for (let i = 1; i <= 5000; i++) expect(t.claim(i, `医院${i % 100}`, `科室${i}`)).toBe(0);
    expect(t.size).toBe(5000);
    for (let i = 1; i <= 5000; i++) expect(t.find(`医院${i % 100}`, `科室${i}`)).toBe(i);
  });

  test("answers as a Map of folded keys would, whatever the expected size", () => {
    const fold = (p: string) =>
      [...p]
        .map((ch) =>
          String.fromCharCode(
            ch.charCodeAt(0) >= 0xff01 && ch.charCodeAt(0) <= 0xff5e
              ? ch.charCodeAt(0) - 0xfee0
              : ch.charCodeAt(0),
          ),
        )
        .join("")
        .toLowerCase();
    const part = fc.constantFrom("", "a", "A", "Ａ", "ab", "b", "医院", "科室", "x1");
    fc.assert(
      fc.property(
        fc.nat({ max: 40 }),
        fc.array(fc.tuple(part, part, part), { maxLength: 200 }),
        (expected, keys) => {
          const t = new KeyTable(expected);
          const simple = new Map<string, number>();
          keys.forEach(([a, b, c], i) => {
            const row = i + 2;
            const k = [a, b, c].map(fold).join("\u0001");
            const first = simple.get(k) ?? 0;
            if (first === 0) simple.set(k, row);
            expect(t.claim(row, a, b, c)).toBe(first);
            expect(t.find(a, b, c)).toBe(simple.get(k));
          });
          expect(t.size).toBe(simple.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("KeyTable (groups of keys by their first two parts)", () => {
  test("a key repeated after other departments' rows is still found", () => {
    const t = new KeyTable(8);
    expect(t.claim(2, "瑞金医院", "心内科", "张三")).toBe(0);
    expect(t.claim(3, "瑞金医院", "呼吸科", "张三")).toBe(0);
    expect(t.claim(4, "华山医院", "心内科", "张三")).toBe(0);
    expect(t.claim(5, "瑞金医院", "心内科", "李四")).toBe(0);
    expect(t.claim(6, "瑞金医院", "心内科", "张三")).toBe(2);
    expect(t.claim(7, "华山医院", "心内科", "张三")).toBe(4);
    expect(t.find("瑞金医院", "呼吸科", "张三")).toBe(3);
    expect(t.find("瑞金医院", "呼吸科", "李四")).toBe(0);
    expect(t.size).toBe(4);
  });

  test("folding applies to every part, whichever group was asked about last", () => {
    const t = new KeyTable(4);
    t.claim(2, "Ruijin", "Cardiology", "Zhang San");
    t.claim(3, "Huashan", "Cardiology", "Li Si");
    expect(t.claim(4, "ＲＵＩＪＩＮ", "cardiology", "ＺＨＡＮＧ ＳＡＮ")).toBe(2);
    expect(t.find("huashan", "CARDIOLOGY", "li si")).toBe(3);
    expect(t.find("Ruijin", "Cardiology", "Li Si")).toBe(0);
  });

  test("a group with many keys (no department column), claimed in and out of order", () => {
    const t = new KeyTable(16);
    for (let i = 0; i < 3000; i++) {
      expect(t.claim(2 + i, "瑞金医院", "", `医生${i}`)).toBe(0);
      // Another hospital between the rows: the big group is asked about again each time.
      expect(t.claim(100_000 + i, `医院${i}`, "", "医生0")).toBe(0);
    }
    for (let i = 2999; i >= 0; i--) {
      expect(t.claim(9_000_000, "瑞金医院", "", `医生${i}`)).toBe(2 + i);
      expect(t.find(`医院${i}`, "", "医生0")).toBe(100_000 + i);
    }
    expect(t.find("瑞金医院", "", "ＸＸ")).toBe(0);
    expect(t.size).toBe(6000);
  });
});

describe("KeyTable (asked in the order keys were claimed)", () => {
  test("the next group in claim order is found, and only when its parts match", () => {
    const t = new KeyTable(8);
    const keys = [
      ["医院1", "心内科"],
      ["医院1", "呼吸科"],
      ["医院2", "心内科"],
      ["Ruijin", "Cardiology"],
    ];
    keys.forEach(([a, b], i) => t.claim(i + 2, a, b));
    keys.forEach(([a, b], i) => expect(t.find(a, b)).toBe(i + 2));
    // After 医院1/心内科 the next group is 医院1/呼吸科: a different key must not take it.
    expect(t.find("医院1", "心内科")).toBe(2);
    expect(t.find("医院1", "外科")).toBe(0);
    expect(t.find("医院1", "心内科")).toBe(2);
    expect(t.find("医院2", "呼吸科")).toBe(0);
    expect(t.find("ＲＵＩＪＩＮ", "cardiology")).toBe(5);
  });
});
