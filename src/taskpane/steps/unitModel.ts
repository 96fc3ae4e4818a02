/** The money unit of the user's purchase column, so tier thresholds read in the same unit as the data. */
import { headerUnit } from "../../core/input";
import type { TableDetection } from "../../core/results";

export interface MoneyUnit {
  /** Yuan per unit of the column: 万元 → 10,000. */
  factor: number;
  /** The unit as the header writes it ("万元"). */
  unit: string;
}

const UNIT_WORDS: Record<number, string> = { 1e3: "千元", 1e4: "万元", 1e6: "百万元", 1e8: "亿元" };

/** The hospitals' monthly-purchase column unit, or null when it is in yuan (or not mapped). */
export function purchaseUnit(detections: readonly TableDetection[]): MoneyUnit | null {
  const header = detections.find((d) => d.role === "hospitals")?.columns.monthlyPurchase?.header;
  if (!header) return null;
  const { scale } = headerUnit(header);
  return scale !== 1 && UNIT_WORDS[scale] ? { factor: scale, unit: UNIT_WORDS[scale] } : null;
}
