import { chooseSheetName, emptyRegistry, parseRegistry, serializeRegistry } from "../../src/core/registry";
import { resolveColumnRefs, formulaForRow, type OutputTable } from "../../src/core/output";
import { columnLetter, parseAddress } from "../../src/core/cells";

describe("registry", () => {
  it("round-trips owned sheets and settings", () => {
    const reg = { ...emptyRegistry(), owned: { targetList: "目标医生" }, settings: { language: "zh" } };
    expect(parseRegistry(serializeRegistry(reg))).toEqual(reg);
  });

  it.each([[""], ["not json"], ['{"version":2}'], [42], [null], ['{"version":1,"owned":{"issues":7}}']])(
    "treats a damaged registry %p as owning nothing",
    (text) => {
      expect(parseRegistry(text).owned).toEqual({});
    },
  );

  it("keeps the wanted name when free or owned, suffixes it when a user's sheet has it", () => {
    expect(chooseSheetName("Target List", new Set(["Doctors"]), new Set())).toBe("Target List");
    expect(chooseSheetName("Target List", new Set(["Target List"]), new Set(["Target List"]))).toBe(
      "Target List",
    );
    expect(chooseSheetName("Target List", new Set(["target list"]), new Set())).toBe("Target List (2)");
    expect(chooseSheetName("Target List", new Set(["Target List", "Target List (2)"]), new Set())).toBe(
      "Target List (3)",
    );
    const long = "A".repeat(31);
    expect(chooseSheetName(long, new Set([long]), new Set())).toHaveLength(31);
  });
});

describe("output formulas", () => {
  it("names columns by key and expands rows as Excel shows them", () => {
    const table: OutputTable = {
      id: "departmentPotential",
      lang: "zh",
      sheetName: "科室潜力",
      tableName: "MicroSeg_Dept",
      columns: [
        { key: "a", header: "A", format: "number" },
        { key: "b", header: "B", format: "number" },
        { key: "total", header: "T", format: "number", formula: "={c:a}{r}*{c:b}{r}" },
      ],
      rows: [[2, 3, 6]],
      side: [
        {
          key: "x",
          col: 4,
          row: 1,
          title: "x",
          rows: [{ key: "sum", label: "sum", value: "=SUM({c:total}2:{c:total}9)" }],
        },
      ],
    };
    const resolved = resolveColumnRefs(table);
    expect(resolved.columns[2].formula).toBe("=A{r}*B{r}");
    expect(formulaForRow(resolved.columns[2].formula!, 0)).toBe("=A2*B2");
    expect(resolved.side![0].rows[0].value).toBe("=SUM(C2:C9)");
    expect(() =>
      resolveColumnRefs({
        ...table,
        columns: [{ key: "x", header: "X", format: "number", formula: "={c:nope}{r}" }],
      }),
    ).toThrow(/nope/);
  });

  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(parseAddress(`${letters}7`)).toEqual({ row: 7, col: i });
  });
});
