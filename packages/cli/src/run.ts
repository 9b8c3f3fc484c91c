import { DEFAULT_LOCALE, isHezuoError, type Locale, LocaleSchema, parseInput } from '@hezuo/core';
import { CommanderError } from 'commander';
import { z } from 'zod';
import { CliFailure } from './cliFailure';
import type { CommandContext } from './commands/commandContext';
import { type CliIo, CliIoSchema, processIo, type ResolvedIo, resolveIo } from './io';
import { CLI_MESSAGES, type CliMessages } from './messages';
import { runProgram } from './program';

/** Exit codes of {@link run}: success, a failed operation, a usage error. */
export const EXIT_CODES = Object.freeze({
  /** Everything went well. */
  ok: 0,
  /** The command ran and failed (a missing or malformed file, an error, a demo check that did not pass). */
  failure: 1,
  /** The command line was wrong: unknown command or option, bad value, missing argument. */
  usage: 2,
});

/** Schema of {@link run}'s `argv`: the arguments after the program name. */
export const ArgvSchema = z.array(z.string().max(4_096)).max(1_000);

/**
 * The `--lang` value, found before the command line is parsed so that every message, the
 * parser's own included, is in that language. Like the parser, it stops at `--`; the last
 * `--lang` wins.
 */
function chooseLocale(args: readonly string[]): { locale: Locale } | { problem: (m: CliMessages) => string } {
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg.startsWith('--lang=')) {
      lang = arg.slice('--lang='.length);
    } else if (arg === '--lang') {
      const value = args[i + 1];
      if (value === undefined) return { problem: (m) => m.missingValue('--lang') };
      lang = value;
      i++;
    }
  }
  if (lang === undefined) return { locale: DEFAULT_LOCALE };
  const parsed = LocaleSchema.safeParse(lang);
  const unsupported = lang;
  return parsed.success ? { locale: parsed.data } : { problem: (m) => m.unsupportedLanguage(unsupported) };
}

/** What the parser's error is about: the first quoted word of its message, without `<value>`. */
function subjectOf(error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  return quoted.replace(/\s*[<[].*$/, '');
}

function usageError(io: ResolvedIo, messages: CliMessages, message: string): number {
  io.stderr(message);
  io.stderr(messages.seeHelp);
  return EXIT_CODES.usage;
}

/** Puts an error into words on stderr and gives its exit code. */
function report(io: ResolvedIo, messages: CliMessages, error: unknown): number {
  if (error instanceof CommanderError) {
    const subject = subjectOf(error);
    switch (error.code) {
      case 'commander.unknownOption':
        return usageError(io, messages, messages.unknownOption(subject));
      case 'commander.optionMissingArgument':
        return usageError(io, messages, messages.missingValue(subject));
      case 'commander.unknownCommand':
        return usageError(io, messages, messages.unknownCommand(subject));
      case 'commander.missingArgument':
        return usageError(io, messages, messages.scorecard.usage.missingArgument(subject));
      default:
        return usageError(io, messages, error.message.replace(/^error:\s*/, ''));
    }
  }
  if (error instanceof CliFailure) {
    if (error.kind === 'usage') return usageError(io, messages, error.message);
    io.stderr(messages.failedBecause(error.message));
    return EXIT_CODES.failure;
  }
  // One line on stderr: the library's validation messages list their issues on several.
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  io.stderr(
    isHezuoError(error)
      ? messages.failed(error.code, oneLine(error.message))
      : messages.unexpectedFailure(oneLine(error instanceof Error ? error.message : String(error))),
  );
  return EXIT_CODES.failure;
}

/**
 * The `hezuo` command. Parses `argv` (the arguments after `node` and the script, as in
 * `process.argv.slice(2)`) with commander, runs the command and resolves to the exit code; it
 * never calls `process.exit`, so hosts and tests can run it in process.
 *
 * Commands:
 * - `fit <data.csv> --target <column> --bad <value> [-o model.json]` fits a scorecard from a CSV
 *   file and prints the fit report;
 * - `score --model <model.json> <input.csv> [-o out.csv] [--key <columns>]` scores a CSV file,
 *   streaming, into score, grade and reasons per row (a progress bar on stderr when it is a
 *   terminal);
 * - `monitor --model <model.json> <baseline.csv> <current.csv>` prints population stability
 *   (and discrimination, with `--target`/`--bad`);
 * - `export --model <model.json> --format sql --dialect postgres|spark` or `--format pmml`;
 * - `demo` (the end-to-end demo, see {@link runDemo}) and `help [command]`.
 *
 * Options everywhere: `--lang zh-CN|en` (default `zh-CN`), `-h`/`--help`, `-v`/`--version`. With
 * no command it prints the help. Files are read and written through `io.files` (the real file
 * system by default).
 *
 * @param argv - the arguments, e.g. `['score', '--model', 'model.json', 'in.csv', '-o', 'out.csv']`
 * @param io - where lines and files go; the process's stdout, stderr and file system by default
 * @returns 0 on success, 1 when the command failed (a missing or malformed file included), 2 for
 * a usage error ({@link EXIT_CODES})
 * @throws HezuoError `INVALID_INPUT` when `argv` is not a list of strings or `io` lacks
 * `stdout`/`stderr` (programming errors, not usage errors)
 *
 * @example
 * ```ts
 * import { run } from '@hezuo/cli';
 *
 * const lines: string[] = [];
 * const code = await run(['demo', '--lang', 'en'], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseInput(ArgvSchema, argv, { path: ['argv'] });
  const out = resolveIo(parseInput(CliIoSchema, io, { path: ['io'] }));
  const chosen = chooseLocale(args);
  if ('problem' in chosen) {
    const messages = CLI_MESSAGES[DEFAULT_LOCALE];
    return usageError(out, messages, chosen.problem(messages));
  }
  const ctx: CommandContext = { io: out, locale: chosen.locale, messages: CLI_MESSAGES[chosen.locale] };
  try {
    return await runProgram(ctx, args);
  } catch (error) {
    return report(out, ctx.messages, error);
  }
}
