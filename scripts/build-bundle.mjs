// Writes dist/care-check.cjs, the CLI's modules and their dependencies as one CommonJS file, and
// dist/care-check.cjs.cache, V8's code cache for it, made after the bundle has run a few
// commands so that it holds the functions a run compiles (see src/bundle.ts).
//
// Left out of the bundle, loaded only when needed as before: exceljs (a workbook), ajv (a schema
// without its prebuilt validator), tinyglobby (a folder or pattern), and the prebuilt validators
// themselves (dist/validate/compiled/, checked against the schema's hash at run time).
//
//   node scripts/build-bundle.mjs   (after tsc and build-validators; part of `npm run build`)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { BUNDLE_FILE, CACHE_FILE, cacheBytes, loadBundle } = (await import('../dist/bundle.cjs')).default;

rmSync(BUNDLE_FILE, { force: true });
rmSync(CACHE_FILE, { force: true });

// A module of dist/ finds its files from its own location (import.meta.url): in the bundle it
// keeps the location it had, so that paths.js, snapshot.js and the rest still find theirs.
const MODULE_URL = '__careCheckModuleUrl';
const banner = `const ${MODULE_URL} = (at) => require("node:url").pathToFileURL(require("node:path").join(__dirname, at)).href;`;
const keepModuleUrls = {
  name: 'care-check:module-urls',
  transform(code, id) {
    if (!id.startsWith(`${dist}/`) || !code.includes('import.meta.url')) return null;
    const at = JSON.stringify(relative(dist, id).split('\\').join('/'));
    return { code: code.replaceAll('import.meta.url', `${MODULE_URL}(${at})`) };
  },
};

const bundle = await rolldown({
  input: join(dist, 'bundle-entry.js'),
  platform: 'node',
  external: [/^node:/, /^exceljs(\/|$)/, /^ajv(-formats|-i18n)?(\/|$)/, /^tinyglobby$/],
  plugins: [keepModuleUrls],
  logLevel: 'warn',
});
await bundle.write({ file: BUNDLE_FILE, format: 'cjs', codeSplitting: false, banner, dynamicImportInCjs: false, comments: false });
await bundle.close();

// The runs whose compiled functions the cache keeps: the one-file check first and last (bytecode
// that has not run for a while can be flushed), the other commands and formats in between.
const sample = join(root, 'data', 'samples', '2025-06', '450202.yaml');
const out = mkdtempSync(join(tmpdir(), 'care-check-bundle-'));
const runs = process.env.TRAIN_ALL ? [

  ['check', sample, '--as-of', '2025-06-30', '--format', 'json'],
  ['check', sample, '--as-of', '2025-06-30', '--format', 'table', '--lang', 'en'],
  ['check', join(root, 'data', 'samples', '2025-06'), '--as-of', '2025-06-30', '--format', 'table', '--out', `junit=${join(out, 'r.xml')}`, '--out', `markdown=${join(out, 'r.md')}`],
  ['validate', sample],
  ['policies'],
  ['explain', 'liuzhou-2023/facility-area-new'],
  ['init', '--code', '450202', '--period', '2025-07', '--output', join(out, 'init.yaml')],
  ['check', '--help'],
  ['check', sample, '--as-of', '2025-06-30', '--format', 'table'],
  ['check', sample, '--as-of', '2025-06-30', '--format', 'json'],
] : [['check', sample, '--as-of', '2025-06-30', '--format', 'json']];
const loaded = loadBundle(BUNDLE_FILE, { cache: false });
if (!loaded) throw new Error(`${BUNDLE_FILE} was not written`);
const discard = { write: () => true, isTTY: false };
const exitCodes = [];
for (const argv of runs) {
  exitCodes.push(await loaded.entry.runCli(argv, { stdout: discard, stderr: discard, cwd: root, env: { LANG: 'zh_CN.UTF-8' }, now: () => new Date('2025-07-01T00:00:00Z') }));
}
rmSync(out, { recursive: true, force: true });
if (exitCodes.some((code) => code > 1)) throw new Error(`a training run failed: exit codes ${exitCodes.join(' ')}`);
process.exitCode = 0;

writeFileSync(CACHE_FILE, cacheBytes(loaded.source, loaded.script.createCachedData()));
const size = (file) => `${(readFileSync(file).length / 1024).toFixed(0)} KiB`;
console.log(`bundle: dist/care-check.cjs (${size(BUNDLE_FILE)}), code cache after ${runs.length} runs (${size(CACHE_FILE)})`);
