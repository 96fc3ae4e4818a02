/**
 * Edits to a part's XML text that leave everything else as it was written:
 * children appended to a container (its count attribute kept true), an
 * attribute set on one element. Used for the few parts that must list
 * MicroSeg's additions (workbook, its rels, content types, styles, doc props),
 * so a user's entries in them are never regenerated from a model.
 */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The namespace prefix ("x:" or "") the document's root element uses. */
export function rootPrefix(xml: string, rootName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${rootName}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

export interface ElementSpan {
  start: number;
  /** Index just after the open tag's ">". */
  openEnd: number;
  /** Index of the close tag's "<" (equal to openEnd for a self-closing element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** The first element with this qualified name (an element of this name is not nested in itself here). */
export function findElement(xml: string, qname: string, from = 0): ElementSpan | null {
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])[^>]*?(/?)>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[1] === "/") return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const close = `</${qname}>`;
  const closeStart = xml.indexOf(close, openEnd);
  if (closeStart < 0) return null;
  return { start, openEnd, closeStart, end: closeStart + close.length, selfClosing: false };
}

/** Number of direct-or-nested elements named exactly `qname` in a slice. */
export function countElements(xml: string, qname: string): number {
  return (xml.match(new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])`, "g")) ?? []).length;
}

/** Sets (or adds) an attribute on the open tag that starts at `start`. */
export function setAttribute(xml: string, start: number, name: string, value: string): string {
  const tagEnd = xml.indexOf(">", start);
  const tag = xml.slice(start, tagEnd + 1);
  const re = new RegExp(`(\\s${escapeRegExp(name)}=)("[^"]*"|'[^']*')`);
  const next = re.test(tag)
    ? tag.replace(re, `$1"${value}"`)
    : tag.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}="${value}"${slash}>`);
  return xml.slice(0, start) + next + xml.slice(tagEnd + 1);
}

export function getAttribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}=("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

/**
 * Appends children to the container `qname` under the root; creates the
 * container before the first of `before` that exists (schema order) when it
 * is missing. Returns the new XML and how many children were there before.
 */
export function appendChildren(
  xml: string,
  prefix: string,
  container: string,
  child: string,
  children: string[],
  before: string[],
  rootName: string,
): { xml: string; existing: number } {
  const q = prefix + container;
  const span = findElement(xml, q);
  if (span && !span.selfClosing) {
    const existing = countElements(xml.slice(span.openEnd, span.closeStart), prefix + child);
    if (children.length === 0) return { xml, existing };
    let out = xml.slice(0, span.closeStart) + children.join("") + xml.slice(span.closeStart);
    if (getAttribute(xml.slice(span.start, span.openEnd), "count") !== undefined)
      out = setAttribute(out, span.start, "count", String(existing + children.length));
    return { xml: out, existing };
  }
  if (children.length === 0) return { xml, existing: 0 };
  const element = `<${q} count="${children.length}">${children.join("")}</${q}>`;
  if (span) return { xml: xml.slice(0, span.start) + element + xml.slice(span.end), existing: 0 };
  for (const name of before) {
    const next = findElement(xml, prefix + name);
    if (next) return { xml: xml.slice(0, next.start) + element + xml.slice(next.start), existing: 0 };
  }
  const rootClose = xml.lastIndexOf(`</${prefix}${rootName}>`);
  return { xml: xml.slice(0, rootClose) + element + xml.slice(rootClose), existing: 0 };
}
