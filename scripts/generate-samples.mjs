#!/usr/bin/env node
// Writes the bundled sample set, data/samples/<YYYY-MM>/<code>.yaml: illustrative figures for
// every unit of every plan's area in the catalog (data/policies; of Guizhou, Guiyang and the
// province's own accounts), 2024-01 to 2025-06, chosen so that a check as of 2025-06-30 shows every
// status. The measures, thresholds and deadlines come from data/ (scripts/synth/areas.mjs); what is
// below is the sample's own choice: the seed, each area's and unit's story, the late and missing
// reports. Run: npm run samples.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AREAS, areaOf, areaShares, periodsBetween, rngFor, toYaml, unitModel, unitsFor } from './synth/index.mjs';

export const SEED = 20250630;
export const ANCHOR = '2025-06';
export const PERIODS = periodsBetween('2024-01', ANCHOR);
/**
 * Sample choice: the part of an area the samples cover, where not all of it. The rest of Guizhou
 * does not report: the province's whole-area targets are covered too thinly for a verdict (no-data).
 */
export const SAMPLED_PART = { guizhou: ['5201', '520000'] };
/** Every unit of every plan's area (data/policies), but for the parts named in SAMPLED_PART. */
export const PREFIXES = Object.entries(AREAS).flatMap(([key, area]) => SAMPLED_PART[key] ?? [area.prefix]);

// Sample choices from here on: each area's and unit's story.

// Whole-area figures move together across an area, so that the area's sum follows one trend.
const AREA_TOPICS = {
  liuzhou: {
    'staff-trained': 'lagging', // director-training: at-risk
    'caregiver-training': 'ahead', // met
    'social-workers': 'ahead', // met
    'township-inst-grade': 'on-pace', // on-track
    'county-inst-grade': 'ahead', // met
    'township-center': 'ahead', // met
    'street-complex-demos': 'ahead', // met
    'home-network-demos': 'falling-back', // one network, no second in sight: off-track
    'home-adaptation': 'ahead', // met, even with 三江 late in 2025-06
  },
  guizhou: {
    'township-center': 'on-pace', // on-track, partial (only Guiyang reports)
    'rural-demos': 'ahead', // Guiyang's part only: off-track, partial
    'home-visit-demos': 'on-pace', // on-track, partial
  },
  yichun: {
    'village-mutual-aid': 'on-pace', // on-track
    'home-adaptation': 'lagging', // at-risk
    'nursing-beds': 'slipping', // met, slipping
    'staff-trained': 'lagging', // at-risk
    'inst-grade-required': 'falling-back', // off-track, regressing
  },
  guilin: {
    'home-care-sites': 'ahead', // met after the deadline (2022-10, the pilot's end)
    'settlement-points': 'ahead', // met after the 2021 deadline
    'smart-monitoring': 'on-pace', // met after the 2021 deadline
    'emergency-devices': 'lagging', // missed (2021)
    'training-sessions': 'on-pace', // 2025: on-track
    'training-person-times': 'lagging', // 2025: at-risk
  },
  chaoyang: {},
};

// Guiyang's part of the province's demonstration points (the rest of Guizhou does not report: SAMPLED_PART).
const GUIYANG_PART = { 'rural-demos': 0.3, 'home-visit-demos': 1 };

// The parts of an area's running totals that its counties hold where the city's own accounts hold
// a part too (or all of it): `default` is the county's share of everything else.
const COUNTY_PARTS = {
  liuzhou: { 'home-network-demos': 0 }, // the model networks are the city's own
  guilin: { 'training-sessions': 0, 'training-person-times': 0 }, // the city runs the training classes
};
// The own accounts' part of those totals (own accounts get 1 unless named here).
const CITY_PARTS = {
  450200: { default: 1, 'caregiver-training': 0.1 },
  450300: { default: 1, 'emergency-devices': 0.05, 'smart-monitoring': 0.05, 'settlement-points': 0.05 },
};

/** Each unit's own course and quirks; every unit not listed is on pace. */
const UNIT_PROFILES = {
  // Liuzhou
  450200: { trend: 'ahead' },
  450202: { trend: 'ahead' },
  450203: { trend: 'on-pace' },
  // reports its old districts from 2025-05 on: two observations, low confidence
  450204: { trend: 'on-pace', startsIn: { residential_existing: '2025-05' } },
  // starts reporting its old districts only in 2025-06: a single observation, pending
  450205: { trend: 'ahead', topics: { 'facility-existing': 'lagging' }, startsIn: { residential_existing: '2025-06' } },
  450206: { trend: 'lagging' },
  450222: { trend: 'falling-back' },
  450223: { trend: 'ahead', topics: { 'facility-existing': 'slipping' } },
  450224: { trend: 'lagging' },
  450225: { trend: 'on-pace' },
  // late with its 2025-06 report: Liuzhou's whole-area figures for 2025-06 carry its 2025-05 ones
  450226: { trend: 'on-pace', skip: ['2025-06'] },
  // Guilin
  450300: { trend: 'ahead' },
  450302: { trend: 'ahead' },
  450304: { trend: 'ahead' },
  450311: { trend: 'lagging' },
  450312: { trend: 'ahead' },
  450324: { trend: 'lagging' },
  450326: { trend: 'falling-back' },
  450327: { trend: 'lagging' },
  450329: { trend: 'ahead' },
  450332: { trend: 'ahead', omit: ['health.records_65plus'] },
  // Yichun
  360900: { trend: 'on-pace' },
  360902: { trend: 'ahead' },
  360922: { trend: 'lagging' },
  360925: { trend: 'ahead' },
  360926: { trend: 'falling-back' },
  360981: { trend: 'lagging' },
  // stopped reporting its villages after 2024: more than `carry` months late by 2025-04, so
  // Yichun's whole-area village figure is partial (coverage 9 of 10 counties, still an observation)
  360983: { trend: 'ahead', omitIn: Object.fromEntries(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map((p) => [p, ['villages.total', 'villages.with_mutual_aid']])) },
  // Chaoyang
  211302: { trend: 'ahead' },
  211321: { trend: 'lagging' },
  211324: { trend: 'on-pace', omit: ['high_age_allowance.recipients'] },
  211381: { trend: 'ahead' },
  211382: { trend: 'falling-back' },
  // Guizhou
  520000: { trend: 'on-pace' },
  520100: { trend: 'ahead' },
  520102: { trend: 'ahead' },
  520103: { trend: 'ahead' },
  520113: { trend: 'lagging' },
  520115: { trend: 'ahead' },
  // no file for 2024-12, the month of two deadlines: those verdicts rest on 2024-11 (provisional)
  520122: { trend: 'lagging', skip: ['2024-12'] },
  520123: { trend: 'falling-back' },
};

const here = fileURLToPath(new URL('.', import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL('../data/samples/', import.meta.url));

export function sampleUnits(divisionsText = readFileSync(`${here}../data/divisions/2024.txt`, 'utf8')) {
  return unitsFor(PREFIXES, divisionsText);
}

export function sampleProfile(unit, share) {
  const own = UNIT_PROFILES[unit.code] ?? {};
  const key = areaOf(unit.code);
  const topics = { ...(own.topics ?? {}), ...(key ? AREA_TOPICS[key] : {}) };
  let unitShare = share;
  if (key === 'guizhou' && unit.level === 'county') {
    unitShare = { 'rural-demos': share * GUIYANG_PART['rural-demos'], 'home-visit-demos': share * GUIYANG_PART['home-visit-demos'] };
  } else if (unit.level === 'county' && key && COUNTY_PARTS[key]) {
    unitShare = { default: share, ...COUNTY_PARTS[key] };
  } else if (CITY_PARTS[unit.code]) {
    unitShare = CITY_PARTS[unit.code];
  }
  return { trend: 'on-pace', ...own, topics, share: unitShare };
}

/** The whole sample set in memory: `[{path, text}]`, `path` relative to data/samples/. */
export function sampleFiles(units = sampleUnits()) {
  const rngOf = (code) => rngFor(SEED, code);
  const shares = areaShares(units, rngOf);
  const files = [];
  for (const unit of units) {
    const model = unitModel(unit, rngOf(unit.code), sampleProfile(unit, shares.get(unit.code)), { anchor: ANCHOR, seed: SEED });
    for (const period of PERIODS) {
      const report = model.at(period);
      if (report) files.push({ path: `${period}/${unit.code}.yaml`, text: toYaml(report) });
    }
  }
  return files;
}

function main() {
  const files = sampleFiles();
  for (const entry of readdirSync(SAMPLES_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name)) rmSync(`${SAMPLES_DIR}${entry.name}`, { recursive: true });
  }
  for (const period of PERIODS) mkdirSync(`${SAMPLES_DIR}${period}`, { recursive: true });
  for (const file of files) writeFileSync(`${SAMPLES_DIR}${file.path}`, file.text);
  process.stdout.write(`${files.length} files in ${SAMPLES_DIR}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
