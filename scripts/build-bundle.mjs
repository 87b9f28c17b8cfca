// Writes dist/care-check.cjs, the CLI's modules and their dependencies as one CommonJS file, and
// dist/care-check.cjs.cache, V8's code cache for it, made after the bundle has run a one-file
// check so that it holds the functions such a run compiles (see src/boot/launch.cts).
//
// In the bundle: the CLI, commander, yaml, chalk, cli-table3 and the unit-report validator
// (dist/boot/compiled/, still checked against the schema's stamp at run time). Left out,
// loaded only when needed as before: exceljs and jszip (a workbook), echarts (the HTML report's charts), ajv (a schema without its prebuilt
// validator), tinyglobby (a folder or pattern) and the policy validator (--policies).
// Node's built-in modules are loaded on first use, not when the bundle starts: commander alone
// would otherwise load child_process, and chalk tty, on every run.
//
//   node scripts/build-bundle.mjs   (after tsc, build-validators and build-catalog; part of `npm run build`)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { BUNDLE_FILE, CACHE_FILE, cacheBytes, loadBundle, namedBundle } = (await import('../dist/boot/launch.cjs')).default;
const { sha1 } = await import('../dist/boot/stamp.js');

rmSync(BUNDLE_FILE, { force: true });
rmSync(CACHE_FILE, { force: true });

// The entry: the launcher's exports, and the validator a check needs, handed to ajv.js.
const ENTRY = '\0care-check:entry';
const BUNDLED_VALIDATORS = ['unit-report.schema.js'];
const entryCode = [
  `export * from ${JSON.stringify(join(dist, 'boot', 'bundle-entry.js'))};`,
  `import { registerPrebuilt } from ${JSON.stringify(join(dist, 'boot', 'compiled-validators.js'))};`,
  ...BUNDLED_VALIDATORS.flatMap((name, i) => [
    `import * as validator${i} from ${JSON.stringify(join(dist, 'boot', 'compiled', name))};`,
    `registerPrebuilt(${JSON.stringify(name)}, validator${i});`,
  ]),
].join('\n');
const entry = {
  name: 'care-check:entry',
  resolveId: (id) => (id === ENTRY ? ENTRY : null),
  load: (id) => (id === ENTRY ? entryCode : null),
};

// A module of dist/ finds its files from its own location (import.meta.url): in the bundle it
// keeps the location it had, so that paths.js, snapshot.js and the rest still find theirs. The
// usual shapes become plain paths (node:url is not loaded for them); any other use gets a URL.
const MODULE_PATH = '__careCheckModulePath';
const MODULE_URL = '__careCheckModuleUrl';
const keepModuleUrls = {
  name: 'care-check:module-urls',
  transform(code, id) {
    if (!id.startsWith(`${dist}/`) || !code.includes('import.meta.url')) return null;
    const at = JSON.stringify(relative(dist, id).split('\\').join('/'));
    return {
      code: code
        .replaceAll('fileURLToPath(import.meta.url)', `${MODULE_PATH}(${at})`)
        .replaceAll('createRequire(import.meta.url)', `createRequire(${MODULE_PATH}(${at}))`)
        .replaceAll('import.meta.url', `${MODULE_URL}(${at})`),
    };
  },
};

// rolldown requires every external module when the bundle starts (`let node_x = require("node:x")`,
// then `node_x = __toESM(node_x, 1)` for a default import). Each built-in module becomes an object
// that requires it on first use; those Node has loaded before any user code stay as they are.
const LAZY = '__careCheckLazy';
const LOADED_AT_START = new Set(['fs', 'path', 'events', 'buffer', 'process', 'util']);
const TOP_LEVEL_REQUIRE = /^let (node_\w+) = require\("node:([\w/]+)"\);\n(?:\1 = __toESM\(\1, 1\);\n)?/gm;
const INNER_REQUIRE = /(?<!=> |__toESM\()\brequire\("(?:node:)?(child_process|crypto|module|net|os|readline|stream|tty|url|worker_threads|zlib|fs\/promises)"\)/g;
const lazyBuiltins = {
  name: 'care-check:lazy-builtins',
  renderChunk(code) {
    const made = new Set();
    const lazy = (name, load) => {
      made.add(name);
      return `${LAZY}(() => ${load})`;
    };
    const out = code
      .replace(TOP_LEVEL_REQUIRE, (line, binding, name) => {
        // `import process from 'node:process'` (yaml, chalk): the process object as its default
        // and, through the prototype, everything else it has, not __toESM's getter for each of
        // its 80 properties made at start
        if (name === 'process' && line.includes('__toESM')) return `let ${binding} = Object.create(process, { default: { value: process, enumerable: true } });\n`;
        if (LOADED_AT_START.has(name)) return line;
        const load = line.includes('__toESM') ? `__toESM(require("node:${name}"), 1)` : `require("node:${name}")`;
        return `let ${binding} = ${lazy(name, load)};\n`;
      })
      // what a CommonJS dependency requires at its top (commander: child_process); not those made lazy above
      .replace(INNER_REQUIRE, (_, name) => lazy(name, `require("node:${name}")`));
    for (const name of ['child_process', 'crypto', 'tty']) {
      if (!made.has(name)) throw new Error(`the bundle no longer requires node:${name} where the build expects: check rolldown's output`);
    }
    return { code: out };
  },
};
const banner = [
  `const ${MODULE_PATH} = (at) => require("node:path").join(__dirname, at);`,
  `const ${MODULE_URL} = (at) => require("node:url").pathToFileURL(${MODULE_PATH}(at)).href;`,
  `const ${LAZY} = (load) => {`,
  '  let loaded;',
  '  const m = () => (loaded ??= load());',
  '  return new Proxy({}, {',
  '    get: (_, key) => m()[key],',
  '    has: (_, key) => key in m(),',
  '    ownKeys: () => Reflect.ownKeys(m()),',
  '    getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(m(), key); if (d) d.configurable = true; return d; },',
  '  });',
  '};',
].join('\n');

const bundle = await rolldown({
  input: ENTRY,
  platform: 'node',
  external: [/^node:/, /^exceljs(\/|$)/, /^echarts(\/|$)/, /^jszip(\/|$)/, /^ajv(-formats|-i18n)?(\/|$)/, /^tinyglobby$/],
  plugins: [entry, keepModuleUrls, lazyBuiltins],
  logLevel: 'warn',
});
const { output } = await bundle.generate({
  format: 'cjs',
  codeSplitting: false,
  banner,
  dynamicImportInCjs: false,
  comments: false,
  // ASCII: a one-byte string for V8 (src/launch.cts reads it as latin1)
  charset: 'ascii',
  // Whitespace only, names kept (stack traces still name functions): a smaller file is read,
  // and started, faster (7 against 10 ms to load, 20 against 25 ms for a one-file check).
  minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
});
await bundle.close();
const code = output[0].code;
// src/launch.cts reads the file as latin1, a byte a character: it must be ASCII.
const nonAscii = /[^\x00-\x7f]/.exec(code);
if (nonAscii) throw new Error(`the bundle has a non-ASCII character at ${nonAscii.index}: rolldown's charset option no longer escapes it`);
writeFileSync(BUNDLE_FILE, namedBundle(code, sha1(code)));

// The run whose compiled functions the cache keeps: a one-file check, the case start-up matters
// for. (A cache of every command was larger and slowed that case; other runs compile as they go.)
const sample = join(root, 'data', 'samples', '2025-06', '450202.yaml');
const runs = [['check', sample, '--as-of', '2025-06-30', '--format', 'json']];
const loaded = loadBundle(BUNDLE_FILE, { cache: false });
if (!loaded) throw new Error(`${BUNDLE_FILE} was not written`);
const discard = { write: () => true, isTTY: false };
for (const argv of runs) {
  const io = { stdout: discard, stderr: discard, cwd: root, env: {}, now: () => new Date('2025-07-01T00:00:00Z') };
  const exitCode = await loaded.entry.runCli(argv, io);
  if (exitCode > 1) throw new Error(`the bundle's run failed: ${argv.join(' ')} exited ${exitCode}`);
}

writeFileSync(CACHE_FILE, cacheBytes(loaded.source, loaded.script.createCachedData()));
const size = (file) => `${(readFileSync(file).length / 1024).toFixed(0)} KiB`;
console.log(`bundle: dist/care-check.cjs (${size(BUNDLE_FILE)}), code cache (${size(CACHE_FILE)})`);
