// The bundled division table (data/divisions/2024.txt): one `CODE NAME` a line.
import { readFileSync } from 'node:fs';
import { DivisionTable } from './division-table.js';
import { dataPath } from '../shared/paths.js';

const LINE = /^(\d{6})\s+(\S.*?)\s*$/;

/** The table's `[code, name]` pairs from its text. The table ships with the tool: a malformed line is a bug. */
export function divisionEntries(source: string): [string, string][] {
  const entries: [string, string][] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    if (!match) throw new Error(`data/divisions: line ${index + 1} is not "CODE NAME": ${JSON.stringify(raw)}`);
    entries.push([match[1]!, match[2]!]);
  });
  return entries;
}

/** Reads the table's text. */
export function parseDivisions(source: string): DivisionTable {
  return DivisionTable.of(divisionEntries(source));
}

let cached: DivisionTable | undefined;

/** The bundled table, read from data/divisions once per process. */
export function loadDivisions(): DivisionTable {
  cached ??= parseDivisions(readFileSync(dataPath('divisions', '2024.txt'), 'utf8'));
  return cached;
}
