/**
 * A set of composite name keys (hospital; hospital + department; hospital +
 * department + doctor) remembering the Excel row that had each key first.
 *
 * Why not a Map of joined strings: a million doctor rows would build a
 * million key strings, hash each, and fill a million-entry Map (most of this
 * stage's time and garbage). Here the key's parts are hashed in place, char by
 * char, into an open-addressing table of int slots; parts are stored by
 * reference and compared only when hashes meet.
 *
 * Comparison folds the way SPEC §1 asks for names: full-width forms fold to
 * half-width and Latin letters ignore case. Callers pass trimmed names.
 */
import { halfWidthCode } from "./chars";

const EMPTY = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashed between parts so ("ab", "c") and ("a", "bc") differ. */
const PART_SEPARATOR = 0x1f;

/** The char code names are compared by: half-width, lower-case Latin. */
function foldCode(c: number): number {
  const h = halfWidthCode(c);
  return h >= 0x41 && h <= 0x5a ? h + 0x20 : h;
}

function hashPart(hash: number, part: string): number {
  let h = hash;
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ foldCode(part.charCodeAt(i)), FNV_PRIME);
  return Math.imul(h ^ PART_SEPARATOR, FNV_PRIME);
}

function samePart(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++)
    if (foldCode(x.charCodeAt(i)) !== foldCode(y.charCodeAt(i))) return false;
  return true;
}

export class KeyTable {
  /**
   * Two ints per slot: entry number + 1 (EMPTY when free), then the key's
   * hash, side by side so a probe touches one cache line until hashes match.
   */
  private slots: Int32Array;
  private mask: number;
  /**
   * The entries, made at the expected size: a million pushes into five
   * growing arrays cost more than the hashing.
   */
  private hashes: Int32Array;
  private first: string[];
  private second: string[];
  private third: string[];
  private rows: Float64Array;
  private count = 0;
  private lastA = "";
  private lastB = "";
  private hashA = 0;
  private hashB = 0;
  private knownA = false;
  private knownB = false;

  constructor(expected = 1024) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    const room = Math.max(16, expected);
    this.hashes = new Int32Array(room);
    this.first = new Array<string>(room);
    this.second = new Array<string>(room);
    this.third = new Array<string>(room);
    this.rows = new Float64Array(room);
  }

  get size(): number {
    return this.count;
  }

  /** The row that has the key; 0 when none has. */
  find(a: string, b = "", c = ""): number {
    const hash = this.hashOf(a, b, c);
    const entry = this.lookup(hash, a, b, c);
    return entry < 0 ? 0 : this.rows[entry];
  }

  /** Registers the key at `row` and returns 0; when the key is already there, returns its row instead. */
  claim(row: number, a: string, b = "", c = ""): number {
    const hash = this.hashOf(a, b, c);
    const entry = this.lookup(hash, a, b, c);
    if (entry >= 0) return this.rows[entry];
    const e = this.count;
    if ((e + 1) * 2 > this.mask + 1) this.grow();
    if (e === this.rows.length) this.makeRoom();
    this.place(hash, e);
    this.hashes[e] = hash;
    this.first[e] = a;
    this.second[e] = b;
    this.third[e] = c;
    this.rows[e] = row;
    this.count = e + 1;
    return 0;
  }

  /**
   * The key's hash, reusing the last key's first parts: rows come hospital by
   * hospital and department by department, so most keys repeat them.
   */
  private hashOf(a: string, b: string, c: string): number {
    if (a !== this.lastA || !this.knownA) {
      this.lastA = a;
      this.hashA = hashPart(FNV_OFFSET, a);
      this.knownA = true;
      this.knownB = false;
    }
    if (b !== this.lastB || !this.knownB) {
      this.lastB = b;
      this.hashB = hashPart(this.hashA, b);
      this.knownB = true;
    }
    return hashPart(this.hashB, c);
  }

  private lookup(hash: number, a: string, b: string, c: string): number {
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = slots[slot * 2];
      if (stored === EMPTY) return -1;
      const e = stored - 1;
      if (
        slots[slot * 2 + 1] === hash &&
        samePart(this.first[e], a) &&
        samePart(this.second[e], b) &&
        samePart(this.third[e], c)
      ) {
        return e;
      }
    }
  }

  private place(hash: number, entry: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot * 2] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = entry + 1;
    this.slots[slot * 2 + 1] = hash;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let e = 0; e < this.count; e++) this.place(this.hashes[e], e);
  }

  /** More entries than expected: twice the room. */
  private makeRoom(): void {
    const room = this.rows.length * 2;
    const hashes = new Int32Array(room);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const rows = new Float64Array(room);
    rows.set(this.rows);
    this.rows = rows;
    this.first.length = room;
    this.second.length = room;
    this.third.length = room;
  }
}
