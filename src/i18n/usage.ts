// The placeholders of the help's usage lines and terms (`care-check check [options] [paths...]`,
// `--format <format>`), in the run's language: commander writes them in English.
import type { Lang } from '../core/types.js';

const ZH: Record<string, string> = {
  options: '选项',
  command: '命令',
  paths: '路径',
  doc: '政策文件',
  target: '目标',
  file: '文件',
  format: '格式',
  'format=path': '格式=路径',
  path: '路径',
  dir: '文件夹',
  date: '日期',
  docs: '政策文件',
  codes: '代码',
  code: '代码',
  statuses: '状态',
  list: '列表',
  period: '月份',
  measures: '指标',
  text: '文字',
  lang: '语言',
};

/** `[options]`, `<target>`, `[paths...]` and the like, each placeholder in the run's language. */
export function localPlaceholders(term: string, lang: Lang): string {
  if (lang === 'en') return term;
  return term.replace(/([[<])([a-z=]+)(\.\.\.)?([\]>])/g, (whole, open: string, name: string, more: string | undefined, close: string) => {
    const word = ZH[name];
    return word === undefined ? whole : `${open}${word}${more ?? ''}${close}`;
  });
}

/** An argument's name in the help's list of arguments. */
export function localArgumentName(name: string, lang: Lang): string {
  return lang === 'en' ? name : (ZH[name] ?? name);
}
