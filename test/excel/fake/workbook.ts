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
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
  }
}
onlyRealMembers<FakeWorkbook, Excel.Workbook>(true);

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
