/**
 * Runs asynchronous tasks one after another, in the order they were queued.
 * A port uses one for every read-change-write of its registry (settings saves,
 * generations), so two of them never interleave and neither undoes the other.
 * A failed task rejects its own caller only; the queue goes on.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
