// The kinds of hostile input that found the faults of issue 10, as fast-check arbitraries and the
// builders that lay them out on disk: files of many keys, folders of FIFOs and links, report
// targets that are inputs or devices, garbage baselines, and figures for every unit of an area.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FORMAT_NAMES } from '../../src/report/index.js';

// ------------------------------------------------------------------ many keys

export type KeyShape = 'top' | 'group' | 'same' | 'flow' | 'groups' | 'bad-lines' | 'deep' | 'one-line';

export interface ManyKeys {
  shape: KeyShape;
  count: number;
}

export const manyKeys: fc.Arbitrary<ManyKeys> = fc.record({
  shape: fc.constantFrom<KeyShape>('top', 'group', 'same', 'flow', 'groups', 'bad-lines', 'deep', 'one-line'),
  // on both sides of the 20,000 lines and items a file may have
  count: fc.integer({ min: 1_000, max: 40_000 }),
});

const HEAD = 'unit: {code: "450202"}\nperiod: 2025-06\nmeasures:\n';

/** Lines and flow items a file may have before it is refused unparsed (src/load/yaml-file.ts). */
export const MAX_ENTRIES = 20_000;

/** Whether `text` has more line breaks (LF, lone CR) and commas, or more `: `, `- ` and `? `, than MAX_ENTRIES. */
export function pastEntryLimit(text: string): boolean {
  const separators = (text.match(/\r\n|[\n\r,]/g) ?? []).length;
  const indicators = ['- ', '? ', ': '].reduce((sum, s) => sum + text.split(s).length - 1, 0);
  return separators > MAX_ENTRIES || indicators > MAX_ENTRIES;
}

/**
 * The file, kept under `limit` bytes, and how many of its keys are faults (unknown, repeated),
 * when that is known exactly (null for shapes whose faults the parser counts its own way).
 */
export function manyKeysFile({ shape, count }: ManyKeys, limit: number): { text: string; faults: number | null } {
  const parts: string[] = [HEAD];
  let size = HEAD.length;
  const add = (part: string): boolean => {
    if (size + part.length + 4 > limit) return false;
    parts.push(part);
    size += part.length;
    return true;
  };
  let made = 0;
  if (shape === 'flow') add('  population: {');
  if (shape === 'group' || shape === 'same') add('  population:\n');
  if (shape === 'deep' || shape === 'one-line') add('  population: ');
  for (; made < count; made++) {
    const fits =
      shape === 'top' ? add(`k${made}: 1\n`)
      : shape === 'group' ? add(`    k${made}: 1\n`)
      : shape === 'same' ? add('    k: 1\n')
      : shape === 'flow' ? add(`k${made}: 1, `)
      : shape === 'groups' ? add(`  g${made}: {x: 1}\n`)
      : shape === 'bad-lines' ? add(`  - : : [ ${made}\n`)
      : shape === 'one-line' ? add('- ')
      : add('[');
    if (!fits) break;
  }
  if (shape === 'flow') parts.push('}\n');
  if (shape === 'deep') parts.push(`${']'.repeat(made)}\n`);
  if (shape === 'one-line') parts.push('1\n');
  const text = parts.join('');
  // repeats of `k` are faults but the first; every other key an unknown field or measure
  // (at the top level, after an empty `measures:`, which is a fault of its own)
  const faults = shape === 'same' ? made - 1 : shape === 'top' ? made + 1 : shape === 'group' || shape === 'flow' || shape === 'groups' ? made : null;
  return { text, faults };
}

// ------------------------------------------------------------------ folders of links and FIFOs

export type EntryKind =
  | 'file' | 'dangling-link' | 'self-link' | 'up-link' | 'fifo' | 'fifo-link' | 'file-link' | 'folder-link' | 'folder' | 'odd-folder';

export const entryKinds: fc.Arbitrary<EntryKind[]> = fc.array(
  fc.constantFrom<EntryKind>('file', 'dangling-link', 'self-link', 'up-link', 'fifo', 'fifo-link', 'file-link', 'folder-link', 'folder', 'odd-folder'),
  { minLength: 1, maxLength: 10 },
);

/** Names that a person or a script could give a folder: a line break, an escape, spaces, Chinese. */
const ODD_NAMES = ['line\nbreak', 'esc\u001b[0m', 'with space', '数据', 'tab\there'];

export interface BuiltTree {
  /** the valid files, as the CLI shows them (relative to the tree's parent) */
  valid: string[];
  /** entries a scan must name in a warning */
  skipped: string[];
}

/**
 * Lays out `kinds` in `root/in` (one entry each; folders hold one valid file). Valid files are
 * the months of one unit, each a period of its own, so that none repeats another: months of 2024,
 * all before the tests' as-of date (ten entries of 2025 would reach past June 2025, a future-period error).
 */
export function buildTree(root: string, kinds: readonly EntryKind[], fileFor: (period: string) => string): BuiltTree {
  const base = join(root, 'in');
  mkdirSync(base, { recursive: true });
  const valid: string[] = [];
  const skipped: string[] = [];
  let month = 0;
  const nextFile = (dir: string, shown: string): void => {
    const period = `2024-${String(++month).padStart(2, '0')}`;
    writeFileSync(join(dir, `${period}.yaml`), fileFor(period));
    valid.push(`${shown}/${period}.yaml`);
  };
  kinds.forEach((kind, i) => {
    const name = `e${i}`;
    const path = join(base, name);
    switch (kind) {
      case 'file':
        nextFile(base, 'in');
        break;
      case 'dangling-link':
        symlinkSync(`nowhere-${i}.yaml`, `${path}.yaml`);
        skipped.push(`in/${name}.yaml`);
        break;
      case 'self-link':
        symlinkSync(`${name}.yaml`, `${path}.yaml`);
        skipped.push(`in/${name}.yaml`);
        break;
      case 'up-link':
        symlinkSync('..', path);
        skipped.push(`in/${name}`);
        break;
      case 'fifo':
        execFileSync('mkfifo', [`${path}.yaml`]);
        skipped.push(`in/${name}.yaml`);
        break;
      case 'fifo-link':
        execFileSync('mkfifo', [join(root, `${name}.fifo`)]);
        symlinkSync(`../${name}.fifo`, `${path}.yaml`);
        skipped.push(`in/${name}.yaml`);
        break;
      case 'file-link': {
        // a link to a valid file outside the tree: read as the file it names
        const period = `2024-${String(++month).padStart(2, '0')}`;
        writeFileSync(join(root, `${name}-target.yaml`), fileFor(period));
        symlinkSync(`../${name}-target.yaml`, `${path}.yaml`);
        valid.push(`in/${name}.yaml`);
        break;
      }
      case 'folder-link': {
        // a link to a folder outside the tree: scanned through the link
        const target = join(root, `${name}-folder`);
        mkdirSync(target);
        symlinkSync(`../${name}-folder`, path);
        nextFile(target, `in/${name}`);
        break;
      }
      case 'folder':
        mkdirSync(path);
        nextFile(path, `in/${name}`);
        break;
      case 'odd-folder': {
        const odd = `${name}-${ODD_NAMES[i % ODD_NAMES.length]!}`;
        mkdirSync(join(base, odd));
        nextFile(join(base, odd), `in/${odd}`);
        break;
      }
    }
  });
  return { valid, skipped };
}

// ------------------------------------------------------------------ report targets

export type TargetKind =
  | 'new' | 'existing' | 'input' | 'input-link' | 'input-hardlink' | 'baseline' | 'policy' | 'fifo-unread' | 'folder'
  | 'device' | 'stdout-link' | 'dangling-link' | 'missing-folder' | 'same-twice';

export const targetKinds: fc.Arbitrary<TargetKind[]> = fc.array(
  fc.constantFrom<TargetKind>(
    'new', 'existing', 'input', 'input-link', 'input-hardlink', 'baseline', 'policy', 'fifo-unread', 'folder', 'device',
    'stdout-link', 'dangling-link', 'missing-folder', 'same-twice',
  ),
  { minLength: 1, maxLength: 4 },
);

export const reportFormat = fc.constantFrom(...FORMAT_NAMES);

// ------------------------------------------------------------------ garbage baselines

export type Garbage =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'json'; value: unknown }
  | { kind: 'deep'; depth: number; open: '[' | '{"a":' }
  | { kind: 'entries'; entries: unknown[] }
  | { kind: 'cut'; at: number };

export const garbage: fc.Arbitrary<Garbage> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 6 }) }),
  fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 1_000, max: 300_000 }), open: fc.constantFrom('[' as const, '{"a":' as const) }),
  fc.record({
    kind: fc.constant('entries' as const),
    entries: fc.array(
      fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({ target: fc.string(), unit: fc.record({ code: fc.string(), name: fc.string() }), aggregate: fc.boolean(), status: fc.constantFrom('met', 'missed', 'late', '') }),
      ),
      { maxLength: 30 },
    ),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

/** The bytes of a garbage baseline; `report` is a real one, for the cut kind. */
export function garbageBytes(g: Garbage, report: string): Buffer {
  switch (g.kind) {
    case 'bytes':
      return Buffer.from(g.bytes);
    case 'json':
      return Buffer.from(JSON.stringify(g.value) ?? 'null');
    case 'deep': {
      const close = g.open === '[' ? ']' : '}';
      return Buffer.from(`{"schemaVersion":1,"results":[${g.open.repeat(g.depth)}${g.open === '[' ? '' : '1'}${close.repeat(g.depth)}]}`);
    }
    case 'entries':
      return Buffer.from(JSON.stringify({ schemaVersion: 1, results: g.entries }));
    case 'cut':
      return Buffer.from(report.slice(0, g.at % Math.max(1, report.length)));
  }
}

// ------------------------------------------------------------------ whole areas

/** Per unit and month, the whole number that each of its figures is multiplied by (0 to 9). */
export const areaFactors = fc.record({
  months: fc.integer({ min: 1, max: 3 }),
  factors: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 33, maxLength: 33 }),
});
