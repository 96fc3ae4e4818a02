/**
 * Text for hand-written XML parts: escaping, and a sink that turns a long
 * run of small strings into UTF-8 chunks, so a 1,000,000-row sheet streams
 * into the zip instead of becoming one string.
 */

/** Characters XML 1.0 cannot carry at all; OOXML writes them as _xHHHH_. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function ooxmlEscape(ch: string): string {
  // A literal "_x1234_" in the user's text is kept by escaping its underscore.
  if (ch === "_") return "_x005F_";
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

export function escapeText(s: string): string {
  let out = s;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (INVALID_XML.test(out)) {
    INVALID_XML.lastIndex = 0;
    out = out.replace(INVALID_XML, ooxmlEscape);
  }
  return out;
}

export function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A <t> element, keeping leading/trailing spaces and line breaks. */
export function textElement(s: string, prefix = ""): string {
  const keep =
    s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)) || s.includes("\n"));
  return `<${prefix}t${keep ? ' xml:space="preserve"' : ""}>${escapeText(s)}</${prefix}t>`;
}

const CHUNK_BYTES = 1 << 20;
const encoder = new TextEncoder();

/**
 * Encodes strings straight into 1 MB buffers (Node's Buffer.write) and hands
 * them out as chunks: no joined string, no second copy.
 */
export class ChunkSink {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  private ready: Uint8Array[] = [];

  push(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (s.length * 3 > CHUNK_BYTES - this.at) {
      this.flush();
      if (s.length * 3 > CHUNK_BYTES) {
        this.ready.push(Buffer.from(s, "utf8"));
        return;
      }
    }
    this.at += this.buf.write(s, this.at, "utf8");
  }

  flush(): void {
    if (this.at === 0) return;
    this.ready.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
    this.at = 0;
  }

  /** Chunks ready so far (the sink forgets them). */
  take(): Uint8Array[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

const decoder = new TextDecoder("utf-8");
export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}
