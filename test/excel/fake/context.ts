/**
 * The request context: every command is queued and runs at sync(); a load's
 * result is readable only after it. A failing command stops the batch after
 * the commands before it were applied, as Excel does.
 */
import { jsonBytes } from "../../../src/excel/limits";
import type { Command, FakeWorkbookState, SyncLog } from "./state";
import { FakeApplication, FakeWorkbook } from "./workbook";

type Extra<F, E> = Exclude<keyof F, keyof E>;
/** Fails to compile when a fake class has a public member the real Excel class lacks. */
export function onlyRealMembers<F, E>(ok: [Extra<F, E>] extends [never] ? true : Extra<F, E>): void {
  void ok;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Command[] = [];
  private responses: (() => unknown)[] = [];
  private commits: (() => void)[] = [];

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(label: string, bytes: number, apply: () => void): void {
    this.queue.push({ label, bytes, apply });
  }

  /**
   * A load: measured as response bytes once it ran. With `commit`, what it
   * loaded becomes readable only when the response arrives (not when Excel
   * refuses the response as too large).
   */
  enqueueLoad<T>(label: string, apply: () => T, commit?: (loaded: T) => void): void {
    this.queue.push({
      label,
      bytes: 100,
      apply: () => {
        const loaded = apply();
        this.responses.push(() => loaded);
        if (commit) this.commits.push(() => commit(loaded));
      },
    });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.responses = [];
    this.commits = [];
    const log: SyncLog = {
      requestBytes: commands.reduce((n, c) => n + c.bytes, 0),
      responseBytes: 0,
      commands: commands.map((c) => c.label),
    };
    this.state.syncs.push(log);
    // Excel on the web rejects a request over its payload limit whole, before running any of it
    // (OfficeExtension.Error, name "RichApi.Error", code RequestPayloadSizeLimitExceeded).
    if (this.state.payloadLimit !== null && log.requestBytes > this.state.payloadLimit) {
      log.refused = true;
      return Promise.reject(payloadTooLarge("request", log.requestBytes));
    }
    try {
      for (const c of commands) {
        if (this.state.failOn?.(c.label)) throw new Error(`GeneralException: ${c.label} failed`);
        c.apply();
      }
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      log.responseBytes = this.responses.reduce((n, r) => n + jsonBytes(r()), 0);
    }
    // Excel on the web refuses a response over its payload limit (ResponsePayloadSizeLimitExceeded);
    // the fake is used so only for requests of loads, whose answer is then lost.
    if (this.state.responseLimit !== null && log.responseBytes > this.state.responseLimit) {
      log.refused = true;
      return Promise.reject(payloadTooLarge("response", log.responseBytes));
    }
    for (const commit of this.commits) commit();
    return Promise.resolve();
  }
}

export function notLoaded(what: string): Error {
  return new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
}

/**
 * A load's property list as a test: `load()` with none loads everything
 * scalar; "items/name,items/visibility" loads just those (prefix stripped).
 */
export function loadList(props: string | undefined, prefix = ""): (name: string) => boolean {
  if (props === undefined || props.trim() === "") return () => true;
  const names = new Set(
    props
      .split(",")
      .map((p) => p.trim())
      .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p)),
  );
  return (name) => names.has(name);
}

/** Excel's OfficeExtension.Error for a request or response over its payload limit. */
function payloadTooLarge(which: "request" | "response", bytes: number): Error {
  const e = new Error(`The ${which} payload size has exceeded the limit (${bytes} bytes).`) as Error & {
    code: string;
  };
  e.name = "RichApi.Error";
  e.code = which === "request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded";
  return e;
}
