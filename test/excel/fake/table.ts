/** Excel.Table and the table collections (a sheet's, or the workbook's). */
import { FakeContext, loadList, notLoaded, onlyRealMembers } from "./context";
import { FakeRange } from "./range";
import type { Rect, SheetState, TableState } from "./state";

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export class FakeTable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => TableState,
    private loadedName: string | null = null,
    private loadedStyle: string | null = null,
  ) {}
  get name(): string {
    if (this.loadedName === null) throw notLoaded("table.name");
    return this.loadedName;
  }
  set name(value: string) {
    this.ctx.enqueue(`table.rename:${value}`, 100, () => {
      const t = this.resolve();
      const clash = this.ctx.state
        .allTables()
        .some((o) => o !== t && o.name.toLowerCase() === value.toLowerCase());
      if (clash || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value))
        throw new Error(`InvalidArgument: table name ${value}`);
      t.name = value;
    });
  }
  set style(value: string) {
    this.ctx.enqueue("table.style", 50, () => (this.resolve().style = value));
  }
  get style(): string {
    if (this.loadedStyle === null) throw notLoaded("table.style");
    return this.loadedStyle;
  }
  load(props?: string): this {
    const wanted = loadList(props);
    this.ctx.enqueueLoad(`table.load:${props ?? ""}`, () => {
      const t = this.resolve();
      if (wanted("name")) this.loadedName = t.name;
      if (wanted("style")) this.loadedStyle = t.style ?? "TableStyleMedium2";
      return [this.loadedName, this.loadedStyle];
    });
    return this;
  }
  /** The table's range, header included. */
  getRange(): FakeRange {
    const sheetOf = () => {
      const t = this.resolve();
      const s = this.ctx.state.sheets.find((o) => o.tables.includes(t));
      if (!s) throw new Error("ItemNotFound: table");
      return s;
    };
    return new FakeRange(this.ctx, sheetOf, () => this.resolve().rect);
  }
  /** Deletes the table; its cells stay as plain cells, as in Excel. */
  delete(): void {
    this.ctx.enqueue("table.delete", 50, () => {
      const t = this.resolve();
      for (const s of this.ctx.state.sheets) s.tables = s.tables.filter((o) => o !== t);
    });
  }
}
onlyRealMembers<FakeTable, Excel.Table>(true);

export class FakeTableCollection {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: (() => SheetState) | null,
  ) {}
  private scope(): TableState[] {
    return this.sheet ? this.sheet().tables : this.ctx.state.allTables();
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("tables.items");
    return this.loadedItems;
  }
  load(props?: string): this {
    const wanted = loadList(props, "items/");
    this.ctx.enqueueLoad(`tables.load:${props ?? ""}`, () => {
      this.loadedItems = this.scope().map(
        (t) =>
          new FakeTable(
            this.ctx,
            () => t,
            wanted("name") ? t.name : null,
            wanted("style") ? (t.style ?? null) : null,
          ),
      );
      return this.scope().map((t) => t.name);
    });
    return this;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.scope().find((o) => o.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new Error(`ItemNotFound: table ${name}`);
      return t;
    });
  }
  /** Excel refuses a table over cells of another table (InvalidOperation). */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (!this.sheet || typeof address === "string" || !hasHeaders)
      throw new Error("fake: tables.add(range, true) on a sheet only");
    const range = address;
    const sheet = this.sheet;
    let created: TableState | null = null;
    this.ctx.enqueue("tables.add", 100, () => {
      const rect = range.target().rect;
      const s = sheet();
      if (s.tables.some((t) => overlaps(t.rect, rect))) {
        throw new Error("InvalidOperation: a table cannot overlap another table");
      }
      const names = new Set(this.ctx.state.allTables().map((t) => t.name));
      let i = 1;
      while (names.has(`Table${i}`)) i++;
      created = { name: `Table${i}`, rect };
      s.tables.push(created);
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw new Error("ItemNotFound: table not added");
      return created;
    });
  }
}
onlyRealMembers<FakeTableCollection, Excel.TableCollection>(true);
