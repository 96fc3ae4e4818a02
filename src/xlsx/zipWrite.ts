/**
 * Writes a package with fflate's zip container and Node's zlib: a user's
 * part goes back as the compressed bytes it was read as (same CRC, same
 * size); a new part is deflated as it is produced, so a plan sheet is never
 * held whole. Deflate level 1: on a large plan it saves seconds for a file
 * somewhat larger than level 6 would give.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import type { ZipEntry } from "./zipEntries";

/** One part to write: an entry copied as stored, its bytes, or a producer of chunks. */
export type PartSource = ZipEntry | Uint8Array | (() => Iterable<Uint8Array>);

const LEVEL = 1;
/** A fixed timestamp keeps two runs over the same input byte-comparable. */
const MTIME = new Date(Date.UTC(2026, 0, 1));

/** A zip member whose compressed bytes, CRC and size are supplied by the caller (fflate's ZipInputFile). */
class Member implements ZipInputFile {
  crc = 0;
  size = 0;
  mtime = MTIME;
  ondata?: ZipInputFile["ondata"];
  constructor(
    readonly filename: string,
    readonly compression: number,
  ) {}
  push(chunk: Uint8Array, final: boolean): void {
    // fflate types its chunks over a plain ArrayBuffer; zlib's Buffers are views that it only reads.
    this.ondata!(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

function isEntry(s: PartSource): s is ZipEntry {
  return !(s instanceof Uint8Array) && typeof s !== "function";
}

/** Deflates a producer's chunks as they come; returns CRC and size of the uncompressed stream. */
async function deflateStream(
  chunks: Iterable<Uint8Array>,
  out: (c: Uint8Array) => void,
): Promise<{ crc: number; size: number }> {
  const z = createDeflateRaw({ level: LEVEL, chunkSize: 1 << 20 });
  let crc = 0;
  let size = 0;
  z.on("data", (c: Buffer) => out(c));
  const ended = new Promise<void>((resolve, reject) => {
    z.on("end", resolve);
    z.on("error", reject);
  });
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!z.write(chunk)) await new Promise<void>((resolve) => z.once("drain", resolve));
  }
  z.end();
  await ended;
  return { crc, size };
}

export async function writeZip(
  path: string,
  parts: Iterable<[name: string, source: PartSource]>,
): Promise<void> {
  const fd = openSync(path, "w");
  const failed: { error: Error | null } = { error: null };
  try {
    const zip = new Zip((err, chunk) => {
      if (err) failed.error = err;
      else writeSync(fd, chunk);
    });
    for (const [name, source] of parts) {
      if (isEntry(source)) {
        const m = new Member(name, source.method);
        zip.add(m);
        m.crc = source.crc;
        m.size = source.size;
        m.push(source.data, true);
      } else if (source instanceof Uint8Array) {
        const m = new Member(name, 8);
        zip.add(m);
        m.crc = crc32(source);
        m.size = source.length;
        m.push(deflateRawSync(source, { level: LEVEL }), true);
      } else {
        const m = new Member(name, 8);
        zip.add(m);
        const { crc, size } = await deflateStream(source(), (c) => m.push(c, false));
        m.crc = crc;
        m.size = size;
        m.push(new Uint8Array(0), true);
      }
      if (failed.error) throw failed.error;
    }
    zip.end();
    if (failed.error) throw failed.error;
  } finally {
    closeSync(fd);
  }
}
