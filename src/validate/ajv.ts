// One ajv (draft 2020-12) per process; each schema compiled once. `npm run build` also writes each
// shipped schema's validator as standalone code (dist/validate/compiled/), which is used instead
// of compiling while the schema on disk still matches the stamp the code was built with: a run on the
// fast path then loads no ajv at all. ajv and its helpers are CommonJS, loaded on demand.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { matchesStamp, type FileStamp } from '../load/stamp.js';

type Localize = (errors?: ErrorObject[] | null) => void;
type AddFormats = (ajv: Ajv2020) => unknown;

let requireHere: NodeJS.Require | undefined;
/** This module's require, made on first use: a run with the bundled validator needs none. */
function require(id: string): unknown {
  requireHere ??= createRequire(import.meta.url);
  return requireHere(id);
}

/** A CommonJS module's function, whether the loader hands it over as such or as `default`. */
function cjsFunction<T>(mod: unknown): T {
  if (typeof mod === 'function') return mod as T;
  return (mod as { default: T }).default;
}

/** The options of every ajv of the tool, at run time and for the standalone build alike. */
// strictNumbers: .inf and .nan are not numbers; verbose: errors carry their data and schema.
export const AJV_OPTIONS: Options = { allErrors: true, strictNumbers: true, verbose: true, strict: false, logger: false };

/** A new ajv with the tool's options (plus `extra`) and the formats of ajv-formats. */
export function newAjv(extra: Options = {}): Ajv2020 {
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const instance = new AjvClass({ ...AJV_OPTIONS, ...extra });
  cjsFunction<AddFormats>(require('ajv-formats'))(instance);
  return instance;
}

let ajv: Ajv2020 | undefined;
let localizeZh: Localize | undefined;
const compiled = new Map<string, ValidateFunction>();

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

/** The standalone validator built from this schema file as it is now, or null. */
function prebuilt(schemaFile: string): ValidateFunction | null {
  const name = compiledName(schemaFile);
  let mod = registered.get(name);
  if (!mod) {
    const file = join(COMPILED_DIR, name);
    if (!existsSync(file)) return null;
    try {
      mod = require(file) as PrebuiltModule;
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

/**
 * The validator of a shipped schema file: its standalone code when built from the file as it is,
 * else compiled on first use. The schemas ship with the tool, so an unreadable or uncompilable
 * one is a bug and throws.
 */
export function validatorFor(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    validate = prebuilt(schemaFile) ?? undefined;
    if (validate) compiled.set(schemaFile, validate);
    else validate = compileSchema(schemaFile, JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  }
  return validate;
}

/** Compiles a schema held in memory, cached under `key`. */
export function compileSchema(key: string, schema: object): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    ajv ??= newAjv();
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** ajv's own message for an error, in Chinese through ajv-i18n or in ajv's English. */
export function ajvMessage(error: ErrorObject, lang: 'zh' | 'en'): string {
  if (lang === 'en') return error.message ?? error.keyword;
  localizeZh ??= cjsFunction<Localize>(require('ajv-i18n/localize/zh/index.js'));
  const copy = [{ ...error }];
  localizeZh(copy);
  return copy[0]?.message ?? error.message ?? error.keyword;
}

export type { ErrorObject, ValidateFunction };
