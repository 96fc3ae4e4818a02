import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OutputTable } from "../../src/core/output";

/** A fresh temp folder per test file, removed afterwards. */
export function tempDir(prefix: string): { dir: string; path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `microseg-${prefix}-`));
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Names an attacker (or an unlucky export) could put in a name cell. */
export const INJECTION_NAMES = ['=HYPERLINK("x")', "+86 138 0000 0000", "-x", "@SUM(A1)", "=1+1", "'quoted"];

/** A small output table that uses every feature the writer supports. */
export function fixtureTable(overrides: Partial<OutputTable> = {}): OutputTable {
  return {
    id: "targetList",
    lang: "en",
    sheetName: "Target List",
    tableName: "MicroSeg_TargetList",
    columns: [
      { key: "doctor", header: "Doctor", format: "text", width: 18 },
      { key: "volume", header: "Volume", format: "integer" },
      { key: "potential", header: "Potential", format: "rx" },
      { key: "headroom", header: "Headroom", format: "rx", formula: "=C{r}-B{r}", highlight: "databar" },
      { key: "share", header: "Share", format: "percent", formula: '=IF(C{r}=0,"",B{r}/C{r})' },
      { key: "quadrant", header: "Quadrant", format: "text", highlight: "quadrant" },
      { key: "due", header: "Due", format: "date" },
      { key: "budget", header: "Budget", format: "money" },
      { key: "target", header: "Target", format: "text" },
    ],
    rows: INJECTION_NAMES.map((name, i) => [
      name,
      i * 10,
      i === 0 ? 0 : 100 + i,
      (i === 0 ? 0 : 100 + i) - i * 10,
      i === 0 ? null : (i * 10) / (100 + i),
      ["HH", "LH", "HL", "LL", "HH", "LH"][i],
      "2026-12-31",
      1_500_000 + i,
      i % 2 === 0,
    ]),
    side: [
      {
        key: "cutoffs",
        col: 11,
        row: 1,
        title: "Cut-offs",
        rows: [
          {
            key: "volumeCutoff",
            label: "Volume cut-off",
            value: "=MEDIAN(B2:B7)",
            cached: 104,
            format: "integer",
          },
          { key: "cutoffMethod", label: "Method", value: "Median" },
          { key: "potentialCutoff", label: "Potential cut-off", value: 103.5, format: "rx" },
        ],
      },
    ],
    ...overrides,
  };
}
