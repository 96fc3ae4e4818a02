/**
 * What Excel does to formulas when a sheet is renamed: every reference to the
 * old name (`'目标医生 (2)'!C2`, `目标医生!C2`, an endpoint of a 3-D reference
 * `Sheet1:目标医生!A1`) is rewritten to the new name, quoted when the new name
 * needs quotes (apostrophes doubled). Text in string literals ("…"), external
 * references (`[1]Sheet!A1`), structured references (`Table[Col]`) and error
 * literals (`#REF!`) are left alone, and a formula without such a reference
 * comes back as the same string. Works with or without the leading "=" (cells
 * as Excel shows them, or `<f>` text as the file stores it).
 */
import { NameSet } from "../write/names";

/** Old sheet name → new sheet name (compared as Excel compares names: case-insensitively). */
export type SheetRenames = ReadonlyMap<string, string>;

const lower = (s: string) => s.toLocaleLowerCase("en-US");

const NAME_RUN = /[\p{L}\p{N}_.\\]+/uy;
const ERROR_LITERAL = /#(?:N\/A|[A-Za-z0-9_/]+[!?]?)/y;
const PLAIN_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^(?:R\d*C?\d*|C\d*)$/i;
const BOOLEAN = /^(?:TRUE|FALSE)$/i;

/** Whether Excel writes this sheet name in quotes in a formula. */
export function sheetNameNeedsQuotes(name: string): boolean {
  return !PLAIN_NAME.test(name) || A1_LIKE.test(name) || R1C1_LIKE.test(name) || BOOLEAN.test(name);
}

/** A sheet reference prefix as Excel writes it ("目标医生!", "'Target List'!", "'Bob''s'!"). */
export function sheetRefPrefix(names: readonly string[]): string {
  const joined = names.join(":");
  return names.some(sheetNameNeedsQuotes) ? `'${joined.replace(/'/g, "''")}'!` : `${joined}!`;
}

/** End (exclusive) of the string literal starting at `at` ("" inside doubles a quote). */
function skipString(f: string, at: number): number {
  let i = at + 1;
  while (i < f.length) {
    if (f[i] === '"') {
      if (f[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return f.length;
}

/** End (exclusive) of the bracket group starting at `at`: nested, "'" escapes the next character. */
function skipBrackets(f: string, at: number): number {
  let depth = 0;
  for (let i = at; i < f.length; i++) {
    const c = f[i];
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  return f.length;
}

/** End (exclusive) of the quoted name starting at `at`, and the name with '' undoubled. */
function readQuoted(f: string, at: number): { end: number; text: string } {
  let i = at + 1;
  let text = "";
  while (i < f.length) {
    if (f[i] === "'") {
      if (f[i + 1] === "'") {
        text += "'";
        i += 2;
      } else return { end: i + 1, text };
    } else text += f[i++];
  }
  return { end: f.length, text };
}

function runAt(f: string, at: number): string | null {
  NAME_RUN.lastIndex = at;
  return NAME_RUN.exec(f)?.[0] ?? null;
}

/** Rewrites references to renamed sheets in one formula (the same string when none is referenced). */
export function renameSheetRefs(formula: string, renames: SheetRenames): string {
  if (renames.size === 0) return formula;
  const byLower = new Map<string, string>();
  for (const [from, to] of renames) byLower.set(lower(from), to);
  const renamed = (names: string[]): string[] | null => {
    const next = names.map((n) => byLower.get(lower(n)) ?? n);
    return next.some((n, i) => n !== names[i]) ? next : null;
  };
  let out = "";
  let copied = 0;
  /** Replaces f[start, end) (a sheet prefix without its "!") when it names a renamed sheet. */
  const replace = (start: number, end: number, names: string[]) => {
    const next = renamed(names);
    if (!next) return;
    out += formula.slice(copied, start) + sheetRefPrefix(next).slice(0, -1);
    copied = end;
  };
  const f = formula;
  let i = 0;
  /** Set right after an external workbook's [n]: the sheet name that follows is that workbook's. */
  let external = false;
  while (i < f.length) {
    const c = f[i];
    if (c === '"') {
      i = skipString(f, i);
      external = false;
    } else if (c === "[") {
      i = skipBrackets(f, i);
      external = true;
    } else if (c === "#") {
      ERROR_LITERAL.lastIndex = i;
      i += ERROR_LITERAL.exec(f)?.[0].length ?? 1;
      external = false;
    } else if (c === "'") {
      const q = readQuoted(f, i);
      // '[1]Sheet'!A1 (an external workbook's sheet) starts with a bracket.
      if (f[q.end] === "!" && !external && !q.text.startsWith("[")) replace(i, q.end, q.text.split(":"));
      i = q.end;
      external = false;
    } else {
      const run = runAt(f, i);
      if (!run) {
        i++;
        external = false;
        continue;
      }
      let end = i + run.length;
      if (f[end] === "!") {
        if (!external) replace(i, end, [run]);
      } else if (f[end] === ":" && !sheetNameNeedsQuotes(run)) {
        // Sheet1:Sheet3!A1, a 3-D reference (A1:B2 is a range: its first part looks like a cell).
        const second = runAt(f, end + 1);
        if (second && f[end + 1 + second.length] === "!") {
          if (!external) replace(i, end + 1 + second.length, [run, second]);
          end += 1 + second.length;
        }
      }
      i = end;
      external = false;
    }
  }
  return copied === 0 ? formula : out + f.slice(copied);
}

/** Renames as a map, from the pairs a write plan renames (old names compared as Excel does). */
export function sheetRenames(pairs: Iterable<readonly [string, string]>): SheetRenames {
  const seen = new NameSet();
  const out = new Map<string, string>();
  for (const [from, to] of pairs) {
    if (from === to || seen.has(from)) continue;
    seen.add(from);
    out.set(from, to);
  }
  return out;
}
