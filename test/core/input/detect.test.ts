import { detectTables, readInputs } from "../../../src/core/input";
import { defaultSettings } from "../../../src/core/settings";
import { brief, sheet } from "./sheets";

const hospitalsEn = () =>
  sheet("Hospitals", [
    ["Hospital", "Beds", "Daily outpatients"],
    ["Ruijin", 620, 1200],
  ]);
const departmentsEn = () =>
  sheet("Departments", [
    ["Hospital", "Department", "Daily patients"],
    ["Ruijin", "Cardiology", 80],
  ]);
const doctorsEn = () =>
  sheet("Doctors", [
    ["Hospital", "Department", "Doctor", "Volume", "Potential"],
    ["Ruijin", "Cardiology", "Zhang", 10, 50],
  ]);

describe("detectTables", () => {
  test("finds tables by sheet name, zh or en", () => {
    const { tables, issues } = detectTables(
      [
        hospitalsEn(),
        sheet("科室档案", [
          ["医院", "科室"],
          ["Ruijin", "心内科"],
        ]),
        doctorsEn(),
      ],
      defaultSettings(),
    );
    expect(tables.map((t) => [t.detection.role, t.detection.sheet, t.detection.by])).toEqual([
      ["hospitals", "Hospitals", "name"],
      ["departments", "科室档案", "name"],
      ["doctors", "Doctors", "name"],
    ]);
    expect(issues).toEqual([]);
  });

  test("finds tables by Excel table name", () => {
    const s = sheet("Sheet1", hospitalsEn().values, 1, ["tblHospitals"]);
    const { tables } = detectTables([s, doctorsEn()], defaultSettings());
    expect(tables[0].detection).toMatchObject({
      role: "hospitals",
      sheet: "Sheet1",
      table: "tblHospitals",
      by: "name",
    });
  });

  test("finds tables by their headers when the names say nothing", () => {
    const { tables } = detectTables(
      [
        sheet("Sheet2", doctorsEn().values),
        sheet("Sheet3", [
          ["科室", "医院名称", "平均每日病人数"],
          ["心内科", "Ruijin", 80],
        ]),
        sheet("Sheet1", hospitalsEn().values),
      ],
      defaultSettings(),
    );
    expect(tables.map((t) => [t.detection.role, t.detection.sheet, t.detection.by])).toEqual([
      ["hospitals", "Sheet1", "headers"],
      ["departments", "Sheet3", "headers"],
      ["doctors", "Sheet2", "headers"],
    ]);
  });

  test("a sheet named for two roles goes to the one its headers fit", () => {
    const { tables } = detectTables(
      [
        sheet("医院", [
          ["医院名称", "床位数"],
          ["瑞金", 1],
        ]),
        sheet("医院科室", [
          ["医院", "科室", "日病人数"],
          ["瑞金", "心内科", 80],
        ]),
        doctorsEn(),
      ],
      defaultSettings(),
    );
    expect(tables.map((t) => [t.detection.role, t.detection.sheet])).toEqual([
      ["hospitals", "医院"],
      ["departments", "医院科室"],
      ["doctors", "Doctors"],
    ]);
  });

  test.each(["医院分级（旧）", "Hospital Tiers 2025", "医院分级"])(
    "a user's sheet named %s like an output is read as input (ownership is the registry's, not the name's)",
    (name) => {
      const users = sheet(name, [
        ["医院", "床位数", "分级"],
        ["瑞金", 620, "A"],
      ]);
      const { tables } = detectTables([users, doctorsEn()], defaultSettings());
      expect(tables[0].detection).toMatchObject({ role: "hospitals", sheet: name });
    },
  );

  test("the registry sheet is never read as input", () => {
    const registry = sheet("_MicroSeg", [
      ["医院", "床位数"],
      ["瑞金", 620],
    ]);
    const { tables } = detectTables(
      [registry, sheet("Data", hospitalsEn().values), doctorsEn()],
      defaultSettings(),
    );
    expect(tables[0].detection).toMatchObject({ role: "hospitals", sheet: "Data" });
  });

  test("the header row is the first of the first 10 rows with ≥ 2 known headers; row numbers follow the used range", () => {
    const s = sheet(
      "医院档案",
      [["华东区医院档案 2026年10月"], ["制表：张三"], ["医院名称", "床位数"], ["瑞金医院", 620]],
      3,
    );
    const { tables } = detectTables([s, doctorsEn()], defaultSettings());
    expect(tables[0].detection).toMatchObject({ headerRow: 5, dataRows: 1 });
  });

  test("a header row beyond row 10 is not found", () => {
    const rows = [...Array.from({ length: 10 }, () => ["说明"]), ["医院名称", "床位数"], ["瑞金医院", 620]];
    const { issues } = detectTables([sheet("医院", rows), departmentsEn(), doctorsEn()], defaultSettings());
    expect(issues.map(brief)).toEqual(["医院!- |  |  | header-not-found"]);
  });

  test("a missing required column is an error naming the field", () => {
    const s = sheet("Doctors", [
      ["Hospital", "Volume", "Potential"],
      ["Ruijin", 1, 2],
    ]);
    const { tables, issues } = detectTables([hospitalsEn(), departmentsEn(), s], defaultSettings());
    expect(tables[2].detection.missing).toEqual(["doctor"]);
    expect(issues).toEqual([
      {
        code: "required-column-missing",
        severity: "error",
        sheet: "Doctors",
        row: 1,
        column: "",
        value: "",
        params: { role: "doctors", field: "doctor" },
      },
    ]);
  });

  test("no Hospitals or Doctors table at all is a table-not-found error; readInputs does not throw", () => {
    const parsed = readInputs([sheet("Notes", [["hello"]])], defaultSettings());
    expect(parsed.issues.map((i) => [i.code, i.severity, i.params?.role])).toEqual([
      ["table-not-found", "error", "hospitals"],
      ["table-not-found", "warning", "departments"],
      ["table-not-found", "error", "doctors"],
    ]);
    expect(readInputs([], defaultSettings()).hospitals).toEqual([]);
  });

  test("manual mapping: the user's sheet and column choices win", () => {
    const settings = defaultSettings();
    settings.mapping.hospitals = { sheet: "Master", columns: { beds: "Size", hospital: "Org" } };
    const master = sheet("Master", [
      ["Org", "Size", "Beds"],
      ["Ruijin", 620, 5],
    ]);
    const { tables, issues } = detectTables(
      [master, sheet("Hospitals", hospitalsEn().values), departmentsEn(), doctorsEn()],
      settings,
    );
    expect(tables[0].detection).toMatchObject({
      role: "hospitals",
      sheet: "Master",
      by: "manual",
      columns: { hospital: { header: "Org", col: 0, scale: 1 }, beds: { header: "Size", col: 1, scale: 1 } },
      unmapped: ["Beds"],
    });
    expect(issues.map((i) => i.code)).toEqual(["ambiguous-column"]);
  });

  test("a manual sheet that does not exist is reported and detection falls back to names", () => {
    const settings = defaultSettings();
    settings.mapping.hospitals = { sheet: "Gone" };
    const { tables, issues } = detectTables([hospitalsEn(), departmentsEn(), doctorsEn()], settings);
    expect(tables[0].detection).toMatchObject({ sheet: "Hospitals", by: "name" });
    expect(issues.map((i) => [i.code, i.column, i.value])).toEqual([
      ["setting-invalid", "mapping.hospitals.sheet", "Gone"],
    ]);
  });
});

describe("readInputs' row counts", () => {
  test("each table's data rows are counted as detectTables counts them: blank rows out, totals and bad rows in", () => {
    const sheets = [
      hospitalsEn(),
      sheet("Doctors", [
        ["Hospital", "Department", "Doctor", "Volume", "Potential"],
        ["Ruijin", "Cardiology", "Zhang", 10, 50],
        [],
        [null, "  ", null],
        ["Ruijin", "Cardiology", "Zhang", 12, 50],
        ["", "Cardiology", "Li", 3, 9],
        ["合计", null, null, 25, 109],
        ["Ruijin", "Cardiology", "Wang", 1, 2],
        [" "],
      ]),
    ];
    const detected = detectTables(sheets, defaultSettings()).tables.map((t) => [
      t.detection.role,
      t.detection.dataRows,
    ]);
    const read = readInputs(sheets, defaultSettings()).detections.map((d) => [d.role, d.dataRows]);
    expect(read).toEqual(detected);
    expect(read).toEqual([
      ["hospitals", 1],
      ["doctors", 5],
    ]);
  });
});
