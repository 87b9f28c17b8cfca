// The standalone validators that `npm run build` writes (dist/boot/compiled/) give the same
// verdict and the same error objects as the schema compiled at run time, so the problem mapping
// (src/validate/ajv-problems.ts) reads them alike; and a schema whose bytes differ is compiled.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileSchema, validatorFor } from '../../src/validate/ajv.js';
import type { ValidateFunction } from '../../src/validate/ajv.js';
import { stampOf, type FileStamp } from '../../src/boot/stamp.js';
import { ensureBuilt, tempDir } from '../cli/run-cli.js';
import { validSample } from '../fuzz/fuzz-support.js';

const ROOT = join(import.meta.dirname, '..', '..');
type Dict = Record<string, any>;

interface Standalone {
  validate: ValidateFunction;
  schema: unknown;
  schemaStamp: FileStamp;
}

async function standalone(name: string): Promise<Standalone> {
  const mod = (await import(pathToFileURL(join(ROOT, 'dist', 'boot', 'compiled', `${name}.schema.js`)).href)) as {
    default: ValidateFunction;
    schema: unknown;
    schemaStamp: FileStamp;
  };
  return { validate: mod.default, schema: mod.schema, schemaStamp: mod.schemaStamp };
}

function runtime(name: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object;
  return compileSchema(`test:${name}`, schema);
}

/** Both validators' verdict and errors on one value. */
function both(built: ValidateFunction, compiled: ValidateFunction, data: unknown): void {
  const a = built(structuredClone(data));
  const b = compiled(structuredClone(data));
  expect(a).toBe(b);
  expect(built.errors ?? null).toEqual(compiled.errors ?? null);
}

beforeAll(() => ensureBuilt());

describe('unit-report.schema.json', () => {
  const base = parse(validSample().text) as Dict;
  const cases: [string, (d: Dict) => void][] = [
    ['valid', () => {}],
    ['no period', (d) => delete d['period']],
    ['a measure as text', (d) => (d['measures']['population']['residents'] = 'many')],
    ['an unknown topic', (d) => (d['measures']['populaton'] = { residents: 1 })],
    ['a numeric unit code', (d) => (d['unit']['code'] = 450202)],
    ['a negative count', (d) => (d['measures']['townships']['total'] = -3)],
  ];
  test.each(cases)('%s: same verdict and errors', async (_name, edit) => {
    const { validate } = await standalone('unit-report');
    const data = structuredClone(base);
    edit(data);
    both(validate, runtime('unit-report'), data);
  });
});

describe('policy.schema.json', () => {
  const base = parse(readFileSync(join(ROOT, 'data', 'policies', 'liuzhou-2023.yaml'), 'utf8')) as Dict;
  const cases: [string, (d: Dict) => void][] = [
    ['valid', () => {}],
    ['a target without an id', (d) => delete d['targets'][0]['id']],
    ['a bad comparator', (d) => (d['targets'][0]['rule']['comparator'] = '>')],
    ['an unknown key', (d) => (d['targets'][1]['deadlin'] = '2025-12-31')],
    ['a title in one language', (d) => (d['title'] = { zh: '柳州' })],
  ];
  test.each(cases)('%s: same verdict and errors', async (_name, edit) => {
    const { validate } = await standalone('policy');
    const data = structuredClone(base);
    edit(data);
    both(validate, runtime('policy'), data);
  });
});

describe('validatorFor', () => {
  test('the built code holds the schema it was built from and the stamp of its file', async () => {
    const file = join(ROOT, 'schemas', 'policy.schema.json');
    const { schema, schemaStamp } = await standalone('policy');
    expect(schema).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    expect(schemaStamp).toEqual(stampOf(file));
  });

  test('a schema file whose bytes differ from the built one is compiled from disk', () => {
    const dir = tempDir('care-check-schema-');
    const file = join(dir, 'unit-report.schema.json');
    copyFileSync(join(ROOT, 'schemas', 'unit-report.schema.json'), file);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Dict;
    schema['required'] = [...(schema['required'] as string[]), 'extra'];
    writeFileSync(file, JSON.stringify(schema));
    const validate = validatorFor(file);
    expect(validate(parse(validSample().text))).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required' && e.params['missingProperty'] === 'extra')).toBe(true);
  });
});
