import type { Locale } from '@hezuo/core';
import type { ResolvedIo } from '../io';
import type { CliMessages } from '../messages';

/** What every command runs with: the io, and the language chosen with its messages. */
export interface CommandContext {
  /** Where lines, files and the date come from. */
  readonly io: ResolvedIo;
  /** The output language. */
  readonly locale: Locale;
  /** Every message, in that language. */
  readonly messages: CliMessages;
}
