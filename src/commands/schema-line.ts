// The `# yaml-language-server: $schema=…` line of a statistics file that init and import write.
import { dirname, isAbsolute, parse as parsePath, relative, sep } from 'node:path';
import { installedSchema } from '../load/installed-schema.js';
import { schemaPath } from '../shared/paths.js';

export const UNIT_SCHEMA_FILE = 'unit-report.schema.json';

/**
 * The `$schema=` of the modeline: relative to the written file, so that it survives moving the data
 * folder together with the tool (a project's node_modules), unless the two share nothing but the
 * filesystem root (or a drive), where an absolute path is the one that keeps working.
 */
export function schemaReference(file: string, schema: string): string {
  const from = dirname(file);
  const rel = relative(from, schema);
  const [fromTop] = from.slice(parsePath(from).root.length).split(sep);
  const [schemaTop] = schema.slice(parsePath(schema).root.length).split(sep);
  const shared = parsePath(from).root === parsePath(schema).root && fromTop !== '' && fromTop === schemaTop;
  const chosen = shared && !isAbsolute(rel) ? rel : schema;
  return chosen.split(sep).join('/');
}

/**
 * What a file written at `file` (absolute) points its editor at: the schema of the care-check
 * installed in the data repository above it (`../../node_modules/care-check/schemas/…`), so that
 * the line works in every clone; else the schema of the running copy.
 */
export function schemaFor(file: string): string {
  const installed = installedSchema(dirname(file), UNIT_SCHEMA_FILE);
  return schemaReference(file, installed ?? schemaPath(UNIT_SCHEMA_FILE));
}

/** The first line of a statistics file written at `file`. */
export function modeline(file: string): string {
  return `# yaml-language-server: $schema=${schemaFor(file)}`;
}
