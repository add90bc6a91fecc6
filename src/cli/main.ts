import { Command, CommanderError, Option } from 'commander';
import { closest } from '../config/closest.js';
import { isUserError } from '../errors.js';
import {
  APPLY_EXAMPLES,
  CHECK_EXAMPLES,
  EXPLAIN_EXAMPLES,
  PRESETS_EXAMPLES,
  SEVERITY_HELP,
  VERIFY_EXAMPLES,
} from './help-text.js';
import { type Io, processIo, writeLine } from './io.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const PROGRAM_EXAMPLES = `
Examples:
  $ compose-harden                              # the wizard, on a terminal
  $ compose-harden check                        # report, exit 1 on findings
  $ compose-harden check --format sarif > results.sarif
  $ compose-harden apply --dry-run              # the diff apply would write
  $ compose-harden explain ports-loopback

Exit codes: 0 nothing to report, 1 findings (check), 2 usage or input error.
`;

/** Runs the CLI and resolves with the exit code: the one place that decides it. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const run = (command: (io: Io) => Promise<number>) => async () => {
    code = await command(io);
  };
  const program = buildProgram(run, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 1 ? 2 : error.exitCode;
    if (isUserError(error)) {
      writeLine(io.stderr, `compose-harden: ${error.oneLine()}`);
      return error.exitCode;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeLine(
      io.stderr,
      `compose-harden: internal error, please report it with this output:\n${stack}`,
    );
    return 70;
  }
}

type Runner = (command: (io: Io) => Promise<number>) => () => Promise<void>;

function buildProgram(run: Runner, io: Io): Command {
  const program = new Command('compose-harden')
    .description(
      'Harden Docker Compose services: non-root users, dropped capabilities, read-only roots, loopback ports.',
    )
    .version(VERSION)
    .exitOverride()
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  const fileOptions = (command: Command) =>
    command
      .option(
        '-f, --file <file>',
        'compose file, repeatable: later files override earlier ones, as in Docker Compose ' +
          '(default: COMPOSE_FILE, else compose.yaml, docker-compose.yml... and its override)',
        collect,
      )
      .option('--env-file <file>', 'variables for the files (default: .env in the project folder)')
      .option('--presets <dir>', 'a folder of your own presets, searched before the built-in ones');

  fileOptions(program)
    .option('--no-backup', 'do not keep FILE.bak')
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .addHelpText('after', PROGRAM_EXAMPLES)
    .allowExcessArguments()
    .action((options, command: Command) => {
      // The program has an action of its own, so `compose-harden chek` arrives here.
      const [extra] = command.args;
      if (extra !== undefined) rejectCommand(program, extra);
      return run(async (i) => (await import('./commands/wizard.js')).wizardCommand(options, i))();
    });

  fileOptions(program.command('check'))
    .description('report what is not hardened (exit 1 on findings)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'sarif'])
        .default('text'),
    )
    .option('--rule <id>', 'only this rule (repeatable)', collect)
    .option('--severity <level>', SEVERITY_HELP)
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR works too)')
    .addHelpText('after', CHECK_EXAMPLES)
    .action((_, command: Command) =>
      run(async (i) => (await import('./commands/check.js')).checkCommand(optionsOf(command), i))(),
    );

  fileOptions(program.command('apply'))
    .description('write every recommended change (asks first, unless --yes)')
    .option('-y, --yes', 'write without asking', false)
    .option('--dry-run', 'print the diff and write nothing', false)
    .option('--no-backup', 'do not keep FILE.bak')
    .option('--rule <id>', 'only this rule (repeatable)', collect)
    .option('--service <name>', 'only this service (repeatable)', collect)
    .addHelpText('after', APPLY_EXAMPLES)
    .action((_, command: Command) =>
      run(async (i) => (await import('./commands/apply.js')).applyCommand(optionsOf(command), i))(),
    );

  program
    .command('verify')
    .description('check the running containers against what the file asks (changes nothing)')
    .option(
      '-f, --file <file>',
      'compose file, repeatable (default: COMPOSE_FILE, else compose.yaml... and its override)',
      collect,
    )
    .option('--env-file <file>', 'variables for the files (default: .env in the project folder)')
    .option('-p, --project <name>', 'Compose project name (default: as Docker Compose derives it)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--timeout <seconds>', 'how long to wait for each call to the engine', '10')
    .option(
      '--engine-only',
      "ask the engine (top, an exec of cat) for processes even where this machine's /proc has them",
    )
    .addHelpText('after', VERIFY_EXAMPLES)
    .action((_, command: Command) =>
      run(async (i) =>
        (await import('./commands/verify.js')).verifyCommand(optionsOf(command), i),
      )(),
    );

  program
    .command('presets')
    .description('list the presets: what images they match, the user and capabilities they set')
    .option('--presets <dir>', 'a folder of your own presets, listed before the built-in ones')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR works too)')
    .addHelpText('after', PRESETS_EXAMPLES)
    .action((_, command: Command) =>
      run(async (i) =>
        (await import('./commands/presets.js')).presetsCommand(optionsOf(command), i),
      )(),
    );

  program
    .command('explain')
    .description('explain a rule: what it checks, why, and how to fix it (no rule: list them)')
    .argument('[rule]', 'a rule id, such as ports-loopback')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR works too)')
    .addHelpText('after', EXPLAIN_EXAMPLES)
    .action((rule, _, command: Command) =>
      run(async (i) =>
        (await import('./commands/explain.js')).explainCommand(rule, optionsOf(command), i),
      )(),
    );

  return program;
}

/**
 * A command's options, with the program's options given before the command name:
 * `compose-harden -f prod.yml check` means `compose-harden check -f prod.yml`. A program
 * option the command has no use for is a usage error rather than silently dropped.
 */
// biome-ignore lint/suspicious/noExplicitAny: each command narrows its own options type
function optionsOf(command: Command): any {
  const merged: Record<string, unknown> = { ...command.opts() };
  const parent = command.parent;
  if (!parent) return merged;
  for (const option of parent.options) {
    const key = option.attributeName();
    if (parent.getOptionValueSource(key) !== 'cli') continue;
    if (!command.options.some((own) => own.attributeName() === key)) {
      parent.error(`error: option '${option.long}' does not apply to ${command.name()}`, {
        code: 'commander.unknownOption',
        exitCode: 2,
      });
    }
    if (command.getOptionValueSource(key) !== 'cli') merged[key] = parent.opts()[key];
  }
  return merged;
}

/** Commander's own wording for an unknown command, with the closest one. */
function rejectCommand(program: Command, name: string): never {
  const suggestion = closest(
    name,
    program.commands.map((c) => c.name()),
  );
  const hint = suggestion ? `\n(Did you mean ${suggestion}?)` : '';
  return program.error(`error: unknown command '${name}'${hint}`, {
    code: 'commander.unknownCommand',
    exitCode: 2,
  });
}
