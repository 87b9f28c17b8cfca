// Every message about a problem in the input, in Chinese and English. A problem carries the key of
// its message in PROBLEM_TEXT and the message's arguments (shared/problem.ts); it is put in words, in
// the language of the run, only where it is shown (report/problem-text.ts). PROBLEM_WORDS holds the
// pieces some messages are made of.
import type { Level, Text } from '../core/types.js';
import { FORM_LEVEL_WORDS, FORM_WORDS } from './form.js';
import { joinList } from './index.js';
import { slipText } from './slips.js';

/** How a JSON type is named in a message: 'an integer' / '整数'. */
export const TYPE_NAMES: Record<string, Text> = {
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  string: { zh: '文本', en: 'a text' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'nothing' },
};

/** The YAML parser's error codes, described; anything else falls back to the parser's own words. */
export const YAML_ERRORS: Record<string, Text> = {
  BAD_INDENT: { zh: '缩进不正确', en: 'bad indentation' },
  TAB_AS_INDENT: { zh: '用制表符（Tab）缩进了，请改用空格', en: 'a tab is used for indentation: use spaces' },
  MISSING_CHAR: { zh: '缺少字符（如引号、括号未闭合）', en: 'a character is missing (an unclosed quote or bracket)' },
  UNEXPECTED_TOKEN: { zh: '出现了意外的内容', en: 'unexpected content' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不正确', en: 'a block cannot be a key' },
  MULTILINE_IMPLICIT_KEY: { zh: '键不能跨行（是否漏了冒号或缩进不对？）', en: 'a key cannot span lines (a missing colon, or bad indentation?)' },
  BAD_SCALAR_START: { zh: '值不能以这个字符开头，请加引号', en: 'a value cannot start with this character: quote it' },
  BAD_DQ_ESCAPE: { zh: '双引号字符串中的转义不正确', en: 'bad escape in a double-quoted string' },
  BAD_ALIAS: { zh: '引用（*别名）找不到对应的锚点（&）', en: 'an alias (*) has no matching anchor (&)' },
  MULTIPLE_DOCS: { zh: '一个文件只能有一个 YAML 文档（去掉多余的 ---）', en: 'one file holds one YAML document (remove the extra ---)' },
  KEY_OVER_1024_CHARS: { zh: '键超过 1024 个字符', en: 'a key longer than 1024 characters' },
  BLOCK_IN_FLOW: { zh: '方括号或花括号内不能使用块结构', en: 'a block inside brackets or braces' },
  TAG_RESOLVE_FAILED: { zh: '无法识别的值', en: 'a value that cannot be read' },
  RESOURCE_EXHAUSTION: { zh: '嵌套过深', en: 'nested too deeply' },
};

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[\w"'.+-]/;

/** Joins Chinese phrases, with a space where a Chinese character meets a Latin letter or digit. */
export function zhJoin(...parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const last = out.at(-1) ?? '';
    const first = part[0] ?? '';
    if ((HAN.test(last) && LATIN.test(first)) || (LATIN.test(last) && HAN.test(first))) out += ' ';
    out += part;
  }
  return out;
}

function quoteList(items: string[]): string {
  return items.join(', ');
}

/** Levels as a message names them. */
export const PROBLEM_LEVEL_NAMES: Record<Level, Text> = {
  province: { zh: '省本级', en: "a province's own accounts" },
  city: { zh: '市本级', en: "a city's own accounts" },
  county: { zh: '县级单位', en: 'county-level units' },
};

/** The pieces of some messages: what a file is, what was found, what was expected. */
export const PROBLEM_WORDS = {
  fileKind: {
    fifo: { zh: '命名管道 FIFO', en: 'a FIFO' },
    socket: { zh: '套接字', en: 'a socket' },
    device: { zh: '设备文件', en: 'a device' },
    folder: { zh: '文件夹', en: 'a folder' },
  },
  foundString: (quoted: string): Text => ({ zh: `文本 ${quoted}`, en: `the text ${quoted}` }),
  foundNothing: { zh: '空值', en: 'nothing' },
  foundMapping: { zh: '映射（键: 值）', en: 'a mapping' },
  foundList: { zh: '列表', en: 'a list' },
  expectedPattern: (pattern: string): Text => ({ zh: `符合 ${pattern} 的文本`, en: `a text matching ${pattern}` }),
  expectedDate: { zh: 'YYYY-MM-DD 格式的有效日期', en: 'a valid date as YYYY-MM-DD' },
  expectedFormat: (format: string): Text => ({ zh: `${format} 格式的文本`, en: `a text in the format ${format}` }),
  expectedTextList: { zh: '非空文本的非空列表', en: 'a non-empty list of non-empty texts' },
  /** before the message of a warning, where warnings and errors are listed together */
  warningPrefix: { zh: '警告：', en: 'warning: ' },
  // ---- the baseline report
  baselineNotAFile: { zh: '不是普通文件（如命名管道或设备），未读取', en: 'not a regular file (a FIFO or a device, say): not read' },
  baselineTooLarge: (limitMiB: number): Text => ({ zh: `文件超过 ${limitMiB} MiB，未读取`, en: `the file is over ${limitMiB} MiB: not read` }),
  /** why a file could not be read, for the common error codes; null for any other */
  fileError: (code: string): Text | null => (Object.hasOwn(FILE_ERRORS, code) ? (FILE_ERRORS[code] ?? null) : null),
  expectedString: { zh: '非空字符串', en: 'a non-empty string' },
  expectedBoolean: { zh: ' true 或 false', en: 'true or false' },
  expectedObject: { zh: '对象', en: 'an object' },
  expectedStatus: (statuses: readonly string[]): Text => ({ zh: `以下之一：${joinList('zh', statuses)}`, en: `one of ${joinList('en', statuses)}` }),
};

const FILE_ERRORS: Record<string, Text> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EISDIR: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  ENOTDIR: { zh: '路径中的某一段是文件而不是文件夹', en: 'a part of the path is a file, not a folder' },
  ELOOP: { zh: '符号链接形成了循环', en: 'a loop of symbolic links' },
};

/** The message of each kind of problem, a function of what it names (its arguments). */
export const PROBLEM_TEXT = {
  tooLarge: (sizeMiB: string, limitMiB: string, kind: 'statistics' | 'policy' = 'statistics'): Text =>
    kind === 'policy'
      ? {
          zh: `文件过大（${sizeMiB} MiB），上限为 ${limitMiB} MiB：一个政策文件只应包含一份方案的目标`,
          en: `the file is too large (${sizeMiB} MiB; the limit is ${limitMiB} MiB): a policy file holds the targets of one plan`,
        }
      : {
          zh: `文件过大（${sizeMiB} MiB），上限为 ${limitMiB} MiB：一个统计文件只应包含一个单位一个月的数据`,
          en: `the file is too large (${sizeMiB} MiB; the limit is ${limitMiB} MiB): a statistics file holds one unit and one month`,
        },
  tooManyEntries: (limit: number, kind: 'statistics' | 'policy' = 'statistics'): Text =>
    kind === 'policy'
      ? {
          zh: `文件的行数、键或列表项超过 ${limit} 个（上限）：一个政策文件只应包含一份方案的目标`,
          en: `the file has more than ${limit.toLocaleString('en')} lines, keys or list items (the limit): a policy file holds the targets of one plan`,
        }
      : {
          zh: `文件的行数、键或列表项超过 ${limit} 个（上限）：一个统计文件只应包含一个单位一个月的数据`,
          en: `the file has more than ${limit.toLocaleString('en')} lines, keys or list items (the limit): a statistics file holds one unit and one month`,
        },
  utf16WithoutBom: (order: 'LE' | 'BE'): Text => ({
    zh: `文件看来是没有字节顺序标记（BOM）的 UTF-16${order} 编码，应为 UTF-8：请在编辑器中另存为 UTF-8`,
    en: `the file looks like UTF-16${order} without a byte-order mark, not UTF-8: save it as UTF-8 in the editor`,
  }),
  nulBytes: (): Text => ({
    zh: '文件含有 NUL（0x00）字节，不是文本文件：应为 UTF-8 编码的 YAML',
    en: 'the file holds NUL (0x00) bytes, so it is not a text file: a UTF-8 YAML file is expected',
  }),
  notUtf8: (utf16: boolean): Text =>
    utf16
      ? {
          zh: '文件是 UTF-16 编码，应为 UTF-8：请在编辑器中另存为 UTF-8',
          en: 'the file is encoded in UTF-16, not UTF-8: save it as UTF-8 in the editor',
        }
      : {
          zh: '文件不是 UTF-8 编码：请在编辑器中另存为 UTF-8',
          en: 'the file is not UTF-8: save it as UTF-8 in the editor',
        },
  gbkEncoding: (file: string): Text => ({
    zh: `文件是 GBK/GB18030 编码，应为 UTF-8：请在编辑器中另存为 UTF-8，或运行 iconv -f GBK -t UTF-8 ${file} > 新文件.yaml`,
    en: `the file is encoded in GBK/GB18030, not UTF-8: save it as UTF-8 in the editor, or run iconv -f GBK -t UTF-8 ${file} > new.yaml`,
  }),
  unreadable: (reason: string): Text => ({
    zh: `无法读取：${reason}`,
    en: `cannot be read: ${reason}`,
  }),
  notFound: (): Text => ({ zh: '文件或文件夹不存在', en: 'no such file or folder' }),
  notAFile: (): Text => ({ zh: '不是普通文件', en: 'not a regular file' }),
  linkLoop: (): Text => ({ zh: '符号链接形成了循环', en: 'a loop of symbolic links' }),
  underAFile: (file: string): Text => ({
    zh: `${file} 是文件而不是文件夹，其下不可能有这个路径`,
    en: `${file} is a file, not a folder: nothing can lie under it`,
  }),
  skippedDanglingLink: (target: string): Text => ({
    zh: `符号链接指向不存在的 ${target}，已跳过`,
    en: `a symbolic link to ${target}, which does not exist: skipped`,
  }),
  skippedLinkLoop: (): Text => ({ zh: '符号链接形成了循环，已跳过', en: 'a loop of symbolic links: skipped' }),
  skippedFolderSeen: (): Text => ({
    zh: '符号链接指回已扫描过的文件夹，已跳过',
    en: 'a symbolic link back to a folder already scanned: skipped',
  }),
  skippedNotAFile: (what: Text): Text => ({
    zh: `不是普通文件（${what.zh}），已跳过`,
    en: `not a regular file (${what.en}): skipped`,
  }),
  skippedUnreadableFolder: (reason: string): Text => ({
    zh: `无法读取该文件夹（${reason}），已跳过`,
    en: `the folder cannot be read (${reason}): skipped`,
  }),
  moreProblems: (count: number, shown: number): Text => ({
    zh: `本文件还有 ${count} 个问题未列出（只列出前 ${shown} 个）`,
    en: `${count} more problem(s) in this file not listed (the first ${shown} are)`,
  }),
  unclosedFlow: (open: string, line: number, column: number): Text => ({
    zh: `第 ${line} 行第 ${column} 列的 ${open} 没有闭合（缺少 ${open === '{' ? '}' : ']'}）`,
    en: `the ${open} at line ${line}, column ${column} is never closed (a ${open === '{' ? '}' : ']'} is missing)`,
  }),
  nestedTooDeeply: (limit: number): Text => ({
    zh: `括号嵌套超过 ${limit} 层`,
    en: `brackets nested more than ${limit} deep`,
  }),
  numberOutOfRange: (written: string): Text => ({
    zh: `数字 ${written} 超出可表示的范围`,
    en: `the number ${written} is out of range`,
  }),
  noInputInFolder: (): Text => ({
    zh: '文件夹中没有 .yaml 或 .yml 文件',
    en: 'the folder holds no .yaml or .yml file',
  }),
  noInputForGlob: (): Text => ({
    zh: '没有与该模式匹配的 .yaml 或 .yml 文件',
    en: 'no .yaml or .yml file matches the pattern',
  }),
  yamlSyntax: (what: Text): Text => ({
    zh: `YAML 语法错误：${what.zh}`,
    en: `YAML syntax error: ${what.en}`,
  }),
  yamlWarning: (what: string): Text => ({ zh: `YAML 警告：${what}`, en: `YAML warning: ${what}` }),
  duplicateKey: (key: string): Text => ({
    zh: `键 ${key} 重复出现：每个键只能写一次`,
    en: `the key ${key} appears twice: write each key once`,
  }),
  aliasLimit: (limit: number): Text => ({
    zh: `引用（*别名）展开次数过多（上限 ${limit}），文件被拒绝`,
    en: `aliases (*) expand too many times (limit ${limit}): the file is refused`,
  }),
  emptyFile: (): Text => ({
    zh: '文件为空：应包含 unit、period 和 measures',
    en: 'the file is empty: it should hold unit, period and measures',
  }),
  wrongType: (expected: Text, found: Text): Text => ({
    zh: zhJoin('应为', expected.zh, '，实为', found.zh),
    en: `expected ${expected.en}, found ${found.en}`,
  }),
  notInteger: (found: string): Text => ({
    zh: `应为整数，实为 ${found}`,
    en: `expected a whole number, found ${found}`,
  }),
  negative: (found: string): Text => ({
    zh: `不能为负数，实为 ${found}`,
    en: `expected a number of 0 or more, found ${found}`,
  }),
  notFinite: (found: string): Text => ({
    zh: `应为有限的数字，实为 ${found}`,
    en: `expected a finite number, found ${found}`,
  }),
  required: (field: string): Text => ({
    zh: `缺少必填字段 ${field}`,
    en: `the required field ${field} is missing`,
  }),
  unknownField: (field: string, allowed: string[]): Text => ({
    zh: `未知字段 ${field}（此处可用：${quoteList(allowed)}）`,
    en: `unknown field ${field} (allowed here: ${quoteList(allowed)})`,
  }),
  unknownMeasure: (id: string, suggestion: string | null): Text =>
    suggestion
      ? {
          zh: `未知指标 ${id}，是否应为 ${suggestion}？`,
          en: `unknown measure ${id}; did you mean ${suggestion}?`,
        }
      : {
          zh: `未知指标 ${id}（指标清单见 data/measures.yaml）`,
          en: `unknown measure ${id} (the measures are listed in data/measures.yaml)`,
        },
  flatMeasure: (id: string, group: string, leaf: string): Text => ({
    zh: `指标 ${id} 应分两层书写：${group}: {${leaf}: …}`,
    en: `write the measure ${id} nested: ${group}: {${leaf}: …}`,
  }),
  partExceedsWhole: (part: string, partValue: string, whole: string, wholeValue: string): Text => ({
    zh: `${part}（${partValue}）大于其总数 ${whole}（${wholeValue}）`,
    en: `${part} (${partValue}) exceeds its whole ${whole} (${wholeValue})`,
  }),
  badCode: (found: string): Text => ({
    zh: `应为6位行政区划代码（如 "450202"），实为 ${found}`,
    en: `expected a 6-digit division code (such as "450202"), found ${found}`,
  }),
  unknownUnit: (code: string): Text => ({
    zh: `行政区划代码 ${code} 不在内置的区划表中`,
    en: `the division code ${code} is not in the bundled division table`,
  }),
  nameMismatch: (name: string, code: string, expected: string): Text => ({
    zh: `单位名称 ${name} 与区划表不符：${code} 是 ${expected}`,
    en: `the name ${name} disagrees with the division table: ${code} is ${expected}`,
  }),
  badPeriod: (found: string): Text => ({
    zh: `应为 YYYY-MM 格式的月份（如 2025-06），实为 ${found}`,
    en: `expected a month as YYYY-MM (such as 2025-06), found ${found}`,
  }),
  periodYearRange: (found: string, from: number, to: number): Text => ({
    zh: `月份 ${found} 的年份应在 ${from} 至 ${to} 之间`,
    en: `the year of ${found} should be between ${from} and ${to}`,
  }),
  duplicateReport: (code: string, period: string, files: string[]): Text => ({
    zh: `${code} ${period} 的数据有多份文件：${files.join('、')}；无法确定以哪份为准，两份都不采用（该单位本月按未报送处理）：请删除多余的文件（如备份副本）`,
    en: `${code} ${period} is reported in more than one file: ${files.join(', ')}; neither can be trusted over the other, so none is used (the unit counts as not reported this month): remove the extra file (a backup copy?)`,
  }),
  codeMismatch: (file: string, code: string): Text => ({
    zh: `文件名 ${file} 是代码 ${code}，但文件中的代码不同：请改正代码，或把文件改名为其中的代码`,
    en: `the file is named ${file} after the code ${code}, but holds another code: correct the code, or name the file after the code it holds`,
  }),
  periodMismatch: (folder: string, period: string): Text => ({
    zh: `文件位于月份文件夹 ${folder}，但数据期是 ${period}：请改正数据期，或把文件移到 ${period} 文件夹`,
    en: `the file is in the month folder ${folder}, but its period is ${period}: correct the period, or move the file to the folder ${period}`,
  }),
  futurePeriod: (period: string, asOf: string): Text => ({
    zh: `数据期 ${period} 晚于判定日期 ${asOf}，本文件未使用：请检查数据期，或用 --as-of 给出更晚的日期`,
    en: `the period ${period} is after the as-of date ${asOf}, so the file is not used: check the period, or give a later --as-of`,
  }),
  notHeld: (measure: string, level: Level, levels: readonly Level[]): Text => ({
    zh: `${measure} 由${joinList('zh', levels.map((l) => PROBLEM_LEVEL_NAMES[l].zh))}填报，${PROBLEM_LEVEL_NAMES[level].zh}不填报此项：该数字不计入全域合计（是否填成了下辖各县的合计？）`,
    en: `${measure} is held by ${joinList('en', levels.map((l) => PROBLEM_LEVEL_NAMES[l].en))}, not by ${PROBLEM_LEVEL_NAMES[level].en}: the figure is not counted in whole-area sums (is it the sum of the counties?)`,
  }),
  notFiniteResult: (target: string, period: string, measure: string): Text => ({
    zh: `${target} 在 ${period} 的计算结果不是有限数值（溢出），无法判定：请检查 ${measure} 的数字`,
    en: `${target} in ${period} computes to a value that is not a finite number (an overflow), so it cannot be judged: check the figure of ${measure}`,
  }),
  expectedOneOf: (allowed: Text[], found: Text): Text => ({
    zh: zhJoin(`应为以下之一：${allowed.map((a) => a.zh).join('；')}`, '，实为', found.zh),
    en: `expected one of: ${allowed.map((a) => a.en).join('; ')}; found ${found.en}`,
  }),
  schemaRule: (rule: Text, found: Text): Text => ({ zh: zhJoin(rule.zh, '，实为', found.zh), en: `${rule.en}; found ${found.en}` }),
  // ---- policy documents
  duplicateDocument: (id: string, first: string): Text => ({
    zh: `文件编号 ${id} 已在 ${first} 中定义`,
    en: `the document id ${id} is already defined in ${first}`,
  }),
  duplicateTarget: (id: string): Text => ({
    zh: `目标编号 ${id} 重复`,
    en: `the target id ${id} appears twice`,
  }),
  idFileMismatch: (id: string, file: string): Text => ({
    zh: `文件编号 ${id} 与文件名 ${file} 不一致`,
    en: `the document id ${id} differs from the file name ${file}`,
  }),
  dateOutOfRange: (found: string, from: string, to: string): Text => ({
    zh: `日期 ${found} 应在 ${from} 至 ${to} 之间`,
    en: `the date ${found} should be between ${from} and ${to}`,
  }),
  fromOnlyOngoing: (): Text => ({
    zh: 'from 只适用于期限为 ongoing 的目标',
    en: 'from applies only to an ongoing target',
  }),
  windowOnlyCumulative: (): Text => ({
    zh: 'windowStart 只适用于期限为日期、kind 为 cumulative 的目标',
    en: 'windowStart applies only to a cumulative target with a deadline date',
  }),
  windowAfterDeadline: (start: string, deadline: string): Text => ({
    zh: `windowStart（${start}）不早于期限（${deadline}）`,
    en: `windowStart (${start}) is not before the deadline (${deadline})`,
  }),
  booleanFormula: (): Text => ({
    zh: '是/否型目标的公式只能有一个布尔指标作分子，不能有分母或 scale',
    en: 'a yes/no target has one boolean measure as its numerator, and no denominator or scale',
  }),
  numericMeasureInBoolean: (id: string): Text => ({
    zh: `指标 ${id} 是布尔型，不能用于数值公式`,
    en: `the measure ${id} is yes/no: it cannot enter a numeric formula`,
  }),
  areaCodePrefix: (code: string, prefix: string): Text => ({
    zh: `area.code ${code} 不以 area.prefix ${prefix} 开头`,
    en: `area.code ${code} does not start with area.prefix ${prefix}`,
  }),
  // ---- values a schema allows only from a list, fields it forbids in a context
  notApplicable: (field: string): Text => ({
    zh: `字段 ${field} 不适用于此处`,
    en: `the field ${field} does not apply here`,
  }),
  unknownValue: (found: string, suggestion: string | null): Text =>
    suggestion
      ? { zh: `${found} 不是可用的值，是否应为 ${suggestion}？`, en: `${found} is not an allowed value; did you mean ${suggestion}?` }
      : { zh: `${found} 不是可用的值`, en: `${found} is not an allowed value` },

  // ---- the baseline report (--baseline)
  baselineUnreadable: (reason: Text): Text => ({
    zh: `无法读取基线报告：${reason.zh}`,
    en: `cannot read the baseline report: ${reason.en}`,
  }),
  baselineNotJson: (reason: string): Text => ({
    zh: '基线报告不是有效的 JSON',
    en: `the baseline report is not valid JSON: ${reason}`,
  }),
  baselineNotReport: (): Text => ({
    zh: '基线报告应为 care-check 以 --format json 写出的报告（一个含 schemaVersion 和 results 的对象）',
    en: 'the baseline must be a report written by care-check --format json (an object with schemaVersion and results)',
  }),
  baselineSchemaVersion: (found: string): Text => ({
    zh: `基线报告的 schemaVersion 应为 1，实际为 ${found}`,
    en: `the baseline report's schemaVersion should be 1, found ${found}`,
  }),
  baselineNoResults: (): Text => ({
    zh: '基线报告缺少 results 数组',
    en: 'the baseline report has no results array',
  }),
  baselineBadEntry: (field: string, expected: Text, found: string): Text => ({
    zh: `${field} 应为${expected.zh}，实际为 ${found}`,
    en: `${field} should be ${expected.en}, found ${found}`,
  }),
  baselineMoreBadEntries: (count: number): Text => ({
    zh: `基线报告中另有 ${count} 条结果格式不对，已略去`,
    en: `${count} more results of the baseline report are malformed and were skipped`,
  }),

  // ---- a filled form that cannot be read at all (import)
  formNotAFile: (): Text => ({ zh: '不是普通文件', en: 'not a regular file' }),
  formTooLarge: (limitMiB: number): Text => ({
    zh: `文件过大（上限 ${limitMiB} MiB）：一份填报表只有几百个格子`,
    en: `the file is too large (the limit is ${limitMiB} MiB): a form holds a few hundred cells`,
  }),
  formOldExcel: (): Text => ({
    zh: '这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再导入',
    en: 'this is an old Excel file (.xls): save it as .xlsx (Excel workbook) in Excel or WPS, then import that',
  }),
  formOpenDocument: (): Text => ({
    zh: '这是 OpenDocument 表格（.ods）：请在 LibreOffice 或 WPS 中另存为 .xlsx 后再导入',
    en: 'this is an OpenDocument spreadsheet (.ods): save it as .xlsx in LibreOffice or WPS, then import that',
  }),
  formNotXlsx: (): Text => ({
    zh: '文件名是 .xlsx，内容却不是 Excel 工作簿（文件可能已损坏，或只是改了扩展名）',
    en: 'the name says .xlsx but the content is no Excel workbook (the file may be damaged, or only renamed)',
  }),
  formBadWorkbook: (reason: string): Text => ({
    zh: `无法读取这个 Excel 工作簿：${reason}`,
    en: `this Excel workbook cannot be read: ${reason}`,
  }),
  formUnknownEncoding: (): Text => ({
    zh: '无法识别文件的编码：CSV 应为 UTF-8、UTF-16 或 GBK 编码',
    en: 'the encoding cannot be told: a CSV must be in UTF-8, UTF-16 or GBK',
  }),
  // ---- the cells of a filled form (import)
  notAForm: (): Text => ({
    zh: '找不到指标编号行：表中应有一行以 “code” 开头、其后是指标编号（如 townships.total），即 care-check template 生成的表的第 7 行',
    en: 'no row of measure ids: the form needs a row that starts with "code" followed by measure ids (townships.total), row 7 of a form written by care-check template',
  }),
  severalForms: (names: readonly string[]): Text => ({
    zh: `有多张表带指标编号行（${names.join('、')}）：请只保留要导入的一张`,
    en: `several sheets have a row of measure ids (${names.join(', ')}): keep only the one to import`,
  }),
  unknownColumn: (header: string, suggestion: string | null): Text => ({
    zh: `列标题 “${header}” 不是指标编号${suggestion ? `；是否应为 ${suggestion}？` : ''}`,
    en: `the column header "${header}" is no measure id${suggestion ? `; did you mean ${suggestion}?` : ''}`,
  }),
  noIdColumn: (): Text => ({ zh: '这一列没有指标编号', en: 'this column has no measure id' }),
  duplicateColumn: (id: string, first: string): Text => ({
    zh: `${id} 已在 ${first} 列出现：同一指标只能有一列`,
    en: `${id} is column ${first} already: one column per measure`,
  }),
  strayFigure: (): Text => ({
    zh: '这一列不是指标，其中的数字无法导入：请把数字填到对应指标的列，或删去这一列',
    en: "this column is no measure and its figure cannot be imported: put it in its measure's column, or remove the column",
  }),
  badPeriodCell: (text: string): Text => ({
    zh: `统计期 “${text}” 不是 YYYY-MM`,
    en: `the period "${text}" is not YYYY-MM`,
  }),
  missingCode: (name: string | null): Text => ({
    zh: `这一行${name ? `（${name}）` : ''}填了数字，却没有单位代码`,
    en: `this row${name ? ` (${name})` : ''} holds figures but no unit code`,
  }),
  cellBadCode: (text: string): Text => ({
    zh: `单位代码应为 6 位数字，收到 “${text}”`,
    en: `a unit code has 6 digits, got "${text}"`,
  }),
  cellUnknownUnit: (code: string, suggestion: string | null): Text => ({
    zh: `行政区划表中没有代码 ${code}${suggestion ? `；按名称应为 ${suggestion}？` : ''}`,
    en: `the division table has no code ${code}${suggestion ? `; by its name, did you mean ${suggestion}?` : ''}`,
  }),
  outsideArea: (code: string, area: string): Text => ({
    zh: `${code} 不是本表（${area}）的填报单位`,
    en: `${code} is not a reporting unit of this form (${area})`,
  }),
  notReporting: (code: string): Text => ({
    zh: `没有适用于 ${code} 的政策文件要求它填报数据`,
    en: `no document asks ${code} for any figure`,
  }),
  duplicateUnit: (code: string, firstRow: number): Text => ({
    zh: `${code} 已在第 ${firstRow} 行出现：同一单位只能有一行（两行都不导入）`,
    en: `${code} is in row ${firstRow} already: one row per unit (neither row is imported)`,
  }),
  cellNameMismatch: (written: string, code: string, name: string): Text => ({
    zh: `名称 “${written}” 与代码 ${code}（${name}）不符：以代码为准`,
    en: `the name "${written}" does not match code ${code} (${name}): the code counts`,
  }),
  notAsked: (level: Level): Text => ({
    zh: `${FORM_LEVEL_WORDS[level].zh}单位不填报此项：适用的政策文件没有目标要求${FORM_LEVEL_WORDS[level].zh}填报；${level === 'county' ? '' : '本级只填自身的数字，全域合计由 care-check 计算；'}请清空该格`,
    en: `a unit of this level (${FORM_LEVEL_WORDS[level].en}) does not report this measure: no target of its documents asks for it${level === 'county' ? '' : "; own accounts hold only their own figures, care-check makes the area's sum"}; clear the cell`,
  }),
  errorCell: (error: string): Text => ({
    zh: `格子显示错误值 ${error}，不是数字`,
    en: `the cell shows the error ${error}, not a figure`,
  }),
  dateCell: (date: string): Text => ({
    zh: `格子里是日期（${date}），不是数字：表格软件把输入当成了日期；请把格子设为“常规”或“数值”后重填`,
    en: `the cell holds a date (${date}), not a figure: the spreadsheet took the input for a date; set the cell to General or Number and type the figure again`,
  }),
  formulaWithoutResult: (): Text => ({
    zh: '格子是公式，但文件中没有计算结果：请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入',
    en: 'the cell holds a formula without a computed result: open and save the file in Excel, WPS or LibreOffice, then import it',
  }),
  percentFormat: (stored: number, meant: number): Text => ({
    zh: `格子是百分比格式（存的是 ${stored}，显示为 ${meant}%）：是否应为 ${meant}？请把格子设为“常规”并填 ${meant}（不会自动更正）`,
    en: `the cell is formatted as a percentage (it holds ${stored}, shown as ${meant}%): did you mean ${meant}? Set the cell to General and write ${meant} (nothing is corrected for you)`,
  }),
  notAFigure: (text: string): Text => ({
    zh: `“${text}” 不是数字：请只填数字；不掌握请留空`,
    en: `"${text}" is not a figure: write the figure alone; leave the cell empty when unknown`,
  }),
  notYesNo: (text: string): Text => ({
    zh: `“${text}” 不是 ${FORM_WORDS.yes.zh} 或 ${FORM_WORDS.no.zh}：请从列表选择；不掌握请留空`,
    en: `"${text}" is neither ${FORM_WORDS.yes.en} nor ${FORM_WORDS.no.en}: pick one from the list; leave the cell empty when unknown`,
  }),
  booleanForNumber: (value: boolean): Text => ({
    zh: `格子是逻辑值 ${value ? 'TRUE' : 'FALSE'}，本项应为数字`,
    en: `the cell holds the logical value ${value ? 'TRUE' : 'FALSE'}; this measure is a figure`,
  }),
  cellNegative: (value: number): Text => ({
    zh: `${value} 是负数：本项不能小于 0`,
    en: `${value} is negative: this measure cannot be below 0`,
  }),
  cellNotInteger: (value: number): Text => ({
    zh: `${value} 不是整数：本项应为整数`,
    en: `${value} is not a whole number: this measure is counted in whole numbers`,
  }),
  cellPartExceedsWhole: (part: number, whole: string, wholeValue: number, wholeAt: string): Text => ({
    zh: `${part} 大于其合计 ${whole}（${wholeAt}）的 ${wholeValue}`,
    en: `${part} exceeds its whole ${whole} (${wholeAt}), ${wholeValue}`,
  }),
  /** a figure typed with a slip (a thousands separator, 万, a unit): named with the figure meant */
  slip: slipText,
};
