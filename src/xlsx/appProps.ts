/**
 * docProps/app.xml lists the sheet names (TitlesOfParts, counted in
 * HeadingPairs). Office only displays it, but a list that disagrees with the
 * workbook looks like damage to some tools, so MicroSeg's sheets are added to
 * and removed from it in place — and only when it has the usual shape
 * (worksheets counted first); any other shape is left as it was.
 */
import { escapeRegExp } from "./xmlEdit";
import { escapeText } from "./xmlText";

export class AppProps {
  private titles: string[] | null = null;
  private worksheets = 0;
  changed = false;
  private readonly vt: string;

  constructor(private readonly xml: string) {
    const m =
      /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/.exec(
        xml,
      );
    this.vt = m ? `${m[1]}:` : "vt:";
    const titles =
      /<TitlesOfParts>\s*<([\w.-]+:)?vector\b[^>]*>([\s\S]*?)<\/\1?vector>\s*<\/TitlesOfParts>/.exec(xml);
    const count = new RegExp(
      `<HeadingPairs>\\s*<${escapeRegExp(this.vt)}vector\\b[^>]*>\\s*<${escapeRegExp(this.vt)}variant>\\s*<${escapeRegExp(this.vt)}lpstr>[^<]*</${escapeRegExp(this.vt)}lpstr>\\s*</${escapeRegExp(this.vt)}variant>\\s*<${escapeRegExp(this.vt)}variant>\\s*<${escapeRegExp(this.vt)}i4>(\\d+)</`,
    ).exec(xml);
    if (!titles || !count) return;
    this.titles = [...titles[2].matchAll(/<[\w.-]*:?lpstr>([^<]*)<\/[\w.-]*:?lpstr>/g)].map((t) => t[1]);
    this.worksheets = Number(count[1]);
    if (this.worksheets > this.titles.length) this.titles = null;
  }

  add(name: string): void {
    if (!this.titles) return;
    this.titles.splice(this.worksheets, 0, escapeText(name));
    this.worksheets++;
    this.changed = true;
  }

  remove(name: string): void {
    if (!this.titles) return;
    const i = this.titles.slice(0, this.worksheets).indexOf(escapeText(name));
    if (i < 0) return;
    this.titles.splice(i, 1);
    this.worksheets--;
    this.changed = true;
  }

  rename(from: string, to: string): void {
    if (!this.titles) return;
    const i = this.titles.slice(0, this.worksheets).indexOf(escapeText(from));
    if (i < 0) return;
    this.titles[i] = escapeText(to);
    this.changed = true;
  }

  toString(): string {
    if (!this.titles || !this.changed) return this.xml;
    const vt = this.vt;
    const lp = this.titles.map((t) => `<${vt}lpstr>${t}</${vt}lpstr>`).join("");
    let out = this.xml.replace(
      /<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/,
      `<TitlesOfParts><${vt}vector size="${this.titles.length}" baseType="lpstr">${lp}</${vt}vector></TitlesOfParts>`,
    );
    out = out.replace(
      new RegExp(`(<HeadingPairs>[\\s\\S]*?<${escapeRegExp(vt)}i4>)\\d+(</${escapeRegExp(vt)}i4>)`),
      `$1${this.worksheets}$2`,
    );
    return out;
  }
}
