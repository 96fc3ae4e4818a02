/**
 * NUMBER: the engine's reading of a number typed as text (src/core/input),
 * so a manager can see how MicroSeg will read a cell before running a plan.
 */
import { isBlankText } from "../core/input/chars";
import { readNumberText } from "../core/input/numberText";
import { problem } from "./errors";
import { spill, whole, type Grid, type ResultGrid } from "./grid";
import { displayLang } from "./lang";

export function numberCells(text: Grid): ResultGrid {
  const lang = displayLang();
  return whole(lang, () =>
    spill([text], lang, ([raw]) => {
      if (typeof raw === "number") return raw;
      if (raw === null || raw === undefined || (typeof raw === "string" && isBlankText(raw))) return "";
      const value = typeof raw === "string" ? readNumberText(raw) : null;
      if (value === null) throw problem("value", "not-a-number", "text", raw);
      return value;
    }),
  );
}
