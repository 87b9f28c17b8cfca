// Every catalog of src/i18n holds its words in one form: a Text ({zh, en}), or a function returning
// one. A `{name}` template filled by some helper beside that pattern is refused.
import { readdirSync } from 'node:fs';
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
