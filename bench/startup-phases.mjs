// Where a one-file check spends its start-up, step by step in one process (a profile of start-up
// is mostly module loading and JIT warm-up; this separates them).
//
//   node bench/startup-phases.mjs FILE.yaml
const t0 = performance.now();
const lap = (label, since) => console.log(label.padEnd(34), (performance.now() - since).toFixed(1).padStart(7), 'ms');
let t = performance.now();
await import('commander'); lap('import commander', t); t = performance.now();
await import('../dist/program.js'); lap('import program (+i18n)', t); t = performance.now();
await import('yaml'); lap('import yaml', t); t = performance.now();
await import('ajv/dist/2020.js'); lap('import ajv 2020', t); t = performance.now();
await import('ajv-formats'); await import('ajv-i18n/localize/zh/index.js'); lap('import ajv-formats, ajv-i18n zh', t); t = performance.now();
const check = await import('../dist/commands/check.js'); lap('import commands/check (rest of graph)', t); t = performance.now();
const { loadDivisions } = await import('../dist/load/divisions.js');
const { loadMeasures } = await import('../dist/load/measures.js');
const { loadPolicies } = await import('../dist/load/policies.js');
const divisions = loadDivisions(); lap('divisions table', t); t = performance.now();
const measures = loadMeasures(); lap('measure registry', t); t = performance.now();
const pol = await loadPolicies([], { lang: 'en', cwd: process.cwd(), divisions, measures }); lap(`policies (${pol.documents.length} docs, parse+schema)`, t); t = performance.now();
const { loadReports } = await import('../dist/load/reports.js');
const r = await loadReports([process.argv[2]], { cwd: process.cwd(), lang: 'en', divisions, measures }); lap('one file (incl. unit schema compile)', t); t = performance.now();
const r2 = await loadReports([process.argv[2]], { cwd: process.cwd(), lang: 'en', divisions, measures }); lap('same file again (compiled)', t); t = performance.now();
lap('TOTAL in process', t0);
