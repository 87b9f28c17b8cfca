import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CareCheckError } from '../errors.js';
import type { Lang } from '../core/types.js';
import { outputText } from '../i18n/output.js';

/** Something that writes a whole file at the path it is given. */
export type FileProducer = (tmpPath: string) => Promise<void>;

export interface WriteOptions {
  cwd: string;
  lang: Lang;
  /** absolute paths of the files read in this run: never overwritten */
  inputs: readonly string[];
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Writes a report file under a temporary name in the target folder and renames it into place,
 * so that a failure never leaves a half-written file. A path that is one of the inputs, or whose
 * folder is missing, is refused.
 */
export async function writeAtomic(path: string, content: string | Uint8Array | FileProducer, opts: WriteOptions): Promise<void> {
  const target = resolve(opts.cwd, path);
  const text = outputText(opts.lang);
  const folder = dirname(target);
  let folderIsDir = false;
  try {
    folderIsDir = statSync(folder).isDirectory();
  } catch {
    folderIsDir = false;
  }
  if (!folderIsDir) throw new CareCheckError('output', text.missingFolder(path, folder));
  // Every name the target goes by (as given, through its folder's real path, through a link it
  // is) against every name of an input: writing over a link to an input, or over a link that was
  // named as an input, is refused too.
  const targetNames = new Set([target, join(canonical(folder), basename(target)), canonical(target)]);
  const isInput = (input: string): boolean => {
    const absolute = resolve(opts.cwd, input);
    return targetNames.has(absolute) || targetNames.has(canonical(absolute));
  };
  if (opts.inputs.some(isInput)) {
    throw new CareCheckError('output', text.isInput(path));
  }
  const tmp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (typeof content === 'function') await content(tmp);
    else await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    if (error instanceof CareCheckError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CareCheckError('output', text.writeFailed(path, reason));
  }
}
