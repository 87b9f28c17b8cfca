// Reading a filled form in process: CSV bytes, the grid of cells, the file import writes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { MeasureValue } from '../../src/core/types.js';
import { decodeCsv, detectSeparator, parseCsv } from '../../src/load/csv.js';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { parseYamlText } from '../../src/load/yaml-file.js';
import { unitFileText } from '../../src/report/unit-file.js';
import { formHeader, formRows, type RowScope } from '../../src/validate/form-grid.js';
import { validateUnitReport } from '../../src/validate/unit-report.js';
import type { FormFile, GridCell } from '../../src/shared/grid.js';
import { message } from '../../src/shared/problem.js';
import { messageText } from '../../src/report/problem-text.js';

const measures = loadMeasures();
const divisions = loadDivisions();
const ctx = { measures, divisions };

describe('CSV', () => {
  test('quoted fields hold separators, doubled quotes and line breaks; CRLF, LF and CR end records', () => {
    expect(parseCsv('a,"b,c","say ""hi""",\r\n"two\nlines",x\ry\n')).toEqual([
      ['a', 'b,c', 'say "hi"', ''],
      ['two\nlines', 'x'],
      ['y'],
    ]);
  });

  test('the separator is the one the first line uses: comma, semicolon (a European Excel) or tab (Unicode text)', () => {
    expect(detectSeparator('code;name;"a,b"\n')).toBe(';');
    expect(detectSeparator('code\tname\n')).toBe('\t');
    expect(detectSeparator('\n\ncode,name\n')).toBe(',');
    expect(parseCsv('code;name\n450202;城中区\n')).toEqual([['code', 'name'], ['450202', '城中区']]);
  });

  test('UTF-8 with or without a BOM, UTF-16 with its BOM, GBK otherwise; bytes in no such encoding are refused', () => {
    const text = 'code,name\n450202,城中区\n';
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCsv(utf16)).toEqual({ text, encoding: 'utf-16le' });
    // 城中区 in GBK: B3C7 D6D0 C7F8
    const gbk = Buffer.concat([Buffer.from('450202,'), Buffer.from([0xb3, 0xc7, 0xd6, 0xd0, 0xc7, 0xf8])]);
    expect(decodeCsv(gbk)).toEqual({ text: '450202,城中区', encoding: 'gbk' });
    expect(decodeCsv(new Uint8Array([0x81, 0x20]))).toBeNull();
  });

  test('any table of texts written as RFC 4180 reads back the same', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (table) => {
        const width = table[0]!.length;
        const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text, ',')).toEqual(rows);
      }),
    );
  });
});

function grid(rows: (GridCell['value'] | GridCell | undefined)[][], name: string | null = 'Form'): FormFile {
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === undefined ? undefined : v !== null && typeof v === 'object' && 'value' in v ? v : { value: v })),
  );
  return { file: 'f.xlsx', kind: 'xlsx', encoding: null, sheets: [{ name, rows: cells }] };
}

const everything: RowScope = {
  asked: (code) => (code.startsWith('4502') ? new Set(measures.keys()) : null),
  outside: (code) => message('outsideArea', code, '4502'),
  byName: new Map([['城中区', '450202']]),
};

function read(rows: Parameters<typeof grid>[0], scope: RowScope = everything) {
  const head = formHeader(grid(rows), ctx);
  if (!head.header) return { problems: head.problems, rows: [], header: null };
  const result = formRows(head.header, ctx, scope);
  return { ...result, problems: [...head.problems, ...result.problems], header: head.header };
}

const HEADER = ['code', 'name', 'townships.total', 'townships.with_regional_center', 'network.three_level_established', 'lottery.welfare_fund'];

describe('a form grid', () => {
  test('the period and area are found by their labels, in either language; a date the spreadsheet made of the period keeps its month', () => {
    const zh = read([['统计期', '2025-06', '地区', '4502 柳州市'], HEADER]);
    expect(zh.header).toMatchObject({ period: { value: '2025-06', at: 'f.xlsx!Form!B1' }, area: '4502', idRow: 1 });
    const en = read([['Period', new Date(Date.UTC(2025, 5, 1))], ['Area', '52 贵州省'], HEADER]);
    expect(en.header).toMatchObject({ period: { value: '2025-06' }, area: '52' });
  });

  test('each kind of cell: figures, the form’s yes/no words, Excel booleans; dates, errors, formulas without a result, a percent format', () => {
    const result = read([
      HEADER,
      ['450202', '城中区', 8, '5', '是', 891.5],
      ['450203', '鱼峰区', { value: 12, formula: true }, 3, true, '  2.5 '],
      ['450204', '柳南区', new Date(Date.UTC(2025, 5, 5)), { value: { error: '#DIV/0!' } }, 'TRUE', { value: null, formula: true }],
      ['450205', '柳北区', 8, { value: 0.5, numFmt: '0%' }, 'no', -3],
      ['450206', '柳江区', 8.5, true, 1, 'abc'],
    ]);
    const values = (code: string) => Object.fromEntries([...result.rows.find((r) => r.code === code)!.values].map(([id, v]) => [id, v.value]));
    expect(values('450202')).toEqual({ 'townships.total': 8, 'townships.with_regional_center': 5, 'network.three_level_established': true, 'lottery.welfare_fund': 891.5 });
    expect(values('450203')).toEqual({ 'townships.total': 12, 'townships.with_regional_center': 3, 'network.three_level_established': true, 'lottery.welfare_fund': 2.5 });
    const codes = result.problems.map((p) => [p.at.replace('f.xlsx!Form!', ''), p.code]);
    expect(codes).toEqual([
      ['C4', 'not-a-figure'], // a date
      ['D4', 'not-a-figure'], // #DIV/0!
      ['F4', 'not-a-figure'], // a formula without its result
      ['D5', 'slip'], // 50% is 0.5 under a percent format: did you mean 50?
      ['F5', 'negative'],
      ['C6', 'not-integer'],
      ['D6', 'not-a-figure'], // TRUE where a count belongs
      ['E6', 'slip'], // 1 for yes: did you mean 是?
      ['F6', 'not-a-figure'],
    ]);
    expect(result.problems.find((p) => p.at.endsWith('D5'))?.slip).toEqual({ kinds: ['percent-sign'], suggestion: 50 });
    expect(result.problems.find((p) => p.at.endsWith('E6'))?.slip).toEqual({ kinds: ['yes-no-word'], suggestion: true });
    expect([...('refused' in result ? result.refused : [])].sort()).toEqual(['450204', '450205', '450206']);
  });

  test('a part above its whole is named at the part, with the whole’s cell', () => {
    const result = read([HEADER, ['450202', '城中区', 5, 8]]);
    expect(result.problems).toMatchObject([{ at: 'f.xlsx!Form!D2', code: 'part-exceeds-whole', measure: 'townships.with_regional_center' }]);
    expect(messageText(result.problems[0]!.message).en).toContain('f.xlsx!Form!C2');
  });

  test('columns that are no measure: an error where they hold figures, a warning where they are empty', () => {
    const result = read([
      ['code', 'name', 'townships.totl', 'townships.total', 'townships.total', undefined, 'beds.total'],
      ['450202', '城中区', 3, 8, 9, 'a note', undefined],
    ]);
    expect(result.problems.map((p) => [p.at.slice(-2), p.code, p.severity])).toEqual([
      ['C1', 'unknown-column', 'error'],
      ['E1', 'duplicate-column', 'error'],
      ['F1', 'unknown-column', 'error'],
      ['C2', 'unknown-column', 'error'],
      ['E2', 'unknown-column', 'error'],
      ['F2', 'unknown-column', 'error'],
    ]);
    expect(messageText(result.problems[0]!.message).en).toContain('did you mean townships.total?');
    expect('refused' in result && result.refused.has('450202')).toBe(true);
  });

  test('a form in two sheets, or in none, is not guessed at', () => {
    const two: FormFile = { ...grid([HEADER]), sheets: [grid([HEADER], 'A').sheets[0]!, grid([HEADER], 'B').sheets[0]!] };
    expect(formHeader(two, ctx).problems.map((p) => p.code)).toEqual(['several-forms']);
    expect(formHeader(grid([['a', 'b'], [1, 2]]), ctx).problems.map((p) => p.code)).toEqual(['not-a-form']);
  });

  test('rows: empty ones skipped, one with figures and no code refused, an unknown code with a suggestion by name, a unit outside the form', () => {
    const result = read([
      HEADER,
      [],
      [undefined, '城中区', 8],
      ['450292', '城中区', 8],
      ['360902', '袁州区', 8],
      ['450202', '城中区'],
    ]);
    expect(result.problems.map((p) => [p.at.slice(-2), p.code])).toEqual([
      ['A3', 'missing-code'],
      ['A4', 'unknown-unit'],
      ['A5', 'outside-area'],
    ]);
    expect(messageText(result.problems[1]!.message).en).toContain('did you mean 450202?');
    expect(result.rows).toMatchObject([{ code: '450202', filled: false }]);
  });
});

describe('the file import writes', () => {
  const ids = [...measures.keys()];
  const figure = (id: string): fc.Arbitrary<MeasureValue> => {
    const def = measures.get(id)!;
    if (def.type === 'boolean') return fc.boolean();
    if (def.type === 'integer') return fc.integer({ min: 0, max: 10_000_000 });
    return fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
  };

  test('reads back, through the loader and the validator, as exactly the figures it was given', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids).chain((chosen) => fc.tuple(...chosen.map(figure)).map((figures) => new Map(chosen.map((id, i) => [id, figures[i]!])))),
        fc.constantFrom('450202', '450200', '520000'),
        (values, code) => {
        const chosen = [...values.keys()];
        // parts not above wholes, as the form's rows are after their check
        for (const id of chosen) {
          const whole = measures.get(id)!.partOf;
          const w = whole === undefined ? undefined : values.get(whole);
          const v = values.get(id);
          if (typeof w === 'number' && typeof v === 'number' && v > w) values.set(id, measures.get(id)!.type === 'integer' ? Math.floor(w) : w);
        }
        const name = divisions.get(code)!.name;
        const text = unitFileText({ modeline: '# yaml-language-server: $schema=x.json', code, name, period: '2025-06', values, order: ids });
        const parsed = parseYamlText(text, 'f.yaml');
        const checked = validateUnitReport(parsed.source!, { divisions, measures });
        // warnings may say more about a figure (a level that does not hold it); none is an error
        expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(checked.report?.measures).toEqual(Object.fromEntries(values));
        expect(checked.report?.code).toBe(code);
        },
      ),
      { numRuns: 50 },
    );
  });
});
