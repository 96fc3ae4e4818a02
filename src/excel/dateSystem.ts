/**
 * Which date system the open workbook uses. Office.js has no property for it
 * (the typings and office.js of this build have no Workbook.use1904DateSystem),
 * so Excel is asked what it computes for DATE(1904,1,1): serial 0 in the 1904
 * system, 1462 in the 1900 system. Workbook.functions is ExcelApi 1.2, inside
 * the ExcelApi 1.7 the add-in requires; the load rides on a sync the caller
 * makes anyway, so it costs no round trip.
 */
import { dateSystemFromSerialOf1904, type DateSystem } from "../core/dates";

/** Queues the question; the returned function answers it after the next sync (1900 if Excel gave no number). */
export function queueDateSystemRead(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => dateSystemFromSerialOf1904(probe.value);
}
