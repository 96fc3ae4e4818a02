/**
 * The one naming policy for what MicroSeg writes: a sheet keeps its wanted
 * name unless a sheet that is not the one being rewritten already has it
 * (Excel compares names case-insensitively), then "name (2)", "name (3)"…
 * within Excel's 31 characters; a table name clashing with any other table in
 * the workbook gets "_2", "_3"… (table names cannot hold spaces or brackets).
 */

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in a sheet name. */
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Excel's limit on a table name's length. */
export const TABLE_NAME_MAX = 255;

const lower = (s: string) => s.toLocaleLowerCase("en-US");

/** Why Excel would refuse a sheet name, or null when it is acceptable. */
export function sheetNameProblem(
  name: string,
): "empty" | "too-long" | "forbidden-character" | "apostrophe" | null {
  if (name.trim() === "") return "empty";
  if (name.length > SHEET_NAME_MAX) return "too-long";
  if (SHEET_NAME_FORBIDDEN.test(name)) return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  return null;
}

/** A set of names compared as Excel compares them. */
export class NameSet {
  private readonly names = new Set<string>();
  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }
  has(name: string): boolean {
    return this.names.has(lower(name));
  }
  add(name: string): void {
    this.names.add(lower(name));
  }
}

/** The wanted sheet name, or the first free "wanted (n)". */
export function freeSheetName(wanted: string, taken: NameSet): string {
  const base = wanted.slice(0, SHEET_NAME_MAX);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

/** Letters, digits, "_", "." and "\" only, not starting with a digit or ".". */
export function safeTableName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.\\]/g, "_");
  return /^[A-Za-z_\\]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** The wanted table name (made safe), or the first free "wanted_n". */
export function freeTableName(wanted: string, taken: NameSet): string {
  const base = safeTableName(wanted).slice(0, TABLE_NAME_MAX);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const name = base.slice(0, TABLE_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

/**
 * Excel repairs (and empties) a table whose header cells are blank or repeat
 * one another, so such headers get a number, as Excel itself would name them.
 */
export function tableHeaders(headers: readonly string[]): string[] {
  const seen = new NameSet();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Column${i + 1}` : h;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}${n}`;
    seen.add(name);
    return name;
  });
}
