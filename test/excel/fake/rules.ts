/**
 * What real Excel does on its own, in one place: which sheet names it
 * refuses, and how text written into a cell that is not text-formatted is
 * converted on entry (the cases below are the ones Excel's parser applies to
 * a typed or API-written string; a "@" cell keeps every one of them as text).
 */
import { EXCEL_ERROR_CODES, type ExcelErrorCode } from "../../../src/core/cells";

/** Why Excel refuses a sheet name (InvalidArgument), or null. */
export function sheetNameRefusal(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "contains one of []:*?/\\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  return null;
}

export type Entered =
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: ExcelErrorCode }
  | { kind: "text"; value: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The fake's "this year" for dates typed without one. */
export const ENTRY_YEAR = 2026;

function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function plainNumber(s: string): number | null {
  const t = s.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : null;
}

/** One row per rule Excel applies, in order; the first that matches decides. */
export const ENTRY_CASES: readonly {
  example: string;
  becomes: string;
  convert: (s: string) => Entered | null;
}[] = [
  {
    example: "=A1+1",
    becomes: "formula",
    convert: (s) =>
      /^[=+\-@]/.test(s) && s.length > 1 && plainNumber(s) === null
        ? { kind: "formula", formula: s.startsWith("=") ? s : `=${s}` }
        : null,
  },
  {
    example: "TRUE",
    becomes: "boolean",
    convert: (s) =>
      /^(true|false)$/i.test(s.trim()) ? { kind: "boolean", value: s.trim().toLowerCase() === "true" } : null,
  },
  {
    example: "#N/A",
    becomes: "error",
    convert: (s) => {
      const code = EXCEL_ERROR_CODES.find((c) => c.toLowerCase() === s.trim().toLowerCase());
      return code ? { kind: "error", code } : null;
    },
  },
  {
    example: "(100)",
    becomes: "number -100",
    convert: (s) => {
      const m = /^\s*\(\s*([\d.,]+)\s*\)\s*$/.exec(s);
      const n = m ? plainNumber(m[1]) : null;
      return n === null ? null : { kind: "number", value: -n };
    },
  },
  {
    example: "$5",
    becomes: "number 5",
    convert: (s) => {
      const m = /^\s*([+-]?)[$¥€£]\s*([\d.,]+)\s*$/.exec(s);
      const n = m ? plainNumber(m[2]) : null;
      return n === null ? null : { kind: "number", value: m?.[1] === "-" ? -n : n };
    },
  },
  {
    example: "50%",
    becomes: "number 0.5",
    convert: (s) => {
      const m = /^\s*([+-]?[\d.,]+)\s*%\s*$/.exec(s);
      const n = m ? plainNumber(m[1]) : null;
      return n === null ? null : { kind: "number", value: n / 100 };
    },
  },
  {
    example: "Mar 5",
    becomes: "date",
    convert: (s) => {
      const m = /^\s*([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})\s*$/.exec(s);
      const month = m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
      return m && month > 0 ? { kind: "number", value: serial(ENTRY_YEAR, month, Number(m[2])) } : null;
    },
  },
  {
    example: "1-2",
    becomes: "date",
    convert: (s) => {
      const m = /^\s*(\d{1,2})[-/](\d{1,2})\s*$/.exec(s);
      if (!m) return null;
      const [month, day] = [Number(m[1]), Number(m[2])];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31
        ? { kind: "number", value: serial(ENTRY_YEAR, month, day) }
        : null;
    },
  },
  {
    example: "2026-12-01",
    becomes: "date",
    convert: (s) => {
      const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(s);
      return m ? { kind: "number", value: serial(Number(m[1]), Number(m[2]), Number(m[3])) } : null;
    },
  },
  {
    example: " 1,234 ",
    becomes: "number 1234",
    convert: (s) => {
      const n = plainNumber(s.trim());
      return n === null ? null : { kind: "number", value: n };
    },
  },
];

/** What Excel stores for a string written into a cell with this number format. */
export function enterText(s: string, numberFormat: string | undefined): Entered {
  if (numberFormat === "@" || s === "") return { kind: "text", value: s };
  for (const c of ENTRY_CASES) {
    const e = c.convert(s);
    if (e) return e;
  }
  return { kind: "text", value: s };
}
