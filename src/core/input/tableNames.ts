/**
 * Recognising a role by the name of its sheet or Excel table. Which sheets
 * are MicroSeg's own is not decided here by name: only the registry says so
 * (core/write/snapshot.ts), and hosts pass the engine only the others.
 */
import type { Role } from "../fields";
import { normalizeHeader } from "./headers";

const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  hospitals: ["医院", "医院档案", "医院信息", "医院清单", "hospital", "hospitals"],
  departments: ["科室", "科室档案", "科室信息", "department", "departments", "dept", "depts"],
  doctors: ["医生", "医生档案", "医生信息", "医师", "doctor", "doctors", "physician", "physicians", "hcp"],
  inventory: ["进销存", "库存", "inventory", "stock"],
  callLog: [
    "拜访记录",
    "拜访日志",
    "拜访明细",
    "call log",
    "calls",
    "call record",
    "call records",
    "visit log",
  ],
  quota: ["指标", "销售指标", "月指标", "quota", "quotas"],
  holidays: ["节假日", "假日", "假期", "放假安排", "holidays", "holiday", "public holidays"],
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
