// One unit's figures over time: draw its fixed traits once, then read any period off the model.

import { TOPICS, areaOf, measuresFor, topicAim } from './areas.mjs';
import { monthIndex } from './periods.mjs';
import { hashSeed, intBetween, logUniform, mulberry32, uniform } from './random.mjs';
import {
  booleanTrend, countTrend, cumulativeFactors, jitter, levelTrend, runningTotal, yearFactor, yearToDate,
} from './trends.mjs';
import { countyKind } from './units.mjs';

export const DEFAULT_ANCHOR = '2025-06';

const round1 = (x) => Math.round(x * 10) / 10;

/**
 * The traits of a unit that do not follow a trend: population, counts of townships and villages,
 * sizes. Draws from `rng` in a fixed order, so that `unitModel` with a generator seeded the same
 * way sees the same traits.
 */
export function unitBase(unit, rng) {
  const kind = unit.level === 'county' ? countyKind(unit.name) : unit.level;
  const district = kind === 'district';
  const residents = Math.round(district ? logUniform(rng, 200e3, 900e3) : logUniform(rng, 250e3, 1.5e6));
  const share60 = uniform(rng, 0.18, 0.25);
  const townships = intBetween(rng, 8, 25);
  const beds = Math.round(Math.min(4500, Math.max(300, residents * share60 * uniform(rng, 0.008, 0.02))));
  const base = {
    kind,
    residents,
    residentsGrowth: uniform(rng, -0.0005, 0.001),
    share60,
    share65: uniform(rng, 0.68, 0.76),
    share80: uniform(rng, 0.17, 0.22),
    elderlyGrowth: uniform(rng, 0.0015, 0.003),
    townships,
    subdistricts: district ? intBetween(rng, 4, 12) : intBetween(rng, 1, 4),
    communities: district ? intBetween(rng, 30, 110) : intBetween(rng, 8, 35),
    villages: district ? intBetween(rng, 15, 90) : intBetween(rng, 90, 320),
    newHouseholds: intBetween(rng, 3000, 25000),
    newGrowth: uniform(rng, 0.003, 0.01),
    existingHouseholds: Math.round((residents / 2.8) * uniform(rng, 0.25, 0.5)),
    existingAreas: intBetween(rng, 25, 160),
    beds,
    bedGrowth: uniform(rng, 0.001, 0.005),
    countyInstitutions: intBetween(rng, 1, 2),
    townshipInstitutions: Math.max(3, Math.round(townships * uniform(rng, 0.5, 0.9))),
    privateHomes: intBetween(rng, 2, 15),
    caregiverRatio: uniform(rng, 0.12, 0.2),
    willingCentralized: intBetween(rng, 120, 800),
    difficultyShare: uniform(rng, 0.012, 0.03),
    purchased: intBetween(rng, 120, 900),
    fund: uniform(rng, 180, 1200),
    fundGrowth: uniform(rng, -0.05, 0.12),
    quotaWeight: uniform(rng, 0.6, 1.4),
  };
  if (unit.level === 'city') {
    base.fund = uniform(rng, 1500, 6000);
    base.beds = intBetween(rng, 400, 900);
    base.countyInstitutions = 1;
    base.townshipInstitutions = 0;
    base.privateHomes = intBetween(rng, 0, 1);
  } else if (unit.level === 'province') {
    base.fund = uniform(rng, 25000, 60000);
  }
  return base;
}

/**
 * Each county unit's share of its area's running totals (home adaptation, demonstration
 * points, …), in proportion to its older population; own accounts get 1. `rngOf(code)` must
 * return the generator that will be handed to `unitModel` for that unit.
 */
export function areaShares(units, rngOf) {
  const weights = new Map();
  const sums = new Map();
  for (const unit of units) {
    if (unit.level !== 'county') continue;
    const base = unitBase(unit, rngOf(unit.code));
    const w = base.residents * base.share60;
    const key = areaOf(unit.code) ?? unit.code.slice(0, 4);
    weights.set(unit.code, [key, w]);
    sums.set(key, (sums.get(key) ?? 0) + w);
  }
  const out = new Map();
  for (const unit of units) {
    const entry = weights.get(unit.code);
    out.set(unit.code, entry ? entry[1] / sums.get(entry[0]) : 1);
  }
  return out;
}

/**
 * A unit's model. `rng`: a generator seeded for this unit alone (`rngFor(seed, unit.code)`), so
 * that the unit's traits are the same whatever else is generated. `profile`:
 *   trend      the default trend of every topic (trends.mjs; default `on-pace`)
 *   topics     {topic: trend} overrides (topics: areas.mjs TOPICS)
 *   share      the unit's share of the area's running totals (number, or {topic: number});
 *              without it, a unit's usual part (`perUnit`)
 *   omit       measure ids never reported
 *   omitIn     {period: [measure ids]} not reported in that period
 *   startsIn   {measure id or group: period} first reported then
 *   skip       periods with no file at all
 * `options`: anchor (the period the trends are set against, default 2025-06), seed (for the
 * area-wide factors, default 1), measures (the ids to report; default measuresFor(unit)).
 */
export function unitModel(unit, rng, profile = {}, options = {}) {
  const anchor = monthIndex(options.anchor ?? DEFAULT_ANCHOR);
  const seed = options.seed ?? 1;
  const areaKey = areaOf(unit.code);
  const base = unitBase(unit, rng);
  const salt = Math.floor(rng() * 4294967296);
  const measureIds = options.measures ?? measuresFor(unit);

  const trendOf = (topic) => profile.topics?.[topic] ?? profile.trend ?? 'on-pace';
  const topicRng = (topic) => mulberry32(hashSeed(salt, topic));
  const topicSeed = (topic) => hashSeed(salt, topic, 'jitter');
  const spec = (topic) => {
    const { threshold, due } = topicAim(topic, areaKey);
    return {
      threshold,
      max: TOPICS[topic].max,
      due: due === undefined || due === 'ongoing' ? null : monthIndex(due),
    };
  };
  const shareOf = (topic) => {
    const s = profile.share;
    if (typeof s === 'number') return s;
    if (s && typeof s === 'object' && topic in s) return s[topic];
    if (s && typeof s === 'object' && 'default' in s) return s.default;
    return null;
  };
  const scaleOf = (topic) => {
    const total = topicAim(topic, areaKey).threshold;
    const share = shareOf(topic);
    if (total !== undefined && share !== null) return total * share;
    return TOPICS[topic].perUnit * base.quotaWeight;
  };

  const cache = new Map();
  const memo = (topic, make) => {
    if (!cache.has(topic)) cache.set(topic, make());
    return cache.get(topic);
  };
  const paceRng = (topic) => mulberry32(hashSeed(seed, 'pace', areaKey ?? '-', topic, trendOf(topic)));
  const level = (topic) =>
    memo(topic, () => levelTrend(trendOf(topic), spec(topic), topicRng(topic), anchor, paceRng(topic)));
  const count = (topic) => memo(topic, () => countTrend(trendOf(topic), spec(topic), topicRng(topic), anchor));
  const bool = (topic) => memo(topic, () => booleanTrend(trendOf(topic), spec(topic), topicRng(topic), anchor));
  const running = (topic) =>
    memo(topic, () => {
      const due = spec(topic).due ?? anchor + 6;
      const factors = cumulativeFactors(trendOf(topic), topic, areaKey, due, anchor, seed);
      return runningTotal(factors, scaleOf(topic), topicSeed(topic), anchor);
    });
  const ytd = (topic) =>
    memo(topic, () => {
      const scale = scaleOf(topic);
      const anchorYear = Math.floor(anchor / 12);
      const annual = (year) => scale * yearFactor(trendOf(topic), topic, areaKey, year, anchorYear, seed);
      return yearToDate(annual, topicSeed(topic));
    });

  const dt = (t) => t - anchor;
  const residents = (t) => Math.round(base.residents * (1 + base.residentsGrowth * dt(t)));
  const e60 = (t) => Math.round(base.residents * base.share60 * (1 + base.elderlyGrowth * dt(t)));
  const e65 = (t) => Math.round(e60(t) * base.share65);
  const e80 = (t) => Math.round(e65(t) * base.share80);
  const partOf = (whole, percent) => Math.min(whole, Math.max(0, Math.round((whole * percent) / 100)));
  const newHouseholds = (t) => Math.max(500, Math.round(base.newHouseholds * (1 + base.newGrowth * dt(t))));
  const beds = (t) => Math.round(base.beds * (1 + base.bedGrowth * dt(t)));
  const caregivers = (t) => Math.max(3, Math.round(beds(t) * base.caregiverRatio));
  const directors = base.countyInstitutions + base.townshipInstitutions + base.privateHomes;
  const difficulty = (t) => Math.round(e60(t) * base.difficultyShare);
  const delivered = (t) => Math.round(base.purchased * (0.85 + 0.3 * jitter(salt, t)));
  const fund = (t) => round1(base.fund * (1 + base.fundGrowth) ** (Math.floor(t / 12) - Math.floor(anchor / 12)));
  const sampled = (t) => partOf(delivered(t), level('satisfaction-sample')(t));
  // townships without their sub-districts (街道): a district's sub-districts are among its townships
  const towns = Math.max(1, base.townships - Math.min(base.subdistricts, base.townships - 1));
  const regionalCenters = (t) => partOf(base.townships, level('township-center')(t));
  const willingElderly = Math.round(base.willingCentralized * 1.25);
  const eligible80 = (t) => Math.round(e80(t) * 1.03);
  const specialAdapted = (t) => Math.round(running('home-adaptation')(t));
  const devicesSince = (t) => Math.round(running('emergency-devices')(t));
  const sitesBuilt = (t) => Math.round(running('home-care-sites')(t));
  // a unit that reports the homes of elderly people in special difficulty also adapts others' (market adaptations)
  const adapted = (t) => (measureIds.includes('home_adaptation.special_difficulty_cumulative') ? Math.round(specialAdapted(t) * 1.18) : specialAdapted(t));

  /** @type {Record<string, (t: number) => number | boolean>} */
  const value = {
    'population.elderly_60plus': e60,
    'population.elderly_65plus': e65,
    'population.elderly_80plus': e80,
    'population.residents': residents,
    'residential_new.households': newHouseholds,
    'residential_new.facility_area_m2': (t) => round1((level('facility-new')(t) * newHouseholds(t)) / 100),
    'residential_existing.households': () => base.existingHouseholds,
    'residential_existing.facility_area_m2': (t) => round1((level('facility-existing')(t) * base.existingHouseholds) / 100),
    'residential_existing.areas': () => base.existingAreas,
    'residential_existing.areas_with_200m2': (t) => partOf(base.existingAreas, level('existing-200m2')(t)),
    'townships.total': () => base.townships,
    'townships.towns': () => towns,
    'townships.towns_with_standard_center': (t) => Math.min(regionalCenters(t), partOf(towns, level('township-center')(t))),
    'townships.with_regional_center': regionalCenters,
    'urban_subdistricts.total': () => base.subdistricts,
    'urban_subdistricts.with_comprehensive_center': (t) => partOf(base.subdistricts, level('subdistrict-center')(t)),
    'urban_communities.total': () => base.communities,
    'urban_communities.with_day_care': (t) => partOf(base.communities, level('community-day-care')(t)),
    'villages.total': () => base.villages,
    'villages.with_mutual_aid': (t) => partOf(base.villages, level('village-mutual-aid')(t)),
    'beds.total': beds,
    'beds.nursing_type': (t) => partOf(beds(t), level('nursing-beds')(t)),
    'institutions.county_disability_care': (t) => count('care-institution')(t),
    'public_institutions.county_total': () => base.countyInstitutions,
    'public_institutions.county_rated_grade2_plus': (t) => partOf(base.countyInstitutions, level('county-inst-grade')(t)),
    'public_institutions.county_rated_required': (t) => partOf(base.countyInstitutions, level('inst-grade-required')(t)),
    'public_institutions.township_total': () => base.townshipInstitutions,
    'public_institutions.township_rated_grade1_plus': (t) => partOf(base.townshipInstitutions, level('township-inst-grade')(t)),
    'public_institutions.township_rated_required': (t) => partOf(base.townshipInstitutions, level('inst-grade-required')(t)),
    'special_poor.willing_centralized': () => base.willingCentralized,
    'special_poor.centralized': (t) => partOf(base.willingCentralized, level('centralized')(t)),
    'special_poor.elderly_willing_centralized': () => willingElderly,
    'special_poor.elderly_centralized': (t) => partOf(willingElderly, level('centralized')(t)),
    'special_difficulty_elderly.total': difficulty,
    'special_difficulty_elderly.visited_this_month': (t) => partOf(difficulty(t), level('visits')(t)),
    'lottery.welfare_fund': fund,
    'lottery.elderly_care': (t) => Math.min(fund(t), round1((fund(t) * level('lottery-share')(t)) / 100)),
    'home_adaptation.households_cumulative': adapted,
    'home_adaptation.special_difficulty_cumulative': specialAdapted,
    'staff.directors': () => directors,
    'staff.directors_trained': (t) => partOf(directors, level('staff-trained')(t)),
    'staff.caregivers': caregivers,
    'staff.caregivers_trained': (t) => partOf(caregivers(t), level('staff-trained')(t)),
    // a county's social workers follow its elderly population; a city's own are those of its welfare home
    'staff.social_workers': (t) =>
      unit.level === 'county' ? Math.round((e60(t) / 1000) * level('social-workers')(t)) : Math.round(beds(t) / 40),
    'training.caregiver_person_times_cumulative': (t) => Math.round(running('caregiver-training')(t)),
    'training.sessions_ytd': (t) => Math.round(ytd('training-sessions')(t)),
    'training.person_times_ytd': (t) => Math.round(ytd('training-person-times')(t)),
    'planning.layout_plan_completed': (t) => bool('layout-plan')(t),
    'planning.community_facility_land_m2': (t) => round1(level('land-per-capita')(t) * residents(t)),
    'network.three_level_established': (t) => bool('network')(t),
    'demonstration.street_service_complexes': (t) => Math.round(running('street-complex-demos')(t)),
    'demonstration.home_community_networks': (t) => Math.round(running('home-network-demos')(t)),
    'demonstration.rural_mutual_aid_points': (t) => Math.round(running('rural-demos')(t)),
    'demonstration.home_visit_service_points': (t) => Math.round(running('home-visit-demos')(t)),
    'smart_care.platform_built': (t) => bool('smart-platform')(t),
    'smart_care.monitored_households': (t) => Math.round(running('smart-monitoring')(t)),
    // devices handed out before the pilot (2020-10-14) count in the stock, not in the pilot's task
    'smart_care.emergency_devices': (t) => devicesSince(t) + Math.round(40 * base.quotaWeight),
    'smart_care.emergency_devices_since_2020_10': devicesSince,
    'home_care.sites': (t) => sitesBuilt(t) + Math.round(2 * base.quotaWeight),
    'home_care.sites_built_since_2020_10': sitesBuilt,
    'meal_service.settlement_points': (t) => Math.round(running('settlement-points')(t)),
    'health.records_65plus': (t) => partOf(e65(t), level('health-records')(t)),
    'purchased_services.delivered': delivered,
    'purchased_services.sampled': sampled,
    'purchased_services.satisfied': (t) => partOf(sampled(t), level('satisfaction-rate')(t)),
    'registry.special_difficulty_database': (t) => bool('database')(t),
    // eligibility follows household registration: a few more registered than resident people aged 80+
    'high_age_allowance.eligible': eligible80,
    'high_age_allowance.recipients': (t) => partOf(eligible80(t), level('high-age')(t)),
  };

  const omit = new Set(profile.omit ?? []);
  const skip = new Set(profile.skip ?? []);
  const starts = Object.entries(profile.startsIn ?? {}).map(([key, period]) => [key, monthIndex(period)]);
  const startOf = (id) => {
    let from = -Infinity;
    for (const [key, t] of starts) if (id === key || id.startsWith(`${key}.`)) from = Math.max(from, t);
    return from;
  };

  return {
    unit,
    base,
    measureIds,
    /** The report of `period` as a plain object, or null when the unit skips it. */
    at(period) {
      if (skip.has(period)) return null;
      const t = monthIndex(period);
      const omitNow = new Set(profile.omitIn?.[period] ?? []);
      const measures = {};
      for (const id of measureIds) {
        if (omit.has(id) || omitNow.has(id) || t < startOf(id)) continue;
        const read = value[id];
        if (!read) throw new Error(`no generator for measure ${id}`);
        const [group, name] = id.split('.');
        (measures[group] ??= {})[name] = read(t);
      }
      return { unit: { code: unit.code, name: unit.name }, period, measures };
    },
  };
}

/** One unit's report for one period (see unitModel for the arguments); null for a skipped period. */
export function synthUnitPeriod(unit, period, rng, profile = {}, options = {}) {
  return unitModel(unit, rng, profile, options).at(period);
}
