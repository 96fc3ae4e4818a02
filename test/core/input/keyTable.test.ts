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
