/**
 * Reads a number written as text the way a manager types it (SPEC §1):
 * `1,500`, `１５００`, ` 1500 `, `35%`, `500万`, `1.2亿`, `¥3,000`, `22天`.
 * A hand-written scanner rather than a regex: it runs once per text cell of a
 * million-row sheet and allocates nothing unless the text carries a suffix.
 */
import { foldKey, halfWidthCode, isSpaceCode } from "./chars";

/** What a text number said besides its value. */
export interface NumberTextRead {
  /** NaN when the text is not a number; null when it is blank. */
  value: number | null;
  /** Written with `%`: value is already the fraction (35% → 0.35). */
  percent: boolean;
  /** Written with its own magnitude (`万`, `亿` …): a header unit must not scale it again. */
  ownUnit: boolean;
}

interface Suffix {
  /** Power of ten the number is multiplied by (万 = 4, % = −2). */
  exp10: number;
  percent: boolean;
  ownUnit: boolean;
}

const plain: Suffix = { exp10: 0, percent: false, ownUnit: false };
const magnitude = (exp10: number): Suffix => ({ exp10, percent: false, ownUnit: true });

/**
 * Suffixes accepted after a number, in folded form. Counting words (人次, 张,
 * 天 …) are what people append in Chinese sheets and change nothing.
 */
const SUFFIXES: ReadonlyMap<string, Suffix> = new Map<string, Suffix>([
  ["%", { exp10: -2, percent: true, ownUnit: false }],
  ["千", magnitude(3)],
  ["千元", magnitude(3)],
  ["万", magnitude(4)],
  ["万元", magnitude(4)],
  ["百万", magnitude(6)],
  ["百万元", magnitude(6)],
  ["亿", magnitude(8)],
  ["亿元", magnitude(8)],
  ...["元", "人", "人次", "张", "床", "次", "天", "日", "个", "盒", "支", "例", "名", "位", "家", "处方"].map(
    (w): [string, Suffix] => [w, plain],
  ),
]);

const BLANK: NumberTextRead = Object.freeze({ value: null, percent: false, ownUnit: false });
const NOT_A_NUMBER: NumberTextRead = Object.freeze({ value: NaN, percent: false, ownUnit: false });
const PLAIN_READS = new Map<number, NumberTextRead>();

const CH_PLUS = 0x2b;
const CH_COMMA = 0x2c;
const CH_MINUS = 0x2d;
const CH_DOT = 0x2e;
const CH_0 = 0x30;
const CH_9 = 0x39;
const CH_E_UPPER = 0x45;
const CH_E_LOWER = 0x65;
const CH_YEN = 0xa5;
const CH_YEN_FULL = 0xffe5;
const CH_MINUS_SIGN = 0x2212;
/** Ideographic comma 、 is sometimes typed as a thousands separator in Chinese IMEs. */
const CH_IDEOGRAPHIC_COMMA = 0x3001;

/**
 * Scans text into a value. Thousands separators must sit between groups of
 * three digits, so `1,5` (a European decimal) is rejected rather than misread
 * as 15.
 */
export function scanNumberText(text: string): NumberTextRead {
  const read: NumberTextRead = { value: null, percent: false, ownUnit: false };
  scanNumberTextInto(text, read);
  if (read.value === null) return BLANK;
  if (Number.isNaN(read.value)) return NOT_A_NUMBER;
  if (!read.percent && !read.ownUnit) return plainRead(read.value);
  return read;
}

function into(out: NumberTextRead, value: number | null, percent: boolean, ownUnit: boolean): void {
  out.value = value;
  out.percent = percent;
  out.ownUnit = ownUnit;
}

/**
 * scanNumberText writing into `out`, for the reader of a million cells that
 * keeps one object for all of them rather than one per cell.
 */
export function scanNumberTextInto(text: string, out: NumberTextRead): void {
  const n = text.length;
  let i = 0;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (i === end) return into(out, null, false, false);

  let c = halfWidthCode(text.charCodeAt(i));
  if (c === CH_YEN || c === CH_YEN_FULL) c = halfWidthCode(text.charCodeAt(++i));
  let negative = false;
  if (c === CH_MINUS || c === CH_MINUS_SIGN || c === CH_PLUS) {
    negative = c !== CH_PLUS;
    i++;
  }

  let mantissa = 0;
  let digits = 0;
  let groupDigits = 0;
  let sawSeparator = false;
  for (; i < end; i++) {
    c = halfWidthCode(text.charCodeAt(i));
    if (c >= CH_0 && c <= CH_9) {
      mantissa = mantissa * 10 + (c - CH_0);
      digits++;
      groupDigits++;
    } else if (c === CH_COMMA || c === CH_IDEOGRAPHIC_COMMA) {
      if (groupDigits === 0 || groupDigits > 3 || (sawSeparator && groupDigits !== 3))
        return into(out, NaN, false, false);
      sawSeparator = true;
      groupDigits = 0;
    } else break;
  }
  if (sawSeparator && groupDigits !== 3) return into(out, NaN, false, false);

  let fractionDigits = 0;
  if (i < end && halfWidthCode(text.charCodeAt(i)) === CH_DOT) {
    for (i++; i < end; i++) {
      c = halfWidthCode(text.charCodeAt(i));
      if (c < CH_0 || c > CH_9) break;
      mantissa = mantissa * 10 + (c - CH_0);
      fractionDigits++;
    }
  }
  if (digits + fractionDigits === 0) return into(out, NaN, false, false);

  let exp10 = -fractionDigits;
  if (i < end) {
    c = halfWidthCode(text.charCodeAt(i));
    if (c === CH_E_UPPER || c === CH_E_LOWER) {
      const exponent = scanExponent(text, i + 1, end);
      if (exponent === null) return into(out, NaN, false, false);
      exp10 += exponent.value;
      i = exponent.next;
    }
  }
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;

  let suffix = plain;
  if (i < end) {
    const found = SUFFIXES.get(foldKey(text.slice(i, end)));
    if (!found) return into(out, NaN, false, false);
    suffix = found;
  }
  const value = scaleByPowerOfTen(negative ? -mantissa : mantissa, exp10 + suffix.exp10);
  into(out, value, suffix.percent, suffix.ownUnit);
}

function scanExponent(text: string, start: number, end: number): { value: number; next: number } | null {
  let i = start;
  let sign = 1;
  const c = halfWidthCode(text.charCodeAt(i));
  if (c === CH_MINUS || c === CH_PLUS) {
    sign = c === CH_MINUS ? -1 : 1;
    i++;
  }
  let value = 0;
  const first = i;
  for (; i < end; i++) {
    const d = halfWidthCode(text.charCodeAt(i));
    if (d < CH_0 || d > CH_9) break;
    value = value * 10 + (d - CH_0);
  }
  return i === first ? null : { value: sign * value, next: i };
}

/**
 * mantissa × 10^exp10 computed as one multiply or one divide by an exact power
 * of ten, so `1.2亿` is exactly 120000000 and `35%` exactly 0.35.
 */
export function scaleByPowerOfTen(mantissa: number, exp10: number): number {
  if (exp10 === 0) return mantissa;
  return exp10 > 0 ? mantissa * 10 ** exp10 : mantissa / 10 ** -exp10;
}

/** Small integers are the bulk of text numbers; share their read objects. */
function plainRead(value: number): NumberTextRead {
  if (!Number.isInteger(value) || value < 0 || value > 1000) {
    return { value, percent: false, ownUnit: false };
  }
  let read = PLAIN_READS.get(value);
  if (!read) {
    read = Object.freeze({ value, percent: false, ownUnit: false });
    PLAIN_READS.set(value, read);
  }
  return read;
}

/**
 * The engine's reading of a text number, as MICROSEG.NUMBER shows it:
 * `1,500` → 1500, `500万` → 5000000, `35%` → 0.35, `１５００` → 1500.
 * Returns null for blank text or text that is not a number.
 */
export function readNumberText(text: string): number | null {
  const read = scanNumberText(text);
  return read.value === null || Number.isNaN(read.value) ? null : read.value;
}
