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

/** A <t> element, keeping leading/trailing spaces and line breaks. */
export function textElement(s: string, prefix = ""): string {
  const keep = s !== s.trim() || s.includes("\n");
  return `<${prefix}t${keep ? ' xml:space="preserve"' : ""}>${escapeText(s)}</${prefix}t>`;
}

const CHUNK_CHARS = 1 << 18;
const encoder = new TextEncoder();

/** Collects strings and hands out UTF-8 chunks of about 256 K characters. */
export class ChunkSink {
  private parts: string[] = [];
  private length = 0;
  private ready: Uint8Array[] = [];

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.length >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.ready.push(encoder.encode(this.parts.join("")));
    this.parts = [];
    this.length = 0;
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
