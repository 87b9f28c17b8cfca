// The policy documents: the bundled catalog (data/policies) plus each `--policies DIR`.
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import type { Divisions, MeasureDef, PolicyDocument } from '../core/types.js';
import { documentConflict, validatePolicy } from '../validate/policy.js';
import { capProblems } from '../validate/problem.js';
import { dataPath, packageRoot } from '../shared/paths.js';
import { loadMeasures } from './measures.js';
import { displayPath, expandPaths, mapLimit } from './reports.js';
import { asyncFileOps } from './file-ops.js';
import { scanFolder } from './folder-scan.js';
import { readYamlFile } from './yaml-file.js';
import type { Problem } from '../shared/problem.js';

export interface PolicyLoadOptions {
  /** the folder that relative DIRs are taken from; the process's working folder by default */
  cwd?: string;
  /** the measure registry; the bundled one by default */
  measures?: ReadonlyMap<string, MeasureDef>;
  /** when given, each document's area code is looked up in it */
  divisions?: Divisions;
  /** the bundled catalog folder; `data/policies` by default (tests point it elsewhere, or to null for none) */
  bundledDir?: string | null;
  /**
   * the bundled documents, already loaded and checked (the build's snapshot): taken as they are
   * instead of reading `bundledDir`
   */
  bundledDocuments?: readonly PolicyDocument[];
}

export interface PolicyLoadResult {
  documents: PolicyDocument[];
  problems: Problem[];
  /** every policy file of the run, absolute: read here, or taken from the build's snapshot */
  files: string[];
}

function bundledDisplay(absolute: string): string {
  return relative(packageRoot, absolute).split(sep).join('/');
}

function bundledFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return scanFolder(dir).files.sort();
}

/**
 * Reads the bundled documents and those in each of `dirs`, each checked (validate/policy.ts). A
 * document with an error is left out; every problem is listed (schema and content problems with
 * the code `policy-invalid`). Never throws for bad input.
 */
export async function loadPolicies(dirs: string[], opts: PolicyLoadOptions): Promise<PolicyLoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const measures = opts.measures ?? loadMeasures();

  const bundledDir = opts.bundledDir === undefined ? dataPath('policies') : opts.bundledDir;
  const bundled =
    bundledDir === null || opts.bundledDocuments
      ? []
      : bundledFiles(bundledDir).map((absolute) => ({ absolute, shown: bundledDisplay(absolute) }));
  // Bundled documents first, then each DIR in the order given (files sorted within it):
  // the first document of an id is kept.
  const userProblems: Problem[] = [];
  const files = [...bundled];
  // A DIR that holds bundled files (`--policies data/policies`) does not load them twice.
  const bundledPaths = new Set((opts.bundledDocuments ?? []).map((doc) => resolve(packageRoot, doc.file)));
  const taken = new Set(files.map((f) => f.absolute));
  for (const dir of dirs) {
    const found = await expandPaths([dir], cwd);
    userProblems.push(...found.problems);
    const shown = found.files
      .map((absolute) => ({ absolute, shown: displayPath(absolute, cwd) }))
      .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
    for (const file of shown) {
      if (bundledPaths.has(file.absolute) || taken.has(file.absolute)) continue;
      taken.add(file.absolute);
      files.push(file);
    }
  }

  const read = await mapLimit(files, 8, async ({ absolute, shown }) => {
    const result = await readYamlFile(absolute, shown, asyncFileOps, 'policy');
    if (!result.source) return { document: null, problems: result.problems, source: null };
    const checked = validatePolicy(result.source, { measures, fileStem: basename(absolute, extname(absolute)) });
    return { document: checked.document, problems: [...result.problems, ...checked.problems], source: result.source };
  });

  const documents: PolicyDocument[] = [...(opts.bundledDocuments ?? [])];
  const problems: Problem[] = [...userProblems];
  const firstFile = new Map<string, string>(documents.map((doc) => [doc.id, doc.file]));
  for (const item of read) {
    const own = [...item.problems];
    const doc = item.document;
    if (doc && item.source) {
      const conflict = documentConflict(doc, item.source, firstFile, opts.divisions);
      if (conflict !== null) {
        own.push(conflict);
      } else {
        firstFile.set(doc.id, doc.file);
        documents.push(doc);
      }
    }
    problems.push(...capProblems(own));
  }
  return { documents, problems, files: [...bundledPaths, ...files.map((f) => f.absolute)] };
}
