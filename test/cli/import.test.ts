// The monthly round as a city's analyst runs it: `template` for Liuzhou, the form filled in as the
// counties fill it (figures typed into cells, a few slips among them), `import`, then `check`. The
// sample files of 2025-06 are the figures the counties type: what comes back must be those files,
// and `check` must say exactly what it says of them.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, runCli, SAMPLES, tempDir } from './run-cli.js';
import { address, body, hasSoffice, openForm, sampleFigures, sampleTexts, sofficeConvert, typeFigures } from './form-support.js';

const PERIOD = '2025-06';
const AS_OF = '2025-06-30';
const LIUZHOU = '4502';

let dir: string;
let form: string;

/** A data folder with every month of the Liuzhou samples but the one being imported. */
function historyFolder(name: string, withImportedMonth: boolean): string {
  const root = join(dir, name);
  for (const month of readdirSync(SAMPLES).filter((m) => /^\d{4}-\d{2}$/.test(m))) {
    if (month === PERIOD && !withImportedMonth) continue;
    mkdirSync(join(root, 'data', month), { recursive: true });
    for (const file of readdirSync(join(SAMPLES, month)).filter((f) => f.startsWith(LIUZHOU))) {
      cpSync(join(SAMPLES, month, file), join(root, 'data', month, file));
    }
  }
  if (!withImportedMonth) mkdirSync(join(root, 'data'), { recursive: true });
  return root;
}

function importedTexts(root: string): Map<string, string> {
  const folder = join(root, 'data', PERIOD);
  return new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('care-check-import-');
  // The samples carry the population figures of each county, which no Liuzhou target needs:
  // --also asks for them too, so that the filled form holds every figure of the sample files.
  const run = runCli(['template', '--area', LIUZHOU, '--period', PERIOD, '--also', 'population', '--output', 'lz.xlsx'], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  form = join(dir, 'lz.xlsx');
});

describe('a Liuzhou form filled with slips, then fixed, imports to the sample files', () => {
  // paths fixed up front: a later test never runs in the repository because an earlier one failed
  const slipped = () => join(dir, 'slipped.xlsx');
  const fixed = () => join(dir, 'fixed.xlsx');
  const round = () => join(dir, 'slipped');

  test('each slip is named at its cell, with the unit, the measure and the fix, and its unit is not written', async () => {
    const { wb, ws, layout } = await openForm(form);
    typeFigures(ws, layout, (code, id) => sampleFigures(PERIOD, code)?.get(id));
    const figure = (code: string, id: string) => sampleFigures(PERIOD, code)!.get(id) as number;
    const households = figure('450202', 'residential_new.households');
    const existing = figure('450203', 'residential_existing.households');
    const townships = figure('450204', 'townships.total');
    const wide = String(townships).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const slips: [code: string, id: string, typed: string | number, expected: RegExp][] = [
      ['450202', 'residential_new.households', households.toLocaleString('en-US'), new RegExp(`千分位.*是否应为 ${households}？`)],
      ['450203', 'residential_existing.households', `${existing / 10000}万`, new RegExp(`“万”字.*是否应为 ${existing}？`)],
      ['450204', 'townships.total', wide, new RegExp(`全角数字.*是否应为 ${townships}？`)],
      ['450222', 'staff.directors', '—', /占位符/],
      ['450223', 'network.three_level_established', '有', /有.*是否应为 是/],
    ];
    for (const [code, id, typed] of slips) ws.getCell(address(layout, code, id)).value = typed;
    // 17% typed into a cell: Excel stores 0.17 under a percent format
    const centres = figure('450205', 'townships.with_regional_center');
    const percent = ws.getCell(address(layout, '450205', 'townships.with_regional_center'));
    percent.value = centres / 100;
    // a style of its own: exceljs shares one style object among the cells that had the same style
    percent.style = { ...percent.style, numFmt: '0%' };
    // a part above its whole
    const above = figure('450206', 'townships.total') + 1;
    ws.getCell(address(layout, '450206', 'townships.with_regional_center')).value = above;
    // a city typing a county figure into its own row: the cell is locked, a copy-paste gets through
    ws.getCell(address(layout, '450200', 'residential_new.households')).value = 5;
    await wb.xlsx.writeFile(slipped());

    const root = historyFolder('slipped', false);
    const run = runCli(['import', slipped(), '--output', 'data'], { cwd: root });
    expect(run.status, run.stdout + run.stderr).toBe(2);
    const lines = run.stdout.split('\n');
    const at = (code: string, id: string) => lines.find((l) => l.startsWith(`${slipped()}!填报表!${address(layout, code, id)}  `)) ?? '';
    for (const [code, id, , expected] of slips) {
      const line = at(code, id);
      expect(line, `${code} ${id}`).toContain(code);
      expect(line).toContain(id);
      expect(line).toMatch(expected);
    }
    expect(at('450205', 'townships.with_regional_center')).toMatch(new RegExp(`百分比.*是否应为 ${centres}？`));
    expect(at('450206', 'townships.with_regional_center')).toMatch(new RegExp(`${above} 大于其合计 townships.total`));
    expect(at('450200', 'residential_new.households')).toMatch(/市本级/);

    const written = readdirSync(join(root, 'data', PERIOD)).sort();
    // 450224 and 450225 are clean; 450226 sent nothing (the sample has no file for it); the rest are refused
    expect(written).toEqual(['450224.yaml', '450225.yaml']);
    expect(run.stdout).toMatch(/写出 2 个文件，未改动 0 个，拒绝 8 个，空行 1 个/);
  });

  test('fixed, every unit is written, the clean ones are left alone, and the files are the sample files', async () => {
    const { wb, ws, layout } = await openForm(slipped());
    typeFigures(ws, layout, (code, id) => sampleFigures(PERIOD, code)?.get(id));
    const percent = ws.getCell(address(layout, '450205', 'townships.with_regional_center'));
    percent.style = { ...percent.style, numFmt: '0' };
    ws.getCell(address(layout, '450200', 'residential_new.households')).value = null;
    await wb.xlsx.writeFile(fixed());

    const root = round();
    const run = runCli(['import', fixed(), '--output', 'data'], { cwd: root });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/写出 8 个文件，未改动 2 个，拒绝 0 个，空行 1 个/);
    const imported = importedTexts(root);
    const samples = sampleTexts(PERIOD, LIUZHOU);
    expect([...imported.keys()].sort()).toEqual([...samples.keys()].sort());
    for (const [file, text] of samples) expect(body(imported.get(file)!), file).toBe(body(text));
  });

  test('the imported files validate, and check gives the same JSON as the sample files, byte for byte', () => {
    expect(runCli(['validate', 'data'], { cwd: round() }).status).toBe(0);
    const reference = historyFolder('reference', true);
    const args = ['check', 'data', '--as-of', AS_OF, '--format', 'json'];
    const expected = runCli(args, { cwd: reference });
    const actual = runCli(args, { cwd: round() });
    expect(expected.status).toBe(actual.status);
    // not an empty agreement: every imported unit is judged
    const judged = new Set((JSON.parse(actual.stdout) as { results: { unit: { code: string } }[] }).results.map((r) => r.unit.code));
    for (const file of sampleTexts(PERIOD, LIUZHOU).keys()) expect(judged).toContain(file.slice(0, 6));
    expect(actual.stdout).toBe(expected.stdout);
  });

  test('imported again, nothing changes; one figure changed is refused without --force, written with it', async () => {
    const times = () => readdirSync(join(round(), 'data', PERIOD)).map((f) => statSync(join(round(), 'data', PERIOD, f)).mtimeMs);
    const before = times();
    const again = runCli(['import', fixed(), '--output', 'data'], { cwd: round() });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/写出 0 个文件，未改动 10 个/);
    expect(times()).toEqual(before);

    const { wb, ws, layout } = await openForm(fixed());
    ws.getCell(address(layout, '450202', 'staff.directors')).value = 11;
    const changed = join(dir, 'changed.xlsx');
    await wb.xlsx.writeFile(changed);
    const file = join(round(), 'data', PERIOD, '450202.yaml');
    const text = readFileSync(file, 'utf8');
    const refused = runCli(['import', changed, '--output', 'data', '--lang', 'en'], { cwd: round() });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain(`did not write data/${PERIOD}/450202.yaml`);
    expect(refused.stdout).toMatch(/0 files written, 9 left as they were, 1 refused/);
    expect(readFileSync(file, 'utf8')).toBe(text);

    const forced = runCli(['import', changed, '--output', 'data', '--force'], { cwd: round() });
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('    directors: 11\n');
    writeFileSync(file, text);
  });

  test.skipIf(!hasSoffice())('saved again by LibreOffice, the form reads the same (skipped without soffice)', () => {
    const out = join(dir, 'lo');
    mkdirSync(out);
    const saved = sofficeConvert(fixed(), 'xlsx', out, 'xlsx');
    const root = historyFolder('libreoffice', false);
    const run = runCli(['import', saved, '--output', 'data'], { cwd: root });
    expect(run.status, run.stdout).toBe(0);
    expect(importedTexts(root)).toEqual(importedTexts(round()));
    // one conversion may take the 180 s sofficeConvert allows it, on a loaded machine
  }, 240_000);

  test.skipIf(!hasSoffice())('saved by LibreOffice as a CSV in GBK, the form reads the same (skipped without soffice)', () => {
    const out = join(dir, 'gbk');
    mkdirSync(out);
    // separator `,`, quote `"`, text encoding 85 (GBK), as shown: what "Save as CSV" on a Chinese Windows writes
    const csv = sofficeConvert(fixed(), 'csv:Text - txt - csv (StarCalc):44,34,85', out, 'csv');
    const bytes = readFileSync(csv);
    expect(isUtf8(bytes)).toBe(false);
    expect(new TextDecoder('gbk').decode(bytes)).toContain('柳州市');
    const root = historyFolder('gbk', false);
    const run = runCli(['import', csv, '--output', 'data'], { cwd: root });
    expect(run.status, run.stdout).toBe(0);
    expect(importedTexts(root)).toEqual(importedTexts(round()));
  }, 240_000);
});

/** A text in GBK, from the decoder's own table: every two-byte code it maps, turned around. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

describe('a CSV with the form header', () => {
  const header = ['code', 'name', 'townships.total', 'townships.with_regional_center', 'network.three_level_established'];

  test('in GBK, with 是/否 and a slip: the slip is named at its cell, the rest is written', () => {
    const root = tempDir('care-check-csv-');
    const lines = [
      header.join(','),
      '450202,城中区,8,5,是',
      '450203,鱼峰区,"1,200",3,否',
      '450204,柳南区,10,,',
    ];
    writeFileSync(join(root, '柳州.csv'), encodeGbk(`${lines.join('\r\n')}\r\n`));
    const run = runCli(['import', '柳州.csv', '--period', PERIOD], { cwd: root });
    expect(run.status, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toMatch(/^柳州\.csv!C3  450203 鱼峰区  townships\.total .*“1,200”.*是否应为 1200/m);
    expect(readFileSync(join(root, PERIOD, '450202.yaml'), 'utf8')).toContain('    three_level_established: true\n');
    expect(readFileSync(join(root, PERIOD, '450204.yaml'), 'utf8')).not.toContain('with_regional_center');
    expect(existsSync(join(root, PERIOD, '450203.yaml'))).toBe(false);
    expect(runCli(['validate', PERIOD], { cwd: root }).status).toBe(0);
  });

  test('without a period, the import asks for --period; a column that is no measure is named', () => {
    const root = tempDir('care-check-csv-');
    writeFileSync(join(root, 'a.csv'), `${header.join(',')}\n450202,城中区,8,5,是\n`);
    const run = runCli(['import', 'a.csv'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--period');
    const made = runCli(['import', 'a.csv', '--period', PERIOD, '--output', 'new/data'], { cwd: root });
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(join(root, 'new', 'data', PERIOD, '450202.yaml'))).toBe(true);

    writeFileSync(join(root, 'b.csv'), 'code,name,townships.totl,beds.total\n450202,城中区,8,\n');
    const stray = runCli(['import', 'b.csv', '--period', PERIOD, '--lang', 'en'], { cwd: root });
    expect(stray.status).toBe(2);
    expect(stray.stdout).toMatch(/^b\.csv!C1  .*townships\.totl.*did you mean townships\.total\?/m);
    expect(stray.stdout).toMatch(/^b\.csv!C2  450202 城中区  .*cannot be imported/m);
  });

  test('a unit twice, a code outside the area, an unknown code with its name', () => {
    const root = tempDir('care-check-csv-');
    const text = [
      'A,B',
      '地区,4502 柳州市',
      '统计期,2025-06',
      header.join(','),
      '450202,城中区,8,5,是',
      '450202,城中区,8,5,是',
      '450302,秀峰区,3,1,否',
      '450292,城中区,8,5,是',
      '450203,鱼峰区,7,3,否',
    ].join('\n');
    writeFileSync(join(root, 'c.csv'), text);
    const run = runCli(['import', 'c.csv', '--lang', 'en'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^c\.csv!A6  450202 城中区  450202 is in row 5 already/m);
    expect(run.stdout).toMatch(/^c\.csv!A7  450302 秀峰区  450302 is not a reporting unit of this form \(4502 柳州市\)/m);
    expect(run.stdout).toMatch(/^c\.csv!A8  450292 城中区  the division table has no code 450292; by its name, did you mean 450202\?/m);
    expect(readdirSync(join(root, PERIOD))).toEqual(['450203.yaml']);
  });

  test('a file that is no form, an old .xls, a missing file: exit 2 with one line', () => {
    const root = tempDir('care-check-csv-');
    writeFileSync(join(root, 'notes.csv'), 'hello,world\n1,2\n');
    writeFileSync(join(root, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    for (const [file, words] of [['notes.csv', /code/], ['old.xls', /\.xlsx/], ['missing.xlsx', /./]] as const) {
      const run = runCli(['import', file, '--period', PERIOD], { cwd: root });
      expect(run.status, file).toBe(2);
      expect(run.stdout + run.stderr, file).toMatch(words);
      expect(run.stderr, file).not.toMatch(/\n\s+at /);
    }
  });
});
