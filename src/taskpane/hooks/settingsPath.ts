/**
 * Dotted paths into the settings object ("tiers.beds.A"), the same keys the
 * settings validator reports in an issue's `column`, so a message lands under
 * the field it is about.
 */
type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (!isRecord(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** A copy of obj with the value at path replaced (objects on the way are copied, the rest shared). */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = path.split(".");
  const write = (node: unknown, i: number): unknown => {
    const copy: Json = isRecord(node) ? { ...node } : {};
    copy[keys[i]] = i === keys.length - 1 ? value : write(copy[keys[i]], i + 1);
    return copy;
  };
  return write(obj, 0) as T;
}

/** Does an issue's key (e.g. "formulas.ourRx" or "formulas.ourRx.x") concern the field at path? */
export function pathMatches(issueKey: string, path: string): boolean {
  return issueKey === path || issueKey.startsWith(`${path}.`) || issueKey.startsWith(`${path}[`);
}
