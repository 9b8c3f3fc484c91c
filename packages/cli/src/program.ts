import { Command } from 'commander';
import { CliFailure } from './cliFailure';
import type { CommandContext } from './commands/commandContext';
import { collectList } from './commands/commandOptions';
import { exportCommand } from './commands/exportCommand';
import { fitCommand } from './commands/fitCommand';
import { monitorCommand } from './commands/monitorCommand';
import { scoreCommand } from './commands/scoreCommand';
import { runDemo } from './demo';
import { VERSION } from './version';

/** The commands {@link run} knows. */
export const COMMANDS = ['fit', 'score', 'monitor', 'export', 'demo', 'help'] as const;

/** One of {@link COMMANDS}. */
export type CommandName = (typeof COMMANDS)[number];

type ScorecardCommand = 'fit' | 'score' | 'monitor' | 'export';

function isScorecardCommand(name: string): name is ScorecardCommand {
  return name === 'fit' || name === 'score' || name === 'monitor' || name === 'export';
}

/** Commander's output, which holds whole lines, to the io's line writer. */
function toLines(write: (line: string) => void): (text: string) => void {
  return (text) => {
    for (const line of text.replace(/\n$/, '').split('\n')) write(line);
  };
}

/**
 * Builds the `hezuo` command line with commander and runs it on `args`, resolving to the exit
 * code of the command. Commander parses; every line is printed through the io and in the chosen
 * language (commander's own help and error output are turned off: the messages are ours). A
 * parse error is thrown as commander's `CommanderError`, for {@link run} to put into words.
 *
 * @internal
 */
export async function runProgram(ctx: CommandContext, args: readonly string[]): Promise<number> {
  const { io, messages } = ctx;
  let exitCode = 0;
  const printUsage = (command?: string) => {
    const lines =
      command !== undefined && isScorecardCommand(command)
        ? messages.scorecard.usage.commandUsage[command]
        : messages.usage;
    for (const line of lines) io.stdout(line);
  };
  const program = new Command('hezuo')
    .exitOverride()
    .configureOutput({ writeOut: toLines(io.stdout), writeErr: toLines(io.stderr), outputError: () => {} })
    .helpOption(false)
    .helpCommand(false)
    .showSuggestionAfterError(false)
    .allowExcessArguments(true)
    .option('--lang <locale>')
    .option('-h, --help')
    .option('-v, --version');
  const globals = () => program.opts<{ help?: boolean; version?: boolean }>();

  /**
   * The action of command `name`: `--version` and `--help` first (they win wherever they are),
   * then no more positional arguments than `positionals`, then the command.
   */
  const action =
    (
      name: CommandName,
      positionals: number,
      body: (operands: (string | undefined)[], cmd: Command) => Promise<number>,
    ) =>
    async (...parameters: unknown[]) => {
      const cmd = parameters.at(-1) as Command;
      if (globals().version) {
        io.stdout(VERSION);
        return;
      }
      if (globals().help) {
        printUsage(name);
        return;
      }
      const extra = cmd.args[positionals];
      if (extra !== undefined) throw new CliFailure(messages.unexpectedArgument(extra), 'usage');
      exitCode = await body(cmd.args.slice(0, positionals), cmd);
    };

  // No command: the help. An unknown one is named before anything after it.
  program.argument('[command]').action(
    action('help', Number.POSITIVE_INFINITY, async ([command]) => {
      if (command === undefined) {
        printUsage();
        return 0;
      }
      throw new CliFailure(messages.unknownCommand(command), 'usage');
    }),
  );

  program
    .command('help')
    .argument('[command]')
    .action(
      action('help', 1, async ([command]) => {
        if (command !== undefined && !(COMMANDS as readonly string[]).includes(command)) {
          throw new CliFailure(messages.unknownCommand(command), 'usage');
        }
        printUsage(command);
        return 0;
      }),
    );

  program
    .command('demo')
    .action(
      action('demo', 0, async () =>
        (await runDemo({ stdout: io.stdout, stderr: io.stderr }, ctx.locale)) ? 0 : 1,
      ),
    );

  program
    .command('fit')
    .argument('[data]')
    .option('--target <column>')
    .option('--bad <value>')
    .option('-o, --output <file>')
    .option('--report <file>')
    .option('--characteristics <columns>', '', collectList)
    .option('--exclude <columns>', '', collectList)
    .option('--categorical <columns>', '', collectList)
    .option('--min-iv <number>')
    .option('--base-score <points>')
    .option('--base-odds <odds>')
    .option('--pdo <points>')
    .option('--model-id <id>')
    .option('--model-version <version>')
    .action(action('fit', 1, ([data], cmd) => fitCommand(ctx, data, cmd.opts())));

  program
    .command('score')
    .argument('[input]')
    .option('--model <file>')
    .option('-o, --output <file>')
    .option('--key <columns>', '', collectList)
    .action(action('score', 1, ([input], cmd) => scoreCommand(ctx, input, cmd.opts())));

  program
    .command('monitor')
    .argument('[baseline]')
    .argument('[current]')
    .option('--model <file>')
    .option('--target <column>')
    .option('--bad <value>')
    .option('--as-of <date>')
    .option('--json <file>')
    .action(
      action('monitor', 2, ([baseline, current], cmd) => monitorCommand(ctx, baseline, current, cmd.opts())),
    );

  program
    .command('export')
    .option('--model <file>')
    .option('--format <format>')
    .option('--dialect <dialect>')
    .option('--table <name>')
    .option('--key <columns>', '', collectList)
    .option('--grade')
    .option('--points')
    .option('-o, --output <file>')
    .action(action('export', 0, (_, cmd) => exportCommand(ctx, cmd.opts())));

  await program.parseAsync([...args], { from: 'user' });
  return exitCode;
}
