// Promises under hostile input, held on the built CLI:
// - work is linear: a file of 19,000 short keys lists at most 100 problems and one that counts
//   the rest; one of 100,000 (under the 1 MiB limit) is past the 20,000 lines a file may have
//   (how long each takes is `bench/hostile.mjs`'s to measure);
// - a garbage baseline is a problem (exit 2), and the check is still reported;
// - every entry a folder scan passes over is named in a warning: a dangling link, a loop of links,
//   a FIFO, a subfolder that cannot be read; a folder whose name holds a line break is read;
// - no control character from the input reaches any output raw, in any format, file or stream;
// - messages say what is wrong: CR line breaks are line breaks, UTF-16 without a BOM is not GBK,
//   an unclosed `{` is named where it opens, a large policy file is not "a statistics file",
//   `1e309` is shown as written, a path under a file is not "missing".
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEXT_FORMATS } from '../../src/report/index.js';
import { validSample } from '../fuzz/fuzz-support.js';
import { BIN, ROOT, ensureBuilt, runCli, SAMPLES, tempDir, type CliRun } from './run-cli.js';
// problems as a JSON report gives them: the message in words
import type { JsonProblem as Problem } from '../../src/report/json.js';

const AS_OF = '2025-06-30';
const TIMEOUT = 120_000;
const sample = validSample().text;

interface JsonReport {
  problems: Problem[];
  results: { unit: { code: string }; source: { file: string } | null }[];
}

function json(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

beforeAll(() => ensureBuilt());

describe('linear work, problems capped', () => {
  function keysFile(line: (i: number) => string, count: number): string {
    let text = 'unit: {code: "450202"}\nperiod: 2025-06\nmeasures:\n  population:\n    elderly_60plus: 1000\n';
    for (let i = 0; i < count; i++) text += line(i);
    return text;
  }

  test.each([
    ['top level', (i: number) => `k${i}: 1\n`],
    ['in a group', (i: number) => `    k${i}: 1\n`],
    ['one key, again and again', () => `    k: 1\n`],
  ])('19,000 short keys %s: 100 problems listed and one counting the rest', (_, line) => {
    const dir = tempDir('care-check-keys-');
    writeFileSync(join(dir, 'keys.yaml'), keysFile(line, 19_000));
    const run = runCli(['check', 'keys.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    const { problems } = json(run);
    expect(problems.length).toBe(101);
    expect(problems.at(-1)?.code).toBe('more-problems');
    expect(problems.at(-1)?.message).toMatch(/\d{5}/);
    expect(run.stderr.trim().split('\n')).toHaveLength(101);
  });

  test('100,000 short keys (under the size limit): refused unparsed, past the 20,000 lines a file may have', () => {
    const dir = tempDir('care-check-keys-');
    const text = keysFile((i) => `k${i}: 1\n`, 100_000);
    expect(text.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, 'keys.yaml'), text);
    const run = runCli(['check', 'keys.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    expect(run.status).toBe(2);
    expect(json(run).problems.map((p) => [p.file, p.code])).toEqual([['keys.yaml', 'too-large']]);
  });
});

describe('a garbage baseline', () => {
  const garbage: [string, string | Buffer][] = [
    ['an entry nested 100,000 deep', `{"schemaVersion":1,"results":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`],
    ['a target nested 100,000 deep', `{"schemaVersion":1,"results":[{"target":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`],
    ['an object nested 100,000 deep', `{"schemaVersion":1,"results":[{"unit":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`],
    ['not JSON', 'results: []\n'],
    ['cut short', '{"schemaVersion":1,"results":[{"target":"a'],
    ['binary', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x7b])],
    ['null', 'null'],
    ['empty', ''],
  ];
  test.each(garbage)('%s: a problem (exit 2), the check reported', (_, content) => {
    const dir = tempDir('care-check-baseline-');
    writeFileSync(join(dir, 'data.yaml'), sample);
    writeFileSync(join(dir, 'base.json'), content);
    const run = runCli(['check', 'data.yaml', '--baseline', 'base.json', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const report = json(run);
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.file)).toContain('base.json');
  });
});

describe('a folder scan names what it passes over', () => {
  const isRoot = process.getuid?.() === 0;
  // Root reads any folder: a closed one is tried by a run as nobody, when nobody can run the CLI
  // from where it is (a checkout under /root could not).
  const asNobody = { uid: 65534, gid: 65534 };
  const closable =
    !isRoot || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { ...asNobody, stdio: 'ignore' }).status === 0;

  test('a dangling link, a loop of links, a link back up, a FIFO and an unreadable subfolder: one warning each; a folder named with a line break is read', () => {
    const dir = tempDir('care-check-scan-');
    chmodSync(dir, 0o755);
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'ok.yaml'), sample);
    symlinkSync('nowhere.yaml', join(inDir, 'dangling.yaml'));
    symlinkSync('loop.yaml', join(inDir, 'loop.yaml'));
    symlinkSync('..', join(inDir, 'up'));
    execFileSync('mkfifo', [join(inDir, 'fifo.yaml')]);
    if (closable) {
      mkdirSync(join(inDir, 'closed'));
      writeFileSync(join(inDir, 'closed', 'hidden.yaml'), sample);
      chmodSync(join(inDir, 'closed'), 0o000);
    }
    const odd = join(inDir, 'line\nbreak');
    mkdirSync(odd);
    writeFileSync(join(odd, '450203.yaml'), sample.replace('"450202"', '"450203"').replace('城中区', '鱼峰区'));
    const run = spawnSync(process.execPath, [BIN, 'check', 'in', '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' },
      encoding: 'utf8',
      timeout: TIMEOUT,
      ...(isRoot && closable ? asNobody : {}),
    });
    if (closable) chmodSync(join(inDir, 'closed'), 0o755);
    expect(run.signal).toBeNull();
    expect([0, 1], run.stderr).toContain(run.status);
    const report = JSON.parse(run.stdout) as JsonReport;
    const warned = report.problems.filter((p) => p.severity === 'warning' && p.code === 'unreadable').map((p) => p.file).sort();
    expect(warned).toEqual([...(closable ? ['in/closed'] : []), 'in/dangling.yaml', 'in/fifo.yaml', 'in/loop.yaml', 'in/up']);
    // each is named on stderr too
    for (const file of warned) expect(run.stderr).toContain(file);
    const read = new Set(report.results.flatMap((r) => (r.source ? [r.source.file] : [])));
    expect(read).toEqual(new Set(['in/ok.yaml', 'in/line\nbreak/450203.yaml']));
  });
});

describe('control characters from the input are never written raw', () => {
  // C0 controls other than tab and line feed, DEL, and C1 controls (as UTF-8)
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  const NASTY = '\\e[31m\\a\\u009b\\x7f\\r';

  function hostileSet(): string {
    const dir = tempDir('care-check-controls-');
    const folder = join(dir, 'in\u001b[2J\nx');
    mkdirSync(folder);
    copyFileSync(join(SAMPLES, '2025-06', '450203.yaml'), join(folder, '450203.yaml'));
    writeFileSync(
      join(folder, 'bad\u0007.yaml'),
      `unit: {code: "450202"}\nperiod: "2025-06${NASTY}"\nmeasures:\n  "key${NASTY}": 1\n  townships: {"total${NASTY}": 2}\n`,
    );
    mkdirSync(join(dir, 'pol'));
    const policy = readFileSync(join(ROOT, 'test', 'fixtures', 'input', 'policies', 'good', 'sample-2024.yaml'), 'utf8')
      .replace('title: {zh: 示例方案, en: Sample plan}', `title: {zh: "示例${NASTY}", en: "Sample${NASTY}"}`)
      .replace('quote: 到2025年，覆盖率达到60%。', `quote: "到2025年${NASTY}"`);
    writeFileSync(join(dir, 'pol', 'sample-2024.yaml'), policy);
    const gone = { target: 'gone\u001b[31m/x\u0085', unit: { code: '9\u001b9', name: 'n\u009b' }, aggregate: false, status: 'met', period: '2025-01\u0007' };
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ schemaVersion: 1, results: [gone] }));
    return dir;
  }

  function clean(what: string, text: string): void {
    const at = RAW.exec(text);
    expect(at, `${what}: U+${at?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${at?.index}: ${JSON.stringify(text.slice(Math.max(0, (at?.index ?? 0) - 40), (at?.index ?? 0) + 10))}`).toBeNull();
  }

  test('check, in every format, to stdout, stderr and report files', async () => {
    const dir = hostileSet();
    const formats = TEXT_FORMATS;
    for (const format of formats) {
      const outs = formats.flatMap((f) => ['--out', `${f}=r.${format}.${f}`]);
      const run = runCli(
        ['check', '.', '--policies', 'pol', '--baseline', 'base.json', '--as-of', AS_OF, '--format', format, '--lang', format === 'json' ? 'zh' : 'en', ...outs, '--xlsx', `r.${format}.xlsx`],
        { cwd: dir, timeout: TIMEOUT },
      );
      expect(run.status, run.stderr).toBe(2);
      clean(`stdout of --format ${format}`, run.stdout);
      clean(`stderr of --format ${format}`, run.stderr);
      for (const f of formats) clean(`--out ${f}`, readFileSync(join(dir, `r.${format}.${f}`), 'utf8'));
    }
    // the report still holds the real names: JSON escapes them, and reads them back
    const report = JSON.parse(readFileSync(join(dir, 'r.json.json'), 'utf8')) as JsonReport;
    expect(report.problems.some((p) => p.path === 'measures.key\u001b[31m\u0007\u009b\u007f\r')).toBe(true);
    // every text cell of the workbook
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'r.table.xlsx'));
    let texts = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') {
            texts += 1;
            clean(`${sheet.name}!${cell.address}`, cell.value);
          }
        }),
      ),
    );
    expect(texts).toBeGreaterThan(100);
  });

  test('validate, policies and explain, as text and JSON', () => {
    const dir = hostileSet();
    const runs = [
      ['validate', '.'],
      ['validate', '.', '--format', 'json'],
      ['policies', '--policies', 'pol'],
      ['policies', 'sample-2024', '--policies', 'pol'],
      ['policies', '--policies', 'pol', '--format', 'json'],
      ['explain', 'sample-2024/center-coverage', '--policies', 'pol'],
      ['explain', 'sample-2024/center-coverage', '--policies', 'pol', '--format', 'json'],
    ];
    for (const args of runs) {
      const run = runCli(args, { cwd: dir, timeout: TIMEOUT });
      expect([0, 2], run.stderr).toContain(run.status);
      clean(`stdout of ${args.join(' ')}`, run.stdout);
      clean(`stderr of ${args.join(' ')}`, run.stderr);
    }
  });
});

describe('messages that say what is wrong', () => {
  function validate(dir: string, file: string): { status: number | null; problems: Problem[] } {
    const run = runCli(['validate', file, '--format', 'json', '--lang', 'en'], { cwd: dir, timeout: TIMEOUT });
    return { status: run.status, problems: (JSON.parse(run.stdout) as { problems: Problem[] }).problems };
  }

  test('a file with CR line breaks (an old Mac editor) reads as the same file with LF', () => {
    const dir = tempDir('care-check-cr-');
    writeFileSync(join(dir, 'cr.yaml'), sample.replace(/\n/g, '\r'));
    const result = validate(dir, 'cr.yaml');
    expect(result.problems).toEqual([]);
    expect(result.status).toBe(0);
  });

  test('UTF-16 without a byte-order mark is named as such, not as GBK', () => {
    const dir = tempDir('care-check-utf16-');
    const utf16le = Buffer.from(sample, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    writeFileSync(join(dir, 'le.yaml'), utf16le);
    writeFileSync(join(dir, 'be.yaml'), utf16be);
    writeFileSync(join(dir, 'ascii-le.yaml'), Buffer.from('unit: {code: "450202"}\nperiod: 2025-06\nmeasures: {}\n', 'utf16le'));
    for (const [file, order] of [['le.yaml', 'LE'], ['be.yaml', 'BE'], ['ascii-le.yaml', 'LE']] as const) {
      const { problems } = validate(dir, file);
      expect(problems.map((p) => p.code), file).toEqual(['not-utf8']);
      expect(problems[0]?.message).toContain(`UTF-16${order}`);
    }
  });

  test('an unclosed { is named where it opens', () => {
    const dir = tempDir('care-check-brace-');
    writeFileSync(join(dir, 'brace.yaml'), 'unit: {code: "450202"\nperiod: 2025-06\nmeasures:\n  townships:\n    total: 3\n');
    const { problems } = validate(dir, 'brace.yaml');
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-syntax', 1, 7]]);
    expect(problems[0]?.message).toContain('{');
  });

  test('1e309 is shown as written, not as .inf', () => {
    const dir = tempDir('care-check-inf-');
    writeFileSync(join(dir, 'big.yaml'), sample.replace(/total: \d+/, 'total: 1e309'));
    const { problems } = validate(dir, 'big.yaml');
    expect(problems.map((p) => p.code)).toEqual(['not-finite']);
    expect(problems[0]?.message).toContain('1e309');
    expect(problems[0]?.message).not.toContain('.inf');
  });

  test('a policy file over 1 MiB is called a policy file', () => {
    const dir = tempDir('care-check-bigpolicy-');
    mkdirSync(join(dir, 'pol'));
    writeFileSync(join(dir, 'pol', 'big-2024.yaml'), `id: big-2024\n${'# filler line of a large policy file\n'.repeat(30_000)}`);
    const run = runCli(['policies', '--policies', 'pol', '--lang', 'en'], { cwd: dir, timeout: TIMEOUT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('policy');
    expect(run.stderr).not.toContain('statistics file');
  });

  test('a path under a regular file names that file, not "no such file"', () => {
    const dir = tempDir('care-check-underfile-');
    writeFileSync(join(dir, 'a.yaml'), sample);
    const run = runCli(['check', 'a.yaml/x.yaml', '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], { cwd: dir, timeout: TIMEOUT });
    expect(run.status).toBe(2);
    const [problem] = json(run).problems;
    expect(problem?.file).toBe('a.yaml/x.yaml');
    expect(problem?.message).toContain('a.yaml is a file');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});
