// The layers of src/ and the one direction of their imports, checked by `npm test` (npm run imports):
//
//   boot/launch, boot/bundle-entry   the entry: start-up machinery
//   program.ts                       commander wiring
//   commands/                        one file per command: load → validate → evaluate → report
//   load/  validate/  core/  report/  output/
//   i18n/                            words only
//   shared/                          low-level types and helpers (YAML positions, problems' shape, errors, io)
//
// A type-only import counts as an import (tsPreCompilationDeps), except where a rule says otherwise.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module reaches itself through its imports.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-is-the-floor',
      severity: 'error',
      comment: 'shared/ is below every layer: it imports only shared/ (and types: the shape of a message names the keys of i18n/problems.ts, a position is a core type).',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'i18n-imports-only-types',
      severity: 'error',
      comment: 'i18n/ holds words: it imports other i18n/ files, shared/, and nothing else but types.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|shared)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core/ knows nothing of files, words or formats: it imports core/ and shared/ only.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/(core|shared)/' },
    },
    {
      name: 'core-no-io',
      severity: 'error',
      comment: 'core/ reads no file and prints nothing: no node: module, no package.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'validate-below-load',
      severity: 'error',
      comment: 'validate/ turns parsed data into problems: it reads no file and knows no command or format (it may use the prebuilt validators of boot/).',
      from: { path: '^src/validate/' },
      to: { path: '^src/(load|commands|report|output|program\\.ts)|^src/boot/(?!compiled-validators)' },
    },
    {
      name: 'load-below-commands',
      severity: 'error',
      comment: 'load/ reads files (and checks what it read with validate/); it knows no command, format or output (the catalog snapshot of boot/ is its one way into the fence).',
      from: { path: '^src/load/', pathNot: '^src/load/parallel/worker-entry\\.cts$' },
      to: { path: '^src/(commands|report|output|program\\.ts)|^src/boot/(?!snapshot)' },
    },
    {
      name: 'worker-entry-through-the-launcher',
      severity: 'error',
      comment: 'A load worker thread starts as the CLI does, through the launcher (the bundle from its code cache); of boot/, its entry script uses the launcher only.',
      from: { path: '^src/load/parallel/worker-entry\\.cts$' },
      to: { path: '^src/(commands|report|output|program\\.ts)|^src/boot/(?!snapshot|launch\\.cts$)' },
    },
    {
      name: 'report-below-commands',
      severity: 'error',
      comment: 'report/ turns findings into text or bytes: it reads no file and validates nothing.',
      from: { path: '^src/report/' },
      to: { path: '^src/(load|validate|commands|output|boot|program\\.ts)' },
    },
    {
      name: 'output-below-commands',
      severity: 'error',
      comment: 'output/ writes files: it knows no format, command or input.',
      from: { path: '^src/output/' },
      to: { path: '^src/(load|validate|report|commands|boot|program\\.ts)' },
    },
    {
      name: 'output-given-its-words',
      severity: 'error',
      comment: 'output/ is handed its messages in the run\'s language (OutputMessages, made by the command): the language threads through nothing below the commands.',
      from: { path: '^src/output/' },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'output-core-types-only',
      severity: 'error',
      from: { path: '^src/output/' },
      to: { path: '^src/core/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'commands-below-program',
      severity: 'error',
      comment: 'Only program.ts (and other commands) import a command; a command imports neither program.ts nor the start-up machinery.',
      from: { path: '^src/', pathNot: '^src/(commands/|program\\.ts)' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'commands-not-up',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: { path: '^src/(program\\.ts|boot/)' },
    },
    {
      name: 'program-from-the-entry-only',
      severity: 'error',
      comment: 'program.ts is imported by the bundle entry alone.',
      from: { path: '^src/', pathNot: '^src/boot/bundle-entry\\.ts$' },
      to: { path: '^src/program\\.ts$' },
    },
    {
      name: 'boot-fence',
      severity: 'error',
      comment: 'Behind the fence, only the entry (launch, bundle-entry) reaches up; the rest of boot/ (snapshot, stamps, validators, streams) stands on shared/.',
      from: { path: '^src/boot/', pathNot: '^src/boot/(bundle-entry\\.ts|launch\\.cts)$' },
      to: { path: '^src/', pathNot: '^src/(boot|shared)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.cts', '.js', '.cjs'] },
  },
};
