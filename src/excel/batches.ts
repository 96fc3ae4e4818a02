/**
 * Queued work sent to Excel in as few requests as the size limits allow
 * (CONVENTIONS habit 1: queue everything, sync once; chunk only when one
 * request would pass the payload limit, see limits.ts).
 *
 * The sizes are estimates. When Excel on the web still refuses a request as
 * too large (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded:
 * it refuses the request whole, so none of it ran), the same steps are sent
 * again under half the budget, a step too large on its own split in two; at
 * most MAX_PAYLOAD_RETRIES times per call, then the refusal is the error.
 */
/** Queues Office.js commands (no sync) and says roughly how many bytes they send or fetch. */
export interface QueuedStep {
  bytes: number;
  queue: () => void;
  /**
   * The same work as two or more smaller steps (e.g. half the rows each), for
   * a request Excel refused as too large; absent when the step cannot be split.
   * Queuing must be repeatable: a refused request ran none of its commands.
   */
  split?: () => QueuedStep[];
}

/** Excel's error codes for a request or response over its payload limit (Excel on the web). */
export const PAYLOAD_ERROR_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/** Refusals for size answered by smaller requests before giving up (each halves the budget). */
export const MAX_PAYLOAD_RETRIES = 12;

/** True for Excel's refusal of a request or response as too large (OfficeExtension.Error.code). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERROR_CODES.has(code);
}

/** The first request's worth of steps: at least one, the rest while the sum stays under the budget. */
function takeBatch(steps: readonly QueuedStep[], budget: number): number {
  let bytes = steps[0]?.bytes ?? 0;
  let count = steps.length > 0 ? 1 : 0;
  while (count < steps.length && bytes + steps[count].bytes <= budget) bytes += steps[count++].bytes;
  return count;
}

/**
 * Packs the steps into requests under `budget` bytes and syncs once per
 * request. With everything under the budget this is exactly one sync, so
 * the number of syncs does not grow with the number of rows until the data
 * itself passes the limit. `beforeEachBatch` gets the number of requests
 * that already went through (0 for the first one to run).
 */
export async function syncInBatches(
  context: Excel.RequestContext,
  steps: readonly QueuedStep[],
  budget: number,
  beforeEachBatch?: (batchIndex: number) => void,
): Promise<number> {
  const pending = [...steps];
  let limit = budget;
  let sent = 0;
  let retries = 0;
  while (pending.length > 0) {
    // A step larger than a budget already lowered by a refusal is split before it is sent again.
    const head = pending[0];
    if (head.split && head.bytes > limit && retries > 0) {
      pending.splice(0, 1, ...head.split());
      continue;
    }
    const count = takeBatch(pending, limit);
    const batch = pending.slice(0, count);
    beforeEachBatch?.(sent);
    for (const step of batch) step.queue();
    try {
      // A sync per batch is the point here: each batch is one request kept under
      // the payload limit, and their number is bounded by total size / budget.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const canShrink = batch.length > 1 || batch[0].split !== undefined;
      if (!isPayloadTooLarge(error) || !canShrink || retries >= MAX_PAYLOAD_RETRIES) throw error;
      retries++;
      const estimated = batch.reduce((n, s) => n + s.bytes, 0);
      limit = Math.max(1, Math.floor(Math.min(limit, estimated) / 2));
      if (batch.length === 1) pending.splice(0, 1, ...(batch[0].split?.() ?? []));
      continue;
    }
    pending.splice(0, count);
    sent++;
  }
  return sent;
}

/** A block of cells that one range load reads (0-based, rows × cols from row, col). */
export interface LoadedBlock {
  at: { row: number; col: number; rows: number; cols: number };
}

/**
 * The load of one block as a step. Should Excel refuse its answer as too
 * large, the block is replaced in `blocks`, in its place, by its two halves
 * (`load.make` builds a block for a rectangle), each loaded on its own.
 */
export function blockLoadStep<B extends LoadedBlock>(
  blocks: B[],
  block: B,
  load: { bytes: (b: B) => number; queue: (b: B) => void; make: (like: B, at: B["at"]) => B },
): QueuedStep {
  const { row, col, rows, cols } = block.at;
  const half = Math.ceil(rows / 2);
  return {
    bytes: load.bytes(block),
    queue: () => load.queue(block),
    split:
      rows > 1
        ? () => {
            const halves = [
              load.make(block, { row, col, rows: half, cols }),
              load.make(block, { row: row + half, col, rows: rows - half, cols }),
            ];
            blocks.splice(blocks.indexOf(block), 1, ...halves);
            return halves.map((h) => blockLoadStep(blocks, h, load));
          }
        : undefined,
  };
}
