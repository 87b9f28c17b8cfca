// Types of the synthetic-figure generator (index.mjs), for TypeScript callers and tests.

export type Level = 'province' | 'city' | 'county';
export type Trend = 'ahead' | 'on-pace' | 'lagging' | 'falling-back' | 'slipping';
export type Rng = () => number;

export interface SynthUnit {
  code: string;
  name: string;
  level: Level;
}

export interface SynthReport {
  unit: { code: string; name: string };
  period: string;
  measures: Record<string, Record<string, number | boolean>>;
}

export interface Profile {
  /** default trend of every topic (default `on-pace`) */
  trend?: Trend;
  /** per-topic overrides (TOPICS keys) */
  topics?: Record<string, Trend>;
  /** the unit's share of its area's running totals, overall or per topic */
  share?: number | Record<string, number>;
  /** measure ids never reported */
  omit?: string[];
  /** measure ids not reported in one period */
  omitIn?: Record<string, string[]>;
  /** measure id or group → first period reported */
  startsIn?: Record<string, string>;
  /** periods with no file */
  skip?: string[];
}

export interface ModelOptions {
  /** the period the trends are set against (default 2025-06) */
  anchor?: string;
  /** seed of the area-wide factors (default 1) */
  seed?: number;
  /** the measure ids to report (default measuresFor(unit)) */
  measures?: string[];
}

export interface UnitModel {
  unit: SynthUnit;
  base: Record<string, number | string>;
  measureIds: string[];
  at(period: string): SynthReport | null;
}

export function mulberry32(seed: number): Rng;
export function hashSeed(...parts: Array<string | number>): number;
export function rngFor(seed: number | string, ...keys: Array<string | number>): Rng;
export function uniform(rng: Rng, lo: number, hi: number): number;
export function intBetween(rng: Rng, lo: number, hi: number): number;
export function logUniform(rng: Rng, lo: number, hi: number): number;
export function pick<T>(rng: Rng, items: readonly T[]): T;

export function monthIndex(period: string): number;
export function periodOf(index: number): string;
export function periodsBetween(from: string, to: string): string[];

export function levelOf(code: string): Level;
export function countyKind(name: string): 'district' | 'county-city' | 'county';
export function parseDivisions(divisionsText: string): Array<{ code: string; name: string }>;
export function unitsFor(prefixes: readonly string[], divisionsText: string): SynthUnit[];

export const AREAS: Record<string, { prefix: string; county: string[]; city: string[]; province: string[] }>;
export const MEASURE_IDS: string[];
export const TOPICS: Record<string, { kind: 'level' | 'count' | 'boolean' | 'cumulative' | 'ytd' } & Record<string, unknown>>;
export function areaOf(code: string): string | null;
export function topicAim(topic: string, areaKey: string | null): { threshold?: number | boolean; due?: string };
export function synthCatalog(): {
  measures: Record<string, { levels: Level[]; partOf?: string } & Record<string, unknown>>;
  measureIds: string[];
  areas: Array<{ key: string; prefix: string; targets: Array<Record<string, unknown>> }>;
};
export function measuresFor(unit: SynthUnit): string[];

export const TRENDS: Trend[];
export const DEFAULT_ANCHOR: string;
export function unitBase(unit: SynthUnit, rng: Rng): Record<string, number | string>;
export function areaShares(units: readonly SynthUnit[], rngOf: (code: string) => Rng): Map<string, number>;
export function unitModel(unit: SynthUnit, rng: Rng, profile?: Profile, options?: ModelOptions): UnitModel;
export function synthUnitPeriod(unit: SynthUnit, period: string, rng: Rng, profile?: Profile, options?: ModelOptions): SynthReport | null;

export const MODELINE: string;
export function toYaml(report: SynthReport, modeline?: string): string;
