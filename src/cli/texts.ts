/**
 * Every line the command line prints, in zh and en. Data issues keep their
 * own wording (core/messages.ts); this file holds only the CLI's edge words.
 */
import type { Lang } from "../core/issues";
import type { OpenFailure } from "../xlsx/openWorkbook";

type Text<A extends unknown[] = []> = Record<Lang, (...args: A) => string>;

export const OPEN_FAILURES: Record<OpenFailure, Text<[string]>> = {
  "missing-file": {
    zh: (f) => `找不到文件：${f}`,
    en: (f) => `File not found: ${f}`,
  },
  "not-a-file": {
    zh: (f) => `不是文件（是文件夹）：${f}`,
    en: (f) => `Not a file (a folder): ${f}`,
  },
  "not-xlsx": {
    zh: (f) => `不是 .xlsx 工作簿：${f}（请在 Excel 中另存为 .xlsx）`,
    en: (f) => `Not an .xlsx workbook: ${f} (save it as .xlsx in Excel)`,
  },
  "password-protected": {
    zh: (f) => `工作簿有密码保护，无法读取：${f}（请在 Excel 中去掉密码后另存）`,
    en: (f) =>
      `The workbook is password-protected and cannot be read: ${f} (remove the password in Excel and save again)`,
  },
  corrupt: {
    zh: (f) => `工作簿已损坏或无法读取：${f}`,
    en: (f) => `The workbook is damaged or unreadable: ${f}`,
  },
};

export const TEXTS = {
  errorPrefix: { zh: () => "microseg：", en: () => "microseg: " } as Text,
  usage: {
    zh: (detail: string) => `${detail}（用法见 microseg --help）`,
    en: (detail: string) => `${detail} (see microseg --help)`,
  } as Text<[string]>,
  unknownCommand: {
    zh: (c: string) => `未知命令「${c}」`,
    en: (c: string) => `unknown command "${c}"`,
  } as Text<[string]>,
  missingInput: { zh: () => "缺少输入文件", en: () => "missing the input file" } as Text,
  badLang: {
    zh: (v: string) => `--lang 只能是 zh 或 en，而不是「${v}」`,
    en: (v: string) => `--lang must be zh or en, not "${v}"`,
  } as Text<[string]>,
  badOption: { zh: (m: string) => `参数错误：${m}`, en: (m: string) => `bad arguments: ${m}` } as Text<
    [string]
  >,
  unknownOption: {
    zh: (o: string) => `未知选项 ${o}`,
    en: (o: string) => `unknown option ${o}`,
  } as Text<[string]>,
  optionNeedsValue: {
    zh: (o: string) => `选项 ${o} 后面缺少值`,
    en: (o: string) => `option ${o} needs a value`,
  } as Text<[string]>,
  outputNotXlsx: {
    zh: (f: string) => `输出文件必须是 .xlsx：${f}`,
    en: (f: string) => `The output file must be an .xlsx: ${f}`,
  } as Text<[string]>,
  outputNotXlsm: {
    zh: (f: string) => `输出文件必须是 .xlsm（输入工作簿带宏，输出会原样保留）：${f}`,
    en: (f: string) =>
      `The output file must be an .xlsm (the input has macros, which the output keeps): ${f}`,
  } as Text<[string]>,
  sameFile: {
    zh: (f: string) => `不会覆盖输入文件：${f}（请用 -o 指定另一个输出文件）`,
    en: (f: string) => `Refusing to write over the input file: ${f} (choose another output with -o)`,
  } as Text<[string]>,
  configMissing: {
    zh: (f: string) => `找不到配置文件：${f}`,
    en: (f: string) => `Config file not found: ${f}`,
  } as Text<[string]>,
  configNotJson: {
    zh: (f: string, m: string) => `配置文件不是有效的 JSON：${f}（${m}）`,
    en: (f: string, m: string) => `Config file is not valid JSON: ${f} (${m})`,
  } as Text<[string, string]>,
  configUnknownKey: {
    zh: (f: string, key: string, hint: string) =>
      `配置文件 ${f} 中有未知的设置项「${key}」${hint ? `（是否应为「${hint}」？）` : ""}`,
    en: (f: string, key: string, hint: string) =>
      `Config file ${f} has an unknown setting "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
  } as Text<[string, string, string]>,
  configBadValue: {
    zh: (f: string, key: string, why: string) => `配置文件 ${f} 中设置项「${key}」的值无效：${why}`,
    en: (f: string, key: string, why: string) => `Config file ${f}: invalid value for "${key}": ${why}`,
  } as Text<[string, string, string]>,
  /** Why a config value is refused: what was written and what is expected (the run stops; no default is used). */
  configExpected: {
    zh: (value: string, expected: string) => `写的是 ${value}，应为 ${expected}`,
    en: (value: string, expected: string) => `got ${value}, expected ${expected}`,
  } as Text<[string, string]>,
  /** The core's wording points at the task pane; on the command line the fix is a sheet name or --config. */
  tableNotFound: {
    zh: (role: string, tableZh: string, sheetZh: string, sheetEn: string) =>
      `找不到${tableZh}：请把工作表命名为「${sheetZh}」或「${sheetEn}」并使用常见表头，或在 --config 中用 "mapping": {"${role}": {"sheet": "工作表名"}} 指定`,
    en: (role: string, _tableZh: string, sheetZh: string, sheetEn: string) =>
      `No ${sheetEn} table found: name the sheet "${sheetEn}" or "${sheetZh}" with the usual headers, or point to it in --config with "mapping": {"${role}": {"sheet": "<sheet name>"}}`,
  } as Text<[string, string, string, string]>,
  writeFailed: {
    zh: (f: string, m: string) => `无法写入输出文件：${f}（${m}）`,
    en: (f: string, m: string) => `Cannot write the output file: ${f} (${m})`,
  } as Text<[string, string]>,
  internal: {
    zh: (m: string) => `内部错误：${m}`,
    en: (m: string) => `internal error: ${m}`,
  } as Text<[string]>,
  progressRead: { zh: (f: string) => `读取 ${f}…`, en: (f: string) => `Reading ${f}…` } as Text<[string]>,
  progressPlan: { zh: () => "计算分级、细分与拜访计划…", en: () => "Planning…" } as Text,
  progressWrite: { zh: (f: string) => `写入 ${f}…`, en: (f: string) => `Writing ${f}…` } as Text<[string]>,
  progressDone: { zh: (s: string) => `完成（${s} 秒）`, en: (s: string) => `Done (${s} s)` } as Text<
    [string]
  >,
};

export function say<A extends unknown[]>(text: Text<A>, lang: Lang, ...args: A): string {
  return text[lang](...args);
}
