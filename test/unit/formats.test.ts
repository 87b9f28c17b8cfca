// The format registry (src/report/index.ts) is the one list: --format and --out accept exactly its
// formats, their errors and the help name each of them, --xlsx is --out xlsx=, and each entry renders.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCheckOptions } from '../../src/commands/check-options.js';
import { CLI_TEXT } from '../../src/i18n/cli.js';
import { FORMAT_NAMES, FORMATS, TEXT_FORMATS, fileContent, isFormat, isTextFormat, renderText } from '../../src/report/index.js';
import { CareCheckError } from '../../src/shared/errors.js';
import { makeContext } from '../report/fixtures.js';

const NOW = new Date(2025, 6, 1);

function refusal(raw: Record<string, unknown>, lang: 'zh' | 'en'): string {
  try {
    parseCheckOptions(raw, lang, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(CareCheckError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('the format registry', () => {
  test('--format takes the text formats, --out every format; each is named in the errors and the help', () => {
    expect(TEXT_FORMATS.length).toBeGreaterThan(0);
    expect(FORMAT_NAMES.filter((f) => FORMATS[f].output === 'file')).toEqual(FORMAT_NAMES.filter((f) => !isTextFormat(f)));
    for (const format of TEXT_FORMATS) expect(parseCheckOptions({ format }, 'en', NOW).format).toBe(format);
    for (const format of FORMAT_NAMES) expect(parseCheckOptions({ out: [`${format}=r.${format}`] }, 'en', NOW).outs).toEqual([{ format, path: `r.${format}` }]);
    for (const lang of ['zh', 'en'] as const) {
      const badFormat = refusal({ format: 'nope' }, lang);
      const badOut = refusal({ out: ['nope=r'] }, lang);
      const help = CLI_TEXT.formatOption(TEXT_FORMATS, 'table')[lang];
      for (const format of TEXT_FORMATS) {
        expect(badFormat).toContain(format);
        expect(help).toContain(format);
      }
      for (const format of FORMAT_NAMES) expect(badOut).toContain(format);
      for (const format of FORMAT_NAMES.filter((f) => !isTextFormat(f))) {
        expect(refusal({ format }, lang)).toContain(format);
        expect(help).not.toContain(format);
      }
    }
    expect(isFormat('toString')).toBe(false);
  });

  test('--xlsx PATH is --out xlsx=PATH, after the --out options', () => {
    const opts = parseCheckOptions({ out: ['json=r.json'], xlsx: ['a.xlsx', 'b.xlsx'] }, 'en', NOW);
    expect(opts.outs).toEqual([
      { format: 'json', path: 'r.json' },
      { format: 'xlsx', path: 'a.xlsx' },
      { format: 'xlsx', path: 'b.xlsx' },
    ]);
  });

  test('each text format renders text, never coloured in a file; a file format is written to the path given', async () => {
    const ctx = makeContext({ lang: 'en', color: true });
    for (const format of TEXT_FORMATS) {
      const text = await renderText(format, ctx);
      expect(text.length, format).toBeGreaterThan(0);
      const inFile = await fileContent(format, ctx);
      expect(typeof inFile).toBe('string');
      expect(inFile as string, format).not.toMatch(/\u001b\[/);
      if (!FORMATS[format].color) expect(inFile, format).toBe(text);
    }
    const dir = mkdtempSync(join(tmpdir(), 'care-check-formats-'));
    try {
      for (const format of FORMAT_NAMES.filter((f) => !isTextFormat(f))) {
        const write = await fileContent(format, ctx);
        expect(typeof write).toBe('function');
        await (write as (file: string) => Promise<void>)(join(dir, format));
        expect(readFileSync(join(dir, format)).length, format).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
