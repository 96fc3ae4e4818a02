/**
 * Character-level helpers shared by number, header and key reading. They work
 * on char codes without regexes so a million-row sheet costs one loop per cell.
 */

/** Full-width ASCII block (！ … ～) is U+FF01–U+FF5E; half-width is that minus 0xFEE0. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Ideographic (full-width) space. */
export const IDEOGRAPHIC_SPACE = 0x3000;

/** Maps a full-width ASCII char code to its half-width code; other codes unchanged. */
export function halfWidthCode(c: number): number {
  if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) return c - FULL_WIDTH_OFFSET;
  if (c === IDEOGRAPHIC_SPACE) return 0x20;
  return c;
}

/** Spaces, tabs, line breaks, no-break and full-width spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 ||
    c === IDEOGRAPHIC_SPACE ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/** True when a string is empty or only spaces (of any width). */
export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The comparison form of a name: trimmed, full-width folded to half-width and
 * lower-cased. Returns the input itself when nothing changes, which is the
 * common case, so keys of clean data cost no allocation.
 */
export function foldKey(s: string): string {
  const t = s.trim();
  for (let i = 0; i < t.length; i++) {
    if (mayFold(t.charCodeAt(i))) return rebuildKey(t);
  }
  return t;
}

/** Upper-case ASCII, full-width forms, or letters below the CJK blocks (which may have case). */
function mayFold(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x80 && c < 0x2e80) ||
    c === IDEOGRAPHIC_SPACE ||
    (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST)
  );
}

function rebuildKey(t: string): string {
  let out = "";
  for (let i = 0; i < t.length; i++) out += String.fromCharCode(halfWidthCode(t.charCodeAt(i)));
  return out.toLowerCase();
}
