import type { Lang } from "../../core/issues";
import { PortError } from "../../core/portError";

/** The message of anything thrown, for a MessageBar; a port's error in the pane's language. */
export function errorText(e: unknown, lang?: Lang): string {
  if (e instanceof PortError && lang) return e.messageIn(lang);
  if (e instanceof Error) return e.message;
  return String(e);
}

/** True when a rejection came from an AbortSignal (DOMException or an Error named AbortError). */
export function isAbort(e: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}
