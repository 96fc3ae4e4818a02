/**
 * Literal output tables in the shape of the layout contract (src/core/output.ts),
 * so the Excel host is tested without the engine.
 */
import type { OutputTable, OutputValue } from "../../src/core/output";
import type { Quadrant } from "../../src/core/settings";

/** Names a user might have typed that Excel would otherwise turn into formulas. */
export const INJECTION_NAMES = [
  '=HYPERLINK("http://evil.example","click")',
  "+86 138 0000 0000",
  "-x",
  "@SUM(A1:A2)",
];

const QUADRANT_CYCLE: Quadrant[] = ["HH", "LH", "HL", "LL"];

function doctorRows(n: number): OutputValue[][] {
  const rows: OutputValue[][] = [];
  for (let i = 0; i < n; i++) {
    const name = i < INJECTION_NAMES.length ? INJECTION_NAMES[i] : `Doctor ${i + 1}`;
    rows.push([name, `Hospital ${(i % 7) + 1}`, (i * 7) % 50, (i * 13) % 90, QUADRANT_CYCLE[i % 4]]);
  }
  return rows;
}

export function segmentationTable(n: number): OutputTable {
  return {
    id: "segmentation",
    lang: "en",
    sheetName: "Segmentation",
    tableName: "MicroSeg_Segmentation",
    columns: [
      { key: "doctor", header: "Doctor", format: "text" },
      { key: "hospital", header: "Hospital", format: "text" },
      { key: "volume", header: "Volume (Rx/month)", format: "rx" },
      { key: "potential", header: "Potential (Rx/month)", format: "rx" },
      { key: "quadrant", header: "Quadrant", format: "text", highlight: "quadrant" },
    ],
    rows: doctorRows(n),
    side: [
      {
        key: "cutoffs",
        col: 6,
        row: 1,
        title: "Cut-offs",
        rows: [
          { key: "cutoffMethod", label: "Method", value: "Median" },
          { key: "volumeCutoff", label: "Volume cut-off", value: 24, format: "rx" },
          { key: "potentialCutoff", label: "Potential cut-off", value: 45, format: "rx" },
        ],
      },
    ],
  };
}

export function sampleOutputs(doctors = 12): OutputTable[] {
  return [
    {
      id: "hospitalTiers",
      lang: "en",
      sheetName: "Hospital Tiers",
      tableName: "MicroSeg_HospitalTiers",
      columns: [
        { key: "hospital", header: "Hospital", format: "text" },
        { key: "beds", header: "Beds", format: "integer" },
        { key: "monthlyPurchase", header: "Monthly purchase (CNY)", format: "money" },
        { key: "classShare", header: "Class share", format: "percent" },
        {
          key: "classMarketValue",
          header: "Class market value (CNY)",
          format: "money",
          formula: "=C{r}*D{r}",
        },
        { key: "tier", header: "Tier", format: "text" },
      ],
      rows: [
        ["+86 Hospital", 620, 3_000_000, 0.25, 750_000, "B"],
        ["City Hospital", 800, 900_000, 0.1, 90_000, "A"],
      ],
    },
    {
      id: "departmentPotential",
      lang: "en",
      sheetName: "Department Potential",
      tableName: "MicroSeg_DepartmentPotential",
      columns: [
        { key: "hospital", header: "Hospital", format: "text" },
        { key: "department", header: "Department", format: "text" },
        { key: "dailyPatients", header: "Daily patients", format: "integer" },
        { key: "classUsageRate", header: "Class usage rate", format: "percent" },
        { key: "rxPerPatient", header: "Rx per patient", format: "rx" },
        { key: "workingDays", header: "Working days", format: "integer" },
        { key: "ourDailyPatients", header: "Our daily patients", format: "integer" },
        {
          key: "deptTotalRx",
          header: "Dept total Rx (month)",
          format: "rx",
          formula: "=C{r}*D{r}*E{r}*F{r}",
        },
        { key: "ourRx", header: "Our Rx (month)", format: "rx", formula: "=G{r}*E{r}*F{r}" },
        {
          key: "share",
          header: "Share",
          format: "percent",
          formula: '=IF(H{r}=0,"",I{r}/H{r})',
          highlight: "databar",
        },
        { key: "headroom", header: "Headroom", format: "rx", formula: "=H{r}-I{r}", highlight: "databar" },
      ],
      rows: [
        ["City Hospital", "Cardiology", 80, 0.4, 2, 22, 12, 1408, 528, 0.375, 880],
        ["City Hospital", "-x", 50, 0.5, 1, 22, 5, 550, 110, 0.2, 440],
      ],
    },
    segmentationTable(doctors),
    {
      id: "targetList",
      lang: "en",
      sheetName: "Target List",
      tableName: "MicroSeg_TargetList",
      columns: [
        { key: "priority", header: "Priority", format: "integer" },
        { key: "doctor", header: "Doctor", format: "text" },
        { key: "quadrant", header: "Quadrant", format: "text", highlight: "quadrant" },
        { key: "headroom", header: "Headroom", format: "rx", highlight: "databar" },
        { key: "callsPerMonth", header: "Calls per month", format: "integer" },
        { key: "due", header: "Due", format: "date" },
        // A text result computed by a live formula (like the SMART check).
        { key: "check", header: "Check", format: "text", formula: '=IF(D{r}>10,"","R")' },
      ],
      rows: [
        [1, INJECTION_NAMES[0], "LH", 40, 4, "2026-12-31", ""],
        [2, "@SUM(A1:A2)", "HH", 30, 4, "2026-12-31", ""],
        [3, "Dr Wang", "HL", 5, 2, "2026-12-31", "R"],
      ],
    },
    {
      id: "callPlan",
      lang: "en",
      sheetName: "Call Plan",
      tableName: "MicroSeg_CallPlan",
      columns: [
        { key: "date", header: "Date", format: "date" },
        { key: "doctor", header: "Doctor", format: "text" },
        { key: "hospital", header: "Hospital", format: "text" },
      ],
      rows: [["2026-12-01", "Dr Wang", "City Hospital"]],
    },
    {
      id: "issues",
      lang: "en",
      sheetName: "Issues",
      tableName: "MicroSeg_Issues",
      columns: [
        { key: "sheet", header: "Sheet", format: "text" },
        { key: "row", header: "Row", format: "integer" },
        { key: "column", header: "Column", format: "text" },
        { key: "value", header: "Value", format: "text" },
        { key: "message", header: "Message", format: "text" },
      ],
      rows: [["Doctors", 7, "Volume", "#N/A", "Excel error value: treated as missing"]],
    },
  ];
}
