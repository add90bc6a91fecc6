import { Command, CommanderError, Option } from 'commander';
import { isUserError } from '../errors.js';
import { applyCommand } from './commands/apply.js';
import { checkCommand } from './commands/check.js';
import { wizardCommand } from './commands/wizard.js';
import { type Io, processIo, writeLine } from './io.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

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
        'compose file (default: compose.yaml, docker-compose.yml, ... or COMPOSE_FILE)',
        collect,
      )
      .option('--presets <dir>', 'a folder of your own presets, searched before the built-in ones');

  fileOptions(program)
    .option('--no-backup', 'do not keep FILE.bak')
    .action((options) => run((i) => wizardCommand(options, i))());

  fileOptions(program.command('check'))
    .description('report what is not hardened (exit 1 on findings)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--rule <id>', 'only this rule (repeatable)', collect)
    .action((options) => run((i) => checkCommand(options, i))());

  fileOptions(program.command('apply'))
    .description('write every recommended change (asks first, unless --yes)')
    .option('-y, --yes', 'write without asking', false)
    .option('--dry-run', 'print the diff and write nothing', false)
    .option('--no-backup', 'do not keep FILE.bak')
    .option('--rule <id>', 'only this rule (repeatable)', collect)
    .option('--service <name>', 'only this service (repeatable)', collect)
    .action((options) => run((i) => applyCommand(options, i))());

  return program;
}
