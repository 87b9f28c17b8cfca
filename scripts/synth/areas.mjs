// Which measures a unit reports, and the thresholds its trends are drawn against: both follow the
// targets of the unit's area in the catalog (scripts/synth/catalog.mjs reads data/). What is not a
// fact of the catalog (which figures a sample unit reports beside those the targets read, what the
// trends aim at where no plan sets a target) is named below as the sample's choice.

import { reportingLevels, synthCatalog, targetMeasures } from './catalog.mjs';

const POPULATION = ['population.elderly_60plus', 'population.elderly_65plus', 'population.elderly_80plus', 'population.residents'];
const LOTTERY = ['lottery.welfare_fund', 'lottery.elderly_care'];

// Sample choices: every county reports its population (the base of the older population's shares);
// beyond what its area's targets read (and the wholes those figures are parts of), a unit reports these.
const ALSO_REPORTED = {
  // the regional centres beside the towns' standard ones (a town's standard centre is a regional one)
  guizhou: { county: ['townships.with_regional_center'] },
  // the sites of every year beside those of the pilot
  guilin: { county: ['home_care.sites'] },
  // the counties report their lottery funds too, though the clause names the province and the city
  chaoyang: { county: LOTTERY },
};
// Sample choice: what the own accounts of a unit outside every plan's area report (the benchmark's
// national set); its counties report what the counties of every area report.
const ELSEWHERE_OWN = {
  city: [...LOTTERY, 'planning.layout_plan_completed'],
  province: [...LOTTERY, 'smart_care.platform_built'],
};

/** Every measure, in the order of data/measures.yaml: files list their groups in this order. */
export const MEASURE_IDS = synthCatalog().measureIds;

const ORDER = new Map(MEASURE_IDS.map((id, i) => [id, i]));
function ordered(ids) {
  return [...new Set(ids)].sort((a, b) => (ORDER.get(a) ?? 1e9) - (ORDER.get(b) ?? 1e9));
}

/** What a level of an area reports: what its targets read there, with the wholes they are parts of. */
function areaMeasures(area, level) {
  const { measures } = synthCatalog();
  const ids = new Set(level === 'county' ? POPULATION : []);
  for (const target of area.targets) {
    for (const id of targetMeasures(target)) if (reportingLevels(target, id, measures).includes(level)) ids.add(id);
  }
  for (const id of ALSO_REPORTED[area.key]?.[level] ?? []) ids.add(id);
  for (const id of [...ids]) {
    for (let whole = measures[id]?.partOf; whole && measures[whole]?.levels.includes(level); whole = measures[whole].partOf) ids.add(whole);
  }
  return ordered(ids);
}

/**
 * Every plan's area, by key (`liuzhou`, `guizhou`, …, from the catalog): its prefix, and what its
 * county-level units and own accounts (`city`, `province`) report.
 */
export const AREAS = Object.fromEntries(
  synthCatalog().areas.map((area) => [
    area.key,
    { prefix: area.prefix, county: areaMeasures(area, 'county'), city: areaMeasures(area, 'city'), province: areaMeasures(area, 'province') },
  ]),
);

const OTHER_AREAS = {
  county: ordered(Object.values(AREAS).flatMap((a) => a.county)),
  ...ELSEWHERE_OWN,
};

/** The key of the plan's area a code falls in (`liuzhou`, `guizhou`, …), or null. */
export function areaOf(code) {
  for (const [key, area] of Object.entries(AREAS)) {
    if (code.startsWith(area.prefix)) return key;
  }
  return null;
}

/** The measures a unit reports, in registry order. */
export function measuresFor(unit) {
  const key = areaOf(unit.code);
  const sets = key ? AREAS[key] : OTHER_AREAS;
  return ordered(sets[unit.level]);
}

/**
 * The generator's topics: a curve (`kind`) that draws the figures of `measures`. What a topic aims
 * at in an area (threshold, deadline, and for running totals the area's figure) is the area's target
 * that reads one of its measures (`topicAim`). The rest is the sample's choice: `max` the ceiling of
 * a share; `perUnit` a unit's usual part of a running total when no share of an area's figure is
 * known; `elsewhere` what the trend aims at where no plan of the area sets the target.
 */
export const TOPICS = {
  'facility-new': { kind: 'level', measures: ['residential_new.facility_area_m2'], elsewhere: { threshold: 20, due: 'ongoing' } },
  'facility-existing': { kind: 'level', measures: ['residential_existing.facility_area_m2'], elsewhere: { threshold: 15, due: '2025-12' } },
  'existing-200m2': { kind: 'level', measures: ['residential_existing.areas_with_200m2'], max: 100, elsewhere: { threshold: 100, due: '2025-12' } },
  centralized: { kind: 'level', measures: ['special_poor.centralized', 'special_poor.elderly_centralized'], max: 100, elsewhere: { threshold: 100, due: 'ongoing' } },
  'township-center': { kind: 'level', measures: ['townships.with_regional_center', 'townships.towns_with_standard_center'], max: 100, elsewhere: { threshold: 60, due: '2025-12' } },
  'subdistrict-center': { kind: 'level', measures: ['urban_subdistricts.with_comprehensive_center'], max: 100, elsewhere: { threshold: 100, due: '2025-12' } },
  'community-day-care': { kind: 'level', measures: ['urban_communities.with_day_care'], max: 100, elsewhere: { threshold: 100, due: '2025-12' } },
  'village-mutual-aid': { kind: 'level', measures: ['villages.with_mutual_aid'], max: 100, elsewhere: { threshold: 85, due: '2025-12' } },
  'nursing-beds': { kind: 'level', measures: ['beds.nursing_type'], max: 100, elsewhere: { threshold: 60, due: '2025-12' } },
  'county-inst-grade': { kind: 'level', measures: ['public_institutions.county_rated_grade2_plus'], max: 100, elsewhere: { threshold: 80, due: '2025-12' } },
  'township-inst-grade': { kind: 'level', measures: ['public_institutions.township_rated_grade1_plus'], max: 100, elsewhere: { threshold: 80, due: '2025-12' } },
  'inst-grade-required': { kind: 'level', measures: ['public_institutions.county_rated_required', 'public_institutions.township_rated_required'], max: 100, elsewhere: { threshold: 80, due: '2025-12' } },
  'staff-trained': { kind: 'level', measures: ['staff.directors_trained', 'staff.caregivers_trained'], max: 100, elsewhere: { threshold: 100, due: '2025-12' } },
  'social-workers': { kind: 'level', measures: ['staff.social_workers'], elsewhere: { threshold: 1, due: 'ongoing' } },
  'lottery-share': { kind: 'level', measures: ['lottery.elderly_care'], max: 100, elsewhere: { threshold: 55, due: 'ongoing' } },
  visits: { kind: 'level', measures: ['special_difficulty_elderly.visited_this_month'], max: 100, elsewhere: { threshold: 100, due: 'ongoing' } },
  'land-per-capita': { kind: 'level', measures: ['planning.community_facility_land_m2'], elsewhere: { threshold: 0.1, due: 'ongoing' } },
  'health-records': { kind: 'level', measures: ['health.records_65plus'], max: 100, elsewhere: { threshold: 60, due: 'ongoing' } },
  'satisfaction-sample': { kind: 'level', measures: ['purchased_services.sampled'], max: 100, elsewhere: { threshold: 20, due: 'ongoing' } },
  'satisfaction-rate': { kind: 'level', measures: ['purchased_services.satisfied'], max: 100, elsewhere: { threshold: 90, due: 'ongoing' } },
  'high-age': { kind: 'level', measures: ['high_age_allowance.recipients'], max: 100, elsewhere: { threshold: 100, due: 'ongoing' } },
  'care-institution': { kind: 'count', measures: ['institutions.county_disability_care'], elsewhere: { threshold: 1, due: '2025-12' } },
  'layout-plan': { kind: 'boolean', measures: ['planning.layout_plan_completed'], elsewhere: { due: '2024-12' } },
  network: { kind: 'boolean', measures: ['network.three_level_established'], elsewhere: { due: '2025-12' } },
  database: { kind: 'boolean', measures: ['registry.special_difficulty_database'], elsewhere: { due: '2025-12' } },
  'smart-platform': { kind: 'boolean', measures: ['smart_care.platform_built'], elsewhere: { due: '2025-12' } },
  'home-adaptation': { kind: 'cumulative', measures: ['home_adaptation.households_cumulative', 'home_adaptation.special_difficulty_cumulative'], perUnit: 600, elsewhere: { due: '2025-12' } },
  'caregiver-training': { kind: 'cumulative', measures: ['training.caregiver_person_times_cumulative'], perUnit: 1000, elsewhere: { due: '2025-12' } },
  'street-complex-demos': { kind: 'cumulative', measures: ['demonstration.street_service_complexes'], perUnit: 1, elsewhere: { due: '2025-12' } },
  'home-network-demos': { kind: 'cumulative', measures: ['demonstration.home_community_networks'], perUnit: 1, elsewhere: { due: '2025-12' } },
  'rural-demos': { kind: 'cumulative', measures: ['demonstration.rural_mutual_aid_points'], perUnit: 3, elsewhere: { due: '2025-12' } },
  'home-visit-demos': { kind: 'cumulative', measures: ['demonstration.home_visit_service_points'], perUnit: 3, elsewhere: { due: '2025-12' } },
  'home-care-sites': { kind: 'cumulative', measures: ['home_care.sites_built_since_2020_10'], perUnit: 6, elsewhere: { due: '2025-12' } },
  'settlement-points': { kind: 'cumulative', measures: ['meal_service.settlement_points'], perUnit: 2, elsewhere: { due: '2025-12' } },
  'smart-monitoring': { kind: 'cumulative', measures: ['smart_care.monitored_households'], perUnit: 80, elsewhere: { due: '2025-12' } },
  'emergency-devices': { kind: 'cumulative', measures: ['smart_care.emergency_devices_since_2020_10'], perUnit: 120, elsewhere: { due: '2025-12' } },
  'training-sessions': { kind: 'ytd', measures: ['training.sessions_ytd'], perUnit: 4, elsewhere: {} },
  'training-person-times': { kind: 'ytd', measures: ['training.person_times_ytd'], perUnit: 1800, elsewhere: {} },
};

/** The first target of an area that reads one of the topic's measures and sets a rule (an indicator sets none). */
function targetOf(topic, areaKey) {
  const area = synthCatalog().areas.find((a) => a.key === areaKey);
  const reads = new Set(TOPICS[topic].measures);
  return area?.targets.find((t) => t.rule && (t.formula?.numerator ?? []).some((id) => reads.has(id))) ?? null;
}

/**
 * What a topic aims at in an area: `threshold` (for running totals, the area's figure, or
 * undefined where no plan sets one), `due` a deadline's month (`YYYY-MM`), or `ongoing`, or undefined
 * for an each-year figure.
 */
export function topicAim(topic, areaKey) {
  const target = targetOf(topic, areaKey);
  if (!target) return { threshold: undefined, due: undefined, ...TOPICS[topic].elsewhere };
  const deadline = String(target.deadline);
  const due = deadline === 'ongoing' ? 'ongoing' : /^\d{4}-\d{2}/.test(deadline) ? deadline.slice(0, 7) : undefined;
  return { threshold: target.rule.threshold, due };
}
