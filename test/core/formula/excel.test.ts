import { HyperFormula } from "hyperformula";
import { compileFormula, evaluateFormula, type CompiledFormula } from "../../../src/core/formula";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

/** Doctor variables laid out as columns A..D of row {r}. */
const DOCTOR_REFS = { volume: "A{r}", potential: "B{r}", headroom: "C{r}", statusBonus: "D{r}" };

function compiled(name: "deptTotalRx" | "ourRx" | "targetScore", source: string): CompiledFormula {
  const r = compileFormula(name, source);
  if (!r.ok) throw new Error(JSON.stringify(r.issue));
  return r.formula;
}

describe("Excel transpiler: strings", () => {
  it("default deptTotalRx over column-key refs", () => {
    const f = compiled("deptTotalRx", DEFAULT_SETTINGS.formulas.deptTotalRx);
    const refs = Object.fromEntries(f.variables.map((v) => [v, `{c:${v}}{r}`]));
    expect(f.excel(refs, ["workingDays"])).toBe(
      '=IF(COUNT({c:dailyPatients}{r},{c:classUsageRate}{r},{c:rxPerPatient}{r})<3,"",' +
        "{c:dailyPatients}{r}*{c:classUsageRate}{r}*{c:rxPerPatient}{r}*{c:workingDays}{r})",
    );
  });

  it.each([
    ["potential - volume", '=IF(COUNT(B{r},A{r})<2,"",B{r}-A{r})'],
    ["potential - (volume - headroom)", '=IF(COUNT(B{r},A{r},C{r})<3,"",B{r}-(A{r}-C{r}))'],
    ["(potential - volume) - headroom", '=IF(COUNT(B{r},A{r},C{r})<3,"",B{r}-A{r}-C{r})'],
    ["-volume^2", '=IF(COUNT(A{r})<1,"",IFERROR(-(A{r}^2),""))'],
    ["(-volume)^2", '=IF(COUNT(A{r})<1,"",IFERROR((-A{r})^2,""))'],
    ["2^3^2", '=IFERROR(2^(3^2),"")'],
    ["volume > 3 ? potential : 0", '=IF(COUNT(A{r},B{r})<2,"",IF(A{r}>3,B{r},0))'],
    ["volume == 1", '=IF(COUNT(A{r})<1,"",N(A{r}=1))'],
    ["volume != 1 and statusBonus", '=IF(COUNT(A{r},D{r})<2,"",N(AND(A{r}<>1,D{r})))'],
    ["min(volume, 2) + max(potential, 1)", '=IF(COUNT(A{r},B{r})<2,"",MIN(A{r},2)+MAX(B{r},1))'],
    ["round(potential / 3)", '=IF(COUNT(B{r})<1,"",IFERROR(ROUND(B{r}/3,0),""))'],
    ["floor(volume) + ceil(volume)", '=IF(COUNT(A{r})<1,"",FLOOR.MATH(A{r})+CEILING.MATH(A{r}))'],
    ["log(volume) + log(volume, 10)", '=IF(COUNT(A{r})<1,"",IFERROR(LN(A{r})+LOG(A{r},10),""))'],
    ["pow(volume, 2) * sqrt(potential)", '=IF(COUNT(A{r},B{r})<2,"",IFERROR(POWER(A{r},2)*SQRT(B{r}),""))'],
  ])("%s → %s", (source, excel) => {
    expect(compiled("targetScore", source).excel(DOCTOR_REFS)).toBe(excel);
  });
});

describe("Excel transpiler: Excel computes what the engine computes", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetName = hf.addSheet("t");
  const sheet = hf.getSheetId(sheetName)!;
  afterAll(() => hf.destroy());

  const rows: (number | null)[][] = [
    [4, 10, 6, 1],
    [0, 10, 10, 0],
    [12.5, 3, -9.5, 1],
    [null, 10, null, 0],
    [-2, 0.5, 2.5, 0],
  ];

  it.each([
    "potential - volume",
    "headroom * (1 + 0.2 * statusBonus)",
    "-volume^2 + 2^3^2",
    "(-volume)^2",
    "potential / volume",
    "volume > 3 ? potential : volume - 1",
    "volume == 0 or statusBonus",
    "not (volume >= 4)",
    "round(potential / 3, 2) + round(-2.5)",
    "floor(volume / 3) + ceil(potential / 3)",
    "floor(-potential / 3) + ceil(-potential / 3)",
    "sqrt(potential) + log(potential) + log(potential, 10)",
    "exp(statusBonus) + pow(potential, 0.5)",
    "min(volume, potential, headroom) * max(1, statusBonus)",
    "abs(volume - potential)",
    "potential - -volume",
  ])("%s", (source) => {
    const f = compiled("targetScore", source);
    rows.forEach((row, i) => {
      const r = i + 1;
      hf.setCellContents({ sheet, row: i, col: 0 }, [
        [...row, f.excel(DOCTOR_REFS).split("{r}").join(String(r))],
      ]);
      const scope = { volume: row[0], potential: row[1], headroom: row[2], statusBonus: row[3] };
      const engine = evaluateFormula(f, scope);
      const excel = hf.getCellValue({ sheet, row: i, col: 4 });
      if (engine === null) expect(excel).toBe("");
      else expect(excel).toBeCloseTo(engine, 9);
    });
  });
});
