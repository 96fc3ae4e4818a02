/** Excel.Application, Excel.Workbook and the worksheet collection. */
import { FakeContext, loadList, notLoaded, onlyRealMembers } from "./context";
import { FakeWorksheet } from "./sheet";
import type { SheetState } from "./state";
import { FakeTableCollection } from "./table";

export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculation", 50, () => this.ctx.state.suspendedCalc++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("application.suspendScreenUpdating", 50, () => this.ctx.state.suspendedScreen++);
  }
}
onlyRealMembers<FakeApplication, Excel.Application>(true);

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.functions = new FakeFunctions(ctx);
  }
}
onlyRealMembers<FakeWorkbook, Excel.Workbook>(true);

/** Worksheet functions evaluated by Excel (ExcelApi 1.2); only DATE, in the workbook's date system. */
export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    let computed: number | null = null;
    this.ctx.enqueueLoad("functions.date", () => {
      const epoch = this.ctx.state.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      computed = (Date.UTC(year, month - 1, day) - epoch) / 86_400_000;
      return computed;
    });
    return new FakeFunctionResult(() => computed);
  }
}
onlyRealMembers<FakeFunctions, Excel.Functions>(true);

export class FakeFunctionResult {
  private loaded = false;
  constructor(private readonly computed: () => number | null) {}
  load(_props?: string): this {
    this.loaded = true;
    return this;
  }
  get value(): number {
    const v = this.computed();
    if (!this.loaded || v === null) throw notLoaded("functionResult.value");
    return v;
  }
}
onlyRealMembers<FakeFunctionResult, Excel.FunctionResult<number>>(true);

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("worksheets.items");
    return this.loadedItems;
  }

  /** Honours the property list: only "items/name" and "items/visibility" asked for are readable. */
  load(props?: string): this {
    const wanted = loadList(props, "items/");
    this.ctx.enqueueLoad(`worksheets.load:${props ?? ""}`, () => {
      this.loadedItems = this.ctx.state.sheets.map(
        (s) =>
          new FakeWorksheet(
            this.ctx,
            () => s,
            wanted("name") ? s.name : null,
            wanted("visibility") ? (s.visibility as Excel.SheetVisibility) : null,
          ),
      );
      return this.ctx.state.sheets.map((s) => [
        wanted("name") ? s.name : null,
        wanted("visibility") ? s.visibility : null,
      ]);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    let resolved: SheetState | null = null;
    return new FakeWorksheet(this.ctx, () => (resolved ??= this.ctx.state.mustSheet(name)));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const sheetName = name ?? `Sheet${this.ctx.state.sheets.length + 1}`;
    this.ctx.enqueue(`worksheets.add:${sheetName}`, 100, () => {
      created = this.ctx.state.addSheet(sheetName);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error(`ItemNotFound: ${sheetName} was not added`);
      return created;
    });
  }
}
onlyRealMembers<FakeWorksheetCollection, Excel.WorksheetCollection>(true);
