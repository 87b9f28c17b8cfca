import type { Lang } from '../core/types.js';

const zh = {
  missingFolder: (path: string, folder: string) => `无法写入 ${path}：文件夹 ${folder} 不存在`,
  isInput: (path: string) => `拒绝写入 ${path}：它是本次读取的输入文件之一`,
  writeFailed: (path: string, reason: string) => `写入 ${path} 失败：${reason}`,
};

const en: typeof zh = {
  missingFolder: (path, folder) => `cannot write ${path}: the folder ${folder} does not exist`,
  isInput: (path) => `refusing to write ${path}: it is one of the input files of this run`,
  writeFailed: (path, reason) => `writing ${path} failed: ${reason}`,
};

export function outputText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
