// The build's snapshot of the bundled catalog (dist/catalog.json) holds what the loader would
// load, and is set aside as soon as the files it came from change: a document added to
// data/policies of an installed copy is loaded without a rebuild.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDivisions } from '../../src/load/divisions.js';
import { parseMeasures } from '../../src/load/measures.js';
import { loadPolicies } from '../../src/load/policies.js';
import { readSnapshot } from '../../src/boot/snapshot.js';
import { ensureBuilt, packageCopy, ROOT, runCli, type CliRun } from '../cli/run-cli.js';
import { validSample } from '../fuzz/fuzz-support.js';

const SNAPSHOT = join(ROOT, 'dist', 'catalog.json');

// The copies leave out data/samples (packageCopy's `samples: false`): no test here names them, and the
// snapshot's stamps are of data/policies, the registry, the schema and the division table only.

/** Runs the copy's own CLI in its folder. */
function runCopy(dir: string, args: string[]): CliRun {
  return runCli(args, { root: dir, cwd: dir });
}

function documentIds(dir: string, args: string[] = []): string[] {
  const run = runCopy(dir, ['policies', '--format', 'json', ...args]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id);
}

beforeAll(() => ensureBuilt());

describe('dist/catalog.json', () => {
  test('holds the documents and measures the loader reads from data/', async () => {
    const snapshot = readSnapshot(SNAPSHOT, ROOT);
    expect(snapshot).not.toBeNull();
    const measures = parseMeasures(readFileSync(join(ROOT, 'data', 'measures.yaml'), 'utf8'));
    const divisions = parseDivisions(readFileSync(join(ROOT, 'data', 'divisions', '2024.txt'), 'utf8'));
    const loaded = await loadPolicies([], { cwd: ROOT, measures, divisions });
    expect(loaded.problems).toEqual([]);
    expect(snapshot?.documents).toEqual(loaded.documents);
    expect(snapshot?.measures).toEqual([...measures.values()]);
  });

  test('a document added to data/policies of a copy: the snapshot no longer matches, and the document is loaded', () => {
    const dir = packageCopy({ samples: false });
    expect(readSnapshot(join(dir, 'dist', 'catalog.json'), dir)).not.toBeNull();
    const before = documentIds(dir);
    const text = readFileSync(join(dir, 'data', 'policies', 'chaoyang-2023.yaml'), 'utf8');
    writeFileSync(join(dir, 'data', 'policies', 'chaoyang-copy-2023.yaml'), text.replace(/^id: chaoyang-2023$/m, 'id: chaoyang-copy-2023'));
    expect(readSnapshot(join(dir, 'dist', 'catalog.json'), dir)).toBeNull();
    expect(documentIds(dir)).toEqual([...before, 'chaoyang-copy-2023'].sort());
  });

  test('an edited registry or schema sets the snapshot aside', () => {
    const dir = packageCopy({ samples: false });
    writeFileSync(join(dir, 'data', 'measures.yaml'), `${readFileSync(join(dir, 'data', 'measures.yaml'), 'utf8')}\n# edited\n`);
    expect(readSnapshot(join(dir, 'dist', 'catalog.json'), dir)).toBeNull();
    const other = packageCopy({ samples: false });
    writeFileSync(join(other, 'schemas', 'policy.schema.json'), `${readFileSync(join(other, 'schemas', 'policy.schema.json'), 'utf8')}\n`);
    expect(readSnapshot(join(other, 'dist', 'catalog.json'), other)).toBeNull();
  });

  test('--policies DIR adds its documents to the snapshot\'s, and a DIR of the bundled files loads none twice', () => {
    const dir = packageCopy({ samples: false });
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    const text = readFileSync(join(dir, 'data', 'policies', 'liuzhou-2023.yaml'), 'utf8');
    writeFileSync(join(extra, 'liuzhou-b-2023.yaml'), text.replace(/^id: liuzhou-2023$/m, 'id: liuzhou-b-2023'));
    const bundled = documentIds(dir);
    expect(documentIds(dir, ['--policies', 'extra'])).toEqual([...bundled, 'liuzhou-b-2023']);
    writeFileSync(join(dir, 'data.yaml'), validSample().text);
    const again = runCopy(dir, ['check', 'data.yaml', '--as-of', '2025-06-30', '--format', 'json', '--policies', 'data/policies']);
    const report = JSON.parse(again.stdout) as { problems: { code: string }[]; documents: unknown[] };
    expect(report.problems.map((p) => p.code)).toEqual([]);
    expect(report.documents).toHaveLength(bundled.length);
    expect([0, 1]).toContain(again.status);
  });
});
