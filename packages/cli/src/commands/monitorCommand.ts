import {
  type CompiledScorecard,
  type MonitoringReport,
  type MonitoringReportInput,
  monitoringReport,
  STABILITY_VERDICT_LABELS,
  type StabilityVerdict,
} from '@hezuo/core';
import { z } from 'zod';
import { CliFailure } from '../cliFailure';
import { MonitoringSample, type OutcomeColumn } from '../scorecard/monitoringSample';
import { readModel } from '../scorecard/readModel';
import { scoreCsvFile } from '../scorecard/scoreCsvFile';
import type { CommandContext } from './commandContext';
import {
  ColumnSchema,
  DateTextSchema,
  type OptionSpec,
  PathSchema,
  parseCommandOptions,
} from './commandOptions';
import { writeTextFile } from './commandOutput';

/** The options of `hezuo monitor`, as commander gives them. */
export const MonitorCommandOptionsSchema = z.object({
  /** The model file. */
  model: PathSchema,
  /** The current sample's outcome column. */
  target: ColumnSchema.optional(),
  /** The outcome that means bad. */
  bad: z.string().min(1).max(256).optional(),
  /** The report date; today unless told. */
  asOf: z.optional(DateTextSchema),
  /** Where to write the full report JSON. */
  json: PathSchema.optional(),
});

/** See {@link MonitorCommandOptionsSchema}. */
export type MonitorCommandOptions = z.output<typeof MonitorCommandOptionsSchema>;

const SPECS: Readonly<Record<string, OptionSpec>> = {
  model: { flag: '--model' },
  target: { flag: '--target' },
  bad: { flag: '--bad' },
  asOf: { flag: '--as-of', expect: (m) => m.expectDate },
  json: { flag: '--json' },
};

/** Labels of the samples in the report: at most 200 characters, the end of a long path kept. */
function sampleLabel(path: string): string {
  return path.length <= 200 ? path : `…${path.slice(-199)}`;
}

async function sampleOf(
  ctx: CommandContext,
  compiled: CompiledScorecard,
  path: string,
  outcome?: OutcomeColumn,
): Promise<MonitoringSample> {
  const sample = new MonitoringSample(compiled, outcome);
  await scoreCsvFile({
    source: { files: ctx.io.files, path, messages: ctx.messages.scorecard.files },
    compiled,
    columns: outcome ? [outcome.column] : [],
    reasons: false,
    onChunk: (chunk) => sample.add(chunk),
  });
  return sample;
}

function printReport(
  ctx: CommandContext,
  report: MonitoringReport,
  baselineRows: number,
  currentRows: number,
): void {
  const m = ctx.messages.scorecard.monitor;
  const out = ctx.io.stdout;
  const verdict = (v: StabilityVerdict) => STABILITY_VERDICT_LABELS[v][ctx.locale];
  const subject = report.generatedFor;
  out(m.samples(subject.baseline ?? '', baselineRows, subject.current ?? '', currentRows));
  out(m.scores(report.scoreStability.psi.toFixed(4), verdict(report.scoreStability.verdict)));
  out(m.characteristicsHeading);
  for (const c of report.characteristicStability)
    out(m.characteristic(c.characteristic, c.psi.toFixed(4), verdict(c.verdict)));
  out(m.worst(verdict(report.worstVerdict)));
  const d = report.discrimination;
  if (d) out(m.discrimination(d.auc.toFixed(3), d.gini.toFixed(3), d.ks.toFixed(3)));
  const rates = report.badRateByGrade;
  if (rates) {
    out(m.badRateHeading);
    for (const g of rates.grades) {
      out(
        m.gradeRate(g.grade, g.bads, g.count, g.badRate === null ? null : `${(100 * g.badRate).toFixed(1)}%`),
      );
    }
  }
}

/**
 * `hezuo monitor --model <model.json> <baseline.csv> <current.csv>`: scores both files and prints
 * `monitoringReport`: the PSI of the scores and of each characteristic over the model's bins and,
 * with `--target`/`--bad`, discrimination and bad rate by grade on the current file's rows whose
 * outcome is known (an empty outcome cell is not known yet).
 *
 * @internal
 */
export async function monitorCommand(
  ctx: CommandContext,
  baselinePath: string | undefined,
  currentPath: string | undefined,
  values: Readonly<Record<string, unknown>>,
): Promise<number> {
  const m = ctx.messages.scorecard;
  const o = parseCommandOptions(MonitorCommandOptionsSchema, values, SPECS, m.usage);
  if (baselinePath === undefined) throw new CliFailure(m.usage.missingArgument('<baseline.csv>'), 'usage');
  if (currentPath === undefined) throw new CliFailure(m.usage.missingArgument('<current.csv>'), 'usage');
  if ((o.target === undefined) !== (o.bad === undefined)) {
    throw new CliFailure(
      o.target === undefined ? m.usage.onlyWith('--bad', '--target') : m.usage.missingOption('--bad'),
      'usage',
    );
  }
  const compiled = await readModel(ctx.io.files, o.model, m.files);
  const outcome =
    o.target !== undefined && o.bad !== undefined ? { column: o.target, bad: o.bad } : undefined;
  const baseline = await sampleOf(ctx, compiled, baselinePath);
  const current = await sampleOf(ctx, compiled, currentPath, outcome);
  for (const [sample, path] of [
    [baseline, baselinePath],
    [current, currentPath],
  ] as const) {
    if (sample.rows === 0) throw new CliFailure(m.files.noDataRows(path));
  }
  const model = compiled.model;
  // `fromEntries` makes own properties: an id such as `__proto__` stays a characteristic.
  const characteristics: NonNullable<MonitoringReportInput['characteristics']> = Object.fromEntries(
    model.characteristics.map((c, k) => [
      c.id,
      { kind: 'categorical', expected: baseline.binSample(k), actual: current.binSample(k) },
    ]),
  );
  const observed = current.outcomes();
  const asOf = o.asOf ?? ctx.io.clock.today();
  const report = monitoringReport({
    generatedFor: {
      modelId: model.id,
      asOf,
      baseline: sampleLabel(baselinePath),
      current: sampleLabel(currentPath),
    },
    scores: { expected: baseline.scores(), actual: current.scores() },
    characteristics,
    ...(observed ? { outcomes: { ...observed, gradeOrder: model.gradeBands.map((b) => b.grade) } } : {}),
  });
  ctx.io.stdout(m.monitor.heading(model.id, model.version, asOf));
  printReport(ctx, report, baseline.rows, current.rows);
  if (o.json !== undefined) {
    await writeTextFile(ctx, o.json, `${JSON.stringify(report, null, 2)}\n`);
    ctx.io.stdout(m.monitor.reportWritten(o.json));
  }
  return 0;
}
