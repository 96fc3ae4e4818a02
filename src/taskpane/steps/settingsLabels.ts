/**
 * The visible label of each settings field, by its settings path: the one
 * source the Settings form labels its fields from, so the invalid-settings
 * banner and a summary warning's fix name a field the way the form does.
 */
import type { Quadrant } from "../../core/settings";
import type { MessageKey, Translate } from "../i18n";
import { pathMatches } from "../hooks/settingsPath";

/** What a label may depend on besides the language. */
export interface LabelContext {
  t: Translate;
  /** The purchase column's unit when it is not yuan (thresholds are then typed in 万元…). */
  purchaseFactor?: number | null;
}

type Criterion = "beds" | "dailyOutpatients" | "monthlyPurchase";

/** Every settings path the Settings form has a field (or a group of fields) for. */
export type SettingField =
  | `tiers.${Criterion}.${"A" | "B"}`
  | `targeting.shares.${Quadrant}`
  | `frequency.${Quadrant}`
  | `formulas.${"deptTotalRx" | "ourRx" | "targetScore"}`
  | "stage.stableShare"
  | "cutoff.method"
  | "cutoff.percentile"
  | "cutoff.volume"
  | "cutoff.potential"
  | "targeting.quadrants"
  | "targeting.fillWithLL"
  | "targeting.minTargets"
  | "targeting.shares"
  | "weeklyProspects"
  | "capacity.callsPerDay"
  | "team.maxUtilisation"
  | "team.minUtilisation"
  | "cycle.start"
  | "cycle.end"
  | "cycle.calendar"
  | "cycle.holidays"
  | "cycle.workdays"
  | "workingDaysDefault"
  | "schedule.clinicHours"
  | "smart.ambition"
  | "smart.trial"
  | "tactics"
  | "language"
  | "product";

function tierLabel(criterion: Criterion, tier: "A" | "B", ctx: LabelContext): string {
  const { t } = ctx;
  const name = t(`criterion.${criterion}`);
  if (criterion !== "monthlyPurchase")
    return t(tier === "A" ? "settings.tierA" : "settings.tierB", { criterion: name });
  // Money thresholds name their unit in the pane's language: yuan, or the column's (万元).
  const factor = ctx.purchaseFactor && ctx.purchaseFactor !== 1 ? ctx.purchaseFactor : "";
  const unit = t(`unit.yuan${factor}` as MessageKey);
  return t(tier === "A" ? "settings.tierAIn" : "settings.tierBIn", { criterion: name, unit });
}

type Label = (ctx: LabelContext) => string;
const fixed =
  (key: MessageKey): Label =>
  ({ t }) =>
    t(key);
const tier =
  (criterion: Criterion, level: "A" | "B"): Label =>
  (ctx) =>
    tierLabel(criterion, level, ctx);
const share =
  (quadrant: Quadrant): Label =>
  ({ t }) =>
    t("settings.share", { quadrant });
const calls =
  (quadrant: Quadrant): Label =>
  ({ t }) =>
    t("settings.frequency", { quadrant });

const LABELS: Readonly<Record<SettingField, Label>> = {
  "tiers.beds.A": tier("beds", "A"),
  "tiers.beds.B": tier("beds", "B"),
  "tiers.dailyOutpatients.A": tier("dailyOutpatients", "A"),
  "tiers.dailyOutpatients.B": tier("dailyOutpatients", "B"),
  "tiers.monthlyPurchase.A": tier("monthlyPurchase", "A"),
  "tiers.monthlyPurchase.B": tier("monthlyPurchase", "B"),
  "stage.stableShare": fixed("settings.stableShare"),
  "cutoff.method": fixed("settings.cutoffMethod"),
  "cutoff.percentile": fixed("settings.percentile"),
  "cutoff.volume": fixed("settings.fixedVolume"),
  "cutoff.potential": fixed("settings.fixedPotential"),
  "targeting.quadrants": fixed("settings.quadrants"),
  "targeting.fillWithLL": fixed("settings.fillWithLL"),
  "targeting.minTargets": fixed("settings.minTargets"),
  "targeting.shares": fixed("settings.shares"),
  "targeting.shares.HH": share("HH"),
  "targeting.shares.LH": share("LH"),
  "targeting.shares.HL": share("HL"),
  "targeting.shares.LL": share("LL"),
  "frequency.HH": calls("HH"),
  "frequency.LH": calls("LH"),
  "frequency.HL": calls("HL"),
  "frequency.LL": calls("LL"),
  weeklyProspects: fixed("settings.weeklyProspects"),
  "capacity.callsPerDay": fixed("settings.callsPerDay"),
  "team.maxUtilisation": fixed("settings.maxUtilisation"),
  "team.minUtilisation": fixed("settings.minUtilisation"),
  "cycle.start": fixed("settings.cycleStart"),
  "cycle.end": fixed("settings.cycleEnd"),
  "cycle.calendar": fixed("settings.calendar"),
  "cycle.holidays": fixed("settings.holidays"),
  "cycle.workdays": fixed("settings.workdays"),
  workingDaysDefault: fixed("settings.workingDaysDefault"),
  "schedule.clinicHours": fixed("settings.clinicHours"),
  "smart.ambition": fixed("settings.ambition"),
  "smart.trial": fixed("settings.trial"),
  tactics: fixed("settings.tactics"),
  language: fixed("settings.outputLanguage"),
  product: fixed("settings.product"),
  "formulas.deptTotalRx": fixed("settings.formula.deptTotalRx"),
  "formulas.ourRx": fixed("settings.formula.ourRx"),
  "formulas.targetScore": fixed("settings.formula.targetScore"),
};

const FIELDS = Object.keys(LABELS) as SettingField[];

/** The label of the field at a settings path. */
export function settingLabel(path: SettingField, ctx: LabelContext): string {
  return LABELS[path](ctx);
}

/**
 * The label of the field an issue's key concerns ("tactics.quadrant:LH" is
 * the tactics field), or null for a key the form has no field for (an
 * unknown key saved in the workbook, a column mapping).
 */
export function issueFieldLabel(issueKey: string, ctx: LabelContext): string | null {
  // The longest field path the key falls under ("targeting.shares.HH", not "targeting.shares").
  let owner: SettingField | null = null;
  for (const p of FIELDS) if (pathMatches(issueKey, p) && (!owner || p.length > owner.length)) owner = p;
  return owner ? LABELS[owner](ctx) : null;
}
