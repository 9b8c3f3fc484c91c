import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, isHezuoError, type Locale, LocaleSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { runDemo } from './demo';
import { type CliIo, CliIoSchema, processIo } from './io';
import { CLI_MESSAGES, type CliMessages } from './messages';
import { VERSION } from './version';

/** Exit codes of {@link run}: success, a failed operation, a usage error. */
export const EXIT_CODES = Object.freeze({
  /** Everything went well. */
  ok: 0,
  /** The command ran and failed (an error, or a demo check that did not pass). */
  failure: 1,
  /** The command line was wrong: unknown command or option, bad value. */
  usage: 2,
});

/** The commands {@link run} knows. */
export const COMMANDS = ['demo', 'help'] as const;

const OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Schema of {@link run}'s `argv`: the arguments after the program name. */
export const ArgvSchema = z.array(z.string().max(4_096)).max(1_000);

/**
 * The `hezuo` command. Parses `argv` (the arguments after `node` and the script, as in
 * `process.argv.slice(2)`), runs the command and resolves to the exit code; it never calls
 * `process.exit`, so hosts and tests can run it in process.
 *
 * Commands: `demo` (the end-to-end demo, see {@link runDemo}) and `help`. Options:
 * `--lang zh-CN|en` (default `zh-CN`), `-h`/`--help`, `-v`/`--version`. With no command it
 * prints the help.
 *
 * @param argv - the arguments, e.g. `['demo', '--lang', 'en']`
 * @param io - where lines go; the process's stdout and stderr by default
 * @returns 0 on success, 1 when the command failed, 2 for a usage error ({@link EXIT_CODES})
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
  const out = parseInput(CliIoSchema, io, { path: ['io'] });
  const { values, positionals, tokens } = parseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  // Pick the language first, so that every later message is in it.
  const lang = values.lang;
  let locale: Locale = DEFAULT_LOCALE;
  if (typeof lang === 'string') {
    const parsed = LocaleSchema.safeParse(lang);
    if (!parsed.success)
      return usageError(out, CLI_MESSAGES[DEFAULT_LOCALE], (m) => m.unsupportedLanguage(lang));
    locale = parsed.data;
  }
  const messages = CLI_MESSAGES[locale];
  if (lang !== undefined && typeof lang !== 'string') {
    return usageError(out, messages, (m) => m.missingValue('--lang'));
  }
  for (const token of tokens) {
    if (token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name)) {
      return usageError(out, messages, (m) => m.unknownOption(token.rawName));
    }
  }

  if (values.version === true) {
    out.stdout(VERSION);
    return EXIT_CODES.ok;
  }
  const [command = 'help', ...rest] = positionals;
  if (values.help === true) return printUsage(out, messages);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return usageError(out, messages, (m) => m.unknownCommand(command));
  }
  const [extra] = rest;
  if (extra !== undefined) return usageError(out, messages, (m) => m.unexpectedArgument(extra));

  if (command === 'help') return printUsage(out, messages);

  try {
    return (await runDemo(out, locale)) ? EXIT_CODES.ok : EXIT_CODES.failure;
  } catch (error) {
    out.stderr(
      isHezuoError(error)
        ? messages.failed(error.code, error.message)
        : messages.unexpectedFailure(error instanceof Error ? error.message : String(error)),
    );
    return EXIT_CODES.failure;
  }
}

function printUsage(io: CliIo, messages: CliMessages): number {
  for (const line of messages.usage) io.stdout(line);
  return EXIT_CODES.ok;
}

function usageError(io: CliIo, messages: CliMessages, message: (m: CliMessages) => string): number {
  io.stderr(message(messages));
  io.stderr(messages.seeHelp);
  return EXIT_CODES.usage;
}
