// The synthetic-figure generator: the bundled sample set and any larger benchmark set use it.
export { mulberry32, hashSeed, rngFor, uniform, intBetween, logUniform, pick } from './random.mjs';
export { monthIndex, periodOf, periodsBetween } from './periods.mjs';
export { levelOf, countyKind, parseDivisions, unitsFor } from './units.mjs';
export { AREAS, MEASURE_IDS, TOPICS, areaOf, measuresFor, topicAim } from './areas.mjs';
export { synthCatalog } from './catalog.mjs';
export { TRENDS } from './trends.mjs';
export { DEFAULT_ANCHOR, areaShares, synthUnitPeriod, unitBase, unitModel } from './unit-model.mjs';
export { MODELINE, toYaml } from './to-yaml.mjs';
