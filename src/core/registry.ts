/**
 * MicroSeg's own record inside a workbook: a very-hidden worksheet whose A1
 * holds JSON with the settings and the names of the sheets MicroSeg wrote.
 * Both the Excel host and the .xlsx writer use it, so a plan written by the
 * command line and re-run in Excel still replaces only MicroSeg's sheets, and
 * the settings travel with the file.
 */
import type { OutputId } from "./output";

export const REGISTRY_SHEET = "_MicroSeg";

export interface Registry {
  version: 1;
  /** Sheet names MicroSeg created, by output id. */
  owned: Partial<Record<OutputId, string>>;
  /** Saved settings (unvalidated JSON; validate before use). */
  settings: unknown;
  /** ISO timestamp of the last generation. */
  generatedAt: string | null;
}

export function emptyRegistry(): Registry {
  return { version: 1, owned: {}, settings: null, generatedAt: null };
}

/** Reads the registry from the text of A1; a damaged one is treated as empty (and nothing is owned). */
export function parseRegistry(text: unknown): Registry {
  if (typeof text !== "string" || text.trim() === "") return emptyRegistry();
  try {
    const raw = JSON.parse(text) as Partial<Registry>;
    if (raw === null || typeof raw !== "object" || raw.version !== 1) return emptyRegistry();
    const owned: Partial<Record<OutputId, string>> = {};
    if (raw.owned && typeof raw.owned === "object") {
      for (const [k, v] of Object.entries(raw.owned)) if (typeof v === "string") owned[k as OutputId] = v;
    }
    return {
      version: 1,
      owned,
      settings: raw.settings ?? null,
      generatedAt: typeof raw.generatedAt === "string" ? raw.generatedAt : null,
    };
  } catch {
    return emptyRegistry();
  }
}

export function serializeRegistry(reg: Registry): string {
  return JSON.stringify(reg);
}

/**
 * Picks the sheet name for an output: the wanted name if free or owned by us,
 * else "name (2)", "name (3)"… (Excel's 31-character limit kept).
 */
export function chooseSheetName(
  wanted: string,
  existing: ReadonlySet<string>,
  ownedNames: ReadonlySet<string>,
): string {
  const lower = (s: string) => s.toLowerCase();
  const taken = new Set([...existing].filter((n) => !ownedNames.has(n)).map(lower));
  if (!taken.has(lower(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(lower(name))) return name;
  }
}
