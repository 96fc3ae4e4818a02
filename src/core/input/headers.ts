/**
 * Header matching (SPEC §1: "matching ignores case, spaces, brackets and
 * units"). Runs once per header cell, so clarity wins over speed here.
 */
import type { Field, Role } from "../fields";
import { ROLES } from "../fields";
import { halfWidthCode, isSpaceCode } from "./chars";
import { FIELD_SPECS } from "./fieldSpecs";

export { FIELD_SPECS, fieldLabel, fieldSpec } from "./fieldSpecs";

const OPENERS = "([{【〔《〈";
const CLOSERS = ")]}】〕》〉";
/** Decoration around header words: required-field stars, colons, dashes, middle dots. */
const DROPPED = new Set(["*", ":", "_", "-", ".", "·", "'", '"', "“", "”", "‘", "’"]);

/**
 * The comparison form of a header: full-width folded to half-width, lower
 * case, every space removed, bracketed text (units) removed with its brackets.
 * `月购金额(万元)`, `月购金额（万元）` and ` 月购 金额 ` all become `月购金额`.
 */
export function normalizeHeader(text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = String.fromCharCode(halfWidthCode(text.charCodeAt(i)));
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !isSpaceCode(ch.charCodeAt(0)) && !DROPPED.has(ch)) out += ch;
  }
  return out.toLowerCase();
}

/** Units written after the header words without brackets: `月购金额万元`, `用药比例%`. */
const TRAILING_UNITS = ["百万元", "万元", "亿元", "千元", "元", "万", "亿", "%", "人次", "rmb", "cny"];

function withoutTrailingUnit(normalized: string): string {
  for (const unit of TRAILING_UNITS) {
    if (normalized.length > unit.length && normalized.endsWith(unit))
      return normalized.slice(0, -unit.length);
  }
  return normalized;
}

/** The text inside brackets plus any trailing unit, folded, for unit detection. */
function unitText(text: string): string {
  let inside = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = String.fromCharCode(halfWidthCode(text.charCodeAt(i)));
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth > 0) inside += ch;
  }
  const outside = normalizeHeader(text);
  return (inside + " " + outside.slice(withoutTrailingUnit(outside).length)).toLowerCase();
}

export interface HeaderUnit {
  /** Multiplier the column's plain numbers carry: 万元 → 10000, 亿 → 1e8, else 1. */
  scale: number;
  /** The header names a rate or percent (%, 比例, 占比, rate, share). */
  rate: boolean;
}

/** Reads the unit a header declares: `月购金额(万元)` → ×10,000; `用药比例(%)` → rate. */
export function headerUnit(text: string): HeaderUnit {
  const unit = unitText(text);
  const folded = normalizeHeader(text) + unit;
  const rate = ["%", "比例", "占比", "rate", "share", "percent"].some((w) => folded.includes(w));
  return { scale: unitScale(unit), rate };
}

function unitScale(unit: string): number {
  if (unit.includes("亿") || unit.includes("100m")) return 1e8;
  if (unit.includes("百万") || unit.includes("million") || /\bmn\b/.test(unit)) return 1e6;
  if (unit.includes("万") || unit.includes("10k") || unit.includes("10,000")) return 1e4;
  if (unit.includes("千") || unit.includes("thousand") || /(^|[^a-z])k([^a-z]|$)/.test(unit)) return 1e3;
  return 1;
}

type HeaderIndex = ReadonlyMap<string, Field>;

const INDEX: Readonly<Record<Role, HeaderIndex>> = Object.fromEntries(
  ROLES.map((role) => {
    const map = new Map<string, Field>();
    for (const spec of FIELD_SPECS[role]) {
      for (const synonym of [...spec.zh, ...spec.en, spec.label.zh, spec.label.en]) {
        const key = normalizeHeader(synonym);
        if (!map.has(key)) map.set(key, spec.id);
      }
    }
    return [role, map];
  }),
) as unknown as Record<Role, HeaderIndex>;

/**
 * The field a header cell names for a role, if any. Bilingual headers such as
 * `医院名称/Hospital` or `床位数\nBeds` match on either part.
 */
export function matchHeader(role: Role, text: string): Field | undefined {
  const index = INDEX[role];
  const direct = lookup(index, text);
  if (direct) return direct;
  for (const part of text.split(/[/|\n\r]/)) {
    const found = lookup(index, part);
    if (found) return found;
  }
  return undefined;
}

function lookup(index: HeaderIndex, text: string): Field | undefined {
  const normalized = normalizeHeader(text);
  if (normalized === "") return undefined;
  return index.get(normalized) ?? index.get(withoutTrailingUnit(normalized));
}

/** True when two header texts are the same header after normalisation (for manual mappings). */
export function sameHeader(a: string, b: string): boolean {
  const na = normalizeHeader(a);
  return na !== "" && na === normalizeHeader(b);
}
