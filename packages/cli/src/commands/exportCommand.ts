import { exportPmml, exportSql } from '@hezuo/core';
import { z } from 'zod';
import { CliFailure } from '../cliFailure';
import { readModel } from '../scorecard/readModel';
import type { CommandContext } from './commandContext';
import { ColumnListSchema, type OptionSpec, PathSchema, parseCommandOptions } from './commandOptions';
import { openOutput } from './commandOutput';

/** The export formats. */
export const EXPORT_FORMATS = ['sql', 'pmml'] as const;

/** The SQL dialects. */
export const SQL_DIALECTS = ['postgres', 'spark'] as const;

/** The table an SQL export scores unless told. */
export const DEFAULT_SQL_TABLE = 'applicants';

/** The options of `hezuo export`, as commander gives them. */
export const ExportCommandOptionsSchema = z.object({
  /** The model file. */
  model: PathSchema,
  /** `sql` or `pmml`. */
  format: z.enum(EXPORT_FORMATS),
  /** The SQL dialect (SQL only, and required there). */
  dialect: z.enum(SQL_DIALECTS).optional(),
  /** The table to score (SQL only). */
  table: z.string().min(1).max(128).optional(),
  /** Key columns passed through (SQL only). */
  key: ColumnListSchema.optional(),
  /** Add a grade column (SQL only). */
  grade: z.boolean().optional(),
  /** Add a points column per characteristic (SQL only). */
  points: z.boolean().optional(),
  /** Where to write; stdout when absent. */
  output: PathSchema.optional(),
});

/** See {@link ExportCommandOptionsSchema}. */
export type ExportCommandOptions = z.output<typeof ExportCommandOptionsSchema>;

const SPECS: Readonly<Record<string, OptionSpec>> = {
  model: { flag: '--model' },
  format: { flag: '--format', expect: (m) => m.expectOneOf(EXPORT_FORMATS) },
  dialect: { flag: '--dialect', expect: (m) => m.expectOneOf(SQL_DIALECTS) },
  table: { flag: '--table' },
  key: { flag: '--key' },
  output: { flag: '--output' },
};

const SQL_ONLY = [
  ['dialect', '--dialect'],
  ['table', '--table'],
  ['key', '--key'],
  ['grade', '--grade'],
  ['points', '--points'],
] as const;

/**
 * `hezuo export --model <model.json> --format sql --dialect postgres|spark` (one `SELECT` that
 * scores a table, from `exportSql`) or `--format pmml` (a PMML 4.4 scorecard, from `exportPmml`),
 * to stdout or to the file named by `-o`.
 *
 * @internal
 */
export async function exportCommand(
  ctx: CommandContext,
  values: Readonly<Record<string, unknown>>,
): Promise<number> {
  const m = ctx.messages.scorecard;
  const o = parseCommandOptions(ExportCommandOptionsSchema, values, SPECS, m.usage);
  if (o.format === 'sql' && o.dialect === undefined)
    throw new CliFailure(m.usage.missingOption('--dialect'), 'usage');
  if (o.format === 'pmml') {
    const misplaced = SQL_ONLY.find(([key]) => o[key] !== undefined);
    if (misplaced) throw new CliFailure(m.usage.onlyWith(misplaced[1], '--format sql'), 'usage');
  }
  const compiled = await readModel(ctx.io.files, o.model, m.files);
  const text =
    o.format === 'sql'
      ? exportSql(compiled, {
          dialect: o.dialect ?? 'postgres',
          table: o.table ?? DEFAULT_SQL_TABLE,
          ...(o.key === undefined ? {} : { keyColumns: o.key }),
          ...(o.grade === undefined ? {} : { includeGrade: o.grade }),
          ...(o.points === undefined ? {} : { includePoints: o.points }),
        })
      : exportPmml(compiled);
  const sink = openOutput(ctx, o.output);
  await sink.write(text.endsWith('\n') ? text : `${text}\n`);
  await sink.close();
  if (o.output !== undefined) ctx.io.stdout(m.export.written(o.output, o.format));
  return 0;
}
