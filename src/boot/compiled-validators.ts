// The validators `npm run build` writes as standalone code (scripts/build-validators.mjs), one per
// shipped schema, into dist/boot/compiled/: used instead of compiling the schema while the schema
// file still matches the stamp the code was built from. The bundle hands over the one a check
// needs in memory (scripts/build-bundle.mjs); the others are read from their files.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { matchesStamp, type FileStamp } from './stamp.js';

/** Where the build puts a schema file's standalone validator. */
export const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'compiled');

export function compiledName(schemaFile: string): string {
  return `${basename(schemaFile).replace(/\.json$/, '')}.js`;
}

/** What scripts/build-validators.mjs writes for a schema: its validator, the schema and the schema file's stamp. */
export interface PrebuiltModule {
  default?: unknown;
  schema?: unknown;
  schemaStamp?: FileStamp | null;
}

const registered = new Map<string, PrebuiltModule>();

/** Hands over a standalone validator held in memory: the bundle's (scripts/build-bundle.mjs). */
export function registerPrebuilt(name: string, mod: PrebuiltModule): void {
  registered.set(name, mod);
}

let requireHere: NodeJS.Require | undefined;

/** The standalone validator built from this schema file as it is now, or null. */
export function prebuiltValidator(schemaFile: string): ValidateFunction | null {
  const name = compiledName(schemaFile);
  let mod = registered.get(name);
  if (!mod) {
    const file = join(COMPILED_DIR, name);
    if (!existsSync(file)) return null;
    try {
      requireHere ??= createRequire(import.meta.url);
      mod = requireHere(file) as PrebuiltModule;
    } catch {
      return null;
    }
  }
  if (typeof mod.default !== 'function' || typeof mod.schema !== 'object' || !matchesStamp(schemaFile, mod.schemaStamp ?? null)) return null;
  const validate = mod.default as ValidateFunction;
  // ajv sets `schema` on what it compiles; the problem mapping reads it.
  validate.schema ??= mod.schema as object;
  return validate;
}
