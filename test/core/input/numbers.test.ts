import { cellError, type CellValue } from "../../../src/core/cells";
import type { FieldKind } from "../../../src/core/fields";
import { parseNumber, readNumberText } from "../../../src/core/input";
import { CellNumber, readNumberCell } from "../../../src/core/input/numbers";

describe("parseNumber (SPEC §1 numbers)", () => {
  const ok: [CellValue, FieldKind, number, number][] = [
    // raw, kind, header scale, value
    [1500, "count", 1, 1500],
    ["1,500", "count", 1, 1500],
    ["１５００", "count", 1, 1500],
    ["１，５００", "count", 1, 1500],
    ["１５００．５", "amount", 1, 1500.5],
    [" 1500 ", "count", 1, 1500],
    ["\u30001500\u3000", "count", 1, 1500],
    ["500万", "money", 1, 5_000_000],
    ["500 万元", "money", 1, 5_000_000],
    ["1.2亿", "money", 1, 120_000_000],
    ["¥3,000", "money", 1, 3000],
    ["22天", "count", 1, 22],
    ["1500人次", "count", 1, 1500],
    // a 万元 header scales plain numbers of the whole column …
    [500, "money", 10_000, 5_000_000],
    ["500", "money", 10_000, 5_000_000],
    [0.07, "money", 10_000, 700],
    // … but a cell with its own unit is not scaled twice
    ["500万", "money", 10_000, 5_000_000],
    [2, "money", 1e8, 200_000_000],
    // rates
    [0.35, "rate", 1, 0.35],
    ["35%", "rate", 1, 0.35],
    ["３５％", "rate", 1, 0.35],
    ["12.5%", "rate", 1, 0.125],
    [1, "rate", 1, 1],
    ["100%", "rate", 1, 1],
    [0, "count", 1, 0],
  ];
  test.each(ok)("%j as %s ×%d → %d", (raw, kind, scale, value) => {
    const read = parseNumber(raw, kind, scale);
    expect(read).toEqual({ ok: true, value });
  });

  test("a rate above 1 is read as a percent, with a note", () => {
    expect(parseNumber(35, "rate")).toEqual({ ok: true, value: 0.35, note: "rate-read-as-percent" });
    expect(parseNumber("40", "rate")).toEqual({ ok: true, value: 0.4, note: "rate-read-as-percent" });
  });

  const bad: [CellValue, FieldKind, string][] = [
    [cellError("#N/A"), "count", "excel-error"],
    [cellError("#DIV/0!"), "money", "excel-error"],
    ["#N/A", "count", "excel-error"],
    ["#VALUE!", "rate", "excel-error"],
    [" #REF! ", "count", "excel-error"],
    [-3, "count", "negative-count"],
    ["-3", "count", "negative-count"],
    ["－3", "count", "negative-count"],
    [-0.1, "rate", "negative-count"],
    [150, "rate", "rate-above-100"],
    ["135%", "rate", "rate-above-100"],
    ["abc", "count", "not-a-number"],
    ["约500", "count", "not-a-number"],
    ["1,5", "amount", "not-a-number"],
    ["12,34,567", "count", "not-a-number"],
    ["35%", "count", "not-a-number"],
    [true, "count", "not-a-number"],
    ["N/A", "count", "not-a-number"],
    ["-", "count", "not-a-number"],
  ];
  test.each(bad)("%j as %s → %s", (raw, kind, code) => {
    expect(parseNumber(raw, kind)).toEqual({ ok: false, code });
  });

  test.each([null, "", "   ", "\u3000"])("blank %j is a missing value, not an issue", (raw) => {
    expect(parseNumber(raw, "count")).toEqual({ ok: true, value: null });
  });

  test("1.2亿 is exactly 120,000,000 and 35% exactly 0.35 (no binary noise)", () => {
    expect(readNumberText("1.2亿")).toBe(120_000_000);
    expect(readNumberText("35%")).toBe(0.35);
    expect(readNumberText("0.07万")).toBe(700);
  });
});

describe("readNumberText (MICROSEG.NUMBER)", () => {
  test.each([
    ["1,500", 1500],
    ["500万", 5_000_000],
    ["35%", 0.35],
    ["１５００", 1500],
    ["-12.5", -12.5],
    ["1.5e3", 1500],
    ["1,234,567.89", 1234567.89],
  ])("%s → %d", (text, value) => {
    expect(readNumberText(text)).toBe(value);
  });

  test.each(["", "  ", "abc", "1,5", "12元x", "#N/A"])("%j → null", (text) => {
    expect(readNumberText(text)).toBeNull();
  });
});

describe("readNumberCell (one reading reused for every cell)", () => {
  test("reads each cell as parseNumber does, whatever the cell before it said", () => {
    const cells: CellValue[] = [
      35,
      "35%",
      "1,500",
      -3,
      "lots",
      null,
      "#N/A",
      cellError("#DIV/0!"),
      true,
      "500万",
      "１５００",
      150,
      "",
      0.2,
      "12,34",
      Infinity,
      "1e3",
    ];
    const kinds: FieldKind[] = ["count", "rate", "money", "key", "text"];
    const fields = kinds.flatMap((kind) => [1, 10_000].map((scale) => ({ kind, scale })));
    const reading = new CellNumber();
    // Every pair of (cell, field) after every other, so a code or note left from one cell would show.
    for (const before of cells)
      for (const cell of cells)
        for (const { kind, scale } of fields) {
          readNumberCell(before, "rate", 1, reading);
          const value = readNumberCell(cell, kind, scale, reading);
          const expected = parseNumber(cell, kind, scale);
          if (expected.ok) {
            expect([value, reading.code, reading.note]).toEqual([
              expected.value,
              null,
              expected.note ?? null,
            ]);
          } else {
            expect([value, reading.code]).toEqual([null, expected.code]);
          }
        }
  });
});
