/**
 * Hand-made packages for reader tests: each part written as another writer
 * would (prefixes, absolute targets, inline strings …), zipped with fflate.
 */
import { zipSync, strToU8 } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandSheet {
  name: string;
  /** The <sheetData> inner XML. */
  data: string;
  state?: "hidden" | "veryHidden";
}

export interface HandPackage {
  sheets: HandSheet[];
  shared?: string[] | string;
  styles?: string;
  date1904?: boolean;
  /** Write relationship targets as absolute part names (openpyxl does). */
  absolute?: boolean;
  /** Prefix SpreadsheetML elements with "x:" (the Open XML SDK does). */
  prefixed?: boolean;
}

export function handPackage(p: HandPackage): Uint8Array {
  const x = p.prefixed ? "x:" : "";
  const ns = p.prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const target = (rel: string) => (p.absolute ? `/xl/${rel}` : rel);
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const overrides: string[] = [];
  p.sheets.forEach((s, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    files[`xl/${part}`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns} xmlns:r="${REL}"><${x}sheetData>${s.data.replace(/<(\/?)(?!x:)/g, `<$1${x}`)}</${x}sheetData></${x}worksheet>`,
    );
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(part)}"/>`);
    overrides.push(
      `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  });
  if (p.shared !== undefined) {
    const items =
      typeof p.shared === "string" ? p.shared : p.shared.map((s) => `<si><t>${s}</t></si>`).join("");
    files["xl/sharedStrings.xml"] = strToU8(`<sst xmlns="${MAIN}">${items}</sst>`);
    rels.push(
      `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`,
    );
  }
  if (p.styles !== undefined) {
    files["xl/styles.xml"] = strToU8(`<styleSheet xmlns="${MAIN}">${p.styles}</styleSheet>`);
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("styles.xml")}"/>`);
  }
  const sheets = p.sheets
    .map(
      (s, i) =>
        `<${x}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const pr = p.date1904 ? `<${x}workbookPr date1904="1"/>` : "";
  files["xl/workbook.xml"] = strToU8(
    `<${x}workbook ${ns} xmlns:r="${REL}">${pr}<${x}sheets>${sheets}</${x}sheets></${x}workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`,
  );
  files["_rels/.rels"] = strToU8(
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${p.absolute ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(files);
}
