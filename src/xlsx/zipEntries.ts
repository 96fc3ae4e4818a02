/**
 * The zip container read from its central directory (APPNOTE 4.3.12–4.3.16,
 * zip64 included), so each part's compressed bytes can be written back
 * unchanged: a user's part is never inflated unless MicroSeg reads it, and
 * never deflated again. Inflating uses Node's zlib.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only methods OOXML packages use). */
  method: number;
  crc: number;
  size: number;
  /** The entry's compressed bytes as stored. */
  data: Uint8Array;
}

export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 1;
const FLAG_UTF8 = 1 << 11;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end of central directory (truncated?)");
}

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

export function readZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError("too short for a zip");
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== EOCD64_LOCATOR)
      throw new ZipFormatError("bad zip64 locator");
    const record = u64(buf, locator + 8);
    if (buf.readUInt32LE(record) !== EOCD64) throw new ZipFormatError("bad zip64 end record");
    count = u64(buf, record + 32);
    offset = u64(buf, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new ZipFormatError("bad central directory");
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    let compressed = buf.readUInt32LE(at + 20);
    let size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    let local = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & FLAG_UTF8 ? "utf8" : "latin1", at + 46, at + 46 + nameLen);
    // Zip64 extended information: the fields that overflowed, in this order.
    let x = at + 46 + nameLen;
    const extraEnd = x + extraLen;
    while (x + 4 <= extraEnd) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 1) {
        let f = x + 4;
        if (size === 0xffffffff) {
          size = u64(buf, f);
          f += 8;
        }
        if (compressed === 0xffffffff) {
          compressed = u64(buf, f);
          f += 8;
        }
        if (local === 0xffffffff) local = u64(buf, f);
      }
      x += 4 + len;
    }
    at = extraEnd + commentLen;
    if (flags & FLAG_ENCRYPTED) throw new ZipFormatError(`encrypted entry ${name}`);
    if (name.endsWith("/")) continue;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new ZipFormatError(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw new ZipFormatError(`${name} runs past the end (truncated?)`);
    entries.push({ name, method, crc, size, data: buf.subarray(start, start + compressed) });
  }
  return entries;
}

export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  const out = inflateRawSync(entry.data);
  if (out.length !== entry.size) throw new ZipFormatError(`${entry.name}: size mismatch`);
  return out;
}

/** Parts by name, inflated on first read; the raw entries stay available for copying. */
export class ZipParts {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly inflated = new Map<string, Uint8Array>();

  constructor(list: ZipEntry[]) {
    for (const e of list) this.entries.set(e.name, e);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  get(name: string): Uint8Array | undefined {
    const cached = this.inflated.get(name);
    if (cached) return cached;
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const bytes = inflateEntry(entry);
    this.inflated.set(name, bytes);
    return bytes;
  }

  /** Forgets an inflated part (a large sheet once its values are read). */
  release(name: string): void {
    this.inflated.delete(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }
}
