// What the writer of report files says when a target cannot be written.
import type { Text } from '../core/types.js';
import type { Localized } from './index.js';

export const OUTPUT_TEXT = {
  missingFolder: (path: string, folder: string): Text => ({
    zh: `无法写入 ${path}：文件夹 ${folder} 不存在`,
    en: `cannot write ${path}: the folder ${folder} does not exist`,
  }),
  isInput: (path: string): Text => ({
    zh: `拒绝写入 ${path}：它是本次读取的输入文件之一`,
    en: `refusing to write ${path}: it is one of the input files of this run`,
  }),
  writeFailed: (path: string, reason: string): Text => ({
    zh: `写入 ${path} 失败：${reason}`,
    en: `writing ${path} failed: ${reason}`,
  }),
  isFolder: (path: string): Text => ({
    zh: `无法写入 ${path}：它是一个文件夹`,
    en: `cannot write ${path}: it is a folder`,
  }),
  isSocket: (path: string): Text => ({
    zh: `无法写入 ${path}：它是一个套接字`,
    en: `cannot write ${path}: it is a socket`,
  }),
  noReader: (path: string): Text => ({
    zh: `无法写入 ${path}：这个命名管道（FIFO）没有读取方`,
    en: `cannot write ${path}: no one is reading this FIFO`,
  }),
  underAFile: (path: string): Text => ({
    zh: `无法写入 ${path}：路径中的某一段是文件而不是文件夹`,
    en: `cannot write ${path}: a part of its path is a file, not a folder`,
  }),
  linkLoop: (path: string): Text => ({
    zh: `无法写入 ${path}：符号链接形成了循环`,
    en: `cannot write ${path}: a loop of symbolic links`,
  }),
  sameTargetTwice: (first: string, second: string): Text => ({
    zh: `${first} 与 ${second} 是同一个文件：两份输出不能写到同一处`,
    en: `${first} and ${second} are the same file: two outputs cannot be written to one place`,
  }),
};

/** What the writer says, in the run's language (`localize(OUTPUT_TEXT, lang)`, made where the language is known). */
export type OutputMessages = Localized<typeof OUTPUT_TEXT>;
