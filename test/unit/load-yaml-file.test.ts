import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asyncFileOps, syncFileOps } from '../../src/load/file-ops.js';
import { MAX_BYTES, firstInvalidUtf8, parseYamlBytes, parseYamlText, readYamlFile } from '../../src/load/yaml-file.js';
import { said } from '../support/problems.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('bytes and encodings', () => {
  test('a BOM and CRLF line ends are accepted, and positions count lines as the editor does', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('unit:\r\n  code: "450202"\r\nperiod: 2025-06\r\n')]);
    const { source, problems } = parseYamlBytes(bytes, 'a.yaml');
    expect(problems).toEqual([]);
    expect(source?.data).toEqual({ unit: { code: '450202' }, period: '2025-06' });
    expect(source?.positionOf(['unit', 'code'])).toEqual({ line: 2, column: 9 });
    expect(source?.positionOf(['period'])).toEqual({ line: 3, column: 9 });
  });

  test('bytes that are not UTF-8 are refused with the position of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('a: 1\nname: Caf'), 0xe9, 0x0a]);
    const { source, problems } = parseYamlBytes(bytes, 'a.yaml');
    expect(source).toBeNull();
    expect(problems).toMatchObject([{ code: 'not-utf8', file: 'a.yaml', line: 2, column: 10, severity: 'error' }]);
  });

  test('a file saved as UTF-16 is not UTF-8', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]);
    expect(parseYamlBytes(bytes, 'a.yaml').problems.map((p) => p.code)).toEqual(['not-utf8']);
  });

  test('GBK text is recognised and named as such', () => {
    // 城中区 in GBK
    const bytes = new Uint8Array([...utf8('unit:\n  name: '), 0xb3, 0xc7, 0xd6, 0xd0, 0xc7, 0xf8, 0x0a]);
    const { problems } = parseYamlBytes(bytes, 'gbk.yaml');
    expect(problems).toMatchObject([{ code: 'gbk-encoding', file: 'gbk.yaml', line: 2, column: 9 }]);
    expect(said(problems[0], 'zh')).toContain('iconv -f GBK -t UTF-8');
  });

  test('firstInvalidUtf8 rejects overlong forms, surrogates and cut sequences', () => {
    expect(firstInvalidUtf8(utf8('ok 城中区 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe5, 0x9f]))).toBe(2);
  });

  test('more bytes than the limit are refused without parsing', () => {
    const { source, problems } = parseYamlBytes(new Uint8Array(MAX_BYTES + 1).fill(0x61), 'big.yaml');
    expect(source).toBeNull();
    expect(problems).toMatchObject([{ code: 'too-large', file: 'big.yaml', line: null, column: null }]);
  });
});

describe('files on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-yaml-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe.each([
    ['read asynchronously', asyncFileOps],
    ['read synchronously', syncFileOps],
  ] as const)('%s', (_name, ops) => {
    test('an over-size file is refused from its size', async () => {
      const path = join(dir, 'big.yaml');
      await writeFile(path, Buffer.alloc(MAX_BYTES + 10, 0x61));
      const { problems } = await readYamlFile(path, 'big.yaml', ops);
      expect(problems).toMatchObject([{ code: 'too-large', file: 'big.yaml', line: null }]);
    });

    test('a file of exactly the limit is read', async () => {
      const path = join(dir, 'limit.yaml');
      const head = 'a: 1\n# ';
      await writeFile(path, head + 'x'.repeat(MAX_BYTES - head.length));
      const { source, problems } = await readYamlFile(path, 'limit.yaml', ops);
      expect(problems).toEqual([]);
      expect(source?.data).toEqual({ a: 1 });
    });

    test('a missing file or a folder is unreadable', async () => {
      expect((await readYamlFile(join(dir, 'none.yaml'), 'none.yaml', ops)).problems).toMatchObject([{ code: 'unreadable', file: 'none.yaml' }]);
      expect((await readYamlFile(dir, 'dir', ops)).problems).toMatchObject([{ code: 'unreadable', file: 'dir' }]);
    });
  });
});

describe('YAML', () => {
  test('a syntax error carries line and column', () => {
    const { source, problems } = parseYamlText('a:\n  b: [1, 2\n  c: 3\n', 'x.yaml');
    expect(source).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'x.yaml' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]?.column).toBeGreaterThanOrEqual(1);
  });

  test('a duplicate key is an error at the second key', () => {
    const { problems } = parseYamlText('a:\n  b: 1\n  b: 2\n', 'x.yaml');
    expect(problems).toMatchObject([{ code: 'duplicate-key', line: 3, column: 3 }]);
    expect(said(problems[0])).toContain('b');
  });

  test('two documents in one file are a syntax error', () => {
    expect(parseYamlText('a: 1\n---\nb: 2\n', 'x.yaml').problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });

  test('an alias bomb is refused quickly', () => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const { source, problems } = parseYamlText(lines.join('\n'), 'bomb.yaml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(source).toBeNull();
    expect(problems).toMatchObject([{ code: 'alias-limit', file: 'bomb.yaml', line: 2, column: 10 }]);
  });

  test('a few honest aliases are fine', () => {
    const { source, problems } = parseYamlText('a: &n 5\nb: *n\n', 'x.yaml');
    expect(problems).toEqual([]);
    expect(source?.data).toEqual({ a: 5, b: 5 });
  });

  test('__proto__ and constructor keys stay plain keys', () => {
    const { source, problems } = parseYamlText(
      '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nnested:\n  __proto__: {polluted: true}\n',
      'x.yaml',
    );
    expect(problems).toEqual([]);
    const data = source?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data['nested'])).toBe(Object.prototype);
    expect(source?.positionOf(['nested', '__proto__', 'polluted'])).toEqual({ line: 4, column: 25 });
  });

  test('YAML 1.2: an unquoted month is text, an unquoted code a number, .inf a number', () => {
    const { source } = parseYamlText('period: 2025-06\ncode: 450202\nx: .inf\nd: 2025-12-31\n', 'x.yaml');
    expect(source?.data).toEqual({ period: '2025-06', code: 450202, x: Infinity, d: '2025-12-31' });
  });

  test('positions: values, keys, list items, aliases and absent paths', () => {
    const text = 'a:\n  b: 1\n  list:\n    - x\n    - {y: 2}\nref: &r {z: 3}\nuse: *r\n';
    const { source } = parseYamlText(text, 'x.yaml');
    expect(source?.positionOf(['a', 'b'])).toEqual({ line: 2, column: 6 });
    expect(source?.keyPositionOf(['a', 'b'])).toEqual({ line: 2, column: 3 });
    expect(source?.positionOf(['a', 'list', 1, 'y'])).toEqual({ line: 5, column: 11 });
    expect(source?.positionOf(['a', 'list', '1', 'y'])).toEqual({ line: 5, column: 11 });
    expect(source?.positionOf(['use', 'z'])).toEqual({ line: 6, column: 13 });
    // absent: the nearest present ancestor
    expect(source?.positionOf(['a', 'missing'])).toEqual({ line: 2, column: 3 });
    expect(source?.has(['a', 'missing'])).toBe(false);
    expect(source?.has(['a', 'b'])).toBe(true);
  });

  test('leafPositions: in one pass, what positionOf gives for each value two levels down', () => {
    // a group by alias, a leaf by alias, an empty leaf, a flow group, a group that is a list, a scalar group
    const text = [
      'base: &b {k: 1, j: 2}',
      'six: &x 6',
      'measures:',
      '  g1:',
      '    a: 1',
      '    b: *x',
      '    c:',
      '    "d": 4',
      '  g2: *b',
      '  g3: {e: 5, f: *x}',
      '  g4: [1, 2]',
      '  g5: 7',
      '  9: {10: 11}',
      '',
    ].join('\n');
    const { source } = parseYamlText(text, 'x.yaml');
    const at = source!.leafPositions(['measures']);
    const asked: [string, string][] = [
      ['g1', 'a'], ['g1', 'b'], ['g1', 'c'], ['g1', 'd'], ['g2', 'k'], ['g2', 'j'], ['g3', 'e'], ['g3', 'f'], ['9', '10'],
    ];
    for (const [group, leaf] of asked) expect(at(group, leaf), `${group}.${leaf}`).toEqual(source!.positionOf(['measures', group, leaf]));
    // absent: null (positionOf would name the nearest ancestor)
    for (const [group, leaf] of [['g1', 'zz'], ['g4', '0'], ['g5', 'a'], ['none', 'a']] as const) expect(at(group, leaf)).toBeNull();
    expect(parseYamlText('other: 1\n', 'x.yaml').source!.leafPositions(['measures'])('a', 'b')).toBeNull();
  });

  test('an empty file parses to nothing, without problems', () => {
    const { source, problems } = parseYamlText('', 'x.yaml');
    expect(problems).toEqual([]);
    expect(source?.data).toBeNull();
    expect(source?.positionOf([])).toEqual({ line: 1, column: 1 });
  });
});
