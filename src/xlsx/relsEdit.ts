/** A relationships part edited in place: MicroSeg's relationships appended, retired ones removed. */
import { escapeRegExp, rootPrefix } from "./xmlEdit";
import { escapeAttr } from "./xmlText";

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export class RelsEdit {
  private readonly prefix: string;
  private next: number;
  constructor(private xml: string) {
    this.prefix = rootPrefix(xml, "Relationships");
    const ids = [...xml.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]));
    this.next = Math.max(0, ...ids) + 1;
  }

  /** Adds a relationship and returns its new, unused id. */
  add(type: string, target: string): string {
    const id = `rId${this.next++}`;
    const close = this.xml.lastIndexOf(`</${this.prefix}Relationships>`);
    const entry = `<${this.prefix}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
    if (close < 0) {
      // A self-closing <Relationships/>: open it.
      this.xml = this.xml.replace(
        /<([\w:]*)Relationships([^>]*)\/>/,
        `<$1Relationships$2>${entry}</$1Relationships>`,
      );
    } else this.xml = this.xml.slice(0, close) + entry + this.xml.slice(close);
    return id;
  }

  remove(id: string): void {
    this.xml = this.xml.replace(
      new RegExp(
        `<${escapeRegExp(this.prefix)}Relationship\\s[^>]*Id="${escapeRegExp(id)}"[^>]*?(/>|>\\s*</${escapeRegExp(this.prefix)}Relationship>)`,
      ),
      "",
    );
  }

  toString(): string {
    return this.xml;
  }
}
