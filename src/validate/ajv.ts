// One ajv (draft 2020-12) per process; each schema compiled once.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';

type Localize = (errors?: ErrorObject[] | null) => void;
type AddFormats = (ajv: Ajv2020) => unknown;

/** A CommonJS module's function, whether the loader hands it over as such or as `default`. */
function cjsFunction<T>(mod: unknown): T {
  if (typeof mod === 'function') return mod as T;
  return (mod as { default: T }).default;
}

const addFormats = cjsFunction<AddFormats>(addFormatsModule);
const localizeZh = cjsFunction<Localize>(localizeZhModule);

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // strictNumbers: .inf and .nan are not numbers; verbose: errors carry their data and schema.
    ajv = new Ajv2020({ allErrors: true, strictNumbers: true, verbose: true, strict: false, logger: false });
    addFormats(ajv);
  }
  return ajv;
}

/**
 * The validator of a shipped schema file, compiled on first use. The schemas ship with the
 * tool, so an unreadable or uncompilable one is a bug and throws.
 */
export function validatorFor(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    validate = compileSchema(schemaFile, schema);
  }
  return validate;
}

/** Compiles a schema held in memory, cached under `key`. */
export function compileSchema(key: string, schema: object): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = instance().compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** ajv's own message for an error, in Chinese through ajv-i18n or in ajv's English. */
export function ajvMessage(error: ErrorObject, lang: 'zh' | 'en'): string {
  if (lang === 'en') return error.message ?? error.keyword;
  const copy = [{ ...error }];
  localizeZh(copy);
  return copy[0]?.message ?? error.message ?? error.keyword;
}

export type { ErrorObject, ValidateFunction };
