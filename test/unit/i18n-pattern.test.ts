// Every catalog of src/i18n holds its words in one form: a Text ({zh, en}), or a function returning
// one. A `{name}` template filled by some helper beside that pattern is refused. The reports and the
// commands take their words and punctuation from those catalogs: an inline `lang === 'zh' ? … : …`
// there is refused too.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dir = new URL('../../src/i18n/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

function templates(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (/\{[A-Za-z]\w*\}/.test(value)) out.push(`${path}: ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) templates(item, `${path}.${key}`, out);
}

/** An inline choice by language: `lang === 'zh' ? … : …`, `ctx.lang !== 'en' ? …`, over lines too. */
const INLINE_CHOICE = /\blang\s*[!=]==?\s*['"](?:zh|en)['"]\s*\?/g;

function inlineChoices(text: string, file: string): string[] {
  return [...text.matchAll(INLINE_CHOICE)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length}: ${m[0]}`);
}

const root = new URL('../../', import.meta.url);
const sources = (folder: string): string[] =>
  readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${folder}/${f}`);

describe('the i18n catalogs', () => {
  test.each(files)('%s fills no {name} template', async (file) => {
    const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    const found: string[] = [];
    for (const [name, value] of Object.entries(mod)) templates(value, name, found);
    expect(found).toEqual([]);
  });

  test('a planted template is found', () => {
    const found: string[] = [];
    templates({ asOf: { zh: '截至 {date}', en: 'as of {date}' } }, 'planted', found);
    expect(found).toHaveLength(2);
  });
});

describe('words chosen by language', () => {
  test.each(['src/report', 'src/commands'])('%s chooses no word inline: it reads a catalog of src/i18n', (folder) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => inlineChoices(readFileSync(new URL(f, root), 'utf8'), f));
    expect(found).toEqual([]);
  });

  test('a planted inline choice is found, on one line or over two', () => {
    const text = "const a = lang === 'zh' ? '：' : ': ';\nconst b = model.lang !== 'en'\n  ? 'x' : 'y';\nif (lang === 'zh') charset();";
    expect(inlineChoices(text, 'planted.ts')).toEqual(["planted.ts:1: lang === 'zh' ?", "planted.ts:2: lang !== 'en'\n  ?"]);
  });
});
