/** Excel.ConditionalFormat and its collection; every setter is queued until sync, as in Excel. */
import { FakeContext, notLoaded, onlyRealMembers } from "./context";
import { FakeRange } from "./range";
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

type Loadable<T> = T & { load: (props?: string) => void };

export class FakeConditionalFormat {
  readonly custom: { rule: Loadable<{ formula: string }>; format: { fill: Loadable<{ color: string }> } };
  readonly dataBar: Loadable<{ barDirection: string; positiveFormat: Loadable<{ fillColor: string }> }>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: ConditionalFormatState,
    private readonly sheet: () => SheetState,
  ) {
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
    // The sub-objects' loads are queued like any load; their values are the format's state after sync.
    const load = () => ctx.enqueueLoad("cf.load", () => null);
    this.custom = {
      rule: Object.defineProperty({ load } as Loadable<{ formula: string }>, "formula", formula),
      format: { fill: Object.defineProperty({ load } as Loadable<{ color: string }>, "color", fill) },
    };
    this.dataBar = Object.defineProperty(
      {
        load,
        positiveFormat: Object.defineProperty(
          { load } as Loadable<{ fillColor: string }>,
          "fillColor",
          barColor,
        ),
      } as Loadable<{ barDirection: string; positiveFormat: Loadable<{ fillColor: string }> }>,
      "barDirection",
      direction,
    );
  }
  get type(): string {
    return this.state.type;
  }
  load(_props?: string): this {
    this.ctx.enqueueLoad("cf.load", () => this.state.type);
    return this;
  }
  /** The range the format applies to. */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => this.state.rect);
  }
}
onlyRealMembers<FakeConditionalFormat, Excel.ConditionalFormat>(true);

export class FakeConditionalFormatCollection {
  private loadedItems: FakeConditionalFormat[] | null = null;
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
    return new FakeConditionalFormat(this.ctx, state, this.sheet);
  }
  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw notLoaded("conditionalFormats.items");
    return this.loadedItems;
  }
  /** The formats that apply within this range. */
  load(_props?: string): this {
    this.ctx.enqueueLoad("conditionalFormats.load", () => {
      const r = this.rect();
      const inRange = this.sheet().conditionalFormats.filter(
        (cf) =>
          cf.rect.row >= r.row &&
          cf.rect.col >= r.col &&
          cf.rect.row + cf.rect.rows <= r.row + r.rows &&
          cf.rect.col + cf.rect.cols <= r.col + r.cols,
      );
      this.loadedItems = inRange.map((cf) => new FakeConditionalFormat(this.ctx, cf, this.sheet));
      return inRange.length;
    });
    return this;
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
