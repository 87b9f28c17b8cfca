// The words of the command line itself: help, commander's errors, the last-resort messages.
import type { Text } from '../core/types.js';
import { joinList } from './index.js';

export const CLI_TEXT = {
  description: { zh: '按基本养老服务体系建设实施方案的量化目标，检查各县（市、区）及全域的统计数据', en: "Checks counties' and whole areas' statistics against the quantified targets of the basic elderly-care service plans" },
  versionOption: { zh: '显示版本号', en: 'print the version' },
  helpOption: { zh: '显示帮助', en: 'show help' },
  helpCommand: { zh: '显示某个命令的帮助', en: 'show help for a command' },
  showHelp: { zh: '（用 --help 查看用法）', en: '(run with --help for usage)' },
  langOption: { zh: '界面语言：zh 或 en（默认取自系统语言设置，否则为 zh）', en: 'language: zh or en (default from the locale, else zh)' },
  noColorOption: { zh: '不使用颜色（输出不是终端或设置了 NO_COLOR 时亦然）', en: 'no colour (also when the output is not a terminal or NO_COLOR is set)' },
  checkDescription: { zh: '校验、评估并报告：每个单位、每个全域的每项目标', en: 'validate, evaluate and report every target for every unit and whole area' },
  validateDescription: { zh: '只校验统计文件，不评估', en: 'only check the statistics files; no evaluation' },
  policiesDescription: { zh: '列出政策文件及其目标；指定 DOC 时列出该文件各目标的条款与原文', en: "list the documents and their targets; with DOC, one document's targets with clause and quote" },
  explainDescription: { zh: '说明一项目标：原文、公式、所需指标、规则、期限、范围', en: 'one target: its text, formula, measures, rule, deadline, scope' },
  initDescription: { zh: '为一个或多个单位（或某地区的全部填报单位）生成待填写的统计文件', en: 'write statistics files to fill in for one or more units, or every reporting unit of an area' },
  pathsArgument: { zh: '统计文件、文件夹或通配符（必填；内置示例数据为 data/samples）', en: 'statistics files, folders or globs (required; the bundled sample set is data/samples)' },
  docArgument: { zh: '政策文件编号，如 liuzhou-2023', en: 'a document id, e.g. liuzhou-2023' },
  targetArgument: { zh: '目标编号，如 liuzhou-2023/facility-area-new', en: 'a target id, e.g. liuzhou-2023/facility-area-new' },
  asOfOption: { zh: '评估基准日 YYYY-MM-DD（默认今天；CI 中应固定）', en: 'the date the verdicts are for, YYYY-MM-DD (default today; pin it in CI)' },
  formatOption: (formats: readonly string[], byDefault: string): Text => ({
    zh: `输出格式：${joinList('zh', formats)}（默认 ${byDefault}）`,
    en: `output format: ${joinList('en', formats)} (default ${byDefault})`,
  }),
  validateFormatOption: { zh: '输出格式：table 或 json', en: 'output format: table or json' },
  policiesFormatOption: { zh: '输出格式：table 或 json', en: 'output format: table or json' },
  outOption: { zh: '另将某种格式写入文件，如 json=r.json；可重复', en: 'also write a format to a file, e.g. json=r.json; repeatable' },
  xlsxOption: { zh: '写出 Excel 工作簿', en: 'write the Excel workbook' },
  policiesOption: { zh: '追加该文件夹中的政策文件；可重复', en: 'add the documents in this folder; repeatable' },
  onlyOption: { zh: '只检查这些政策文件（逗号分隔）', en: 'check only these documents (comma-separated)' },
  unitOption: { zh: '只报告这些单位代码（逗号分隔）', en: 'report only these unit codes (comma-separated)' },
  statusOption: { zh: '只显示这些状态（状态名或编号，逗号分隔，如 未达标,进度滞后）', en: 'show only these statuses (names or ids, comma-separated, e.g. missed,off-track)' },
  failOnOption: { zh: '哪些状态使退出码为 1（状态名或编号；默认 未达标,进度滞后；从不 或 never 表示从不）', en: 'statuses that make the exit code 1 (names or ids; default missed,off-track; never for none)' },
  thresholdsOption: { zh: '覆盖判定阈值：on-track、at-risk、trend-window，全域的 carry（迟报单位沿用上期数据的最多月数，默认 3）、coverage（计入观测的最低上报覆盖率，默认 0.8），如 on-track=0.95,carry=2', en: 'override the thresholds: on-track, at-risk, trend-window; for whole areas carry (months a late unit\'s figure is carried, default 3) and coverage (least share of units for an observation, default 0.8), e.g. on-track=0.95,carry=2' },
  baselineOption: { zh: '与上月的 JSON 报告比较', en: "compare with last month's JSON report" },
  jobsOption: (minFiles: number): Text => ({
    zh: `读取、解析、校验文件的工作线程数（默认：文件不少于 ${minFiles} 个时每个 CPU 核一个；1 表示不用工作线程）；结果与线程数无关`,
    en: `worker threads that read, parse and validate the files (default: one per core for ${minFiles} files or more; 1 for none); the output is the same whatever the number`,
  }),
  codeOption: { zh: '6 位行政区划代码；多个用逗号分隔或重复此选项', en: '6-digit administrative division code; several separated by commas, or the option repeated' },
  areaOption: { zh: '地区代码（如 4502 或 52）：该地区的每个填报单位（各县、市本级、省本级）', en: "an area's code (4502, 52): every reporting unit of it (the counties, the city's and the province's own accounts)" },
  periodOption: { zh: '统计月份 YYYY-MM（默认上个月）', en: 'the month the figures describe, YYYY-MM (default last month)' },
  templateDescription: { zh: '生成某地区全部填报单位的 Excel 填报表（带数据验证和填写说明）', en: 'write one Excel form for every reporting unit of an area (a row per unit, a column per measure, with data validation and instructions)' },
  templateOutputOption: { zh: '写出的 .xlsx 文件（默认 form-<地区>-<月份>.xlsx）', en: 'the .xlsx file to write (default form-<area>-<period>.xlsx)' },
  fromOption: { zh: '统计文件夹：把各单位上次填报的数字作为批注附在格子上，仅供参考', en: "a folder of statistics files: each unit's last reported figures as comments, for reference only" },
  alsoOption: { zh: '另外收集这些指标或指标组（如 population），逗号分隔', en: 'also ask for these measures or groups (e.g. population), comma-separated' },
  contactOption: { zh: '填写说明中写明填好后发送给谁（姓名、邮箱、截止日期等）', en: 'whom the filled form goes to, for the instructions (name, address, deadline)' },
  importDescription: { zh: '读入填好的 Excel 填报表或 CSV，为每个单位写出 <月份>/<代码>.yaml', en: 'read a filled Excel form or CSV and write <period>/<code>.yaml for each unit' },
  formFileArgument: { zh: '填好的 .xlsx 或 .csv 文件（CSV 可为 UTF-8 或 GBK 编码）', en: 'the filled .xlsx or .csv file (a CSV in UTF-8 or GBK)' },
  importOutputOption: { zh: '数据文件夹，文件写到其下 <月份>/<代码>.yaml（默认当前文件夹）', en: 'the data folder that receives <period>/<code>.yaml (default the working folder)' },
  importPeriodOption: { zh: '统计月份 YYYY-MM（表中没有统计期时必填，如只有表头的 CSV）', en: 'the month YYYY-MM (needed when the form names none, e.g. a CSV with only the header)' },
  forceOption: { zh: '覆盖已有的、数字不同的文件', en: 'overwrite existing files that hold other figures' },
  initOutputOption: { zh: '一个 --code 时为文件路径（默认 <月份>/<代码>.yaml）；多个单位时为文件夹，文件写到其下 <月份>/<代码>.yaml', en: 'with one --code, the file to write (default <period>/<code>.yaml); for several units, the folder that receives <period>/<code>.yaml' },
  /** commander's help headings */
  helpTitles: {
    zh: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' } as Record<string, string>,
    en: {} as Record<string, string>,
  },
  commanderError: (message: string): Text => ({
    zh: message
      .replace(/^error: unknown command '(.*)'/, '错误：未知命令 “$1”')
      .replace(/^error: unknown option '(.*)'/, '错误：未知选项 “$1”')
      .replace(/^error: option '(.*)' argument missing/, '错误：选项 $1 缺少取值')
      .replace(/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, '错误：选项 $1 的取值 “$2” 无效，可用：$3')
      .replace(/^error: required option '(.*)' not specified/, '错误：缺少必需的选项 $1')
      .replace(/^error: missing required argument '(.*)'/, '错误：缺少参数 $1')
      .replace(/^error: too many arguments.*/, '错误：参数过多')
      .replace(/^error: /, '错误：')
      .replace(/\(Did you mean (.*)\?\)/, '（是否应为 $1？）'),
    en: message,
  }),
  internalError: (detail: string, debug: boolean): Text => ({
    zh: `care-check 内部错误（程序缺陷，请报告）：${detail}${debug ? '' : '\n设置环境变量 DEBUG=1 可显示调用栈。'}`,
    en: `care-check internal error (a bug, please report it): ${detail}${debug ? '' : '\nSet DEBUG=1 to see the stack trace.'}`,
  }),
  stdoutFailed: (code: string): Text => ({
    zh: `care-check：标准输出写入失败（${{ ENOSPC: '磁盘已满', EFBIG: '超出文件大小上限', EIO: '输入/输出错误', EDQUOT: '超出磁盘配额' }[code] ?? '写入错误'}，${code}），输出不完整`,
    en: `care-check: writing to standard output failed (${{ ENOSPC: 'no space left on the device', EFBIG: 'over the file size limit', EIO: 'input/output error', EDQUOT: 'disk quota exceeded' }[code] ?? 'a write error'}, ${code}): the output is incomplete`,
  }),
};
