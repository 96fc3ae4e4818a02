/**
 * Two cycles through the command line (SPEC §10): plan September, log calls
 * and change some volumes, plan October. Plan vs Actual and the JSON
 * `measure` block must match counts made here, independently of the engine;
 * the September rows of Plan History must survive a second October run; the
 * live COUNTIFS recalculates, outside MicroSeg, to its cached value.
 */
import { Workbook } from "exceljs";
import { runEngine } from "../../src/core/engine";
import type { EngineResult } from "../../src/core/results";
import { main } from "../../src/cli/main";
import type { JsonContract } from "../../src/cli/jsonContract";
import type { RunEngine } from "../../src/cli/plan";
import { tempDir } from "../xlsx/helpers";
import { readXmlWorkbook } from "../xlsx/sheetXml";
import { check } from "./formulaCheck";
import type { Run } from "./helpers";

const tmp = tempDir("measure");
afterAll(() => tmp.cleanup());

async function plan(argv: string[], today: Date): Promise<Run> {
  let stdout = "";
  let stderr = "";
  let result: EngineResult | undefined;
  const engine: RunEngine = (sheets, settings, options) => (result = runEngine(sheets, settings, options));
  const code = await main(
    argv,
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      env: { LANG: "zh_CN.UTF-8" },
      today,
      progress: false,
    },
    engine,
  );
  return { code, stdout, stderr, result };
}

const HOSPITALS = ["协和医院", "瑞金医院", "华山医院"];
interface Doc {
  hospital: string;
  department: string;
  name: string;
  volume: number;
  potential: number;
  status: string;
}
const DOCTORS: Doc[] = Array.from({ length: 18 }, (_, i) => ({
  hospital: HOSPITALS[i % 3],
  department: i % 2 === 0 ? "心内科" : "神经内科",
  name: `医生${String(i + 1).padStart(2, "0")}`,
  volume: [0, 5, 12, 20, 35, 8][i % 6] + i,
  potential: 30 + ((i * 7) % 40),
  status: ["未用", "保守", "二线", "首选"][i % 4],
}));

async function inputWorkbook(path: string): Promise<void> {
  const wb = new Workbook();
  const h = wb.addWorksheet("医院");
  h.addRow(["医院", "床位数", "日门诊量", "月购金额", "我方月销量"]);
  HOSPITALS.forEach((name, i) =>
    h.addRow([name, 800 - i * 300, 2000 - i * 800, 6_000_000 - i * 2_500_000, i === 2 ? 0 : 300]),
  );
  const d = wb.addWorksheet("科室");
  d.addRow(["医院", "科室", "平均每日病人数", "用药比例", "每病人处方量", "我方病人数"]);
  for (const name of HOSPITALS)
    for (const dept of ["心内科", "神经内科"]) d.addRow([name, dept, 80, 0.4, 2, 12]);
  const doc = wb.addWorksheet("医生");
  doc.addRow(["医院", "科室", "医生", "职称", "月处方量", "月潜力", "用药状态"]);
  for (const x of DOCTORS)
    doc.addRow([x.hospital, x.department, x.name, "主治医师", x.volume, x.potential, x.status]);
  await wb.xlsx.writeFile(path);
}

type Cell = string | number | Date;
const serialDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

interface HistorySheetRow {
  values: (string | number | null)[];
}

async function historyRows(path: string): Promise<HistorySheetRow[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("计划存档")!;
  const rows: HistorySheetRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        v instanceof Date ? v.toISOString().slice(0, 10) : ((v ?? null) as string | number | null),
      );
    rows.push({ values });
  });
  return rows;
}

describe("two planning cycles through the command line (SPEC §10)", () => {
  const input = tmp.path("team.xlsx");
  const september = tmp.path("team.sep.xlsx");
  const withLog = tmp.path("team.log.xlsx");
  const october = tmp.path("team.oct.xlsx");
  const octoberAgain = tmp.path("team.oct2.xlsx");
  let sepRun: Run;
  let octRun: Run;
  let json: JsonContract;
  /** The calls logged, as the test itself counts them: doctor → calls in September. */
  const logged = new Map<string, number>();
  const changed = new Map<string, number>();
  let septTargets: { doctor: string; hospital: string; targetRx: number; planned: number }[] = [];

  beforeAll(async () => {
    await inputWorkbook(input);
    sepRun = await plan(["plan", input, "-o", september, "--lang", "zh"], new Date(Date.UTC(2026, 7, 25)));
    expect(sepRun.code).toBe(0);

    // The September targets, from the plan's own Target List.
    const targetList = sepRun.result!.outputs.find((t) => t.id === "targetList")!;
    const col = (key: string) => targetList.columns.findIndex((c) => c.key === key);
    septTargets = targetList.rows.map((r) => ({
      doctor: String(r[col("doctor")]),
      hospital: String(r[col("hospital")]),
      targetRx: Number(r[col("targetRx")]),
      planned: Number(r[col("callsPlanned")]),
    }));
    expect(septTargets.length).toBeGreaterThan(6);

    const wb = new Workbook();
    await wb.xlsx.readFile(september);
    const log = wb.addWorksheet("拜访记录");
    log.addRow(["日期", "代表", "医院", "科室", "医生", "拜访方式", "结果"]);
    const add = (date: Cell, t: { hospital: string; doctor: string }, count = true) => {
      log.addRow([date, "", t.hospital, "", t.doctor, "面访", ""]);
      if (count) logged.set(t.doctor, (logged.get(t.doctor) ?? 0) + 1);
    };
    // Three targets called three times (one date typed as text), two once, the rest not at all.
    for (const t of septTargets.slice(0, 3)) {
      add(serialDate("2026-09-03"), t);
      add("2026/9/10", t);
      add(serialDate("2026-09-17"), t);
    }
    for (const t of septTargets.slice(3, 5)) add("9月21日", t);
    add(serialDate("2026-08-20"), septTargets[0], false); // before every archived cycle
    add(serialDate("2026-09-08"), { hospital: "协和医院", doctor: "无名氏" }, false); // not a doctor
    const nonTarget = DOCTORS.find((x) => !septTargets.some((t) => t.doctor === x.name));
    if (nonTarget)
      add(serialDate("2026-09-09"), { hospital: nonTarget.hospital, doctor: nonTarget.name }, false);

    // Volumes move: the first target grows past its objective, the second falls.
    const doctors = wb.getWorksheet("医生")!;
    doctors.eachRow((row, n) => {
      if (n === 1) return;
      const name = row.getCell(3).text;
      if (name === septTargets[0].doctor) changed.set(name, septTargets[0].targetRx + 2);
      if (name === septTargets[1].doctor) changed.set(name, 0);
      if (changed.has(name)) row.getCell(5).value = changed.get(name)!;
    });
    await wb.xlsx.writeFile(withLog);

    octRun = await plan(
      ["plan", withLog, "-o", october, "--lang", "zh", "--json"],
      new Date(Date.UTC(2026, 8, 30)),
    );
    expect(octRun.code).toBe(0);
    json = JSON.parse(octRun.stdout) as JsonContract;
  });

  it("measures September against the log and the doctors as they are now", () => {
    const m = json.measure!;
    expect(m.cycle).toEqual({ start: "2026-09-01", end: "2026-09-30" });
    expect(m.targets.map((t) => t.doctor)).toEqual(septTargets.map((t) => t.doctor));
    for (const [i, t] of m.targets.entries()) {
      const before = DOCTORS.find((x) => x.name === t.doctor)!;
      const now = changed.get(t.doctor) ?? before.volume;
      expect([t.doctor, t.actualCalls, t.plannedCalls, t.rxThen, t.rxNow, t.targetRx]).toEqual([
        t.doctor,
        logged.get(t.doctor) ?? 0,
        septTargets[i].planned,
        before.volume,
        now,
        septTargets[i].targetRx,
      ]);
      expect(t.met).toBe(now >= septTargets[i].targetRx);
    }
    const planned = septTargets.reduce((s, t) => s + t.planned, 0);
    const actual = [...logged.values()].reduce((s, n) => s + n, 0);
    expect(actual).toBe(11);
    const team = m.kpis.team;
    expect(team.callAttainment).toBeCloseTo(actual / planned, 12);
    expect(team.reach).toBeCloseTo(5 / septTargets.length, 12);
    expect(team.frequency).toBeCloseTo(actual / 5, 12);
    expect(team.productCoverage).toBeCloseTo(2 / 3, 12);
    expect(m.kpis.reps).toEqual([{ name: null, ...team }]);
  });

  it("lists the log rows that count for no target, with sheet, row, column and value", () => {
    const listed = json.issues.filter((i) => i.sheet === "拜访记录").map((i) => [i.row, i.column, i.code]);
    expect(listed).toEqual(
      expect.arrayContaining([
        [logRow(3 * 3 + 2 + 1), "日期", "call-date-outside-cycles"],
        [logRow(3 * 3 + 2 + 2), "医生", "call-unknown-doctor"],
      ]),
    );
    // Accounting: every log row is counted for a target or listed.
    const counted = [...logged.values()].reduce((s, n) => s + n, 0);
    const rows = 3 * 3 + 2 + 2 + (DOCTORS.length > septTargets.length ? 1 : 0);
    expect(counted + listed.length).toBe(rows);
  });

  it("writes Plan vs Actual with a live COUNTIFS that recalculates to its cached value", async () => {
    const pva = octRun.result!.outputs.find((t) => t.id === "planVsActual")!;
    const actual = pva.columns.find((c) => c.key === "actualCalls")!;
    expect(actual.formula).toMatch(
      /^=COUNTIFS\('拜访记录'!\$C:\$C,B\{r\},'拜访记录'!\$E:\$E,D\{r\},'拜访记录'!\$A:\$A,/,
    );
    // The text-dated call is the one COUNTIFS cannot see: a constant column adds it.
    expect(pva.columns.some((c) => c.key === "unseenCalls")).toBe(true);
    const book = await readXmlWorkbook(october);
    // Every target row holds the three live formulas (actual calls, attainment, met) with a cached value.
    const live = book.get("执行跟踪")!.filter((c) => c.formula !== undefined);
    expect(live.length).toBe(septTargets.length * 3);
    expect(live.filter((c) => c.formula!.startsWith("COUNTIFS")).map((c) => c.value)).toEqual(
      septTargets.map((t) => logged.get(t.doctor) ?? 0),
    );
    const { formulas, mismatches } = check(octRun, book);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(formulas).toBeGreaterThan(septTargets.length * 3);
  });

  it("keeps September's Plan History rows through a second October run", async () => {
    const sepRows = await historyRows(september);
    expect(sepRows.length).toBe(septTargets.length);
    const afterOct = await historyRows(october);
    expect(afterOct.slice(0, sepRows.length)).toEqual(sepRows);
    expect(afterOct.length).toBeGreaterThan(sepRows.length);
    expect(afterOct.slice(sepRows.length).every((r) => r.values[0] === "2026-10-01")).toBe(true);

    const again = await plan(
      ["plan", october, "-o", octoberAgain, "--lang", "zh"],
      new Date(Date.UTC(2026, 8, 30)),
    );
    expect(again.code).toBe(0);
    const afterAgain = await historyRows(octoberAgain);
    expect(afterAgain.slice(0, sepRows.length)).toEqual(sepRows);
    expect(afterAgain.length).toBe(afterOct.length);
  });
});

/** Excel row of the n-th logged call (header on row 1). */
function logRow(n: number): number {
  return n + 1;
}
