import fc from "fast-check";
import {
  renameSheetRefs,
  sheetNameNeedsQuotes,
  sheetRefPrefix,
  sheetRenames,
} from "../../../src/core/formula";
import { planRenames } from "../../../src/core/write";

const toEn = new Map([
  ["目标医生 (2)", "Target List"],
  ["目标医生", "Target List (2)"],
]);

describe("renameSheetRefs: what Excel rewrites when a sheet is renamed", () => {
  it.each([
    ["='目标医生 (2)'!C2", "='Target List'!C2"],
    ["=目标医生!C2", "='Target List (2)'!C2"],
    ["目标医生!C2", "'Target List (2)'!C2"],
    ["=SUM(目标医生!C2:C9,'目标医生 (2)'!$D$2)", "=SUM('Target List (2)'!C2:C9,'Target List'!$D$2)"],
    // Names compare as Excel compares them.
    ["=SUM('目标医生 (2)'!A1)", "=SUM('Target List'!A1)"],
    // String literals, other sheets, error literals and prefixes of names stay.
    ['="目标医生!C2"&目标医生!C2', "=\"目标医生!C2\"&'Target List (2)'!C2"],
    [
      '=IF(A1="\'目标医生 (2)\'!C2","""目标医生!A1""",0)',
      '=IF(A1="\'目标医生 (2)\'!C2","""目标医生!A1""",0)',
    ],
    ["=目标医生旧!C2+'目标医生 (3)'!C2", "=目标医生旧!C2+'目标医生 (3)'!C2"],
    ["=#REF!+目标医生!A1", "=#REF!+'Target List (2)'!A1"],
    // External workbooks' sheets are theirs.
    ["=[1]目标医生!A1+'[1]目标医生 (2)'!A1", "=[1]目标医生!A1+'[1]目标医生 (2)'!A1"],
    // Structured references are not sheet references.
    ["=SUM(Table1[目标医生!x])+目标医生!A1", "=SUM(Table1[目标医生!x])+'Target List (2)'!A1"],
  ])("%s → %s", (before, after) => {
    expect(renameSheetRefs(before, toEn)).toBe(after);
  });

  it("renames to unquoted names where Excel writes none, and quotes with apostrophes doubled", () => {
    const renames = new Map([
      ["Target List", "目标医生"],
      ["Bob's", "Ann's List"],
      ["Plain", "Sheet 2"],
    ]);
    expect(renameSheetRefs("='Target List'!B2", renames)).toBe("=目标医生!B2");
    expect(renameSheetRefs("='target list'!B2", renames)).toBe("=目标医生!B2");
    expect(renameSheetRefs("='Bob''s'!A1*2", renames)).toBe("='Ann''s List'!A1*2");
    expect(renameSheetRefs("=Plain!A1", renames)).toBe("='Sheet 2'!A1");
  });

  it("3-D references: an endpoint that is renamed is rewritten, others stay", () => {
    const renames = new Map([["Target List", "目标医生"]]);
    expect(renameSheetRefs("=SUM(Sheet1:Sheet3!A1)", renames)).toBe("=SUM(Sheet1:Sheet3!A1)");
    expect(renameSheetRefs("=SUM('Sheet1:Target List'!A1)", renames)).toBe("=SUM(Sheet1:目标医生!A1)");
    expect(renameSheetRefs("=SUM(Sheet1:Sheet3!A1)", new Map([["Sheet3", "Last Sheet"]]))).toBe(
      "=SUM('Sheet1:Last Sheet'!A1)",
    );
    // A range whose second cell is on a sheet is not a 3-D reference.
    expect(renameSheetRefs("=SUM(A1:Plain!B2)", new Map([["Plain", "New"]]))).toBe("=SUM(A1:New!B2)");
  });

  it("the same string when nothing refers to a renamed sheet", () => {
    const f = "=SUM(Doctors!A1:A9)";
    expect(renameSheetRefs(f, toEn)).toBe(f);
    expect(renameSheetRefs(f, new Map())).toBe(f);
  });

  it("quotes names as Excel does", () => {
    expect(["Doctors", "目标医生", "Sheet_1", "a.b"].map(sheetNameNeedsQuotes)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      ["Target List", "目标医生 (2)", "1st", "A1", "XFD100", "R1C1", "R", "C3", "TRUE", "a-b"].every(
        sheetNameNeedsQuotes,
      ),
    ).toBe(true);
    expect(sheetRefPrefix(["Bob's"])).toBe("'Bob''s'!");
  });

  it("the renames a plan makes: rewritten sheets whose name changed", () => {
    const renames = planRenames({
      sheets: [
        { previousName: "Target List", sheetName: "目标医生" },
        { previousName: "Issues", sheetName: "Issues" },
        { previousName: null, sheetName: "拜访计划" },
      ] as never,
    });
    expect([...renames]).toEqual([["Target List", "目标医生"]]);
    expect([
      ...sheetRenames([
        ["A", "B"],
        ["a", "C"],
      ]),
    ]).toEqual([["A", "B"]]);
  });
});

/** Property: any formula built of references and literals renames exactly its references. */
describe("renameSheetRefs: properties", () => {
  const NAMES = ["目标医生", "目标医生 (2)", "Target List", "Target", "Bob's", "Doctors", "S.1", "数据"];
  const name = fc.constantFrom(...NAMES);
  type Token =
    | { kind: "ref"; sheet: string; cell: string }
    | { kind: "text"; text: string }
    | { kind: "op"; op: string };
  const token: fc.Arbitrary<Token> = fc.oneof(
    fc.record({
      kind: fc.constant("ref" as const),
      sheet: name,
      cell: fc.constantFrom("A1", "$C$2", "B2:B9"),
    }),
    // A string literal that looks like a reference.
    fc.record({
      kind: fc.constant("text" as const),
      text: fc.tuple(name, fc.constantFrom("!A1", "'!C2", "")).map(([n, t]) => `'${n}${t}`),
    }),
    fc.record({ kind: fc.constant("op" as const), op: fc.constantFrom("+", ",", "&", "*2-", ")+SUM(") }),
  );
  const build = (tokens: Token[], rename: (s: string) => string) =>
    "=SUM(" +
    tokens
      .map((t) =>
        t.kind === "ref"
          ? sheetRefPrefix([rename(t.sheet)]) + t.cell
          : t.kind === "text"
            ? `"${t.text.replace(/"/g, '""')}"`
            : t.op,
      )
      .join("+") +
    ")";

  it("rewrites references to the renamed sheet and nothing else", () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 12 }),
        name,
        fc.constantFrom("新名", "New Name", "It's", "目标医生"),
        (tokens, from, to) => {
          fc.pre(!NAMES.includes(to) || to === from);
          const renames = new Map([[from, to]]);
          const before = build(tokens, (s) => s);
          const expected = build(tokens, (s) => (s === from ? to : s));
          expect(renameSheetRefs(before, renames)).toBe(expected);
          // Renaming back gives the formula as it was.
          expect(renameSheetRefs(expected, new Map([[to, from]]))).toBe(before);
        },
      ),
    );
  });
});
