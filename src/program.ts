import { Command, CommanderError, Help, Option } from 'commander';
import type { Io } from './shared/io.js';
import { CareCheckError, EXIT, InternalFault } from './shared/errors.js';
import { isLang, langFromEnv, localize, type Localized } from './i18n/index.js';
import { CLI_TEXT } from './i18n/cli.js';
import { localArgumentName, localPlaceholders } from './i18n/usage.js';
import { displayWidth, wrapText } from './shared/text-width.js';
import { terminalColumns } from './commands/terminal-width.js';
import type { Lang } from './core/types.js';
import { toolInfo } from './load/tool-info.js';
import { PARALLEL_MIN_FILES } from './load/parallel/sizes.js';
import type { GlobalOptions } from './commands/globals.js';
import { oneLine } from './report/printable.js';
import { DEFAULT_FORMAT, TEXT_FORMATS } from './report/index.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--lang` before or after the command name, else the locale. */
function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return langFromEnv(env);
}

/**
 * Wires the commands. Each command's module is imported inside its action, so that
 * `care-check --version` loads nothing but commander. Returns the exit code.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  const text = localize(CLI_TEXT, lang);
  let exitCode: number = EXIT.ok;

  const program = new Command('care-check')
    .description(text.description)
    .version(toolInfo().version, '-V, --version', text.versionOption)
    .helpOption('-h, --help', text.helpOption)
    .helpCommand('help [command]', text.helpCommand)
    .addOption(new Option('--lang <lang>', text.langOption).choices(['zh', 'en']))
    .option('--no-color', text.noColorOption)
    .showHelpAfterError(text.showHelp)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(text.commanderError(s)),
      getOutHelpWidth: () => terminalColumns(io) ?? 80,
      getErrHelpWidth: () => terminalColumns({ ...io, stdout: io.stderr }) ?? 80,
    })
    .configureHelp({
      styleTitle: (title) => text.helpTitles[title] ?? title,
      // the house's width rule (a Chinese character takes two columns), and wrapping that may break between them
      displayWidth: (s) => displayWidth(s),
      boxWrap: (s, width) => wrapText(s, width).join('\n'),
      // the usage line, the commands and the arguments with their placeholders in the run's language
      commandUsage(this: Help, cmd) {
        return localPlaceholders(Help.prototype.commandUsage.call(this, cmd), lang);
      },
      subcommandTerm(this: Help, cmd) {
        return localPlaceholders(Help.prototype.subcommandTerm.call(this, cmd), lang);
      },
      optionTerm(this: Help, option) {
        return localPlaceholders(Help.prototype.optionTerm.call(this, option), lang);
      },
      argumentTerm(this: Help, argument) {
        const term = Help.prototype.argumentTerm.call(this, argument);
        return term.replace(argument.name(), localArgumentName(argument.name(), lang));
      },
      // our descriptions already say the choices and defaults, in the user's language
      optionDescription: (option) => option.description,
    });

  const globals = (cmd: Command): GlobalOptions => {
    const opts = cmd.optsWithGlobals<{ lang?: Lang; color?: boolean }>();
    return { lang: opts.lang ?? lang, color: opts.color !== false };
  };

  program
    .command('check')
    .description(text.checkDescription)
    .argument('[paths...]', text.pathsArgument)
    .option('--as-of <date>', text.asOfOption)
    .option('--format <format>', text.formatOption(TEXT_FORMATS, DEFAULT_FORMAT))
    .option('--out <format=path>', text.outOption, collect)
    .option('--xlsx <path>', text.xlsxOption, collect)
    .option('--policies <dir>', text.policiesOption, collect)
    .option('--only <docs>', text.onlyOption)
    .option('--unit <codes>', text.unitOption)
    .option('--status <statuses>', text.statusOption)
    .option('--fail-on <statuses>', text.failOnOption)
    .option('--thresholds <list>', text.thresholdsOption)
    .option('--baseline <file>', text.baselineOption)
    .option('--jobs <n>', text.jobsOption(PARALLEL_MIN_FILES))
    .action(async (paths: string[], options: Record<string, unknown>, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, options, globals(cmd), io);
    });

  program
    .command('validate')
    .description(text.validateDescription)
    .argument('[paths...]', text.pathsArgument)
    .option('--format <format>', text.validateFormatOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .option('--jobs <n>', text.jobsOption(PARALLEL_MIN_FILES))
    .action(async (paths: string[], options: Record<string, unknown>, cmd: Command) => {
      const { runValidate } = await import('./commands/validate.js');
      exitCode = await runValidate(paths, options, globals(cmd), io);
    });

  program
    .command('policies')
    .description(text.policiesDescription)
    .argument('[doc]', text.docArgument)
    .option('--format <format>', text.policiesFormatOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .action(async (doc: string | undefined, options: Record<string, unknown>, cmd: Command) => {
      const { runPolicies } = await import('./commands/policies.js');
      exitCode = await runPolicies(doc, options, globals(cmd), io);
    });

  program
    .command('explain')
    .description(text.explainDescription)
    .argument('<target>', text.targetArgument)
    .option('--format <format>', text.policiesFormatOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .action(async (target: string, options: Record<string, unknown>, cmd: Command) => {
      const { runExplain } = await import('./commands/explain.js');
      exitCode = await runExplain(target, options, globals(cmd), io);
    });

  program
    .command('template')
    .description(text.templateDescription)
    .option('--area <code>', text.areaOption)
    .option('--code <codes>', text.codeOption, collect)
    .option('--period <period>', text.periodOption)
    .option('--output <file>', text.templateOutputOption)
    .option('--from <dir>', text.fromOption)
    .option('--also <measures>', text.alsoOption, collect)
    .option('--contact <text>', text.contactOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .action(async (options: Record<string, unknown>, cmd: Command) => {
      const { runTemplate } = await import('./commands/template.js');
      exitCode = await runTemplate(options, globals(cmd), io);
    });

  program
    .command('import')
    .description(text.importDescription)
    .argument('<file>', text.formFileArgument)
    .option('--output <dir>', text.importOutputOption)
    .option('--period <period>', text.importPeriodOption)
    .option('--force', text.forceOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .action(async (file: string, options: Record<string, unknown>, cmd: Command) => {
      const { runImport } = await import('./commands/import.js');
      exitCode = await runImport(file, options, globals(cmd), io);
    });

  program
    .command('init')
    .description(text.initDescription)
    .option('--code <codes>', text.codeOption, collect)
    .option('--area <code>', text.areaOption)
    .option('--period <period>', text.periodOption)
    .option('--output <path>', text.initOutputOption)
    .option('--policies <dir>', text.policiesOption, collect)
    .action(async (options: Record<string, unknown>, cmd: Command) => {
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(options, globals(cmd), io);
    });

  let code: number;
  try {
    await program.parseAsync(argv, { from: 'user' });
    code = exitCode;
  } catch (error) {
    code = errorExit(error, io, text, lang);
  }
  // Output cut short is a failed run whatever the checks said: a full disk, /dev/full.
  await io.stdout.flush?.();
  const failure = io.stdout.failure?.() ?? null;
  if (failure !== null) {
    io.stderr.write(`${text.stdoutFailed(failure.code ?? failure.message)}\n`);
    return code === EXIT.internal ? code : EXIT.input;
  }
  return code;
}

/** What a run that threw ends with: usage and input errors are one line and exit 2; anything else is a bug. */
function errorExit(error: unknown, io: Io, text: Localized<typeof CLI_TEXT>, lang: Lang): number {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; everything else commander refuses is bad usage.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof CareCheckError) {
    io.stderr.write(`care-check: ${oneLine(error.message)}\n`);
    return EXIT.input;
  }
  const debug = Boolean(io.env['DEBUG']);
  let detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  // a fault that says what failed in words of its own (a worker that died reading a file) says it in the run's language
  if (error instanceof InternalFault) detail = error.text[lang] + (debug && error.stack?.startsWith(error.message) ? error.stack.slice(error.message.length) : '');
  io.stderr.write(`${text.internalError(detail, debug)}\n`);
  return EXIT.internal;
}
