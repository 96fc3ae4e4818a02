/**
 * The shared string table as plain text per entry: rich-text runs joined,
 * phonetic guides (<rPh>, furigana/pinyin) left out, as Excel's `values` does.
 */
import { parseXml } from "./xmlEvents";

/** Collects the text of <t> elements outside <rPh>, between a start and an end element. */
export class RunText {
  private depthRph = 0;
  private inT = false;
  text = "";
  open(name: string): void {
    if (name === "rPh") this.depthRph++;
    else if (name === "t" && this.depthRph === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === "rPh") this.depthRph--;
    else if (name === "t") this.inT = false;
  }
  add(text: string): void {
    if (this.inT) this.text += text;
  }
  reset(): void {
    this.text = "";
    this.inT = false;
    this.depthRph = 0;
  }
}

/** OOXML escapes characters XML cannot carry as _xHHHH_ (ECMA-376 §22.9.2.19). */
export function decodeEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const out: string[] = [];
  const run = new RunText();
  let inSi = false;
  parseXml(bytes, {
    open: (name, _a, selfClosing) => {
      if (name === "si") {
        inSi = true;
        run.reset();
        if (selfClosing) {
          out.push("");
          inSi = false;
        }
      } else if (inSi && !selfClosing) run.open(name);
    },
    close: (name) => {
      if (name === "si" && inSi) {
        out.push(decodeEscapes(run.text));
        inSi = false;
      } else if (inSi) run.close(name);
    },
    text: (t) => inSi && run.add(t),
  });
  return out;
}
