/**
 * Hospital Tiers (SPEC §2, §4): inputs, per-criterion tiers as live formulas,
 * the majority tier with a readable "why", potential, volume, share, stage
 * with its call focus, and the quadrant against the cut-off side block.
 */
import type { Lang } from "../issues";
import { phrase, stageCallFocus, stageName } from "../labels";
import { combineTiers } from "../method/tier";
import type { CutoffRule } from "../method/cutoff";
import type { OutputColumn, OutputTable, OutputValue } from "../output";
import type { Cutoffs, HospitalResult } from "../results";
import type { Settings, Tier, TierCut } from "../settings";
import { column, formulaNumber, ref } from "./columns";
import { tableWithQuadrants } from "./quadrantCells";

/** Criterion tier as a formula: blank when the input is blank. */
function tierFormula(key: string, cut: TierCut): string {
  const x = ref(key);
  return `=IF(${x}="","",IF(${x}>=${formulaNumber(cut.A)},"A",IF(${x}>=${formulaNumber(cut.B)},"B","C")))`;
}

const DIGITS = /^-?\d+$/;

/** "1234567" → "1,234,567"; by slices, not a look-ahead regex: three per hospital, 10k+ hospitals. */
function groupDigits(int: string): string {
  if (!DIGITS.test(int)) return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = int.charCodeAt(0) === 0x2d ? 1 : 0;
  const digits = int.length - sign;
  if (digits <= 3) return int;
  let end = sign + (digits % 3 || 3);
  let out = int.slice(0, end);
  for (; end < int.length; end += 3) out += "," + int.slice(end, end + 3);
  return out;
}

function thousands(n: number): string {
  const [int, frac] = String(Math.round(n * 100) / 100).split(".");
  const grouped = groupDigits(int);
  return frac ? `${grouped}.${frac}` : grouped;
}

function money(n: number, lang: Lang): string {
  if (lang === "zh") return `${thousands(n / 10_000)}万`;
  return n >= 1_000_000 ? `${thousands(n / 1_000_000)}M` : thousands(n);
}

/** "床位 620→A, 门诊 1,200→B, 月购 300万→B ⇒ B (3/3)": the tier rule made visible. */
export function tierWhy(h: HospitalResult, lang: Lang): string {
  const r = h.record;
  const parts: string[] = [];
  const add = (
    label: "beds" | "outpatients" | "purchase",
    value: number | null,
    tier: Tier | null,
    text: string,
  ) => {
    if (value !== null && tier !== null) parts.push(`${phrase(label, lang)} ${text}→${tier}`);
  };
  add("beds", r.beds, h.criteria.beds, r.beds === null ? "" : thousands(r.beds));
  add(
    "outpatients",
    r.dailyOutpatients,
    h.criteria.dailyOutpatients,
    r.dailyOutpatients === null ? "" : thousands(r.dailyOutpatients),
  );
  add(
    "purchase",
    r.monthlyPurchase,
    h.criteria.monthlyPurchase,
    r.monthlyPurchase === null ? "" : money(r.monthlyPurchase, lang),
  );
  if (h.tier === null) return phrase("noCriteria", lang);
  const c = combineTiers([h.criteria.beds, h.criteria.dailyOutpatients, h.criteria.monthlyPurchase]);
  return `${parts.join(", ")} ⇒ ${h.tier} (${c.reaching}/${c.present})`;
}

export function hospitalTiersTable(
  hospitals: readonly HospitalResult[],
  cutoffs: Cutoffs,
  hospitalRule: CutoffRule,
  settings: Settings,
): OutputTable {
  const lang = settings.language;
  const t = settings.tiers;
  const columns: OutputColumn[] = [
    column("hospital", "hospital", lang, "text", { width: 24 }),
    column("beds", "beds", lang, "integer"),
    column("dailyOutpatients", "dailyOutpatients", lang, "integer"),
    column("monthlyPurchase", "monthlyPurchase", lang, "money", { width: 16 }),
    column("classShare", "classShare", lang, "percent"),
    column("classMarketValue", "classMarketValue", lang, "money", {
      width: 16,
      formula: `=IF(COUNT(${ref("monthlyPurchase")},${ref("classShare")})<2,"",${ref("monthlyPurchase")}*${ref("classShare")})`,
    }),
    column("bedsTier", "bedsTier", lang, "text", { formula: tierFormula("beds", t.beds) }),
    column("outpatientsTier", "outpatientsTier", lang, "text", {
      formula: tierFormula("dailyOutpatients", t.dailyOutpatients),
    }),
    column("purchaseTier", "purchaseTier", lang, "text", {
      formula: tierFormula("monthlyPurchase", t.monthlyPurchase),
    }),
    column("tier", "tier", lang, "text"),
    column("tierWhy", "tierWhy", lang, "text", { width: 40 }),
    column("potential", "hospitalPotential", lang, "rx"),
    column("volume", "hospitalVolume", lang, "rx"),
    column("share", "share", lang, "percent", {
      formula: `=IF(OR(N(${ref("potential")})=0,${ref("volume")}=""),"",${ref("volume")}/${ref("potential")})`,
    }),
    column("stage", "stage", lang, "text"),
    column("callFocus", "callFocus", lang, "text", { width: 40 }),
    column("quadrant", "quadrant", lang, "text", { highlight: "quadrant" }),
  ];
  const rows: OutputValue[][] = hospitals.map((h) => {
    const r = h.record;
    return [
      r.name,
      r.beds,
      r.dailyOutpatients,
      r.monthlyPurchase,
      r.classShare,
      h.classMarketValue,
      h.criteria.beds,
      h.criteria.dailyOutpatients,
      h.criteria.monthlyPurchase,
      h.tier,
      tierWhy(h, lang),
      h.potential,
      h.volume,
      h.share,
      h.stage && stageName(h.stage, lang),
      h.stage && stageCallFocus(h.stage, lang),
      h.quadrant,
    ];
  });
  return tableWithQuadrants(
    "hospitalTiers",
    columns,
    rows,
    hospitalRule,
    { volume: cutoffs.hospitalVolume, potential: cutoffs.hospitalPotential },
    lang,
  );
}
