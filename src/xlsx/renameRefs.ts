/**
 * A sheet renamed in the package is renamed as Excel renames one: every
 * reference to its old name in the user's parts follows it. Formulas live as
 * element text (worksheet <f> — a shared formula's master carries the text —
 * <formula>, <formula1>/<formula2> of conditional formats and validations,
 * <xm:f> of their extensions; a chart's <c:f>; a defined name), and a pivot
 * cache names its source sheet in an attribute. Only the text of elements
 * that refer to a renamed sheet changes; a part that refers to none keeps its
 * bytes (cached values <v> are never touched: a rename changes no value).
 */
import { renameSheetRefs, type SheetRenames } from "../core";
import { escapeRegExp } from "./xmlEdit";

const FORMULA_ELEMENTS = ["f", "formula", "formula1", "formula2"];

function elementText(names: readonly string[]): RegExp {
  return new RegExp(`<((?:[\\w.-]+:)?(?:${names.join("|")}))(\\s[^>]*)?>([^<]*)</\\1>`, "g");
}

const FORMULA_TEXT = elementText(FORMULA_ELEMENTS);
const DEFINED_NAME_TEXT = elementText(["definedName"]);
const PIVOT_SOURCE = /(<(?:[\w.-]+:)?worksheetSource\s[^>]*?\ssheet=)("[^"]*"|'[^']*')/g;

function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Whether the XML may mention one of the old names: a cheap test before a
 * large sheet is searched element by element (a name's longest run of
 * characters that XML or a formula never escapes).
 */
function mayMention(xml: string, renames: SheetRenames): boolean {
  for (const from of renames.keys()) {
    const piece = from.split(/['&<>"]/).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (piece === "" || new RegExp(escapeRegExp(piece), "i").test(xml)) return true;
  }
  return false;
}

function renameInElements(xml: string, re: RegExp, renames: SheetRenames): string {
  return xml.replace(re, (whole, qname: string, attrs: string | undefined, text: string) => {
    const formula = unescapeXml(text);
    const next = renameSheetRefs(formula, renames);
    return next === formula ? whole : `<${qname}${attrs ?? ""}>${escapeXml(next)}</${qname}>`;
  });
}

/** A worksheet, chart or pivot cache part with its references renamed (the same string when it has none). */
export function renameRefsInPart(xml: string, renames: SheetRenames): string {
  if (renames.size === 0 || !mayMention(xml, renames)) return xml;
  const lower = new Map([...renames].map(([from, to]) => [from.toLocaleLowerCase("en-US"), to]));
  return renameInElements(xml, FORMULA_TEXT, renames).replace(
    PIVOT_SOURCE,
    (whole, head: string, quoted: string) => {
      const to = lower.get(unescapeXml(quoted.slice(1, -1)).toLocaleLowerCase("en-US"));
      return to === undefined ? whole : `${head}"${escapeXml(to).replace(/"/g, "&quot;")}"`;
    },
  );
}

/** The workbook part with its defined names' references renamed. */
export function renameRefsInDefinedNames(xml: string, renames: SheetRenames): string {
  if (renames.size === 0 || !mayMention(xml, renames)) return xml;
  return renameInElements(xml, DEFINED_NAME_TEXT, renames);
}
