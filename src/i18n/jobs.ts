// --jobs (src/commands/jobs-option.ts), and what a run says when checking a file fails in a way
// no input should make it (src/load/reports.ts), or a load worker thread fails
// (src/load/parallel/pool.ts): an internal error, exit code 3, naming the file.
import type { Text } from '../core/types.js';

export const JOBS_TEXT = {
  badJobs: (value: string, max: number): Text => ({
    zh: `--jobs 应为 1 到 ${max} 的整数（读取文件的工作线程数；1 表示不用工作线程），收到 “${value}”`,
    en: `--jobs takes a whole number from 1 to ${max} (worker threads reading the files; 1 for none), got "${value}"`,
  }),
  /** `how`: exitedWith / threw / unreadableReply */
  workerFailed: (file: string | null, how: Text): Text =>
    file === null
      ? { zh: `读取统计文件的工作线程${how.zh}（尚未开始读取文件）`, en: `a worker thread reading the statistics files ${how.en} (before reading any file)` }
      : {
          zh: `读取统计文件的工作线程${how.zh}，当时正在读取 ${file}；该文件未被检查`,
          en: `a worker thread reading the statistics files ${how.en} while reading ${file}; that file was not checked`,
        },
  exitedWith: (code: number): Text => ({ zh: `意外退出（退出码 ${code}）`, en: `stopped unexpectedly (exit code ${code})` }),
  threw: (message: string): Text => ({ zh: `出错：${message}`, en: `failed: ${message}` }),
  unreadableReply: (): Text => ({ zh: '发回的结果无法读取', en: 'sent back a result that could not be read' }),
  checkFailed: (file: string, message: string): Text => ({ zh: `检查 ${file} 时出错：${message}`, en: `checking ${file} failed: ${message}` }),
};
