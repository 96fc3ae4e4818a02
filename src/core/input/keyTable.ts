/**
 * A set of composite name keys (hospital; hospital + department; hospital +
 * department + doctor) remembering the Excel row that had each key first.
 *
 * Why not a Map of joined strings: a million doctor rows would build a
 * million key strings, hash each, and fill a million-entry Map (most of this
 * stage's time and garbage). Here the key's parts are hashed in place, char by
 * char, into open-addressing tables of int slots; parts are stored by
 * reference and compared only when hashes meet.
 *
 * Two levels: a key's first two parts name its group (a hospital, or a
 * hospital's department), and a group lists its few keys in a chain. Rows
 * come hospital by hospital and department by department, so the group is
 * looked up once per run of rows, and a doctor's key is checked against the
 * handful of keys its department has so far, which were just written and are
 * still in the cache. One table slot per doctor, probed at random over 16 MB,
 * cost a cache miss per row and most of this class's time. A group that grows
 * past a few keys (say a sheet without a department column) moves them to one
 * wide table, so a long chain is never walked.
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
/** Keys a group chains before they move to the wide table. */
const CHAIN_LIMIT = 16;
/** The chain's end, and a group's "not found". */
const NONE = -1;

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

/** Power-of-two slot count for `count` keys at most half full. */
function slotCount(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

export class KeyTable {
  /**
   * Groups by their first two parts. Two ints per slot: group number + 1
   * (EMPTY when free), then the group's hash, side by side so a probe
   * touches one cache line until hashes match.
   */
  private groupSlots: Int32Array;
  private groupMask: number;
  private groupHashes: Int32Array;
  private groupFirst: string[];
  private groupSecond: string[];
  /** The group's latest key (its chain runs back from there), NONE when it has none. */
  private groupLast: Int32Array;
  /** Keys in the group; above CHAIN_LIMIT they are in the wide table. */
  private groupSize: Int32Array;
  private groupCount = 0;

  /**
   * The keys, made at the expected size: a million pushes into growing
   * arrays cost more than the hashing. `hashes` is the whole key's hash.
   */
  private hashes: Int32Array;
  private third: string[];
  private groups: Int32Array;
  /** The group's key before this one, NONE at the chain's end. */
  private previous: Int32Array;
  private rows: Float64Array;
  private count = 0;

  /** Keys of groups past CHAIN_LIMIT, slots as groupSlots; made when first needed. */
  private wideSlots: Int32Array | null = null;
  private wideMask = 0;
  private wideCount = 0;

  /** The last group asked for, remembered for the run of rows that repeat it. */
  private lastA = "";
  private lastB = "";
  private hashA = 0;
  private hashB = 0;
  private lastGroup = NONE;
  private knownA = false;
  private knownB = false;

  constructor(expected = 1024) {
    const room = Math.max(16, expected);
    // Groups are fewer than keys when a table has three parts (ten doctors a department), and a
    // group table sized for fewer stays small enough to be probed from the cache; it grows as needed.
    const groupRoom = Math.max(16, expected >> 3);
    this.groupSlots = new Int32Array(slotCount(groupRoom) * 2);
    this.groupMask = this.groupSlots.length / 2 - 1;
    this.groupHashes = new Int32Array(groupRoom);
    this.groupFirst = new Array<string>(groupRoom);
    this.groupSecond = new Array<string>(groupRoom);
    this.groupLast = new Int32Array(groupRoom);
    this.groupSize = new Int32Array(groupRoom);
    this.hashes = new Int32Array(room);
    this.third = new Array<string>(room);
    this.groups = new Int32Array(room);
    this.previous = new Int32Array(room);
    this.rows = new Float64Array(room);
  }

  get size(): number {
    return this.count;
  }

  /** The row that has the key; 0 when none has. */
  find(a: string, b = "", c = ""): number {
    const group = this.groupOf(a, b);
    if (group === NONE) return 0;
    const entry = this.lookup(group, hashPart(this.hashB, c), c);
    return entry === NONE ? 0 : this.rows[entry];
  }

  /** Registers the key at `row` and returns 0; when the key is already there, returns its row instead. */
  claim(row: number, a: string, b = "", c = ""): number {
    let group = this.groupOf(a, b);
    if (group === NONE) group = this.addGroup(a, b);
    const hash = hashPart(this.hashB, c);
    const found = this.lookup(group, hash, c);
    if (found !== NONE) return this.rows[found];
    const e = this.count;
    if (e === this.rows.length) this.makeRoom();
    this.hashes[e] = hash;
    this.third[e] = c;
    this.groups[e] = group;
    this.rows[e] = row;
    this.count = e + 1;
    const size = this.groupSize[group] + 1;
    this.groupSize[group] = size;
    if (size <= CHAIN_LIMIT) {
      this.previous[e] = this.groupLast[group];
      this.groupLast[group] = e;
    } else {
      if (size === CHAIN_LIMIT + 1) this.widen(group);
      this.placeWide(e);
    }
    return 0;
  }

  /**
   * The group of the key's first two parts (NONE when not there yet),
   * leaving its hash in hashB. Rows repeat the last one's hospital and
   * department, so that answer and the hospital's hash are reused.
   */
  private groupOf(a: string, b: string): number {
    if (a === this.lastA && b === this.lastB && this.knownB) return this.lastGroup;
    if (a !== this.lastA || !this.knownA) {
      this.lastA = a;
      this.hashA = hashPart(FNV_OFFSET, a);
      this.knownA = true;
    }
    this.lastB = b;
    this.hashB = hashPart(this.hashA, b);
    this.knownB = true;
    const hash = this.hashB;
    // A child table's rows usually come in the parent table's order (the Doctors sheet's
    // departments as the Departments sheet lists them): try the group after the last one
    // before a probe into the table, which is a cache miss.
    const next = this.lastGroup + 1;
    if (
      next > 0 &&
      next < this.groupCount &&
      this.groupHashes[next] === hash &&
      samePart(this.groupFirst[next], a) &&
      samePart(this.groupSecond[next], b)
    )
      return (this.lastGroup = next);
    const slots = this.groupSlots;
    for (let slot = hash & this.groupMask; ; slot = (slot + 1) & this.groupMask) {
      const stored = slots[slot * 2];
      if (stored === EMPTY) return (this.lastGroup = NONE);
      const g = stored - 1;
      if (slots[slot * 2 + 1] === hash && samePart(this.groupFirst[g], a) && samePart(this.groupSecond[g], b))
        return (this.lastGroup = g);
    }
  }

  /** A new group for the parts groupOf was just asked about (its hash is in hashB). */
  private addGroup(a: string, b: string): number {
    const g = this.groupCount;
    if (g === this.groupHashes.length) this.makeGroupRoom();
    if ((g + 1) * 2 > this.groupMask + 1) this.growGroups();
    this.groupHashes[g] = this.hashB;
    this.groupFirst[g] = a;
    this.groupSecond[g] = b;
    this.groupLast[g] = NONE;
    this.groupSize[g] = 0;
    this.groupCount = g + 1;
    this.placeGroup(g);
    this.lastGroup = g;
    return g;
  }

  private lookup(group: number, hash: number, c: string): number {
    if (this.groupSize[group] <= CHAIN_LIMIT) {
      for (let e = this.groupLast[group]; e !== NONE; e = this.previous[e])
        if (this.hashes[e] === hash && samePart(this.third[e], c)) return e;
      return NONE;
    }
    const slots = this.wideSlots as Int32Array;
    for (let slot = hash & this.wideMask; ; slot = (slot + 1) & this.wideMask) {
      const stored = slots[slot * 2];
      if (stored === EMPTY) return NONE;
      const e = stored - 1;
      if (slots[slot * 2 + 1] === hash && this.groups[e] === group && samePart(this.third[e], c)) return e;
    }
  }

  private placeGroup(g: number): void {
    const hash = this.groupHashes[g];
    let slot = hash & this.groupMask;
    while (this.groupSlots[slot * 2] !== EMPTY) slot = (slot + 1) & this.groupMask;
    this.groupSlots[slot * 2] = g + 1;
    this.groupSlots[slot * 2 + 1] = hash;
  }

  private growGroups(): void {
    this.groupSlots = new Int32Array(this.groupSlots.length * 2);
    this.groupMask = this.groupSlots.length / 2 - 1;
    for (let g = 0; g < this.groupCount; g++) this.placeGroup(g);
  }

  private makeGroupRoom(): void {
    const room = this.groupHashes.length * 2;
    this.groupHashes = grown(this.groupHashes, room);
    this.groupLast = grown(this.groupLast, room);
    this.groupSize = grown(this.groupSize, room);
    this.groupFirst.length = room;
    this.groupSecond.length = room;
  }

  /** Moves a group's chained keys to the wide table: it is too big to walk. */
  private widen(group: number): void {
    for (let e = this.groupLast[group]; e !== NONE; e = this.previous[e]) this.placeWide(e);
    this.groupLast[group] = NONE;
  }

  private placeWide(e: number): void {
    if ((this.wideCount + 1) * 2 > this.wideMask + 1) this.growWide();
    const slots = this.wideSlots as Int32Array;
    const hash = this.hashes[e];
    let slot = hash & this.wideMask;
    while (slots[slot * 2] !== EMPTY) slot = (slot + 1) & this.wideMask;
    slots[slot * 2] = e + 1;
    slots[slot * 2 + 1] = hash;
    this.wideCount++;
  }

  /** Made (or doubled) for the keys already wide, which are placed again. */
  private growWide(): void {
    const size = this.wideSlots === null ? slotCount(this.rows.length) : this.wideMask * 2 + 2;
    const old = this.wideSlots;
    this.wideSlots = new Int32Array(size * 2);
    this.wideMask = size - 1;
    this.wideCount = 0;
    if (old === null) return;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== EMPTY) this.placeWide(old[slot] - 1);
  }

  /** More keys than expected: twice the room. */
  private makeRoom(): void {
    const room = this.rows.length * 2;
    this.hashes = grown(this.hashes, room);
    this.groups = grown(this.groups, room);
    this.previous = grown(this.previous, room);
    const rows = new Float64Array(room);
    rows.set(this.rows);
    this.rows = rows;
    this.third.length = room;
  }
}

function grown(from: Int32Array, room: number): Int32Array {
  const to = new Int32Array(room);
  to.set(from);
  return to;
}
