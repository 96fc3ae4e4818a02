/**
 * Segmentation (SPEC §4): every doctor with volume, potential, headroom and a
 * live quadrant formula against the cut-offs written in the side block.
 */
import { phrase, quadrantStrategy } from "../labels";
import type { CutoffRule } from "../method/cutoff";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import type { Cutoffs, DoctorResult } from "../results";
import type { Settings } from "../settings";
import { column } from "./columns";
import { HEADROOM_FORMULA, statusText, strategyFormula } from "./doctorCells";
import { tableWithQuadrants } from "./quadrantCells";

export function segmentationTable(
  doctors: readonly DoctorResult[],
  cutoffs: Cutoffs,
  rule: CutoffRule,
  settings: Settings,
  /** A team plan: each doctor's rep is shown (SPEC §8). */
  withRep = false,
): OutputTable {
  const lang = settings.language;
  const columns: OutputColumn[] = [
    column("doctor", "doctor", lang, "text", { width: 12 }),
    column("hospital", "hospital", lang, "text", { width: 24 }),
    column("department", "department", lang, "text", { width: 14 }),
    ...(withRep ? [column("rep", "rep", lang, "text", { width: 10 })] : []),
    column("title", "title", lang, "text"),
    column("status", "status", lang, "text"),
    column("volume", "volume", lang, "rx"),
    column("potential", "potential", lang, "rx"),
    column("headroom", "headroom", lang, "rx", { formula: HEADROOM_FORMULA, highlight: "databar" }),
    column("quadrant", "quadrant", lang, "text", { highlight: "quadrant" }),
    column("strategy", "strategy", lang, "text", { formula: strategyFormula(lang) }),
    column("target", "target", lang, "text"),
    column("priority", "priority", lang, "integer"),
    column("callsPerMonth", "callsPerMonth", lang, "integer"),
    column("reason", "reason", lang, "text", { width: 30 }),
  ];
  const yes = phrase("yes", lang);
  const no = phrase("no", lang);
  const strategies = {
    HH: quadrantStrategy("HH", lang),
    LH: quadrantStrategy("LH", lang),
    HL: quadrantStrategy("HL", lang),
    LL: quadrantStrategy("LL", lang),
  };
  const rows = new Array<OutputValue[]>(doctors.length);
  // Each row one array literal at its final length: a row grown by push leaves
  // its first backing store behind, a million times over, and a literal is
  // made (and kept) faster than an array filled in by index.
  for (let i = 0; i < doctors.length; i++) {
    const d = doctors[i];
    const r = d.record;
    const status = statusText(r, lang);
    const strategy = d.quadrant && strategies[d.quadrant];
    const target = d.target ? yes : no;
    rows[i] = withRep
      ? [
          r.name,
          r.hospital,
          r.department,
          d.rep,
          r.title,
          status,
          r.volume,
          r.potential,
          d.headroom,
          d.quadrant,
          strategy,
          target,
          d.priority,
          d.callsPerMonth,
          d.reason,
        ]
      : [
          r.name,
          r.hospital,
          r.department,
          r.title,
          status,
          r.volume,
          r.potential,
          d.headroom,
          d.quadrant,
          strategy,
          target,
          d.priority,
          d.callsPerMonth,
          d.reason,
        ];
  }
  return tableWithQuadrants("segmentation", columns, rows, rule, cutoffs, lang);
}
