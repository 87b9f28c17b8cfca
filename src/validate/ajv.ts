// One ajv (draft 2020-12) per process; each schema compiled once, unless the build's standalone
// validator for it is current (boot/compiled-validators.ts): a run on that path loads no ajv at all.
// ajv and its helpers are CommonJS, loaded on demand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { prebuiltValidator } from '../boot/compiled-validators.js';

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

/**
 * The validator of a shipped schema file: its standalone code when built from the file as it is,
 * else compiled on first use. The schemas ship with the tool, so an unreadable or uncompilable
 * one is a bug and throws.
 */
export function validatorFor(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    validate = prebuiltValidator(schemaFile) ?? undefined;
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
