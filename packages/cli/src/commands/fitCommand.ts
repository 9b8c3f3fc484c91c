import { type FitOptions, type FitResult, fitScorecard, HezuoError, isHezuoError } from '@hezuo/core';
import { z } from 'zod';
import { CliFailure } from '../cliFailure';
import { type CsvSource, lineOfDataRow } from '../csv/csvReader';
import { readFitRows } from '../scorecard/readFitRows';
import type { CommandContext } from './commandContext';
import {
  ColumnListSchema,
  ColumnSchema,
  NumberTextSchema,
  type OptionSpec,
  PathSchema,
  PositiveNumberTextSchema,
  parseCommandOptions,
} from './commandOptions';
import { formatPoints, writeTextFile } from './commandOutput';

/** The options of `hezuo fit`, as commander gives them (text). */
export const FitCommandOptionsSchema = z.object({
  /** The outcome column. */
  target: ColumnSchema,
  /** The outcome that means bad. */
  bad: z.string().min(1).max(256),
  /** Where to write the model JSON. */
  output: PathSchema.optional(),
  /** Where to write the fit report JSON. */
  report: PathSchema.optional(),
  /** The characteristics to fit. */
  characteristics: ColumnListSchema.min(1).optional(),
  /** Columns that are not characteristics. */
  exclude: ColumnListSchema.optional(),
  /** Columns read as categories. */
  categorical: ColumnListSchema.optional(),
  /** Smallest information value selected. */
  minIv: NumberTextSchema.refine((x) => x >= 0, { error: 'negative' }).optional(),
  /** The score at the base odds. */
  baseScore: NumberTextSchema.optional(),
  /** Odds good:bad at the base score. */
  baseOdds: PositiveNumberTextSchema.optional(),
  /** Points to double the odds. */
  pdo: PositiveNumberTextSchema.optional(),
  /** The model's id. */
  modelId: z.string().min(1).max(128).optional(),
  /** The model's version. */
  modelVersion: z.string().min(1).max(64).optional(),
});

/** See {@link FitCommandOptionsSchema}. */
export type FitCommandOptions = z.output<typeof FitCommandOptionsSchema>;

const SPECS: Readonly<Record<string, OptionSpec>> = {
  target: { flag: '--target' },
  bad: { flag: '--bad' },
  output: { flag: '--output' },
  report: { flag: '--report' },
  characteristics: { flag: '--characteristics' },
  exclude: { flag: '--exclude' },
  categorical: { flag: '--categorical' },
  minIv: { flag: '--min-iv', expect: (m) => m.expectNumber },
  baseScore: { flag: '--base-score', expect: (m) => m.expectNumber },
  baseOdds: { flag: '--base-odds', expect: (m) => m.expectPositive },
  pdo: { flag: '--pdo', expect: (m) => m.expectPositive },
  modelId: { flag: '--model-id' },
  modelVersion: { flag: '--model-version' },
};

function fitOptionsOf(o: FitCommandOptions, characteristics: FitOptions['characteristics']): FitOptions {
  const scaling = {
    ...(o.baseScore === undefined ? {} : { baseScore: o.baseScore }),
    ...(o.baseOdds === undefined ? {} : { baseOdds: o.baseOdds }),
    ...(o.pdo === undefined ? {} : { pdo: o.pdo }),
  };
  const model = {
    ...(o.modelId === undefined ? {} : { id: o.modelId }),
    ...(o.modelVersion === undefined ? {} : { version: o.modelVersion }),
  };
  return {
    target: o.target,
    bad: o.bad,
    ...(characteristics === undefined ? {} : { characteristics }),
    ...(o.minIv === undefined ? {} : { selection: { minInformationValue: o.minIv } }),
    ...(Object.keys(scaling).length > 0 ? { scaling } : {}),
    ...(Object.keys(model).length > 0 ? { model } : {}),
  };
}

/**
 * An error of the library about row `i` (its path `['rows', i, …]`), with the CSV data row and
 * line added: the library counts rows from 0, the file's reader from 1.
 */
async function withRowHint(error: unknown, source: CsvSource): Promise<unknown> {
  if (!isHezuoError(error) || error.path[0] !== 'rows' || typeof error.path[1] !== 'number') return error;
  const row = error.path[1] + 1;
  const line = await lineOfDataRow(source, row);
  return new HezuoError(error.code, `${error.message}${source.messages.atRow(source.path, row, line)}`, {
    path: [source.path, row, ...error.path.slice(2)],
    details: { ...error.details, row, ...(line === undefined ? {} : { line }) },
    cause: error,
  });
}

function printReport(ctx: CommandContext, path: string, result: FitResult): void {
  const m = ctx.messages.scorecard.fit;
  const { report } = result;
  const out = ctx.io.stdout;
  out(m.read(path, report.rows, report.target, report.events, report.nonEvents));
  out(m.heading(String(report.minInformationValue)));
  for (const c of report.characteristics) {
    out(m.characteristic(c.id, m.types[c.binning.type], c.informationValue.toFixed(3), m.statuses[c.status]));
  }
  out(m.regression(report.regression.converged, report.regression.iterations));
  const t = report.training.scores;
  out(m.training(t.auc.toFixed(3), t.gini.toFixed(3), t.ks.toFixed(3)));
  out(m.scoreRange(formatPoints(report.scaling.scoreRange.min), formatPoints(report.scaling.scoreRange.max)));
}

/**
 * `hezuo fit <data.csv> --target <column> --bad <value>`: reads the CSV file, fits a scorecard
 * with `fitScorecard`, prints the report and writes the model (`-o`) and the full report
 * (`--report`) as JSON.
 *
 * @internal
 */
export async function fitCommand(
  ctx: CommandContext,
  data: string | undefined,
  values: Readonly<Record<string, unknown>>,
): Promise<number> {
  const m = ctx.messages.scorecard;
  const o = parseCommandOptions(FitCommandOptionsSchema, values, SPECS, m.usage);
  if (data === undefined) throw new CliFailure(m.usage.missingArgument('<data.csv>'), 'usage');
  const source: CsvSource = { files: ctx.io.files, path: data, messages: m.files };
  const table = await readFitRows(source, {
    target: o.target,
    characteristics: o.characteristics,
    exclude: o.exclude,
    categorical: o.categorical,
  });
  let result: FitResult;
  try {
    const specs = table.characteristics.length > 0 ? [...table.characteristics] : undefined;
    result = fitScorecard(table.rows, fitOptionsOf(o, specs));
  } catch (error) {
    throw await withRowHint(error, source);
  }
  printReport(ctx, data, result);
  const kept = result.model.characteristics.length;
  if (o.output === undefined) {
    ctx.io.stdout(m.fit.modelNotWritten);
  } else {
    await writeTextFile(ctx, o.output, `${JSON.stringify(result.model, null, 2)}\n`);
    ctx.io.stdout(m.fit.modelWritten(o.output, kept, result.report.characteristics.length));
  }
  if (o.report !== undefined) {
    await writeTextFile(ctx, o.report, `${JSON.stringify(result.report, null, 2)}\n`);
    ctx.io.stdout(m.fit.reportWritten(o.report));
  }
  return 0;
}
