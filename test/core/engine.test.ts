import { HyperFormula } from "hyperformula";
import type { CellValue, SheetData } from "../../src/core/cells";
import { runEngine } from "../../src/core/engine";
import { formulaForRow, type OutputTable, type OutputValue } from "../../src/core/output";
import { EngineError } from "../../src/core/results";
import { defaultSettings, type Settings } from "../../src/core/settings";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, firstRow: 1, firstCol: 0 };
}

const hospitals = sheet("医院", [
  ["华东区医院档案 2026年10月"],
  ["医院名称", "床位数", "日门诊量", "月购金额(万元)", "该类药占比", "我方月销量"],
  ["仁和医院", 620, 1200, 300, "35%", null],
  ["东方医院", 800, "2,000", 90, 0.2, 600],
  ["西山医院", 150, null, 120, 0.1, 0],
  ["合计", 1570, 3200, 510, null, null],
]);

const departments = sheet("科室", [
  [
    "医院",
    "科室",
    "平均每日病人数",
    "使用该类药品病人比例",
    "平均每病人处方量",
    "工作日",
    "平均被处方我的产品的病人数",
    "每日就诊人数",
    "相关患者人数",
  ],
  ["仁和医院", "心内科", 80, "40%", 2, null, 12, 120, 30],
  ["仁和医院", "神经内科", 50, 0.3, 1, 20, 0, 0, 10],
  ["东方医院", "心内科", 100, 0.5, 2, 22, null, 200, 50],
]);

const doctorRows: CellValue[][] = [
  ["医院", "科室", "医生", "职称", "月处方量", "月潜力", "用药状态"],
  ["仁和医院", "心内科", "张伟", "主任医师", 40, 120, "首选"],
  ["仁和医院", "心内科", "王芳", "主治医师", 0, 90, "未用"],
  ["仁和医院", "神经内科", "李娜", "副主任医师", 5, 60, "二线"],
  ["东方医院", "心内科", "刘洋", "住院医师", 30, 20, "首选"],
  ["东方医院", "心内科", "陈静", "主治医师", 2, 10, "保守"],
  ["东方医院", "心内科", "杨军", "主任医师", "#N/A", 80, "首选"],
];
const doctors = sheet("医生", doctorRows);

/** ISO date → Excel serial day number (1900 system). */
function excelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const today = new Date(Date.UTC(2026, 9, 15));

function run(settings: Settings = defaultSettings(), sheets = [hospitals, departments, doctors]) {
  return runEngine(sheets, settings, { today });
}

function table(tables: OutputTable[], id: OutputTable["id"]): OutputTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function colValues(t: OutputTable, key: string): OutputValue[] {
  const c = t.columns.findIndex((x) => x.key === key);
  return t.rows.map((r) => r[c]);
}

describe("runEngine end to end (small zh workbook)", () => {
  const result = run();

  it("writes the SPEC §7 outputs in order with zh names", () => {
    expect(result.outputs.map((t) => t.sheetName)).toEqual([
      "医院分级",
      "科室潜力",
      "医生细分",
      "目标医生",
      "拜访计划",
      "拜访日历",
      "每周准客户",
      "团队",
      "计划存档",
      "数据问题",
    ]);
  });

  it("tiers hospitals by the majority rule (SPEC §2)", () => {
    expect(result.hospitals.map((h) => [h.record.name, h.tier])).toEqual([
      ["仁和医院", "B"],
      ["东方医院", "A"],
      ["西山医院", "B"],
    ]);
    const t = table(result.outputs, "hospitalTiers");
    expect(colValues(t, "tierWhy")[0]).toBe("床位 620→A, 门诊 1,200→B, 月购 300万→B ⇒ B (3/3)");
    expect(colValues(t, "classMarketValue")[0]).toBeCloseTo(1_050_000, 6);
  });

  it("computes department potential (SPEC §3 worked example)", () => {
    const d = result.departments[0];
    expect(d.workingDays).toBe(22);
    expect(d.deptTotalRx).toBeCloseTo(1408, 9);
    expect(d.ourRx).toBe(528);
    expect(d.share).toBeCloseTo(0.375, 12);
    expect(d.headroom).toBeCloseTo(880, 9);
    expect(d.targetRatio).toBe(0.25);
    expect(result.departments[2].ourRx).toBeNull();
  });

  it("hospital potential/volume/stage from departments", () => {
    const [renhe, dongfang, xishan] = result.hospitals;
    expect(renhe.potential).toBeCloseTo(1408 + 300, 9);
    expect(renhe.volume).toBe(528);
    expect(renhe.stage).toBe("stable");
    expect(dongfang.volume).toBe(600);
    expect(dongfang.stage).toBe("growth"); // 600 / 2200 < 30 %
    expect(xishan.stage).toBe("development");
  });

  it("says why a hospital without departments has no share or quadrant", () => {
    expect(result.hospitals[2].quadrant).toBeNull();
    const why = result.issues.filter((i) => i.code === "no-department-potential");
    expect(why.map((i) => [i.sheet, i.row, i.value])).toEqual([["医院", 5, "西山医院"]]);
    // No Departments table at all: said once (table-not-found), not once per hospital.
    const noDepts = run(defaultSettings(), [hospitals, doctors]);
    expect(noDepts.issues.filter((i) => i.code === "no-department-potential")).toEqual([]);
  });

  it("segments doctors against the median cut-offs", () => {
    // volumes 40, 0, 5, 30, 2 (one #N/A) → median 5; potentials 120, 90, 60, 20, 10, 80 → median 70
    expect(result.cutoffs).toMatchObject({ method: "median", volume: 5, potential: 70 });
    expect(result.doctors.map((d) => d.quadrant)).toEqual(["HH", "LH", "HL", "HL", "LL", null]);
  });

  it("targets in priority order with calls per month", () => {
    const t = table(result.outputs, "targetList");
    expect(colValues(t, "doctor")).toEqual(["王芳", "张伟", "李娜", "刘洋", "陈静"]);
    expect(colValues(t, "callsPerMonth")).toEqual([4, 4, 2, 2, 1]);
    expect(t.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["targetRx", "smartCheck"]));
    expect(result.plan).toMatchObject({ targets: 5, workload: 13, prescribingTargets: 4, dropped: 0 });
    expect(result.issues.some((i) => i.code === "few-targets")).toBe(true);
  });

  it("lists skipped and bad rows on Issues (accounting rule)", () => {
    const t = table(result.outputs, "issues");
    const codes = colValues(t, "code");
    expect(codes).toEqual(expect.arrayContaining(["total-row", "excel-error", "few-targets"]));
    expect(colValues(t, "message").every((m) => typeof m === "string" && m.length > 0)).toBe(true);
  });

  it("every formula recomputes in a spreadsheet to the engine's value", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    try {
      for (const t of result.outputs) {
        if (!t.columns.some((c) => c.formula) && !t.side) continue;
        const name = hf.addSheet(t.id);
        const id = hf.getSheetId(name)!;
        const grid: (string | number | boolean | null)[][] = [t.columns.map((c) => c.header)];
        t.rows.forEach((row, i) =>
          grid.push(
            row.map((v, c) => {
              const col = t.columns[c];
              if (col.formula) return formulaForRow(col.formula, i);
              // Hosts write "date" columns as Excel dates (serial numbers).
              return col.format === "date" && typeof v === "string" ? excelSerial(v) : v;
            }),
          ),
        );
        for (const b of t.side ?? []) {
          const put = (r: number, c: number, v: string | number | boolean | null) => {
            while (grid.length < r) grid.push([]);
            const line = grid[r - 1];
            while (line.length <= c) line.push(null);
            line[c] = v;
          };
          put(b.row, b.col, b.title);
          b.rows.forEach(({ label, value: v }, i) => {
            put(b.row + 1 + i, b.col, label);
            put(b.row + 1 + i, b.col + 1, v);
          });
        }
        hf.setSheetContent(id, grid);
        t.columns.forEach((col, c) => {
          if (!col.formula) return;
          t.rows.forEach((row, i) => {
            const got = hf.getCellValue({ sheet: id, row: i + 1, col: c });
            const want = row[c];
            const where = `${t.id} ${col.key} row ${i + 2}: ${formulaForRow(col.formula!, i)}`;
            if (typeof want === "number") expect([where, got]).toEqual([where, expect.closeTo(want, 6)]);
            else expect([where, got]).toEqual([where, want ?? ""]);
          });
        });
      }
    } finally {
      hf.destroy();
    }
  });

  it("writes English when the settings say so", () => {
    const s = defaultSettings();
    s.language = "en";
    const r = run(s);
    expect(r.outputs[0].sheetName).toBe("Hospital Tiers");
    expect(r.outputs[0].columns[0].header).toBe("Hospital");
  });
});

describe("runEngine stops", () => {
  it("throws EngineError with a message when Doctors is missing", () => {
    expect(() => run(defaultSettings(), [hospitals, departments])).toThrow(EngineError);
    try {
      run(defaultSettings(), [hospitals, departments]);
    } catch (e) {
      expect((e as EngineError).issue.code).toBe("table-not-found");
      expect((e as EngineError).message).toMatch(/医生表/);
    }
  });

  it("throws an AbortError when aborted", () => {
    const c = new AbortController();
    c.abort();
    let error: unknown = null;
    try {
      runEngine([hospitals, departments, doctors], defaultSettings(), { signal: c.signal });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe("AbortError");
  });

  it("reports a bad formula and keeps the default", () => {
    const s = defaultSettings();
    s.formulas.targetScore = "potential - volum";
    const r = run(s);
    expect(r.issues[0]).toMatchObject({ code: "formula-unknown-variable", column: "formulas.targetScore" });
    expect(table(r.outputs, "targetList").rows).toHaveLength(5);
  });
});
