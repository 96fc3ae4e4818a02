/**
 * Doctor columns shared by Segmentation and the Target List: status text,
 * the headroom formula and the live strategy lookup.
 */
import type { DoctorRecord } from "../fields";
import type { Lang } from "../issues";
import { quadrantStrategy, statusLabel } from "../labels";
import { QUADRANTS } from "../settings";
import { excelString, ref } from "./columns";

/** The status as the user reads it (unknown text kept as written). */
export function statusText(d: DoctorRecord, lang: Lang): string {
  return d.status ? statusLabel(d.status, lang) : d.statusText;
}

export const HEADROOM_FORMULA = `=IF(COUNT(${ref("volume")},${ref("potential")})<2,"",${ref("potential")}-${ref("volume")})`;

/** Strategy of the row's quadrant code, looked up live. */
export function strategyFormula(lang: Lang): string {
  const q = ref("quadrant");
  const codes = QUADRANTS.map((c) => excelString(c)).join(",");
  const names = QUADRANTS.map((c) => excelString(quadrantStrategy(c, lang))).join(",");
  return `=IF(${q}="","",CHOOSE(MATCH(${q},{${codes}},0),${names}))`;
}

/** statusBonus of the target score as an Excel expression over the status column. */
export function statusBonusExcel(lang: Lang): string {
  const s = ref("status");
  return `IF(OR(${s}=${excelString(statusLabel("second-line", lang))},${s}=${excelString(statusLabel("conservative", lang))}),1,0)`;
}
