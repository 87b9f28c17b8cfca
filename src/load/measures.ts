// The measure registry (data/measures.yaml): the single source of the measure names.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Level, MeasureDef, MeasureType, MeasureUnit, MeasureWindow } from '../core/types.js';
import { LEVELS } from '../core/types.js';
import { dataPath } from '../shared/paths.js';

const TYPES: readonly MeasureType[] = ['integer', 'number', 'boolean'];
const UNITS: readonly MeasureUnit[] = [
  'persons', 'households', 'm2', 'count', 'beds', 'wan-yuan',
  'person-times', 'sessions', 'devices', 'items', 'boolean',
];
const ID = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;
const SINCE = /^since-(\d{4}-\d{2}-\d{2})$/;

function windowOf(value: unknown, what: string): MeasureWindow {
  if (value === 'since-2021' || value === 'year-to-date') return value;
  if (typeof value === 'string' && SINCE.test(value)) {
    const day = value.slice('since-'.length);
    const date = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day) return value as MeasureWindow;
  }
  throw new Error(`data/measures.yaml: ${what} ${JSON.stringify(value)} is not since-2021, year-to-date or since-YYYY-MM-DD`);
}

function levelsOf(value: unknown, what: string): Level[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`data/measures.yaml: ${what} must list the levels that hold the measure`);
  const levels = value.map((v) => oneOf(LEVELS, v, what));
  if (new Set(levels).size !== levels.length) throw new Error(`data/measures.yaml: ${what} names a level twice`);
  return LEVELS.filter((level) => levels.includes(level));
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`data/measures.yaml: ${what} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

function text(value: unknown, what: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`data/measures.yaml: ${what} must be a non-empty string`);
}

/**
 * Reads the registry's text. The registry ships with the tool, so a fault in it is a bug
 * (an exception), not a problem in the user's input.
 */
export function parseMeasures(source: string): Map<string, MeasureDef> {
  const raw: unknown = parse(source, { uniqueKeys: true });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('data/measures.yaml: expected a mapping of measure ids');
  }
  const measures = new Map<string, MeasureDef>();
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!ID.test(id)) throw new Error(`data/measures.yaml: bad measure id ${JSON.stringify(id)}`);
    if (entry === null || typeof entry !== 'object') throw new Error(`data/measures.yaml: ${id} must be a mapping`);
    const e = entry as Record<string, unknown>;
    const def: MeasureDef = {
      id,
      type: oneOf(TYPES, e['type'], `${id}.type`),
      unit: oneOf(UNITS, e['unit'], `${id}.unit`),
      zh: text(e['zh'], `${id}.zh`),
      en: text(e['en'], `${id}.en`),
      levels: levelsOf(e['levels'], `${id}.levels`),
    };
    if (e['partOf'] !== undefined) def.partOf = text(e['partOf'], `${id}.partOf`);
    if (e['window'] !== undefined) def.window = windowOf(e['window'], `${id}.window`);
    measures.set(id, def);
  }
  for (const def of measures.values()) {
    if (def.partOf === undefined) continue;
    const whole = measures.get(def.partOf);
    if (!whole) throw new Error(`data/measures.yaml: ${def.id}.partOf names an unknown measure ${def.partOf}`);
    if (whole.type === 'boolean' || def.type === 'boolean') {
      throw new Error(`data/measures.yaml: ${def.id}.partOf joins a boolean measure`);
    }
  }
  return measures;
}

let cached: ReadonlyMap<string, MeasureDef> | undefined;

/** The bundled registry, read from data/measures.yaml once per process. */
export function loadMeasures(): ReadonlyMap<string, MeasureDef> {
  cached ??= parseMeasures(readFileSync(dataPath('measures.yaml'), 'utf8'));
  return cached;
}

/** A group of the registry (the part of a measure id before the dot): its name and what it holds. */
export interface MeasureGroup {
  id: string;
  zh: string;
  en: string;
  description: { zh: string; en: string };
}

/**
 * Reads data/measure-groups.yaml against the registry: every group of a measure named, none
 * beyond them, in the registry's order.
 */
export function parseMeasureGroups(source: string, measures: ReadonlyMap<string, MeasureDef>): Map<string, MeasureGroup> {
  const raw: unknown = parse(source, { uniqueKeys: true });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('data/measure-groups.yaml: expected a mapping of group ids');
  }
  const entries = raw as Record<string, unknown>;
  const order = [...new Set([...measures.keys()].map((id) => id.slice(0, id.indexOf('.'))))];
  const extra = Object.keys(entries).filter((id) => !order.includes(id));
  if (extra.length > 0) throw new Error(`data/measure-groups.yaml: no measure is in the group ${extra.join(', ')}`);
  const groups = new Map<string, MeasureGroup>();
  for (const id of order) {
    const entry = entries[id];
    if (entry === null || typeof entry !== 'object') throw new Error(`data/measure-groups.yaml: the group ${id} needs a name and a description`);
    const e = entry as Record<string, unknown>;
    const d = (e['description'] ?? {}) as Record<string, unknown>;
    groups.set(id, {
      id,
      zh: text(e['zh'], `${id}.zh`),
      en: text(e['en'], `${id}.en`),
      description: { zh: text(d['zh'], `${id}.description.zh`), en: text(d['en'], `${id}.description.en`) },
    });
  }
  return groups;
}

let cachedGroups: ReadonlyMap<string, MeasureGroup> | undefined;

/** The bundled registry's groups, read from data/measure-groups.yaml once per process. */
export function loadMeasureGroups(): ReadonlyMap<string, MeasureGroup> {
  cachedGroups ??= parseMeasureGroups(readFileSync(dataPath('measure-groups.yaml'), 'utf8'), loadMeasures());
  return cachedGroups;
}
