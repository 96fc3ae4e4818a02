/**
 * The live Target List formulas must agree with targetRx / smartCheck: the
 * sheet is evaluated by HyperFormula, then a user's edits are re-checked.
 */
import { HyperFormula } from "hyperformula";
import { columnLetter } from "../../../src/core/cells";
import {
  formulaForRow,
  resolveColumnRefs,
  type OutputColumn,
  type OutputTable,
} from "../../../src/core/output";
import { planCalls } from "../../../src/core/plan/planCalls";
import { targetRxFormula } from "../../../src/core/plan/targetColumns";
import { formatSmart, smartCheck, targetRx } from "../../../src/core/plan/smart";
import { defaultSettings } from "../../../src/core/settings";
import { HOSPITALS, TARGETS, TODAY } from "./fixtures";

type Cell = string | number | null;

/** Excel date serial of an ISO date (1899-12-30 epoch, as Excel and HyperFormula use). */
function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function sheetOf(ambition = 0.2, trial = 3) {
  const settings = defaultSettings();
  settings.smart = { ambition, trial };
  const plan = planCalls({
    targets: TARGETS,
    others: [],
    hospitals: HOSPITALS,
    departments: [],
    settings,
    today: TODAY,
    lang: "zh",
  });
  const engineColumns: OutputColumn[] = [
    "doctor",
    "hospital",
    "volume",
    "potential",
    "callsPerMonth",
    "callsInCycle",
  ].map((key) => ({
    key,
    header: key,
    format: "text",
  }));
  const table = resolveColumnRefs({
    id: "targetList",
    lang: "zh",
    sheetName: "目标医生",
    tableName: "MicroSeg_TargetList",
    columns: [...engineColumns, ...plan.targetListColumns],
    rows: [],
  } satisfies OutputTable);
  const rows: Cell[][] = TARGETS.map((t, i) => [
    t.record.name,
    t.record.hospital,
    t.record.volume,
    t.record.potential,
    t.callsPerMonth,
    t.callsInCycle,
    ...plan.targetListValues[i].map((v, c): Cell => {
      const col = table.columns[engineColumns.length + c];
      if (col.formula) return formulaForRow(col.formula, i);
      if (col.format === "date" && typeof v === "string") return serial(v);
      return typeof v === "boolean" ? null : v;
    }),
  ]);
  const hf = HyperFormula.buildFromArray([table.columns.map((c) => c.key), ...rows], {
    licenseKey: "gpl-v3",
  });
  const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
  const read = (row: number, key: string) => hf.getCellValue({ sheet: 0, row: row + 1, col: col(key) });
  const write = (row: number, key: string, value: Cell) =>
    hf.setCellContents({ sheet: 0, row: row + 1, col: col(key) }, [[value]]);
  return { plan, table, read, write, cycle: plan.cycle };
}

describe("whole-prescription targets (SPEC §6: 29 → 35, 15 → 18, 0 → 3)", () => {
  const cases: [number | null, number | null, number][] = [
    [29, 100, 35],
    [15, 100, 18],
    [0, 100, 3],
    [10, 100, 12], // 10 × 1.2 is 12.000000000000002 in floating point: still 12
    [4, 30, 5],
    [10, 11, 11],
    [7.5, 100, 9],
    [29, 34.6, 34], // the cap is a whole prescription too
    [20, null, 24], // no potential: no cap
    [null, 2, 2],
  ];

  it.each(cases)("volume %p, potential %p → %p in the engine", (volume, potential, expected) => {
    expect(targetRx(volume ?? Number.NaN, potential)).toBe(expected);
  });

  it("the live formula agrees on every case", () => {
    const formula = targetRxFormula(0.2, 3);
    const rows = cases.map(([v, p], i) => [
      v,
      p,
      formula.replace(/\{c:volume\}\{r\}/g, `A${i + 1}`).replace(/\{c:potential\}\{r\}/g, `B${i + 1}`),
    ]);
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
    cases.forEach(([, , expected], i) => {
      expect(hf.getCellValue({ sheet: 0, row: i, col: 2 })).toBe(expected);
    });
  });
});

describe("Target List SMART formulas", () => {
  it("compute the same target Rx and SMART check as the engine", () => {
    for (const ambition of [0.2, 0.5]) {
      const { plan, read } = sheetOf(ambition, 4);
      TARGETS.forEach((t, i) => {
        expect(read(i, "targetRx")).toBeCloseTo(
          targetRx(t.record.volume ?? 0, t.record.potential, ambition, 4),
          9,
        );
        expect(read(i, "smartCheck")).toBe(plan.targetListValues[i][6]);
      });
    }
  });

  it("address their own and the engine's columns by letter", () => {
    const { table } = sheetOf();
    const f = table.columns.find((c) => c.key === "targetRx")?.formula;
    expect(f).toBe(
      "=IF(ISNUMBER(D{r}),MIN(INT(D{r}),IF(C{r}=0,3,MAX(ROUNDUP(ROUND(C{r}*1.2,9),0),INT(C{r})+1))),IF(C{r}=0,3,MAX(ROUNDUP(ROUND(C{r}*1.2,9),0),INT(C{r})+1)))",
    );
    expect(columnLetter(table.columns.findIndex((c) => c.key === "smartCheck"))).toBe("M");
  });

  it.each<[string, string, Cell, string]>([
    ["a lower target fails A", "targetRx", 11, "A"],
    ["a target above potential fails R", "targetRx", 31, "R"],
    ["text instead of a number fails M", "targetRx", "很多", "M"],
    ["a due date after the cycle fails T", "dueDate", serial("2027-01-15"), "T"],
    ["a blank action fails S", "action", null, "S"],
    ["fewer calls planned than the frequency fails R", "callsPlanned", 2, "R"],
  ])("re-check a user's edit: %s", (_name, key, value, letters) => {
    const { read, write, cycle } = sheetOf();
    write(0, key, value);
    expect(read(0, "smartCheck")).toBe(letters);
    // the same verdict from smartCheck on the edited facts
    const edited = {
      doctor: "王医生",
      hospital: "协和医院",
      product: "本品",
      action: key === "action" ? "" : "二线→首选",
      target: key === "targetRx" ? (typeof value === "number" ? value : null) : 12,
      volume: 10,
      potential: 30,
      dueDate: key === "dueDate" ? "2027-01-15" : cycle.end,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
      ambition: 0.2,
      callsFit: key !== "callsPlanned",
    };
    expect(formatSmart(smartCheck(edited))).toBe(letters);
  });
});
