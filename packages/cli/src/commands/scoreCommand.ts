import { resolve } from 'node:path';
import { z } from 'zod';
import { CliFailure } from '../cliFailure';
import type { FileSink } from '../files';
import { ProgressBar } from '../progressBar';
import { readModel } from '../scorecard/readModel';
import { scoreCsvFile } from '../scorecard/scoreCsvFile';
import { ScoreCsvFormat } from '../scorecard/scoreCsvFormat';
import type { CommandContext } from './commandContext';
import { ColumnListSchema, type OptionSpec, PathSchema, parseCommandOptions } from './commandOptions';
import { openOutput } from './commandOutput';

/** The options of `hezuo score`, as commander gives them. */
export const ScoreCommandOptionsSchema = z.object({
  /** The model file. */
  model: PathSchema,
  /** The output CSV; stdout when absent. */
  output: PathSchema.optional(),
  /** Columns passed through to the output. */
  key: ColumnListSchema.optional(),
});

/** See {@link ScoreCommandOptionsSchema}. */
export type ScoreCommandOptions = z.output<typeof ScoreCommandOptionsSchema>;

const SPECS: Readonly<Record<string, OptionSpec>> = {
  model: { flag: '--model' },
  output: { flag: '--output' },
  key: { flag: '--key' },
};

/**
 * `hezuo score --model <model.json> <input.csv>`: scores the file in streamed chunks and writes
 * one output row per input row, in order (see {@link ScoreCsvFormat}); a progress bar on stderr
 * when it is a terminal.
 *
 * @internal
 */
export async function scoreCommand(
  ctx: CommandContext,
  input: string | undefined,
  values: Readonly<Record<string, unknown>>,
): Promise<number> {
  const m = ctx.messages.scorecard;
  const o = parseCommandOptions(ScoreCommandOptionsSchema, values, SPECS, m.usage);
  if (input === undefined) throw new CliFailure(m.usage.missingArgument('<input.csv>'), 'usage');
  if (o.output !== undefined && resolve(o.output) === resolve(input)) {
    throw new CliFailure(m.usage.sameFile(o.output), 'usage');
  }
  const compiled = await readModel(ctx.io.files, o.model, m.files);
  const keys = [...new Set(o.key ?? [])];
  const format = new ScoreCsvFormat(compiled, keys);
  const clash = keys.find((k) => format.columns.indexOf(k) !== format.columns.lastIndexOf(k));
  if (clash !== undefined) throw new CliFailure(m.usage.outputColumnClash(clash), 'usage');

  const bar = ctx.io.stderrIsTTY
    ? new ProgressBar(ctx.io.writeStderr, await ctx.io.files.size(input).catch(() => 0), m.score.progress)
    : undefined;
  // The output is opened once the input has shown a usable header: a missing input leaves no empty file.
  let sink: FileSink | undefined;
  let rows = 0;
  try {
    rows = await scoreCsvFile({
      source: {
        files: ctx.io.files,
        path: input,
        messages: m.files,
        ...(bar ? { onBytes: (bytes: number) => bar.advance(bytes) } : {}),
      },
      compiled,
      columns: keys,
      onStart: async () => {
        sink = openOutput(ctx, o.output);
        await sink.write(format.header());
      },
      onChunk: async (chunk) => {
        await sink?.write(format.lines(chunk));
        bar?.update(chunk.firstRow + chunk.records.length - 1);
      },
    });
  } catch (error) {
    bar?.finish();
    await sink?.close().catch(() => {});
    throw error;
  }
  bar?.finish();
  await sink?.close();
  if (o.output !== undefined) ctx.io.stdout(m.score.done(rows, o.output));
  return 0;
}
