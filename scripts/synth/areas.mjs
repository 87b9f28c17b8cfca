// Which measures a unit reports, and the thresholds its trends are drawn against: both follow
// the documents of the unit's area (spec/targets.md). Units outside the five areas report the
// union of the county sets (counties) or the usual own-account figures (cities, provinces).

/** Every measure, in the order of data/measures.yaml: files list their groups in this order. */
export const MEASURE_IDS = [
  'population.elderly_60plus', 'population.elderly_65plus', 'population.elderly_80plus', 'population.residents',
  'residential_new.households', 'residential_new.facility_area_m2',
  'residential_existing.households', 'residential_existing.facility_area_m2',
  'residential_existing.areas', 'residential_existing.areas_with_200m2',
  'townships.total', 'townships.towns', 'townships.towns_with_standard_center', 'townships.with_regional_center',
  'urban_subdistricts.total', 'urban_subdistricts.with_comprehensive_center',
  'urban_communities.total', 'urban_communities.with_day_care',
  'villages.total', 'villages.with_mutual_aid',
  'beds.total', 'beds.nursing_type',
  'institutions.county_disability_care',
  'public_institutions.county_total', 'public_institutions.county_rated_grade2_plus',
  'public_institutions.county_rated_required', 'public_institutions.township_total',
  'public_institutions.township_rated_grade1_plus', 'public_institutions.township_rated_required',
  'special_poor.willing_centralized', 'special_poor.centralized',
  'special_poor.elderly_willing_centralized', 'special_poor.elderly_centralized',
  'special_difficulty_elderly.total', 'special_difficulty_elderly.visited_this_month',
  'lottery.welfare_fund', 'lottery.elderly_care',
  'home_adaptation.households_cumulative', 'home_adaptation.special_difficulty_cumulative',
  'staff.directors', 'staff.directors_trained', 'staff.caregivers', 'staff.caregivers_trained', 'staff.social_workers',
  'training.caregiver_person_times_cumulative', 'training.sessions_ytd', 'training.person_times_ytd',
  'planning.layout_plan_completed', 'planning.community_facility_land_m2',
  'network.three_level_established',
  'demonstration.street_service_complexes', 'demonstration.home_community_networks',
  'demonstration.rural_mutual_aid_points', 'demonstration.home_visit_service_points',
  'smart_care.platform_built', 'smart_care.monitored_households', 'smart_care.emergency_devices',
  'smart_care.emergency_devices_since_2020_10',
  'home_care.sites', 'home_care.sites_built_since_2020_10', 'meal_service.settlement_points', 'health.records_65plus',
  'purchased_services.delivered', 'purchased_services.sampled', 'purchased_services.satisfied',
  'registry.special_difficulty_database', 'high_age_allowance.eligible', 'high_age_allowance.recipients',
];

const POPULATION = ['population.elderly_60plus', 'population.elderly_65plus', 'population.elderly_80plus', 'population.residents'];
const LOTTERY = ['lottery.welfare_fund', 'lottery.elderly_care'];
const RESIDENTIAL_NEW = ['residential_new.households', 'residential_new.facility_area_m2'];

/**
 * The five documents' areas (as the catalog data/policies reads them, which adds
 * guilin-2020/centralized-support to targets.md). `county` lists what every county-level unit reports; `city` and
 * `province` what the own accounts report (the per-level targets and the whole-area figures
 * that only that level holds).
 */
export const AREAS = {
  liuzhou: {
    prefix: '4502',
    county: [
      ...POPULATION, ...RESIDENTIAL_NEW,
      'residential_existing.households', 'residential_existing.facility_area_m2',
      'townships.total', 'townships.with_regional_center',
      'institutions.county_disability_care',
      'public_institutions.county_total', 'public_institutions.county_rated_grade2_plus',
      'public_institutions.township_total', 'public_institutions.township_rated_grade1_plus',
      'special_poor.willing_centralized', 'special_poor.centralized',
      ...LOTTERY,
      'home_adaptation.households_cumulative',
      'staff.directors', 'staff.directors_trained', 'staff.social_workers',
      'training.caregiver_person_times_cumulative',
      'network.three_level_established',
      'demonstration.street_service_complexes', 'demonstration.home_community_networks',
    ],
    // the city's own welfare home (its directors and social workers), its own training classes and
    // model networks; Liuzhou's lottery clause addresses the counties only
    city: [
      'staff.directors', 'staff.directors_trained', 'staff.social_workers',
      'training.caregiver_person_times_cumulative', 'demonstration.home_community_networks',
    ],
    province: [...LOTTERY],
  },
  guizhou: {
    prefix: '52',
    county: [
      ...POPULATION, ...RESIDENTIAL_NEW,
      'townships.total', 'townships.towns', 'townships.towns_with_standard_center', 'townships.with_regional_center',
      'institutions.county_disability_care',
      'special_difficulty_elderly.total', 'special_difficulty_elderly.visited_this_month',
      ...LOTTERY,
      'planning.layout_plan_completed', 'planning.community_facility_land_m2',
      'demonstration.rural_mutual_aid_points', 'demonstration.home_visit_service_points',
    ],
    city: [...LOTTERY, 'planning.layout_plan_completed'],
    province: [...LOTTERY, 'smart_care.platform_built'],
  },
  yichun: {
    prefix: '3609',
    county: [
      ...POPULATION,
      'urban_subdistricts.total', 'urban_subdistricts.with_comprehensive_center',
      'urban_communities.total', 'urban_communities.with_day_care',
      'villages.total', 'villages.with_mutual_aid',
      'beds.total', 'beds.nursing_type',
      'institutions.county_disability_care',
      'public_institutions.county_total', 'public_institutions.county_rated_required',
      'public_institutions.township_total', 'public_institutions.township_rated_required',
      'special_poor.elderly_willing_centralized', 'special_poor.elderly_centralized',
      ...LOTTERY,
      'home_adaptation.households_cumulative', 'home_adaptation.special_difficulty_cumulative',
      'staff.directors', 'staff.directors_trained', 'staff.caregivers', 'staff.caregivers_trained',
    ],
    // the city's own welfare home: its beds and staff count in the whole-area shares
    city: [...LOTTERY, 'beds.total', 'beds.nursing_type', 'staff.directors', 'staff.directors_trained', 'staff.caregivers', 'staff.caregivers_trained'],
    province: [...LOTTERY],
  },
  guilin: {
    prefix: '4503',
    county: [
      ...POPULATION, ...RESIDENTIAL_NEW,
      'residential_existing.areas', 'residential_existing.areas_with_200m2',
      'smart_care.monitored_households', 'smart_care.emergency_devices', 'smart_care.emergency_devices_since_2020_10',
      'home_care.sites', 'home_care.sites_built_since_2020_10', 'meal_service.settlement_points', 'health.records_65plus',
      'purchased_services.delivered', 'purchased_services.sampled', 'purchased_services.satisfied',
      'registry.special_difficulty_database',
      'special_poor.willing_centralized', 'special_poor.centralized',
      // the city runs the caregiver training classes: the counties report theirs, none
      'training.sessions_ytd', 'training.person_times_ytd',
    ],
    // the city runs the training classes, and its smart-care system hands out devices of its own (三(八))
    city: [
      ...LOTTERY, 'training.sessions_ytd', 'training.person_times_ytd',
      'smart_care.monitored_households', 'smart_care.emergency_devices', 'smart_care.emergency_devices_since_2020_10',
      'meal_service.settlement_points',
    ],
    province: [...LOTTERY],
  },
  chaoyang: {
    prefix: '2113',
    county: [...POPULATION, ...LOTTERY, 'high_age_allowance.eligible', 'high_age_allowance.recipients'],
    city: [...LOTTERY],
    province: [...LOTTERY],
  },
};

const ORDER = new Map(MEASURE_IDS.map((id, i) => [id, i]));
function ordered(ids) {
  return [...new Set(ids)].sort((a, b) => (ORDER.get(a) ?? 1e9) - (ORDER.get(b) ?? 1e9));
}

const OTHER_AREAS = {
  county: ordered(Object.values(AREAS).flatMap((a) => a.county)),
  city: [...LOTTERY, 'planning.layout_plan_completed'],
  province: [...LOTTERY, 'smart_care.platform_built'],
};

/** The key of the document area a code falls in (`liuzhou`, `guizhou`, …), or null. */
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
 * What the trends aim at. `threshold` per area (`default` elsewhere); `due` the deadline's month,
 * or `ongoing`; `max` the ceiling of a share. Cumulative topics also give `total`, the area's
 * figure to reach, and `perUnit`, a unit's usual part when no share of the area is known.
 */
export const TOPICS = {
  'facility-new': { kind: 'level', threshold: { default: 20, guilin: 15 }, due: 'ongoing' },
  'facility-existing': { kind: 'level', threshold: { default: 15 }, due: '2025-12' },
  'existing-200m2': { kind: 'level', threshold: { default: 100 }, due: { default: '2025-12', guilin: '2020-12' }, max: 100 },
  centralized: { kind: 'level', threshold: { default: 100 }, due: 'ongoing', max: 100 },
  'township-center': { kind: 'level', threshold: { default: 60 }, due: '2025-12', max: 100 },
  'subdistrict-center': { kind: 'level', threshold: { default: 100 }, due: '2025-12', max: 100 },
  'community-day-care': { kind: 'level', threshold: { default: 100 }, due: '2025-12', max: 100 },
  'village-mutual-aid': { kind: 'level', threshold: { default: 85 }, due: '2025-12', max: 100 },
  'nursing-beds': { kind: 'level', threshold: { default: 60 }, due: '2025-12', max: 100 },
  'county-inst-grade': { kind: 'level', threshold: { default: 80 }, due: '2025-12', max: 100 },
  'township-inst-grade': { kind: 'level', threshold: { default: 80 }, due: '2025-12', max: 100 },
  'inst-grade-required': { kind: 'level', threshold: { default: 80 }, due: '2025-12', max: 100 },
  'staff-trained': { kind: 'level', threshold: { default: 100 }, due: '2025-12', max: 100 },
  'social-workers': { kind: 'level', threshold: { default: 1 }, due: { default: 'ongoing', liuzhou: '2025-12' } },
  'lottery-share': { kind: 'level', threshold: { default: 55, guilin: 70 }, due: 'ongoing', max: 100 },
  visits: { kind: 'level', threshold: { default: 100 }, due: { default: 'ongoing', guizhou: '2025-12' }, max: 100 },
  'land-per-capita': { kind: 'level', threshold: { default: 0.1 }, due: 'ongoing' },
  'health-records': { kind: 'level', threshold: { default: 60 }, due: 'ongoing', max: 100 },
  'satisfaction-sample': { kind: 'level', threshold: { default: 20 }, due: 'ongoing', max: 100 },
  'satisfaction-rate': { kind: 'level', threshold: { default: 90 }, due: 'ongoing', max: 100 },
  'high-age': { kind: 'level', threshold: { default: 100 }, due: 'ongoing', max: 100 },
  'care-institution': { kind: 'count', threshold: { default: 1 }, due: '2025-12' },
  'layout-plan': { kind: 'boolean', due: '2024-12' },
  network: { kind: 'boolean', due: '2025-12' },
  database: { kind: 'boolean', due: { default: '2025-12', guilin: '2020-12' } },
  'smart-platform': { kind: 'boolean', due: '2025-12' },
  'home-adaptation': { kind: 'cumulative', total: { liuzhou: 6040, yichun: 8000 }, perUnit: 600, due: '2025-12' },
  'caregiver-training': { kind: 'cumulative', total: { liuzhou: 10000 }, perUnit: 1000, due: '2025-12' },
  'street-complex-demos': { kind: 'cumulative', total: { liuzhou: 10 }, perUnit: 1, due: '2025-12' },
  'home-network-demos': { kind: 'cumulative', total: { liuzhou: 2 }, perUnit: 1, due: '2025-12' },
  'rural-demos': { kind: 'cumulative', total: { guizhou: 100 }, perUnit: 3, due: '2025-12' },
  'home-visit-demos': { kind: 'cumulative', total: { guizhou: 100 }, perUnit: 3, due: '2025-12' },
  'home-care-sites': { kind: 'cumulative', total: { guilin: 10 }, perUnit: 6, due: { default: '2025-12', guilin: '2022-10' } },
  'settlement-points': { kind: 'cumulative', total: { guilin: 20 }, perUnit: 2, due: { default: '2025-12', guilin: '2021-12' } },
  'smart-monitoring': { kind: 'cumulative', total: { guilin: 1000 }, perUnit: 80, due: { default: '2025-12', guilin: '2021-12' } },
  'emergency-devices': { kind: 'cumulative', total: { guilin: 2000 }, perUnit: 120, due: { default: '2025-12', guilin: '2021-12' } },
  'training-sessions': { kind: 'ytd', total: { guilin: 4 }, perUnit: 4 },
  'training-person-times': { kind: 'ytd', total: { guilin: 1800 }, perUnit: 1800 },
};

/** A topic's setting for an area: `{default, guilin: …}` objects resolve to the area's value. */
export function forArea(setting, areaKey) {
  if (setting === null || typeof setting !== 'object') return setting;
  if (areaKey && areaKey in setting) return setting[areaKey];
  return setting.default;
}
