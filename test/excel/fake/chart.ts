/** Excel.Chart, its series and the chart collection; every setter is queued until sync. */
import { AXIS_NUMBER_FORMAT_API } from "../../../src/excel/chart";
import { FakeContext, loadList, notLoaded, onlyRealMembers } from "./context";
import type { FakeRange } from "./range";
import { key, rectAddress, type ChartState, type SeriesState, type SheetState } from "./state";

function rangeRef(r: FakeRange): string {
  const { sheet, rect } = r.target();
  return `${sheet.name}!${rectAddress(rect)}`;
}

/** A setter that runs at sync on the object `resolve` finds then (ItemNotFound if gone). */
function prop<S, T>(
  ctx: FakeContext,
  label: string,
  resolve: () => S,
  get: (s: S) => T,
  set: (s: S, v: T) => void,
) {
  return {
    get: () => get(resolve()),
    set: (v: T) => ctx.enqueue(label, 50, () => set(resolve(), v)),
    enumerable: true,
  };
}

export class FakeChartSeries {
  readonly format: {
    line: { color: string; lineStyle: string };
    fill: { setSolidColor(color: string): void };
  };
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => SeriesState,
  ) {
    const line = {} as { color: string; lineStyle: string };
    Object.defineProperty(
      line,
      "color",
      prop(
        ctx,
        "series.line.color",
        resolve,
        (s) => s.lineColor ?? "",
        (s, v: string) => (s.lineColor = v),
      ),
    );
    Object.defineProperty(
      line,
      "lineStyle",
      prop(
        ctx,
        "series.line.lineStyle",
        resolve,
        (s) => s.lineStyle ?? "",
        (s, v: string) => (s.lineStyle = v),
      ),
    );
    const fill = {
      setSolidColor: (color: string) =>
        ctx.enqueue("series.fill.setSolidColor", 50, () => (resolve().fillColor = color)),
    };
    this.format = { line, fill };
  }
  private set(label: string, apply: (s: SeriesState) => void): void {
    this.ctx.enqueue(`series.${label}`, 50, () => apply(this.resolve()));
  }
  set name(v: string) {
    this.set("name", (s) => (s.name = v));
  }
  get name(): string {
    throw notLoaded("series.name");
  }
  set chartType(v: string) {
    this.set("chartType", (s) => (s.chartType = v));
  }
  get chartType(): string {
    throw notLoaded("series.chartType");
  }
  set markerStyle(v: string) {
    this.set("markerStyle", (s) => (s.markerStyle = v));
  }
  get markerStyle(): string {
    throw notLoaded("series.markerStyle");
  }
  set markerBackgroundColor(v: string) {
    this.set("markerBackgroundColor", (s) => (s.markerBackgroundColor = v));
  }
  get markerBackgroundColor(): string {
    throw notLoaded("series.markerBackgroundColor");
  }
  set markerForegroundColor(v: string) {
    this.set("markerForegroundColor", (s) => (s.markerForegroundColor = v));
  }
  get markerForegroundColor(): string {
    throw notLoaded("series.markerForegroundColor");
  }
  set hasDataLabels(v: boolean) {
    this.set("hasDataLabels", (s) => (s.hasDataLabels = v));
  }
  get hasDataLabels(): boolean {
    throw notLoaded("series.hasDataLabels");
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.set("setXAxisValues", (s) => (s.x = rangeRef(sourceData)));
  }
  setValues(sourceData: FakeRange): void {
    this.set("setValues", (s) => (s.y = rangeRef(sourceData)));
  }
  delete(): void {
    this.ctx.enqueue("series.delete", 50, () => {
      const s = this.resolve();
      for (const sheet of this.ctx.state.sheets)
        for (const c of sheet.charts) c.series = c.series.filter((o) => o !== s);
    });
  }
}
onlyRealMembers<FakeChartSeries, Excel.ChartSeries>(true);

export class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => ChartState,
  ) {}
  /** Found at sync: a chart with fewer series fails there (ItemNotFound), as in Excel. */
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.ctx, () => {
      const s = this.chart().series[index];
      if (!s) throw new Error(`ItemNotFound: series ${index}`);
      return s;
    });
  }
  add(name?: string): FakeChartSeries {
    const s: SeriesState = { name: name ?? "" };
    this.ctx.enqueue("series.add", 100, () => this.chart().series.push(s));
    return new FakeChartSeries(this.ctx, () => s);
  }
}
onlyRealMembers<FakeChartSeriesCollection, Excel.ChartSeriesCollection>(true);

export class FakeChart {
  readonly series: FakeChartSeriesCollection;
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: { title: { text: string } };
    valueAxis: { title: { text: string }; numberFormat: string; minimum: number };
  };
  readonly legend: { position: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => ChartState,
    private readonly loadedName: string | null = null,
  ) {
    this.series = new FakeChartSeriesCollection(ctx, resolve);
    const text = (label: string, get: (c: ChartState) => string, set: (c: ChartState, v: string) => void) =>
      Object.defineProperty({} as { text: string }, "text", prop(ctx, label, resolve, get, set));
    this.title = text(
      "chart.title",
      (c) => c.title,
      (c, v) => (c.title = v),
    );
    this.axes = {
      categoryAxis: {
        title: text(
          "chart.xTitle",
          (c) => c.xTitle,
          (c, v) => (c.xTitle = v),
        ),
      },
      valueAxis: Object.defineProperties(
        {
          title: text(
            "chart.yTitle",
            (c) => c.yTitle,
            (c, v) => (c.yTitle = v),
          ),
        } as { title: { text: string }; numberFormat: string; minimum: number },
        {
          numberFormat: prop(
            ctx,
            "chart.valueAxis.numberFormat",
            resolve,
            (c) => c.valueAxisFormat ?? "",
            (c, v: string) => {
              if (!ctx.state.supports(AXIS_NUMBER_FORMAT_API))
                throw new Error("ApiNotFound: ChartAxis.numberFormat needs ExcelApi 1.8");
              c.valueAxisFormat = v;
            },
          ),
          minimum: prop(
            ctx,
            "chart.valueAxis.minimum",
            resolve,
            (c) => c.valueAxisMinimum ?? 0,
            (c, v: number) => (c.valueAxisMinimum = v),
          ),
        },
      ),
    };
    this.legend = Object.defineProperty(
      {} as { position: string },
      "position",
      prop(
        ctx,
        "chart.legend",
        resolve,
        (c) => c.legend ?? "",
        (c, v: string) => (c.legend = v),
      ),
    );
  }
  get name(): string {
    if (this.loadedName === null) throw notLoaded("chart.name");
    return this.loadedName;
  }
  setPosition(startCell: FakeRange, endCell?: FakeRange): void {
    this.ctx.enqueue("chart.setPosition", 100, () => {
      this.resolve().position = [rangeRef(startCell), endCell ? rangeRef(endCell) : ""];
    });
  }
  delete(): void {
    this.ctx.enqueue("chart.delete", 50, () => {
      const c = this.resolve();
      for (const s of this.ctx.state.sheets) s.charts = s.charts.filter((o) => o !== c);
    });
  }
}
onlyRealMembers<FakeChart, Excel.Chart>(true);

export class FakeChartCollection {
  private loadedItems: FakeChart[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  get items(): FakeChart[] {
    if (!this.loadedItems) throw notLoaded("charts.items");
    return this.loadedItems;
  }
  load(props?: string): this {
    const wanted = loadList(props, "items/");
    this.ctx.enqueueLoad(`charts.load:${props ?? ""}`, () => {
      const charts = this.sheet().charts;
      this.loadedItems = charts.map((c) => new FakeChart(this.ctx, () => c, wanted("name") ? c.name : null));
      return charts.length;
    });
    return this;
  }
  /**
   * As Excel builds series from the source: by columns, an XY scatter takes
   * the first column as x and each further column as a series; a source with
   * no value at all gives a chart without series.
   */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const state: ChartState = { name: "", type, title: "", xTitle: "", yTitle: "", series: [] };
    this.ctx.enqueue(`charts.add:${type}`, 200, () => {
      if (seriesBy !== "Columns") throw new Error("fake: charts.add expects seriesBy Columns");
      const { sheet, rect } = sourceData.target();
      const column = (j: number) => ({ ...rect, col: rect.col + j, cols: 1 });
      const hasValue = (j: number) => {
        for (let i = 0; i < rect.rows; i++) {
          const cell = sheet.cells.get(key(rect.row + i, rect.col + j));
          if (cell && (cell.value !== null || cell.formula !== undefined)) return true;
        }
        return false;
      };
      const xy = type.startsWith("XYScatter") && rect.cols >= 2;
      for (let j = xy ? 1 : 0; j < rect.cols; j++) {
        if (!hasValue(j)) continue;
        state.series.push({
          name: "",
          x: xy ? `${sheet.name}!${rectAddress(column(0))}` : undefined,
          y: `${sheet.name}!${rectAddress(column(j))}`,
        });
      }
      state.name = `Chart ${++this.ctx.state.chartsMade}`;
      this.sheet().charts.push(state);
    });
    return new FakeChart(this.ctx, () => state);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      const c = this.sheet().charts.find((o) => o.name === name);
      if (!c) throw new Error(`ItemNotFound: chart ${name}`);
      return c;
    });
  }
}
onlyRealMembers<FakeChartCollection, Excel.ChartCollection>(true);
