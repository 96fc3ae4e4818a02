/**
 * Queued work sent to Excel in as few requests as the size limits allow
 * (CONVENTIONS habit 1: queue everything, sync once; chunk only when one
 * request would pass the payload limit, see limits.ts).
 */
import { packBySize } from "./limits";

/** Queues Office.js commands (no sync) and says roughly how many bytes they send or fetch. */
export interface QueuedStep {
  bytes: number;
  queue: () => void;
}

/**
 * Packs the steps into requests under `budget` bytes and syncs once per
 * request. With everything under the budget this is exactly one sync, so
 * the number of syncs does not grow with the number of rows until the data
 * itself passes the limit.
 */
export async function syncInBatches(
  context: Excel.RequestContext,
  steps: readonly QueuedStep[],
  budget: number,
  beforeEachBatch?: (batchIndex: number) => void,
): Promise<number> {
  const batches = packBySize(steps, (s) => s.bytes, budget);
  for (let i = 0; i < batches.length; i++) {
    beforeEachBatch?.(i);
    for (const step of batches[i]) step.queue();
    // A sync per batch is the point here: each batch is one request kept under
    // the payload limit, and their number is bounded by total size / budget.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return batches.length;
}
