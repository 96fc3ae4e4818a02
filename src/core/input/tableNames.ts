/**
 * Recognising a role by the name of its sheet or Excel table, and keeping
 * MicroSeg's own output sheets out of the search: on a re-run "医院分级"
 * (Hospital Tiers) repeats the hospital headers and must not be read as input.
 */
import type { Role } from "../fields";
import { OUTPUT_SHEET_NAMES } from "../output";
import { REGISTRY_SHEET } from "../registry";
import { normalizeHeader } from "./headers";

const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  hospitals: ["医院", "医院档案", "医院信息", "医院清单", "hospital", "hospitals"],
  departments: ["科室", "科室档案", "科室信息", "department", "departments", "dept", "depts"],
  doctors: ["医生", "医生档案", "医生信息", "医师", "doctor", "doctors", "physician", "physicians", "hcp"],
  inventory: ["进销存", "库存", "inventory", "stock"],
  representatives: [
    "代表",
    "代表名单",
    "代表信息",
    "医药代表",
    "销售代表",
    "reps",
    "rep",
    "representatives",
    "representative",
    "sales reps",
  ],
};

const OWN_SHEETS: readonly string[] = [
  ...Object.values(OUTPUT_SHEET_NAMES).flatMap((n) => [n.en, n.zh]),
  REGISTRY_SHEET,
].map(normalizeHeader);

/** True for sheets MicroSeg writes (including "name (2)" copies), never read as input. */
export function isOwnSheet(name: string): boolean {
  const n = normalizeHeader(name);
  return OWN_SHEETS.some((own) => n === own || n.startsWith(own));
}

/**
 * How well a name says a role: 2 = exactly a role name ("Doctors", "医生"),
 * 1 = contains one ("华东区医生档案"), 0 = not at all.
 */
export function roleNameScore(role: Role, name: string): number {
  const n = normalizeHeader(name);
  if (n === "") return 0;
  let score = 0;
  for (const word of ROLE_NAMES[role]) {
    if (n === word) return 2;
    if (n.includes(word)) score = 1;
  }
  return score;
}
