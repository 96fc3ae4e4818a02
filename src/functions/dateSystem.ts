/**
 * The open workbook's date system, for date arguments: Excel passes a date as
 * its serial, and a 1904 workbook counts from 1904-01-01. In the shared
 * runtime a function may ask Excel (a read, before computing); the answer is
 * kept briefly, since one recalculation calls many functions at once.
 */
import type { DateSystem } from "../core/dates";
import { queueDateSystemRead } from "../excel/dateSystem";

const KEEP_MS = 2_000;
let asked: { at: number; answer: Promise<DateSystem> } | null = null;

async function askExcel(): Promise<DateSystem> {
  // Outside Excel (Node, a plain browser) there is no workbook: the 1900 system, Excel's default.
  if (typeof Excel === "undefined") return 1900;
  return await Excel.run(async (context) => {
    const system = queueDateSystemRead(context);
    await context.sync();
    return system();
  });
}

export function workbookDateSystem(now: number = Date.now()): Promise<DateSystem> {
  if (asked && now - asked.at < KEEP_MS) return asked.answer;
  // A failed question is not kept: the next call asks again.
  const answer = askExcel().catch((e: unknown) => {
    asked = null;
    throw e;
  });
  asked = { at: now, answer };
  return answer;
}
