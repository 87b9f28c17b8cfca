// The CLI's modules and dependencies as one file (dist/care-check.cjs, written by
// scripts/build-bundle.mjs) started with V8's code cache for it (dist/care-check.cjs.cache): a
// one-file check otherwise spent most of its time resolving, reading and compiling some 150
// modules (bench/RESULTS.md). Node 20 has no compile cache of its own (module.enableCompileCache
// came in Node 22) and its module loader takes no cached data, so the bundle runs as a vm.Script,
// the one API that does. The bundle's first line names it by the sha-1 of the rest, and the cache
// starts with the same name: a cache of another bundle is not offered to V8, and one V8 refuses
// (another Node version) only costs the compile.
//
// What bin/care-check.js runs (launch). CommonJS, one module: an ES module entry costs Node its
// ESM loader, a fifth of a one-file check's start-up, and each further module a resolution.
import fs = require('node:fs');
import path = require('node:path');
import vm = require('node:vm');
type Entry = typeof import('./bundle-entry.js');

// dist/care-check.cjs: beside the modules tsc writes, one folder above this one (dist/boot/)
const BUNDLE_FILE = path.join(__dirname, '..', 'care-check.cjs');
const CACHE_FILE = `${BUNDLE_FILE}.cache`;

/** The bundle's first line: this, then its name (40 hex digits). */
const NAME_LINE = '// care-check bundle ';
const NAME_LENGTH = 40;

/** The name in a bundle's first line, or null. */
function bundleName(source: string): string | null {
  if (!source.startsWith(NAME_LINE)) return null;
  const name = source.slice(NAME_LINE.length, NAME_LINE.length + NAME_LENGTH);
  return /^[0-9a-f]{40}$/.test(name) ? name : null;
}

/** Node's own wrapper for a CommonJS module: the bundle is one, written wrapped. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The bundle's text for `code`: its first line names it by the sha-1 (hex) of `code`, the rest is
 * the code in its wrapper, so that V8 gets the file as it is (no 800 KB string to join and flatten).
 */
function namedBundle(code: string, sha1: string): string {
  return `${NAME_LINE}${sha1}\n${WRAPPER_START}${code}\n})`;
}

/** The cache file's bytes: the bundle's name, then V8's data. */
function cacheBytes(source: string, data: Buffer): Buffer {
  const name = bundleName(source);
  if (name === null) throw new Error('the bundle has no name line');
  return Buffer.concat([Buffer.from(name, 'latin1'), data]);
}

interface Bundle {
  entry: Entry;
  /** for the build, which makes the cache once the bundle has run */
  script: vm.Script;
  source: string;
  /** whether V8 took the cache: false when there was none or it was refused */
  cacheUsed: boolean;
}

/**
 * The bytes of `file`: in `spare` (over what it held) when they fit, else in a new buffer. The
 * cache is read into the bundle's buffer, done with once the bundle is a string: memory already
 * in use, not 700 KiB more for the system to hand over page by page.
 */
function readBytes(file: string, spare?: Buffer): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = spare !== undefined && spare.length >= size ? spare : Buffer.allocUnsafeSlow(size);
    let length = 0;
    for (let read = -1; read !== 0 && length < size; length += read) read = fs.readSync(fd, buffer, length, size - length, length);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function readCache(file: string, source: string, spare?: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readBytes(file, spare);
  } catch {
    return undefined;
  }
  const name = bundleName(source);
  if (name === null || bytes.length <= NAME_LENGTH || bytes.toString('latin1', 0, NAME_LENGTH) !== name) return undefined;
  return bytes.subarray(NAME_LENGTH);
}

/** The bundle's entry, or null when there is no bundle (a plain `tsc` build). */
function loadBundle(file: string = BUNDLE_FILE, options: { cache?: boolean } = {}): Bundle | null {
  let bytes: Buffer;
  try {
    bytes = readBytes(file);
  } catch {
    return null;
  }
  // ASCII (scripts/build-bundle.mjs): a byte a character, nothing to decode. Read as bytes and
  // then made a string (a copy): readFileSync(file, 'latin1') takes Node's slower path (3.0 ms against 1.7).
  const source = bytes.toString('latin1');
  const cachedData = options.cache === false ? undefined : readCache(`${file}.cache`, source, bytes.buffer.byteLength === bytes.length ? bytes : undefined);
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Partial<Entry> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, path.dirname(file));
  const entry = module.exports;
  if (typeof entry.runCli !== 'function' || typeof entry.processIo !== 'function') {
    throw new Error(`${file} is not the CLI's bundle: rebuild with npm run build`);
  }
  return { entry: entry as Entry, script, source, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

async function run(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // A lone --version answers before commander loads.
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    const stdout = (require('./std-streams.cjs') as typeof import('./std-streams.cjs')).standardStream(1);
    stdout.write(`${version}\n`);
    await stdout.flush();
    const failure = stdout.failure();
    if (failure === null) return 0;
    process.stderr.write(`care-check: standard output / 标准输出: ${failure.code ?? failure.message}\n`);
    return 2;
  }
  // The build's bundle when there is one (see above), else the modules tsc wrote.
  const { runCli, processIo } = loadBundle()?.entry ?? (await import('./bundle-entry.js'));
  const io = processIo();
  const code = await runCli(argv, io);
  // runCli has flushed standard output; standard error too, before launch ends the process
  await io.stderr.flush?.();
  return code;
}

/**
 * The last resort for an error that escaped the commands (thrown from an event handler, say): one
 * line and exit code 3, never Node's report, which would quote the bundle's one line of 600 KB.
 */
function lastResort(error: unknown): void {
  const debug = Boolean(process.env['DEBUG']);
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  const text = debug ? detail : detail.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  try {
    fs.writeSync(2, `care-check: internal error (a bug, please report it) / 内部错误（程序缺陷，请报告）: ${text}\n`);
  } catch {
    // nowhere left to say it
  }
  process.exit(3);
}

/**
 * What bin/care-check.js runs: the command line, with the exit code it earns. The process ends
 * as soon as the run has (its output flushed, its files written and closed, its workers ended):
 * left to end by itself, Node would first tear down the heap the bundle and its cache filled
 * (about 1 % of a one-file check's instructions, and its system time: bench/RESULTS.md).
 */
function launch(): void {
  process.on('uncaughtException', lastResort);
  run(process.argv.slice(2)).then((code) => {
    process.exit(code);
  }, lastResort);
}

export = { BUNDLE_FILE, CACHE_FILE, cacheBytes, launch, loadBundle, namedBundle };
