import type { Profile, SynthUnit } from './synth/index.mjs';

export const SEED: number;
export const ANCHOR: string;
export const PERIODS: string[];
export const SAMPLED_PART: Record<string, string[]>;
export const PREFIXES: string[];
export const SAMPLES_DIR: string;
export function sampleUnits(divisionsText?: string): SynthUnit[];
export function sampleProfile(unit: SynthUnit, share: number): Profile;
export function sampleFiles(units?: SynthUnit[]): Array<{ path: string; text: string }>;
