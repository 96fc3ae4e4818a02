/** Excel.ConditionalFormat and its collection; every setter is queued until sync, as in Excel. */
import { FakeContext, onlyRealMembers } from "./context";
import type { ConditionalFormatState, Rect, SheetState } from "./state";

/** A property whose setter queues a command that writes into the format's state at sync. */
function queued<T>(
  ctx: FakeContext,
  label: string,
  get: () => T,
  set: (v: T) => void,
): { get: () => T; set: (v: T) => void } {
  return { get, set: (v: T) => ctx.enqueue(label, 50, () => set(v)) };
}

export class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  readonly dataBar: { barDirection: string; positiveFormat: { fillColor: string } };
  constructor(ctx: FakeContext, state: ConditionalFormatState) {
    const formula = queued(
      ctx,
      "cf.custom.rule.formula",
      () => state.formula ?? "",
      (v) => (state.formula = v),
    );
    const fill = queued(
      ctx,
      "cf.custom.format.fill.color",
      () => state.fill ?? "",
      (v) => (state.fill = v),
    );
    const direction = queued(
      ctx,
      "cf.dataBar.barDirection",
      () => state.barDirection ?? "",
      (v) => (state.barDirection = v),
    );
    const barColor = queued(
      ctx,
      "cf.dataBar.positiveFormat.fillColor",
      () => state.barColor ?? "",
      (v) => (state.barColor = v),
    );
    this.custom = {
      rule: Object.defineProperty({} as { formula: string }, "formula", formula),
      format: { fill: Object.defineProperty({} as { color: string }, "color", fill) },
    };
    this.dataBar = Object.defineProperty(
      { positiveFormat: Object.defineProperty({} as { fillColor: string }, "fillColor", barColor) } as {
        barDirection: string;
        positiveFormat: { fillColor: string };
      },
      "barDirection",
      direction,
    );
  }
}
onlyRealMembers<FakeConditionalFormat, Excel.ConditionalFormat>(true);

export class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rect: () => Rect,
  ) {}
  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    const state: ConditionalFormatState = { type, rect: { row: 0, col: 0, rows: 0, cols: 0 } };
    this.ctx.enqueue(`conditionalFormats.add:${type}`, 100, () => {
      state.rect = this.rect();
      this.sheet().conditionalFormats.push(state);
    });
    return new FakeConditionalFormat(this.ctx, state);
  }
  /** Removes the formats whose range lies inside this range. */
  clearAll(): void {
    this.ctx.enqueue("conditionalFormats.clearAll", 50, () => {
      const r = this.rect();
      const within = (cf: ConditionalFormatState) =>
        cf.rect.row >= r.row &&
        cf.rect.col >= r.col &&
        cf.rect.row + cf.rect.rows <= r.row + r.rows &&
        cf.rect.col + cf.rect.cols <= r.col + r.cols;
      const s = this.sheet();
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !within(cf));
    });
  }
}
onlyRealMembers<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>(true);
