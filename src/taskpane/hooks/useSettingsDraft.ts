import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Role } from "../../core/fields";
import type { Issue } from "../../core/issues";
import type { WorkbookPort } from "../../core/port";
import { defaultSettings, type ColumnMapping, type Settings } from "../../core/settings";
import type { PaneServices } from "../services";
import { errorText } from "./errorText";
import { getPath, pathMatches, setPath } from "./settingsPath";

/** How long typing must pause before the settings are written to the workbook. */
export const SAVE_DELAY_MS = 400;

export type SaveState = "idle" | "saving" | "saved" | "failed";

export interface SettingsDraft {
  /** False until the workbook's saved settings were read. */
  loaded: boolean;
  /** The settings as edited (may hold invalid values). */
  draft: Settings;
  /** The validated settings (invalid values replaced by defaults), used to detect and generate. */
  settings: Settings;
  issues: Issue[];
  /** Issues about the field at a dotted path. */
  issuesAt: (path: string) => Issue[];
  /** Text shown in a number input (keeps what the user typed, even when not a number yet). */
  numberText: (path: string, scale?: number) => string;
  setNumber: (path: string, text: string, scale?: number, nullable?: boolean) => void;
  setValue: (path: string, value: unknown) => void;
  setMapping: (role: Role, mapping: ColumnMapping) => void;
  /** Puts back every setting as it was and keeps only the column fixes (ask first: see the Settings step). */
  reset: () => void;
  /** After a reset, until the next edit: puts the settings back as they were before it. */
  undo: (() => void) | null;
  saveState: SaveState;
  saveError: string | null;
}

function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/**
 * The settings being edited: loaded from the workbook, validated live through
 * the core's validator, and saved back (debounced) whenever they are valid, so
 * they travel with the file and the ribbon's one-click button uses them.
 */
export function useSettingsDraft(port: WorkbookPort, services: PaneServices): SettingsDraft {
  const [loaded, setLoaded] = useState(false);
  const [draft, setDraft] = useState<Settings>(defaultSettings);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [saveError, setSaveError] = useState<string | null>(null);
  const edited = useRef(false);
  const [beforeReset, setBeforeReset] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    port.loadSettings().then(
      (saved) => {
        if (!live) return;
        if (saved !== null && saved !== undefined) setDraft(services.validateSettings(saved).settings);
        setLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        setSaveError(errorText(e));
        setSaveState("failed");
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [port, services]);

  const validation = useMemo(() => services.validateSettings(draft), [services, draft]);

  useEffect(() => {
    if (!edited.current || validation.issues.length > 0) return undefined;
    const timer = setTimeout(() => {
      setSaveState("saving");
      port.saveSettings(validation.settings).then(
        () => {
          setSaveState("saved");
          setSaveError(null);
        },
        (e: unknown) => {
          setSaveState("failed");
          setSaveError(errorText(e));
        },
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [port, validation]);

  const update = useCallback((path: string, value: unknown) => {
    edited.current = true;
    setBeforeReset(null);
    setDraft((d) => setPath(d, path, value));
  }, []);

  const setNumber = useCallback(
    (path: string, text: string, scale = 1, nullable = false) => {
      setTexts((t) => ({ ...t, [path]: text }));
      const trimmed = text.trim();
      const n = Number(trimmed);
      let value: unknown;
      if (trimmed === "") value = nullable ? null : text;
      else value = Number.isFinite(n) ? round(n / scale) : text;
      update(path, value);
    },
    [update],
  );

  const setValue = useCallback(
    (path: string, value: unknown) => {
      setTexts((t) => {
        if (!(path in t)) return t;
        const next = { ...t };
        delete next[path];
        return next;
      });
      update(path, value);
    },
    [update],
  );

  const numberText = useCallback(
    (path: string, scale = 1) => {
      if (path in texts) return texts[path];
      const v = getPath(draft, path);
      if (typeof v === "number") return String(round(v * scale));
      return typeof v === "string" ? v : "";
    },
    [texts, draft],
  );

  const setMapping = useCallback(
    (role: Role, mapping: ColumnMapping) => update(`mapping.${role}`, mapping),
    [update],
  );

  const reset = useCallback(() => {
    edited.current = true;
    setTexts({});
    setBeforeReset(draft);
    // Column fixes describe this workbook's data, not the method, so they survive a reset.
    setDraft((d) => ({ ...defaultSettings(), mapping: d.mapping }));
  }, [draft]);

  const undoReset = useCallback(() => {
    if (!beforeReset) return;
    edited.current = true;
    setTexts({});
    setDraft(beforeReset);
    setBeforeReset(null);
  }, [beforeReset]);

  const issuesAt = useCallback(
    (path: string) => validation.issues.filter((i) => pathMatches(i.column, path)),
    [validation],
  );

  return {
    loaded,
    draft,
    settings: validation.settings,
    issues: validation.issues,
    issuesAt,
    numberText,
    setNumber,
    setValue,
    setMapping,
    reset,
    undo: beforeReset ? undoReset : null,
    saveState,
    saveError,
  };
}
