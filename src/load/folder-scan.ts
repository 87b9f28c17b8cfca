// The files of a folder, searched recursively: every `*.yaml`/`*.yml` regular file, through links,
// and every entry that had to be passed over, named with why (a link to nothing, a loop of links,
// a FIFO or device with a YAML name, a subfolder that cannot be read). Names starting with a dot
// are hidden and not searched, as a shell's `*` would not; names are taken as they are, line breaks
// and all.
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';

export const YAML_NAME = /\.ya?ml$/i;

export type SkipReason =
  | { kind: 'dangling-link'; target: string }
  | { kind: 'link-loop' }
  | { kind: 'folder-seen' }
  | { kind: 'not-a-file'; what: 'fifo' | 'socket' | 'device' | 'folder' }
  | { kind: 'unreadable-folder'; code: string };

export interface FolderScan {
  /** absolute paths of the YAML files found, in no particular order */
  files: string[];
  skipped: { path: string; reason: SkipReason }[];
}

function whatIs(stats: Stats | Dirent): 'fifo' | 'socket' | 'device' | 'folder' {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isDirectory()) return 'folder';
  return 'device';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/**
 * Scans `root` (an existing folder). Throws only when `root` itself cannot be read; every entry
 * below it that cannot be used is in `skipped`.
 */
export function scanFolder(root: string): FolderScan {
  const files: string[] = [];
  const skipped: FolderScan['skipped'] = [];
  // Folders are known by their real path: a link back up the tree is scanned once, not for ever.
  // Links to folders wait until the tree itself is scanned, so a folder is always found under its
  // own name first, whatever order the entries come in.
  const rootReal = realpathSync(root);
  const seen = new Set<string>([rootReal]);
  // each folder with its real path: a folder entered by its own name has its parent's real path
  // and its name, with no call to realpath
  const pending: [string, string][] = [[root, rootReal]];
  const links: string[] = [];
  let first = true;
  for (;;) {
    let [dir, dirReal] = pending.pop() ?? [];
    if (dir === undefined || dirReal === undefined) {
      const link = links.shift();
      if (link === undefined) break;
      const real = safeRealpath(link);
      // a link up to a folder that holds the scanned one is a loop: it leads back down to it
      if (real !== null && (rootReal === real || rootReal.startsWith(real.endsWith(sep) ? real : real + sep))) {
        skipped.push({ path: link, reason: { kind: 'link-loop' } });
        continue;
      }
      if (real === null || seen.has(real)) {
        skipped.push({ path: link, reason: { kind: 'folder-seen' } });
        continue;
      }
      seen.add(real);
      [dir, dirReal] = [link, real];
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (first) throw error;
      skipped.push({ path: dir, reason: { kind: 'unreadable-folder', code: errorCode(error) } });
      continue;
    }
    first = false;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (entry.isDirectory()) {
        const real = join(dirReal, name);
        if (seen.has(real)) continue;
        seen.add(real);
        pending.push([path, real]);
      } else if (entry.isFile()) {
        if (YAML_NAME.test(name)) files.push(path);
      } else if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = statSync(path);
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ELOOP') skipped.push({ path, reason: { kind: 'link-loop' } });
          else if (code === 'ENOENT' || code === 'ENOTDIR') skipped.push({ path, reason: { kind: 'dangling-link', target: linkText(path) } });
          else skipped.push({ path, reason: { kind: 'unreadable-folder', code } });
          continue;
        }
        if (target.isDirectory()) links.push(path);
        else if (YAML_NAME.test(name)) {
          if (target.isFile()) files.push(path);
          else skipped.push({ path, reason: { kind: 'not-a-file', what: whatIs(target) } });
        }
      } else if (YAML_NAME.test(name)) {
        skipped.push({ path, reason: { kind: 'not-a-file', what: whatIs(entry) } });
      }
    }
  }
  return { files, skipped };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function linkText(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}
