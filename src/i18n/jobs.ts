// --jobs (src/commands/jobs-option.ts), and what a run says when checking a file fails in a way
// no input should make it (src/load/reports.ts), or a load worker thread fails
// (src/load/parallel/pool.ts): an internal error, exit code 3, naming the file.
import type { Lang } from '../core/types.js';

const zh = {
  badJobs: (value: string, max: number) => `--jobs 应为 1 到 ${max} 的整数（读取文件的工作线程数；1 表示不用工作线程），收到 “${value}”`,
  /** `how`: exitedWith / threw / unreadableReply */
  workerFailed: (file: string | null, how: string) =>
    file === null ? `读取统计文件的工作线程${how}（尚未开始读取文件）` : `读取统计文件的工作线程${how}，当时正在读取 ${file}；该文件未被检查`,
  exitedWith: (code: number) => `意外退出（退出码 ${code}）`,
  threw: (message: string) => `出错：${message}`,
  unreadableReply: () => '发回的结果无法读取',
  checkFailed: (file: string, message: string) => `检查 ${file} 时出错：${message}`,
};

const en: typeof zh = {
  badJobs: (value, max) => `--jobs takes a whole number from 1 to ${max} (worker threads reading the files; 1 for none), got "${value}"`,
  workerFailed: (file, how) =>
    file === null ? `a worker thread reading the statistics files ${how} (before reading any file)` : `a worker thread reading the statistics files ${how} while reading ${file}; that file was not checked`,
  exitedWith: (code) => `stopped unexpectedly (exit code ${code})`,
  threw: (message) => `failed: ${message}`,
  unreadableReply: () => 'sent back a result that could not be read',
  checkFailed: (file, message) => `checking ${file} failed: ${message}`,
};

export function jobsText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
