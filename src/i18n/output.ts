import type { Lang } from '../core/types.js';

const zh = {
  missingFolder: (path: string, folder: string) => `无法写入 ${path}：文件夹 ${folder} 不存在`,
  isInput: (path: string) => `拒绝写入 ${path}：它是本次读取的输入文件之一`,
  writeFailed: (path: string, reason: string) => `写入 ${path} 失败：${reason}`,
  isFolder: (path: string) => `无法写入 ${path}：它是一个文件夹`,
  isSocket: (path: string) => `无法写入 ${path}：它是一个套接字`,
  noReader: (path: string) => `无法写入 ${path}：这个命名管道（FIFO）没有读取方`,
  underAFile: (path: string) => `无法写入 ${path}：路径中的某一段是文件而不是文件夹`,
  linkLoop: (path: string) => `无法写入 ${path}：符号链接形成了循环`,
  sameTargetTwice: (first: string, second: string) => `${first} 与 ${second} 是同一个文件：两份输出不能写到同一处`,
};

const en: typeof zh = {
  missingFolder: (path, folder) => `cannot write ${path}: the folder ${folder} does not exist`,
  isInput: (path) => `refusing to write ${path}: it is one of the input files of this run`,
  writeFailed: (path, reason) => `writing ${path} failed: ${reason}`,
  isFolder: (path) => `cannot write ${path}: it is a folder`,
  isSocket: (path) => `cannot write ${path}: it is a socket`,
  noReader: (path) => `cannot write ${path}: no one is reading this FIFO`,
  underAFile: (path) => `cannot write ${path}: a part of its path is a file, not a folder`,
  linkLoop: (path) => `cannot write ${path}: a loop of symbolic links`,
  sameTargetTwice: (first, second) => `${first} and ${second} are the same file: two outputs cannot be written to one place`,
};

export function outputText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
