/**
 * Streaming XML events (saxes) with namespace prefixes dropped: OOXML writers
 * differ in prefixes (`<x:row>` from the Open XML SDK, `<row>` from Excel) but
 * not in local names, and MicroSeg only reads local names it knows.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  /** Attributes as written (SpreadsheetML attributes are unprefixed, except r:id). */
  open?: (name: string, attrs: Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export function localAttrs(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key in attrs) out[local(key)] = attrs[key];
  return out;
}

/** Characters decoded per write: large enough to be fast, small enough not to hold a sheet as one string. */
const CHUNK_BYTES = 1 << 20;

/** Parses UTF-8 bytes in chunks, so a 500 MB sheet is never one JavaScript string. */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  const { open, close, text } = handlers;
  if (open) parser.on("opentag", (tag) => open(local(tag.name), tag.attributes, tag.isSelfClosing));
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const end = Math.min(bytes.length, at + CHUNK_BYTES);
    parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
  }
  parser.close();
}

/** Every element with this local name, as its attributes (small parts: rels, workbook, content types). */
export function elementsNamed(bytes: Uint8Array, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  parseXml(bytes, { open: (n, attrs) => n === name && found.push(localAttrs(attrs)) });
  return found;
}
