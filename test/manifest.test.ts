/**
 * @jest-environment jsdom
 */
// Microsoft's online validator cannot run offline, so the manifest's structure is checked here.
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const localName = (tag: string): Element[] =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === tag);

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const hasXmllint = (() => {
      try {
        execFileSync("xmllint", ["--version"], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    })();
    if (hasXmllint) {
      expect(() => execFileSync("xmllint", ["--noout", join(root, "manifest.xml")])).not.toThrow();
    }
  });

  it("has a GUID id, ReadWriteDocument permission and the Workbook host", () => {
    expect(all("Id")[0]?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(all("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
    expect(localName("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
  });

  it("defines every resid it references", () => {
    const defined = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .filter((e) => ["Image", "Url", "String"].includes(e.localName) && e.getAttribute("id"))
        .map((e) => e.getAttribute("id")!),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(defined).toContain(r);
  });

  it("uses only https URLs", () => {
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v)),
    );
    const domains = localName("AppDomain").map((e) => e.textContent ?? "");
    expect(urls.length).toBeGreaterThan(5);
    for (const u of [...urls, ...domains]) expect(u).toMatch(/^https:\/\//);
  });

  it("has every referenced icon in assets/ at 16, 32, 64 and 80 px", () => {
    const icons = Array.from(doc.getElementsByTagName("*"))
      .filter((e) => ["IconUrl", "HighResolutionIconUrl"].includes(e.localName) || e.localName === "Image")
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => v !== null);
    expect(icons.length).toBeGreaterThan(0);
    for (const url of icons) {
      const file = url.replace(/^https:\/\/localhost:3000\//, "");
      expect(existsSync(join(root, file))).toBe(true);
      const png = readFileSync(join(root, file));
      const size = png.readUInt32BE(16);
      const m = /-(\d+)\.png$/.exec(file);
      expect(m).not.toBeNull();
      expect(size).toBe(Number(m![1]));
    }
    for (const s of [16, 32, 64, 80]) expect(existsSync(join(root, `assets/icon-${s}.png`))).toBe(true);
  });

  it("declares the shared runtime and custom functions", () => {
    expect(localName("Set").some((s) => s.getAttribute("Name") === "SharedRuntime")).toBe(true);
    const runtime = localName("Runtime")[0];
    expect(runtime?.getAttribute("lifetime")).toBe("long");
    const points = localName("ExtensionPoint").map((e) => e.getAttribute("xsi:type"));
    expect(points).toContain("CustomFunctions");
    expect(points).toContain("PrimaryCommandSurface");
    const ns = Array.from(doc.getElementsByTagName("*")).find(
      (e) => e.localName === "String" && e.getAttribute("id") === "Functions.Namespace",
    );
    expect(ns?.getAttribute("DefaultValue")).toBe("MICROSEG");
  });

  it("points the custom functions at the built files, with the zh-CN metadata as a zh-CN override", () => {
    const url = (id: string) => localName("Url").find((e) => e.getAttribute("id") === id);
    const file = (u: string | null | undefined) => (u ?? "").replace(/^https:\/\/[^/]+\//, "");
    expect(file(url("Functions.Script.Url")?.getAttribute("DefaultValue"))).toBe("functions.js");
    const metadataUrl = url("Functions.Metadata.Url");
    expect(file(metadataUrl?.getAttribute("DefaultValue"))).toBe("functions.json");
    const overrides = Array.from(metadataUrl?.children ?? []).filter((e) => e.localName === "Override");
    expect(overrides.map((o) => [o.getAttribute("Locale"), file(o.getAttribute("Value"))])).toEqual([
      ["zh-CN", "functions.zh-CN.json"],
    ]);
    // Shared runtime: the functions' page, the function file and the task pane are one page.
    const resids = [
      ...localName("Runtime"),
      ...localName("FunctionFile"),
      ...localName("Page").flatMap((p) => localName("SourceLocation").filter((s) => p.contains(s))),
    ].map((e) => e.getAttribute("resid"));
    expect(new Set(resids)).toEqual(new Set(["Taskpane.Url"]));
  });

  it("opens the shared runtime's own pane: the ShowTaskpane action carries no TaskpaneId", () => {
    // A TaskpaneId names a pane container of its own; the shared runtime has one pane, its own page.
    const actions = localName("Action").filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    expect(Array.from(actions[0].children).map((c) => c.localName)).toEqual(["SourceLocation"]);
    expect(actions[0].getElementsByTagName("SourceLocation")[0]?.getAttribute("resid")).toBe("Taskpane.Url");
    expect(localName("TaskpaneId")).toHaveLength(0);
  });

  it("offers the two ribbon buttons on the Home tab", () => {
    const tab = localName("OfficeTab")[0];
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const controls = localName("Control").map((c) => c.getAttribute("id"));
    expect(controls).toEqual(["MicroSeg.OpenPane", "MicroSeg.Generate"]);
    expect(localName("FunctionName")[0]?.textContent).toBe("generateTargets");
  });
});
