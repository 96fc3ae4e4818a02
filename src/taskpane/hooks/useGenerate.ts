import { useCallback, useEffect, useRef, useState } from "react";
import type { Issue } from "../../core/issues";
import { PortError } from "../../core/portError";
import { EngineError } from "../../core/results";
import type { WorkbookPort } from "../../core/port";
import type { Settings } from "../../core/settings";
import type { GenerateOutcome, GenerateStage, PaneServices } from "../services";
import { errorText, isAbort } from "./errorText";

export type GenerateStatus = "idle" | "running" | "cancelling" | "cancelled" | "failed" | "done";

export interface GenerateState {
  status: GenerateStatus;
  stage: GenerateStage;
  /** 0..1 over the whole run. */
  fraction: number;
  outcome: GenerateOutcome | null;
  error: string | null;
  /**
   * The engine's issue behind a failure (e.g. no doctor table), so the pane
   * words it in its own language rather than the output language.
   */
  errorIssue: Issue | null;
  /** A failed write of the plan sheets (PortError "write-failed"), worded by the pane. */
  writeFailure: WriteFailure | null;
}

export interface WriteFailure {
  /** Excel's own reason. */
  detail: string;
  /** The workbook was put back as it was. */
  restored: boolean;
}

export interface GenerateControls extends GenerateState {
  start: (settings: Settings) => Promise<void>;
  cancel: () => void;
}

const IDLE: GenerateState = {
  status: "idle",
  stage: "reading",
  fraction: 0,
  outcome: null,
  error: null,
  errorIssue: null,
  writeFailure: null,
};

/** A failed write of the plan sheets (a PortError of kind "write-failed" from any port). */
export function writeFailure(e: unknown): WriteFailure | null {
  if (!(e instanceof PortError) || e.kind !== "write-failed") return null;
  return { detail: e.detail, restored: e.restored };
}

/** The Issue an EngineError (src/core/results) carries. */
export function engineIssue(e: unknown): Issue | null {
  return e instanceof EngineError ? e.issue : null;
}

/**
 * Runs generatePlan with progress and an AbortController. Cancelling aborts
 * the run; the engine and the port leave the workbook as it was. Once writing
 * has started the run can no longer be cancelled (the pane disables Cancel).
 */
export function useGenerate(port: WorkbookPort, services: PaneServices, today?: Date): GenerateControls {
  const [state, setState] = useState<GenerateState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (settings: Settings) => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setState((s) => ({ ...IDLE, status: "running", outcome: s.outcome }));
      try {
        const outcome = await services.generatePlan(port, {
          settings,
          today,
          signal: ac.signal,
          onProgress: (stage, fraction) => {
            if (!ac.signal.aborted) setState((s) => ({ ...s, stage, fraction }));
          },
        });
        if (controller.current !== ac) return;
        // Resolved means written: a Cancel that came too late (while writing) did not stop it.
        setState({ ...IDLE, status: "done", stage: "done", fraction: 1, outcome });
      } catch (e) {
        if (controller.current !== ac) return;
        if (isAbort(e, ac.signal)) setState((s) => ({ ...s, status: "cancelled" }));
        else
          setState((s) => ({
            ...s,
            status: "failed",
            error: errorText(e),
            errorIssue: engineIssue(e),
            writeFailure: writeFailure(e),
          }));
      } finally {
        if (controller.current === ac) controller.current = null;
      }
    },
    [port, services, today],
  );

  const cancel = useCallback(() => {
    const ac = controller.current;
    if (!ac) return;
    // The run settles as "cancelled" once the engine has stopped and the port has undone its writes.
    setState((s) => (s.status === "running" ? { ...s, status: "cancelling" } : s));
    ac.abort();
  }, []);

  return { ...state, start, cancel };
}
