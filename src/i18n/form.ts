// Every word of `init --area`, `template` and `import` that a person reads, in Chinese and English:
// the command's messages, the form's sheets and the import's report.
import type { Division, Lang, Level, MeasureUnit, Text } from '../core/types.js';
import { MEASURE_UNIT_TEXT } from './commands.js';

const LEVEL_ZH: Record<Level, string> = { province: '省本级', city: '市本级', county: '县级' };
const LEVEL_EN: Record<Level, string> = { province: "province's own accounts", city: "city's own accounts", county: 'county' };

const area = (d: Division) => `${d.code} ${d.name}`;

/**
 * The words the form itself uses and the import recognises, in both languages whatever the
 * language of the run: a form written in Chinese may be imported by an English-speaking analyst.
 */
export const FORM_WORDS = {
  /** the label before the period cell */
  period: { zh: '统计期', en: 'Period' },
  /** the label before the area cell */
  area: { zh: '地区', en: 'Area' },
  /** the label before the list of codes of a form made with --code */
  units: { zh: '填报单位', en: 'Units' },
  /** the label before the measures asked beyond the documents' needs (--also) */
  also: { zh: '另收集', en: 'Also asked' },
  /** the yes/no list of a true/false measure */
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  /** the headers of the id row: the key of the form */
  codeKey: 'code',
  nameKey: 'name',
} as const;

const zh = {
  // ---- selecting units (init, template)
  noSelection: '请用 --area 指定地区（如 4502），或用 --code 指定单位代码（可用逗号分隔多个）',
  badArea: (value: string) => `--area 应为 2、4 或 6 位行政区划代码（如 45、4502、450200），收到 “${value}”`,
  codeOutsideArea: (code: string, a: Division) => `${code} 不在 --area ${area(a)} 之内`,
  noReportingUnit: (a: Division) => `${area(a)} 没有需要填报的单位：适用的政策文件中没有目标要求这些单位填报数据`,

  // ---- init for several units
  initWrote: (path: string, measures: number) => `已写出 ${path}：${measures} 项数据待填写`,
  initExists: (path: string) => `${path} 已存在，未覆盖`,
  initSummary: (written: number, existing: number, folder: string) =>
    `共写出 ${written} 个文件${existing > 0 ? `，${existing} 个已存在未覆盖（删除后可重新生成）` : ''}。填好后运行 care-check validate ${folder}`,
  initSkipped: (n: number) => `另有 ${n} 个单位没有适用的政策文件或无需填报，未生成文件`,
  outputNotFolder: (path: string) => `--output ${path} 不是文件夹：为多个单位生成文件时，--output 指定存放 <月份>/<代码>.yaml 的文件夹`,

  // ---- template: the command
  templateWrote: (path: string, units: number, measures: number, documents: readonly string[]) =>
    `已写出 ${path}：${units} 个单位 × ${measures} 项数据（${documents.join('、')}）。填好后运行 care-check import ${path}`,
  templateExists: (path: string) => `${path} 已存在，不会覆盖（可能是已填好的表）；请换一个 --output 路径，或先删除该文件`,
  unknownAlso: (id: string, suggestion: string | null) =>
    `--also：没有名为 “${id}” 的指标或指标组${suggestion ? `；是否要找 ${suggestion}？` : ''}`,
  fromProblems: (n: number) => `--from 中有 ${n} 个问题：这些文件的数字不作参考`,
  // ---- template: the form sheet
  sheetForm: '填报表',
  sheetInstructions: '填写说明',
  sheetMeasures: '指标说明',
  formTitle: (where: string, period: string) => `${where} ${period} 养老服务统计数据填报表`,
  namedUnits: (n: number) => `指定的 ${n} 个单位`,
  formHint: (lastDay: string, instructions: string) =>
    `白色格子填本单位截至 ${lastDay} 的数字；空白表示不掌握（不是 0），确实为零请填 0；灰色格子无需填报。填写前请先阅读“${instructions}”表。`,
  unitBand: '单位',
  codeHeader: '代码',
  nameHeader: '名称',
  levelHeader: '层级',
  // ---- template: input messages (Excel: title ≤ 32, message ≤ 255, error ≤ 225 characters)
  promptInteger: '填不小于 0 的整数',
  promptNumber: '填不小于 0 的数字（可有小数）',
  promptBoolean: '从列表选“是”或“否”',
  promptAtMost: (whole: string, column: string) => `不大于“${whole}”（${column} 列）`,
  promptAtLeastParts: (columns: readonly string[]) => `不小于其中各项（${columns.join('、')} 列）`,
  promptUnknown: '空白＝不掌握，不是 0',
  promptFeeds: (ids: readonly string[]) => `用于：${ids.join('、')}`,
  promptManyFeeds: (n: number, sheet: string) => `用于 ${n} 项目标，见“${sheet}”表`,
  promptAlso: '本表额外收集，不用于任何目标',
  errorTitle: '不符合填写要求',
  errorInteger: (unit: string) => `应为不小于 0 的整数（${unit}）。不掌握请留空；不要带单位、逗号、“万”或百分号。`,
  errorNumber: (unit: string) => `应为不小于 0 的数字（${unit}）。不掌握请留空；不要带单位、逗号、“万”或百分号。`,
  errorBoolean: '请从列表选“是”或“否”；不掌握请留空。',
  errorAtMost: (column: string) => `不能大于 ${column} 列的合计。`,
  errorAtLeastParts: (columns: readonly string[]) => `不能小于其中各项（${columns.join('、')} 列）。`,
  previousNote: (period: string, value: string) => `上次填报（${period}）：${value}\n仅供参考，不会被导入`,
  // ---- template: the instructions sheet
  instructionsTitle: (title: string) => `${title}：填写说明`,
  instructions: (o: {
    tool: string; where: string; period: string; lastDay: string; form: string; measures: string; idRow: number;
    levels: string; contact: string; previous: boolean;
  }) => [
    `本表由 ${o.tool} 生成：${o.where}，统计期 ${o.period}，填截至 ${o.lastDay} 的数字。`,
    `“${o.form}”表每行一个填报单位（${o.levels}）。代码、名称和层级已锁定；请不要增删、移动行或列，也不要改动第 ${o.idRow} 行的指标编号——导入时靠它识别各列。`,
    '白色格子填本单位的数字；灰色格子不需本单位填报，已锁定。',
    '空白表示“不掌握”，不是 0：导入后该项为未知，相关目标显示“缺数据”。确实为零请填 0。不要填“无”“—”“/”之类的占位符。',
    '只填数字：不带单位，不用千分位逗号，不写“万”，不加百分号；整数项不填小数。是/否项从下拉列表选择“是”或“否”。',
    '“其中……”一项不能大于它的合计（例如“其中建有区域养老服务中心的”不大于“乡镇（街道）数”）；超出时格子变红，填成文字时格子变黄。',
    '市本级、省本级一行只填本级自身的数字，不要加上下级单位：全域合计由 care-check 计算。',
    '累计项：名称注明“2021年1月1日起累计”的，填自 2021 年 1 月 1 日起的累计数；名称以“本年”开头的，填自当年 1 月 1 日起的累计数。',
    `选中一个格子可看到该项的含义、要求和用于哪些目标；各项的完整说明见“${o.measures}”表。`,
    ...(o.previous ? ['带红色小三角的格子附有批注：该单位上次填报的数字，仅供对照，不会被导入；本月的数字请重新填写。'] : []),
    `填好后保存为 .xlsx 文件（Excel、WPS、LibreOffice 均可；也可另存为 CSV，UTF-8 或 GBK 编码均可），发送给：${o.contact}。`,
    `汇总方：care-check import <文件> --output data/ 为每个单位写出统计文件 data/${o.period}/<代码>.yaml，再用 care-check check data/ 检查。`,
  ],
  defaultContact: (area: string | null) => `发出本表的${area ?? ''}民政部门`,
  documentsHeading: '适用的政策文件',
  documentColumns: ['编号', '名称', '文号'] as readonly string[],
  // ---- template: the measures sheet
  measureColumns: ['指标编号', '名称', '单位', '取值', '约束', '累计口径', '填报单位', '用于的目标'] as readonly string[],
  valueInteger: '整数 ≥ 0',
  valueNumber: '数字 ≥ 0',
  valueBoolean: '是 / 否',
  atMostMeasure: (whole: string) => `不大于 ${whole}`,
  windowSince2021: '2021年1月1日起累计',
  windowYtd: '本年1月1日起累计',
  feedMarks: { wholeArea: '[全域]', indicative: '[参考]' },
  feedsLegend: '[全域] 全域合计的目标；[参考] 只显示不判定的指标',

  // ---- import
  importPeriodMismatch: (form: string, at: string, option: string) =>
    `表中的统计期是 ${form}（${at}），--period 却是 ${option}：请核对是否用错了表，或去掉 --period`,
  importNoPeriod: (file: string) => `${file} 没有写明统计期：请用 --period YYYY-MM 指定`,
  importBadPeriod: (value: string) => `--period 应为 YYYY-MM（月份 01–12），收到 “${value}”`,
  importWritten: (path: string, n: number) => `已写出 ${path}（${n} 项数据）`,
  importReplaced: (path: string, n: number) => `已覆盖 ${path}（${n} 项数据，--force）`,
  importReplacedEmpty: (path: string, n: number) => `已写出 ${path}（${n} 项数据；原文件是未填写的模板）`,
  importUnchanged: (path: string) => `未改动 ${path}：数字与表中相同`,
  importRefusedExisting: (path: string) => `未写出 ${path}：文件已存在且数字不同；核对表中数字无误后加 --force 覆盖`,
  importRefusedProblems: (unit: string, n: number) => `未写出 ${unit}：本行有 ${n} 个问题，改正后重新导入`,
  importEmptyRow: (unit: string) => `${unit}：本行没有填写任何数字，不写文件`,
  importSummary: (o: { file: string; period: string; written: number; replaced: number; unchanged: number; refused: number; empty: number }) =>
    `导入 ${o.file}（${o.period}）：写出 ${o.written} 个文件${o.replaced > 0 ? `（其中覆盖 ${o.replaced} 个）` : ''}，未改动 ${o.unchanged} 个，拒绝 ${o.refused} 个${o.empty > 0 ? `，空行 ${o.empty} 个` : ''}`,
  importNext: (folder: string) => `下一步：care-check check ${folder}`,
};

const en: typeof zh = {
  noSelection: 'name an area with --area (e.g. 4502) or units with --code (several separated by commas)',
  badArea: (value) => `--area takes a 2-, 4- or 6-digit division code (45, 4502, 450200), got "${value}"`,
  codeOutsideArea: (code, a) => `${code} is not inside --area ${area(a)}`,
  noReportingUnit: (a) => `no unit of ${area(a)} reports figures: no target of the documents that apply asks these units for any`,

  initWrote: (path, measures) => `wrote ${path}: ${measures} figures to fill in`,
  initExists: (path) => `${path} exists already, not overwritten`,
  initSummary: (written, existing, folder) =>
    `${written} ${written === 1 ? 'file' : 'files'} written${existing > 0 ? `, ${existing} existing ${existing === 1 ? 'file' : 'files'} left as they were (remove one to write it again)` : ''}. Then run care-check validate ${folder}`,
  initSkipped: (n) => `${n} more ${n === 1 ? 'unit has' : 'units have'} no document or nothing to report: no file written`,
  outputNotFolder: (path) => `--output ${path} is not a folder: for several units, --output names the folder that receives <period>/<code>.yaml`,

  templateWrote: (path, units, measures, documents) =>
    `wrote ${path}: ${units} ${units === 1 ? 'unit' : 'units'} × ${measures} figures (${documents.join(', ')}). Once filled in, run care-check import ${path}`,
  templateExists: (path) => `${path} exists already and is not overwritten (it may be a filled-in form); choose another --output path or remove the file first`,
  unknownAlso: (id, suggestion) => `--also: no measure or group is named "${id}"${suggestion ? `; did you mean ${suggestion}?` : ''}`,
  fromProblems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} in --from: the figures of those files are not shown`,
  sheetForm: 'Form',
  sheetInstructions: 'Instructions',
  sheetMeasures: 'Measures',
  formTitle: (where, period) => `${where}: elderly-care figures for ${period}`,
  namedUnits: (n) => `${n} named ${n === 1 ? 'unit' : 'units'}`,
  formHint: (lastDay, instructions) =>
    `White cells: the unit's figure as of ${lastDay}. An empty cell means unknown (not 0); write 0 for a real zero. Grey cells are not asked of the unit. Read the "${instructions}" sheet first.`,
  unitBand: 'unit',
  codeHeader: 'code',
  nameHeader: 'name',
  levelHeader: 'level',
  promptInteger: 'a whole number, 0 or more',
  promptNumber: 'a number, 0 or more (decimals allowed)',
  promptBoolean: 'pick yes or no from the list',
  promptAtMost: (whole, column) => `at most "${whole}" (column ${column})`,
  promptAtLeastParts: (columns) => `at least each of its parts (column ${columns.join(', ')})`,
  promptUnknown: 'empty = unknown, not 0',
  promptFeeds: (ids) => `feeds: ${ids.join(', ')}`,
  promptManyFeeds: (n, sheet) => `feeds ${n} targets: see the "${sheet}" sheet`,
  promptAlso: 'asked by this form; no target uses it',
  errorTitle: 'Not accepted',
  errorInteger: (unit) => `A whole number of 0 or more (${unit}). Leave it empty when unknown; no unit, comma, 万 or percent sign.`,
  errorNumber: (unit) => `A number of 0 or more (${unit}). Leave it empty when unknown; no unit, comma, 万 or percent sign.`,
  errorBoolean: 'Pick yes or no from the list; leave it empty when unknown.',
  errorAtMost: (column) => `It cannot exceed the total in column ${column}.`,
  errorAtLeastParts: (columns) => `It cannot be below its parts (column ${columns.join(', ')}).`,
  previousNote: (period, value) => `last reported (${period}): ${value}\nfor reference only, never imported`,
  instructionsTitle: (title) => `${title}: how to fill it in`,
  instructions: (o) => [
    `Written by ${o.tool}: ${o.where}, period ${o.period}: the figures as of ${o.lastDay}.`,
    `The "${o.form}" sheet has one row per reporting unit (${o.levels}). Codes, names and levels are locked; do not add, remove or move rows or columns, and leave the measure ids of row ${o.idRow} as they are: the import finds each column by them.`,
    "White cells take the unit's figures; grey cells are not asked of that unit and are locked.",
    'An empty cell means "unknown", not 0: the measure is unknown after the import and the targets it feeds show no-data. Write 0 for a real zero. Do not write placeholders such as "-", "/" or "none".',
    'Figures only: no unit, no thousands separator, no 万, no percent sign; no decimals where a whole number is asked. Pick yes or no from the list for a yes/no measure.',
    'An "of which" figure cannot exceed its total (e.g. "of which with a regional elderly-care centre" is at most "townships and sub-districts"); a cell that does turns red, and a figure typed as text turns yellow.',
    "The rows of a city's or province's own accounts hold only those accounts, without the lower units: care-check makes the whole area's sum.",
    'Running totals: a measure "since 2021-01-01" takes the total since 1 January 2021; a measure "this year" the total since 1 January of the period\'s year.',
    `Select a cell to see what the measure means, what it must be and which targets it feeds; the "${o.measures}" sheet describes every measure.`,
    ...(o.previous ? ["A cell with a small red triangle has a comment: the unit's last reported figure, for comparison only and never imported; this month's figure must be filled in anew."] : []),
    `Save the filled form as .xlsx (Excel, WPS and LibreOffice all do; a CSV in UTF-8 or GBK works too) and send it to: ${o.contact}.`,
    `For the analyst: care-check import <file> --output data/ writes each unit's statistics file data/${o.period}/<code>.yaml; care-check check data/ then checks them.`,
  ],
  defaultContact: (area) => `the civil-affairs bureau${area ? ` of ${area}` : ''} that sent you this form`,
  documentsHeading: 'Documents that apply',
  documentColumns: ['id', 'title', 'number'],
  measureColumns: ['measure id', 'name', 'unit', 'value', 'constraint', 'running total', 'asked of', 'feeds'],
  valueInteger: 'whole number ≥ 0',
  valueNumber: 'number ≥ 0',
  valueBoolean: 'yes / no',
  atMostMeasure: (whole) => `at most ${whole}`,
  windowSince2021: 'since 2021-01-01',
  windowYtd: 'since 1 January of the year',
  feedMarks: { wholeArea: '[area]', indicative: '[shown]' },
  feedsLegend: '[area] a whole-area target; [shown] a figure shown without a verdict',

  importPeriodMismatch: (form, at, option) =>
    `the form is for ${form} (${at}) but --period says ${option}: check that this is the right form, or drop --period`,
  importNoPeriod: (file) => `${file} names no period: give it with --period YYYY-MM`,
  importBadPeriod: (value) => `--period must be YYYY-MM (month 01–12), got "${value}"`,
  importWritten: (path, n) => `wrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'})`,
  importReplaced: (path, n) => `overwrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'}, --force)`,
  importReplacedEmpty: (path, n) => `wrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'}; the file there was an unfilled template)`,
  importUnchanged: (path) => `left ${path} as it is: the same figures as the form`,
  importRefusedExisting: (path) => `did not write ${path}: it exists with other figures; once the form's figures are checked, --force overwrites it`,
  importRefusedProblems: (unit, n) => `did not write ${unit}: its row has ${n} ${n === 1 ? 'problem' : 'problems'}; fix ${n === 1 ? 'it' : 'them'} and import again`,
  importEmptyRow: (unit) => `${unit}: the row holds no figure, no file written`,
  importSummary: (o) =>
    `imported ${o.file} (${o.period}): ${o.written} ${o.written === 1 ? 'file' : 'files'} written${o.replaced > 0 ? ` (${o.replaced} overwritten)` : ''}, ${o.unchanged} left as they were, ${o.refused} refused${o.empty > 0 ? `, ${o.empty} empty ${o.empty === 1 ? 'row' : 'rows'}` : ''}`,
  importNext: (folder) => `next: care-check check ${folder}`,
};

export type FormText = typeof zh;

export function formText(lang: Lang): FormText {
  return lang === 'en' ? en : zh;
}

export function levelWords(level: Level, lang: Lang): string {
  return lang === 'en' ? LEVEL_EN[level] : LEVEL_ZH[level];
}

export function unitWords(unit: MeasureUnit, lang: Lang): string {
  return MEASURE_UNIT_TEXT[unit][lang];
}

/** Why a form file cannot be read at all. */
export const FORM_LOAD_TEXT = {
  notAFile: (): Text => ({ zh: '不是普通文件', en: 'not a regular file' }),
  tooLarge: (limitMiB: number): Text => ({
    zh: `文件过大（上限 ${limitMiB} MiB）：一份填报表只有几百个格子`,
    en: `the file is too large (the limit is ${limitMiB} MiB): a form holds a few hundred cells`,
  }),
  oldExcel: (): Text => ({
    zh: '这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再导入',
    en: 'this is an old Excel file (.xls): save it as .xlsx (Excel workbook) in Excel or WPS, then import that',
  }),
  openDocument: (): Text => ({
    zh: '这是 OpenDocument 表格（.ods）：请在 LibreOffice 或 WPS 中另存为 .xlsx 后再导入',
    en: 'this is an OpenDocument spreadsheet (.ods): save it as .xlsx in LibreOffice or WPS, then import that',
  }),
  notXlsx: (): Text => ({
    zh: '文件名是 .xlsx，内容却不是 Excel 工作簿（文件可能已损坏，或只是改了扩展名）',
    en: 'the name says .xlsx but the content is no Excel workbook (the file may be damaged, or only renamed)',
  }),
  badWorkbook: (reason: string): Text => ({
    zh: `无法读取这个 Excel 工作簿：${reason}`,
    en: `this Excel workbook cannot be read: ${reason}`,
  }),
  unknownEncoding: (): Text => ({
    zh: '无法识别文件的编码：CSV 应为 UTF-8、UTF-16 或 GBK 编码',
    en: 'the encoding cannot be told: a CSV must be in UTF-8, UTF-16 or GBK',
  }),
};

/** The problems of a filled form's cells. */
export const IMPORT_TEXT = {
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
  badCode: (text: string): Text => ({
    zh: `单位代码应为 6 位数字，收到 “${text}”`,
    en: `a unit code has 6 digits, got "${text}"`,
  }),
  unknownUnit: (code: string, suggestion: string | null): Text => ({
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
  nameMismatch: (written: string, code: string, name: string): Text => ({
    zh: `名称 “${written}” 与代码 ${code}（${name}）不符：以代码为准`,
    en: `the name "${written}" does not match code ${code} (${name}): the code counts`,
  }),
  notAsked: (level: Level): Text => ({
    zh: `${LEVEL_ZH[level]}单位不填报此项：适用的政策文件没有目标要求${LEVEL_ZH[level]}填报；${level === 'county' ? '' : '本级只填自身的数字，全域合计由 care-check 计算；'}请清空该格`,
    en: `a unit of this level (${LEVEL_EN[level]}) does not report this measure: no target of its documents asks for it${level === 'county' ? '' : "; own accounts hold only their own figures, care-check makes the area's sum"}; clear the cell`,
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
  notYesNo: (text: string, words: { yes: string; no: string }): Text => ({
    zh: `“${text}” 不是 ${words.yes} 或 ${words.no}：请从列表选择；不掌握请留空`,
    en: `"${text}" is neither ${words.yes} nor ${words.no}: pick one from the list; leave the cell empty when unknown`,
  }),
  booleanForNumber: (value: boolean): Text => ({
    zh: `格子是逻辑值 ${value ? 'TRUE' : 'FALSE'}，本项应为数字`,
    en: `the cell holds the logical value ${value ? 'TRUE' : 'FALSE'}; this measure is a figure`,
  }),
  negative: (value: number): Text => ({
    zh: `${value} 是负数：本项不能小于 0`,
    en: `${value} is negative: this measure cannot be below 0`,
  }),
  notInteger: (value: number): Text => ({
    zh: `${value} 不是整数：本项应为整数`,
    en: `${value} is not a whole number: this measure is counted in whole numbers`,
  }),
  partExceedsWhole: (part: number, whole: string, wholeValue: number, wholeAt: string): Text => ({
    zh: `${part} 大于其合计 ${whole}（${wholeAt}）的 ${wholeValue}`,
    en: `${part} exceeds its whole ${whole} (${wholeAt}), ${wholeValue}`,
  }),
};
