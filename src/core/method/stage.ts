/**
 * Hospital stage (SPEC §4): development while our product sells nothing (or
 * is not listed), growth below the stable share, stable from it on.
 */
import type { Settings, Stage } from "../settings";

/**
 * @param volume our monthly volume in the hospital; null = not listed
 * @param share our share of the class (volume / potential); null = unknown
 * @returns null when we sell but the share cannot be known
 */
export function stageOf(
  volume: number | null,
  share: number | null,
  settings: Pick<Settings, "stage">,
): Stage | null {
  if (volume === null || volume <= 0) return "development";
  if (share === null) return null;
  return share < settings.stage.stableShare ? "growth" : "stable";
}
