// Live heap after each step of a check (forced GC), and the peak RSS so far: bench/cost-phases.mjs,
// which also gives each step's CPU time, on one folder, with the workbook when OUT.xlsx is given.
//
//   node --expose-gc bench/memory-phases.mjs DIR [OUT.xlsx]
const [dir, xlsx] = process.argv.slice(2);
process.argv.splice(2, process.argv.length, ...(xlsx ? ['--xlsx', xlsx] : []), dir);
await import('./cost-phases.mjs');
