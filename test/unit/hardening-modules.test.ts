// Heavy dependencies load only on the path that needs them: a run without --xlsx never loads
// exceljs. The CLI is spawned with an --import module that records every module it resolves
// (an ESM resolve hook) and every CommonJS module in require.cache at exit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, runCli, tempDir } from '../cli/run-cli.js';
import { validSample } from '../fuzz/fuzz-support.js';

const AS_OF = '2025-06-30';

const HOOKS = `
import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(out, resolved.url + '\\n');
  return resolved;
}
`;

const REGISTER = `
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
const out = process.env.CARE_CHECK_MODULE_LOG;
register('./hooks.mjs', import.meta.url, { data: { out } });
process.on('exit', () => {
  const cache = createRequire(import.meta.url).cache;
  appendFileSync(out, Object.keys(cache).join('\\n') + '\\n');
});
`;

let dir: string;
let register: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('care-check-modules-');
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(join(dir, 'register.mjs'), REGISTER);
  writeFileSync(join(dir, 'data.yaml'), validSample().text);
  writeFileSync(join(dir, 'form.csv'), 'code,name,townships.total\n450202,城中区,8\n');
  register = pathToFileURL(join(dir, 'register.mjs')).href;
});

const recorded = new Map<string, { status: number | null; modules: string[] }>();

/**
 * Runs the CLI and returns the modules it loaded. The same arguments are run once per file (a json
 * check of the one valid file serves both describes): the run's modules do not change with the test
 * that asks.
 */
function modulesOf(name: string, args: string[]): { status: number | null; modules: string[] } {
  const key = JSON.stringify(args);
  const known = recorded.get(key);
  if (known !== undefined) return known;
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const run = runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--import=${register}`, CARE_CHECK_MODULE_LOG: log } });
  const result = { status: run.status, modules: readFileSync(log, 'utf8').split('\n').filter((l) => l !== '') };
  recorded.set(key, result);
  return result;
}

const exceljs = (modules: string[]) => modules.filter((m) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(m));
const ajv = (modules: string[]) => modules.filter((m) => /[\\/]node_modules[\\/]ajv[\\/]/.test(m));

describe('exceljs loads only for a workbook', () => {
  test.each([
    ['version', ['--version']],
    ['check json', ['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json']],
    ['check table', ['check', 'data.yaml', '--as-of', AS_OF, '--format', 'table']],
    ['check with text reports', ['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json', '--out', 'junit=r.xml', '--out', 'markdown=r.md']],
    ['validate', ['validate', 'data.yaml']],
    ['init', ['init', '--code', '450202', '--period', '2025-06', '--output', 'init.yaml']],
    ['import of a CSV', ['import', 'form.csv', '--period', '2025-06', '--output', '.']],
  ])('%s: no exceljs', (name, args) => {
    const { status, modules } = modulesOf(name.replace(/\s/g, '-'), args);
    expect([0, 1]).toContain(status);
    // The recorder saw the run's own modules, so an empty exceljs list means something.
    expect(modules.some((m) => m.endsWith('/dist/boot/launch.cjs'))).toBe(true);
    expect(exceljs(modules)).toEqual([]);
  });

  test('with --xlsx, exceljs is loaded (the recorder sees it)', () => {
    const { status, modules } = modulesOf('xlsx', ['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json', '--xlsx', 'r.xlsx']);
    expect([0, 1]).toContain(status);
    expect(exceljs(modules).length).toBeGreaterThan(0);
  });
});

describe('the validators built by `npm run build` spare a run the ajv package', () => {
  test('a json check of one valid file loads neither ajv nor exceljs', () => {
    const { status, modules } = modulesOf('check-json-fast', ['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json']);
    expect([0, 1]).toContain(status);
    // The unit-report validator is in the bundle (scripts/build-bundle.mjs): had it been set
    // aside, ajv would have been loaded to compile the schema.
    expect(modules.some((m) => m.endsWith('/dist/boot/launch.cjs'))).toBe(true);
    expect(ajv(modules)).toEqual([]);
    expect(exceljs(modules)).toEqual([]);
    // Named files need no globbing.
    expect(modules.filter((m) => /[\\/]node_modules[\\/]tinyglobby[\\/]/.test(m))).toEqual([]);
  });

  test('a folder is scanned without tinyglobby (src/load/folder-scan.ts); a pattern loads it (the recorder sees it)', () => {
    const folder = modulesOf('check-folder', ['check', '.', '--as-of', AS_OF, '--format', 'json']);
    expect(folder.modules.some((m) => m.endsWith('/dist/boot/launch.cjs'))).toBe(true);
    expect(folder.modules.filter((m) => /[\\/]node_modules[\\/]tinyglobby[\\/]/.test(m))).toEqual([]);
    const pattern = modulesOf('check-glob', ['check', '*.yaml', '--as-of', AS_OF, '--format', 'json']);
    expect(pattern.modules.some((m) => /[\\/]node_modules[\\/]tinyglobby[\\/]/.test(m))).toBe(true);
  });
});
