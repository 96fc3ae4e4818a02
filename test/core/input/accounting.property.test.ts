/**
 * The accounting rule of SPEC §1, proven over generated messy workbooks:
 * every non-blank data row ends up in the records or on the issues list
 * (or both), and nothing is invented.
 */
import fc from "fast-check";
import { cellError, EXCEL_ERROR_CODES, type CellValue, type SheetData } from "../../../src/core/cells";
import type { Role } from "../../../src/core/fields";
import { FIELD_SPECS, isBlankRow, readInputs } from "../../../src/core/input";
import { defaultSettings } from "../../../src/core/settings";

const NAMES = [
  "瑞金医院",
  "仁济医院",
  " 华山医院 ",
  "ＲＵＩＪＩＮ",
  "ruijin",
  "心内科",
  "张三",
  "Total Care",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, "", "  ", "\u3000"),
  fc.constantFrom(...NAMES),
  fc.integer({ min: -50, max: 5000 }),
  fc.double({ min: -10, max: 200, noNaN: true }),
  fc.constantFrom(
    "1,500",
    "１５００",
    " 1500 ",
    "35%",
    "500万",
    "1.2亿",
    "35",
    "0.35",
    "-3",
    "1,5",
    "abc",
    "约500",
  ),
  fc.constantFrom(...EXCEL_ERROR_CODES).map((code) => cellError(code)),
  fc.constantFrom(
    "#N/A",
    "#DIV/0!",
    "合计",
    "小计",
    "Total",
    "Subtotal",
    "首选",
    "二线",
    "保守",
    "未用",
    "偶尔",
  ),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);

/** A header cell for a field: any of its synonyms, sometimes shouted, spaced, full-width or with a unit. */
function headerFor(role: Role, index: number): fc.Arbitrary<string> {
  const spec = FIELD_SPECS[role][index];
  return fc
    .tuple(
      fc.constantFrom(...spec.zh, ...spec.en),
      fc.constantFrom("", "(万元)", "（人次）", " ", "%"),
      fc.boolean(),
    )
    .map(([word, unit, upper]) => (upper ? word.toUpperCase() : word) + unit);
}

/** A table for a role: title rows, a header of the key fields plus some others, rows of messy cells. */
function table(role: Role, name: string): fc.Arbitrary<SheetData> {
  const specs = FIELD_SPECS[role];
  const keyIndexes = specs.map((s, i) => (s.required ? i : -1)).filter((i) => i >= 0);
  const optional = specs.map((_, i) => i).filter((i) => !keyIndexes.includes(i));
  return fc
    .tuple(
      fc.subarray(optional, { minLength: 1 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 20 }),
    )
    .chain(([extra, titleRows, firstRow]) => {
      const fields = [...keyIndexes, ...extra];
      return fc.tuple(
        fc.tuple(...fields.map((i) => headerFor(role, i))),
        fc.array(fc.array(cell, { minLength: fields.length, maxLength: fields.length + 1 }), {
          maxLength: 25,
        }),
        fc.constant(titleRows),
        fc.constant(firstRow),
      );
    })
    .map(([header, rows, titleRows, firstRow]) => ({
      name,
      firstRow,
      firstCol: 0,
      values: [
        ...Array.from({ length: titleRows }, (_, i): CellValue[] =>
          i === 0 ? ["华东区医院档案 2026年10月"] : [],
        ),
        header,
        ...rows,
      ],
    }));
}

const workbook = fc.tuple(table("hospitals", "医院"), table("departments", "科室"), table("doctors", "医生"));

test("every non-blank data row is in the records or on the issues list", () => {
  fc.assert(
    fc.property(workbook, (sheets) => {
      const parsed = readInputs(sheets, defaultSettings());
      const recordRows: Record<string, { sheet: string; row: number }[]> = {
        hospitals: parsed.hospitals,
        departments: parsed.departments,
        doctors: parsed.doctors,
      };
      const issueRows = new Set(parsed.issues.map((i) => `${i.sheet}!${i.row}`));
      expect(parsed.detections.map((d) => d.role)).toEqual(["hospitals", "departments", "doctors"]);

      for (const detection of parsed.detections) {
        const data = sheets.find((s) => s.name === detection.sheet)!;
        const inRecords = new Set(recordRows[detection.role].map((r) => r.row));
        const headerIndex = detection.headerRow - data.firstRow;
        let nonBlank = 0;
        data.values.forEach((cells, i) => {
          if (i <= headerIndex || isBlankRow(cells)) return;
          nonBlank++;
          const row = data.firstRow + i;
          if (!inRecords.has(row) && !issueRows.has(`${data.name}!${row}`)) {
            throw new Error(
              `${data.name} row ${row} is neither a record nor an issue: ${JSON.stringify(cells)}`,
            );
          }
        });
        expect(detection.dataRows).toBe(nonBlank);
        // Nothing invented: each record is one distinct non-blank data row of its sheet.
        const records = recordRows[detection.role];
        expect(new Set(records.map((r) => r.row)).size).toBe(records.length);
        for (const r of records) {
          expect(r.sheet).toBe(data.name);
          expect(isBlankRow(data.values[r.row - data.firstRow])).toBe(false);
          expect(r.row - data.firstRow).toBeGreaterThan(headerIndex);
        }
      }
    }),
    { numRuns: 300 },
  );
});
