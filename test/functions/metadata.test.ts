/**
 * Golden tests of the generated custom-functions metadata: functions.json as
 * the build's generator makes it from the JSDoc of src/functions/functions.ts,
 * and functions.zh-CN.json as scripts/functions-locale.js makes it from that
 * and the one translation table.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack from "webpack";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import LocalizedMetadataPlugin, {
  localizeMetadata,
  readmeSection,
  withErrorInputs,
  type FunctionsMetadata,
  type TranslationTable,
} from "../../scripts/functions-locale";

const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS = path.join(ROOT, "src/functions/functions.ts");
const TABLE_PATH = path.join(ROOT, "src/functions/translations.zh-CN.json");
const HELP_URL = "https://localhost:3000/functions-help.html";

function readTable(): TranslationTable {
  return JSON.parse(fs.readFileSync(TABLE_PATH, "utf8")) as TranslationTable;
}

/** The table without one function's entry. */
function tableWithout(id: string): TranslationTable {
  return Object.fromEntries(Object.entries(readTable()).filter(([key]) => key !== id));
}

/** id → parameters as "name" or "[name]" (optional); every parameter is an any-typed matrix. */
const GOLDEN: Record<string, string[]> = {
  TIER: ["beds", "outpatients", "purchase", "[thresholds]"],
  DEPTRX: ["dailyPatients", "usageRate", "rxPerPatient", "[workingDays]"],
  OURRX: ["ourDailyPatients", "rxPerPatient", "[workingDays]"],
  SHARE: ["ourRx", "deptRx"],
  CUTOFF: ["values", "[method]", "[p]"],
  QUADRANT: ["volume", "potential", "[volumeCut]", "[potentialCut]", "[labels]"],
  STAGE: ["ourVolume", "share", "[stableShare]", "[labels]"],
  CALLS: ["quadrant", "[frequencies]"],
  CAPACITY: ["callsPerDay", "startDate", "endDate", "[holidays]", "[calendar]"],
  TARGETRX: ["volume", "potential", "[ambition]", "[trial]"],
  SMARTCHECK: ["target", "volume", "potential", "dueDate", "[ambition]"],
  NUMBER: ["text"],
};

let metadata: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS], true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
});

describe("functions.json (generated from JSDoc)", () => {
  it("declares exactly the twelve MICROSEG functions, ids = names, uppercase", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(GOLDEN));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("pins every parameter: name, optional flag, type any, matrix dimensionality", () => {
    for (const f of metadata.functions) {
      const shown = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect({ id: f.id, params: shown }).toEqual({ id: f.id, params: GOLDEN[f.id] });
      for (const p of f.parameters) {
        expect({
          id: f.id,
          name: p.name,
          type: p.type,
          dimensionality: p.dimensionality,
          repeating: p.repeating,
        }).toEqual({ id: f.id, name: p.name, type: "any", dimensionality: "matrix", repeating: undefined });
      }
    }
  });

  it("returns a matrix (a spill) from every function", () => {
    for (const f of metadata.functions) expect(f.result).toEqual({ dimensionality: "matrix" });
  });

  it("has a description, a sentence for every parameter and the help page for every function", () => {
    for (const f of metadata.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(HELP_URL);
      for (const p of f.parameters) expect(p.description).toMatch(/\S.*[.!)]$/);
    }
  });
});

describe("error cells as arguments (allowErrorForDataTypeAny)", () => {
  it("is switched on by the build, which the JSDoc generator cannot do", () => {
    // The generator writes only allowCustomDataForDataTypeAny; Microsoft documents the
    // error flag for hand-written metadata, so the build step adds it.
    expect(metadata.allowErrorForDataTypeAny).toBeUndefined();
    const withErrors = withErrorInputs(metadata);
    expect(withErrors.allowErrorForDataTypeAny).toBe(true);
    expect(withErrors.functions).toEqual(metadata.functions);
    // It applies to parameters typed any: every MICROSEG parameter is.
    for (const f of withErrors.functions) for (const p of f.parameters) expect(p.type).toBe("any");
  });
});

describe("functions.zh-CN.json (generated from the translation table)", () => {
  it("has the same ids and parameters, every function and parameter in Chinese", () => {
    const { metadata: zh, problems } = localizeMetadata(metadata, readTable());
    expect(problems).toEqual([]);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const han = /[\u4e00-\u9fff]/;
    zh.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.parameters.map((p) => [p.name, p.optional, p.type, p.dimensionality])).toEqual(
        en.parameters.map((p) => [p.name, p.optional, p.type, p.dimensionality]),
      );
      expect(f.description).toMatch(han);
      for (const p of f.parameters) expect(p.description).toMatch(han);
      expect(f.result).toEqual(en.result);
      expect(f.helpUrl).toBe(en.helpUrl);
    });
  });

  it("reports a missing function, a missing parameter and a stale entry", () => {
    const broken: TranslationTable = {
      ...tableWithout("TIER"),
      SHARE: { description: "份额", params: { ourRx: "我方" } },
      OLDFUNC: { description: "旧" },
    };
    const { problems } = localizeMetadata(metadata, broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "TIER: no translated description",
        'SHARE: parameter "deptRx" has no translated description',
        "OLDFUNC: translated but not a custom function",
      ]),
    );
  });
});

describe("the build step (webpack with the metadata and locale plugins)", () => {
  const compile = (table: string): Promise<{ errors: string[]; files: string[]; out: string }> => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "microseg-functions-"));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: ROOT,
      entry: { functions: FUNCTIONS },
      output: { path: out, filename: "[name].js" },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                configFile: path.join(ROOT, "tsconfig.json"),
                compilerOptions: { module: "esnext", moduleResolution: "bundler" },
              },
            },
          },
        ],
      },
      plugins: [
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
        new LocalizedMetadataPlugin({ table }),
      ],
    });
    return new Promise((resolve, reject) => {
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err) return reject(err);
        const errors = (stats?.compilation.errors ?? []).map((e) => e.message);
        resolve({ errors, files: fs.readdirSync(out).sort(), out });
      });
    });
  };

  it("emits functions.json, functions.zh-CN.json and the help page, with associate calls", async () => {
    const { errors, files, out } = await compile(TABLE_PATH);
    expect(errors).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(["functions-help.html", "functions.json", "functions.zh-CN.json"]),
    );
    const built = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as FunctionsMetadata;
    expect(built).toEqual(withErrorInputs(metadata));
    const zh = JSON.parse(
      fs.readFileSync(path.join(out, "functions.zh-CN.json"), "utf8"),
    ) as FunctionsMetadata;
    expect(zh.functions.map((f) => f.id)).toEqual(Object.keys(GOLDEN));
    // Both languages let an error cell into a function (one #N/A stays one cell of the spill).
    expect(built.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    const js = fs.readFileSync(path.join(out, "functions.js"), "utf8");
    for (const id of Object.keys(GOLDEN)) expect(js).toContain(`CustomFunctions.associate("${id}"`);
    expect(fs.readFileSync(path.join(out, "functions-help.html"), "utf8")).toContain("MICROSEG.QUADRANT");
  });

  it("fails the build when the translation table lacks a function", async () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "microseg-table-")), "zh.json");
    fs.writeFileSync(broken, JSON.stringify(tableWithout("TIER")));
    const { errors, files } = await compile(broken);
    expect(errors.join("\n")).toContain("TIER: no translated description");
    expect(files).not.toContain("functions.zh-CN.json");
  });
});

describe("README", () => {
  it('has a "Worksheet functions" section with an example of every function', () => {
    const section = readmeSection(
      fs.readFileSync(path.join(ROOT, "README.md"), "utf8"),
      "Worksheet functions",
    );
    expect(section).not.toBeNull();
    for (const id of Object.keys(GOLDEN)) expect(section).toContain(`=MICROSEG.${id}(`);
  });
});
