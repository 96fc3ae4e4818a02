/** `microseg --help`: every option, in English and in Chinese, whatever the language setting. */
export const HELP = `MicroSeg — hospital micro-market planning over .xlsx files
MicroSeg —— 基于 .xlsx 文件的医院微观市场规划

Usage / 用法:
  microseg plan <input.xlsx> [-o <output.xlsx>] [--config <settings.json>] [--lang zh|en] [--json]
  microseg --help

Reads the hospitals, departments and doctors in <input.xlsx> and writes a new
workbook: every input sheet unchanged plus the plan sheets (hospital tiers,
department potential, segmentation, target list, call plan, issues).
读取 <input.xlsx> 中的医院、科室和医生表，写出一个新工作簿：原有工作表保持不变，
并加上计划工作表（医院分级、科室潜力、医生细分、目标医生、拜访计划、数据问题）。

Options / 选项:
  -o, --output <file>    Output workbook. Default: <input>.plan.xlsx. Never the input file.
                         输出工作簿，默认 <输入文件名>.plan.xlsx；不会覆盖输入文件。
  --config <file>        Settings as JSON (the same object as the task pane). Unknown keys
                         or bad values stop the run and name the key.
                         JSON 格式的设置（与任务窗格相同）；未知的设置项或无效的值会报错并指出设置项。
  --lang zh|en           Language of the plan sheets and messages. Default: the config's (or
                         the workbook's saved) "language", else the workbook's own language
                         (Chinese sheet names → zh), else the LANG environment variable
                         (zh* → zh), else en.
                         计划工作表和提示的语言；默认取配置（或工作簿已保存设置）中的 "language"，
                         其次按工作簿本身的语言（中文工作表名为中文），再取环境变量 LANG
                         （zh 开头为中文），否则为英文。
  --json                 Print only a machine-readable JSON summary on stdout (see README).
                         只在标准输出打印机器可读的 JSON 摘要（格式见 README）。
  -h, --help             Show this help. 显示本帮助。

Exit codes / 退出码:
  0  plan written (data issues, if any, are on the Issues sheet and in the JSON)
     已写出计划（数据问题列在"数据问题"工作表和 JSON 中）
  1  internal error 内部错误
  2  bad arguments or config, missing / unreadable / non-.xlsx / password-protected file,
     or no recognisable input table; nothing is written
     参数或配置错误、文件不存在、无法读取、不是 .xlsx、有密码保护，或找不到可识别的输入表；不写出任何文件

Example / 示例:
  microseg plan samples/demo-zh.xlsx -o demo/demo-zh.plan.xlsx
`;
