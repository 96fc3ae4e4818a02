/**
 * Issue 16 through the command line: a rep's 移除 typed on the Target List of
 * a plan file is read back by the next run (here in English), the doctor is
 * taken out with the reason, stays on the list below the targets, and every
 * formula of the new workbook still evaluates to the engine's value in an
 * independent engine (the objective formulas give "" on such a row).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { unzipSync, zipSync } from "fflate";
import { columnLetter } from "../../src/core/cells";
import { PackageWorkbook } from "../../src/xlsx/packageWorkbook";
import { tempDir } from "../xlsx/helpers";
import { readXmlWorkbook } from "../xlsx/sheetXml";
import { check } from "./formulaCheck";
import { runCli, SAMPLE_ZH } from "./helpers";

const tmp = tempDir("feedback");
afterAll(() => tmp.cleanup());

/** Types text into cells of a saved workbook's sheet, as Excel would save a typed cell. */
async function typeInto(path: string, out: string, sheet: string, cells: Record<string, string>) {
  const part = (await PackageWorkbook.open(path)).pkg.map.sheets
    .find((s) => s.name === sheet)!
    .part!.replace(/^\//, "");
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  let xml = new TextDecoder().decode(parts[part]);
  for (const [ref, text] of Object.entries(cells)) {
    const cell = new RegExp(`<c r="${ref}"( s="\\d+")?(?: t="[a-zA-Z]+")?\\s*(/>|>.*?</c>)`);
    expect(cell.test(xml)).toBe(true);
    xml = xml.replace(
      cell,
      (_m, s: string | undefined) => `<c r="${ref}"${s ?? ""} t="inlineStr"><is><t>${text}</t></is></c>`,
    );
  }
  parts[part] = new TextEncoder().encode(xml);
  writeFileSync(out, zipSync(parts));
}

it("a rep's 移除 survives into the next run's plan, in English, with every formula checked", async () => {
  const first = tmp.path("first.plan.xlsx");
  const one = await runCli(["plan", SAMPLE_ZH, "-o", first, "--lang", "zh"]);
  expect(one.code).toBe(0);
  const list = one.result!.outputs.find((t) => t.id === "targetList")!;
  const col = (key: string) => columnLetter(list.columns.findIndex((c) => c.key === key));
  // The best target no one overrode (the sample's manager pinned one doctor, which a 移除 cannot undo).
  const top = one.result!.doctors.find((d) => d.priority === 2 && !d.override)!;
  const row = list.rows.findIndex((r) => r.includes(top.record.name) && r.includes(top.record.hospital)) + 2;

  const edited = tmp.path("edited.xlsx");
  await typeInto(first, edited, "目标医生", {
    [`${col("repFeedback")}${row}`]: "移除",
    [`${col("feedbackReason")}${row}`]: "已调离本院",
  });
  const second = tmp.path("second.plan.xlsx");
  const two = await runCli(["plan", edited, "-o", second, "--lang", "en", "--json"]);
  expect(two.code).toBe(0);
  const json = JSON.parse(two.stdout) as {
    doctors: {
      name: string;
      hospital: string;
      target: boolean;
      override: string | null;
      overrideReason: string | null;
      why: string;
    }[];
  };
  expect(
    json.doctors.find((d) => d.name === top.record.name && d.hospital === top.record.hospital),
  ).toMatchObject({
    target: false,
    override: "feedback-removed",
    overrideReason: "已调离本院",
    why: "Removed by the rep: 已调离本院",
  });

  const book = await readXmlWorkbook(second);
  const cells = book.get("Target List")!;
  const answered = cells.filter((c) => c.value === "remove");
  expect(answered).toHaveLength(1);
  expect(cells.find((c) => c.row === answered[0].row && c.value === "已调离本院")).toBeTruthy();
  // The removed doctor's row is below every target.
  const targets = two.result!.plan.targets;
  expect(answered[0].row).toBe(targets + 2);
  expect(check(two, book).mismatches.slice(0, 10)).toEqual([]);
  // The Plan History records the answer.
  const history = book.get("Plan History")!;
  expect(history.some((c) => c.value === "Removed by rep")).toBe(true);
});
