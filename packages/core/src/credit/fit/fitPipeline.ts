import { HezuoError } from '../../errors/HezuoError';
import type { LocalizedText } from '../../i18n/locale';
import type { ScorecardModel } from '../model/scorecardModel';
import { discrimination } from '../monitoring/discrimination';
import { type AdjustedTerm, adjustBins } from './adjustBins';
import { assignBins, groupWoe } from './binAssignment';
import { binColumn } from './binColumn';
import { resolveBinning } from './binningOptions';
import { buildModel, type ModelTerm } from './buildModel';
import type { CharacteristicBinning } from './characteristicBinning';
import { oddsGradeBands } from './defaultGradeBands';
import type { CharacteristicFitOptions, FitOptions, FitRow } from './fitOptions';
import type { CharacteristicFitReport, DiscriminationMetrics, FitReport } from './fitReport';
import { cellReader, columnIds, readOutcomes } from './fitRows';
import { fitLogistic, type LogisticFit } from './logisticRegression';
import { type PreparedColumn, prepareColumn } from './preparedColumn';

/** Defaults of {@link fitScorecard} beyond the binning's. */
export const DEFAULT_FIT = Object.freeze({
  minInformationValue: 0.02,
  dropReversed: true,
  adjustBins: true,
  adjustmentPenalty: 30,
  baseScore: 600,
  baseOdds: 50,
  pdo: 20,
  interceptPlacement: 'spread',
  integerPoints: true,
  modelId: 'fitted-scorecard',
  modelVersion: '1',
} as const);

/** @internal What a fit produces, with the unrounded model cross-validation compares against. */
export interface FitOutcome {
  readonly model: ScorecardModel;
  readonly exactModel: ScorecardModel;
  readonly report: FitReport;
}

/** @internal Fit options after validation. */
export type ParsedFitOptions = Omit<FitOptions, 'model'> & {
  readonly model?:
    | {
        readonly id?: string | undefined;
        readonly version?: string | undefined;
        readonly name?: LocalizedText | undefined;
        readonly gradeBands?: ScorecardModel['gradeBands'] | undefined;
      }
    | undefined;
};

interface Candidate {
  readonly spec: CharacteristicFitOptions;
  readonly column: PreparedColumn;
  readonly binning: CharacteristicBinning;
  status: CharacteristicFitReport['status'];
  readonly special: readonly number[];
  readonly splits: readonly number[];
  readonly pseudoCount: number;
}

function metrics(scores: Float64Array, bad: Uint8Array): DiscriminationMetrics {
  const d = discrimination({ scores, bad });
  return { auc: d.auc, gini: d.gini, ks: d.ks };
}

function specOf(c: string | CharacteristicFitOptions): CharacteristicFitOptions {
  return typeof c === 'string' ? { id: c } : c;
}

function checkSpecs(specs: readonly CharacteristicFitOptions[], target: string): void {
  const ids = new Set<string>();
  specs.forEach((s, k) => {
    const at = { path: ['options', 'characteristics', k] };
    if (s.id === target)
      throw new HezuoError('INVALID_INPUT', `the target "${s.id}" cannot be a characteristic too`, at);
    if (ids.has(s.id)) throw new HezuoError('INVALID_INPUT', `characteristic "${s.id}" is named twice`, at);
    if (s.id.length > 128 || s.id.length === 0)
      throw new HezuoError(
        'INVALID_INPUT',
        `column "${s.id.slice(0, 40)}…": ids are 1 to 128 characters`,
        at,
      );
    ids.add(s.id);
  });
  if (specs.length === 0) {
    throw new HezuoError('INVALID_INPUT', `the rows hold no column besides the target "${target}"`, {
      path: ['rows'],
    });
  }
  if (specs.length > 512) {
    throw new HezuoError('INVALID_INPUT', `${specs.length} characteristics; a model holds at most 512`, {
      path: ['options', 'characteristics'],
    });
  }
}

function binCandidates(
  rows: readonly FitRow[],
  bad: Uint8Array,
  specs: readonly CharacteristicFitOptions[],
  o: ParsedFitOptions,
  minIv: number,
): Candidate[] {
  return specs.map((spec) => {
    const resolved = resolveBinning(o.binning, spec.binning);
    const column = prepareColumn(
      {
        id: spec.id,
        length: bad.length,
        read: cellReader(rows, spec.id),
        path: (i) => ['rows', i, spec.id],
        columnPath: ['options', 'characteristics', spec.id],
      },
      spec.type,
    );
    const binning = binColumn(spec.id, column, bad, resolved);
    return {
      spec,
      column,
      binning,
      // Information value 0 means one WOE for every row: a constant column the regression cannot use.
      status:
        binning.informationValue >= minIv && binning.informationValue > 0
          ? 'selected'
          : spec.force && binning.informationValue > 0
            ? 'forced'
            : 'belowThreshold',
      special: resolved.special,
      splits: resolved.splits,
      pseudoCount: resolved.pseudoCount,
    };
  });
}

function refuseSeparation(fit: LogisticFit): void {
  if (!fit.separation || fit.l2 > 0) return;
  const worst = [...fit.coefficients].sort((a, b) => Math.abs(b.estimate) - Math.abs(a.estimate)).slice(0, 3);
  throw new HezuoError(
    'NOT_CONVERGED',
    'the outcomes are separated: some rows are predicted with certainty, so the coefficients grow ' +
      `without bound (largest: ${worst.map((t) => `"${t.name}" ${t.estimate.toFixed(2)}`).join(', ')}); ` +
      'leave out the separating characteristic or set regression.l2 above 0',
    { path: ['rows'], details: { separation: true, characteristics: worst.map((t) => t.name) } },
  );
}

/**
 * The WOE regression on the chosen characteristics; with `dropReversed`, the characteristic with
 * the most positive coefficient is left out and the regression repeated until every coefficient
 * is negative (WOE is high for good rows, the regression is of bad).
 */
function regressWoe(chosen: Candidate[], bad: Uint8Array, o: ParsedFitOptions) {
  const dropReversed = o.selection?.dropReversed ?? DEFAULT_FIT.dropReversed;
  let live = chosen;
  for (;;) {
    const groups = live.map((c) => assignBins(c.binning, c.column, c.special));
    const woes = live.map((c) => groupWoe(c.binning));
    const xs = groups.map((g, k) => {
      const w = woes[k] as Float64Array;
      const x = new Float64Array(g.length);
      for (let i = 0; i < g.length; i++) x[i] = w[g[i] as number] as number;
      return x;
    });
    const fit = fitLogistic(
      xs,
      bad,
      live.map((c) => c.spec.id),
      o.regression ?? {},
    );
    refuseSeparation(fit);
    let reversed = -1;
    fit.coefficients.forEach((t, k) => {
      const forced = live[k]?.status === 'forced';
      if (
        !forced &&
        t.estimate > -1e-6 &&
        (reversed < 0 || t.estimate > (fit.coefficients[reversed]?.estimate ?? 0))
      )
        reversed = k;
    });
    if (!dropReversed || reversed < 0 || live.length === 1) return { live, groups, woes, fit };
    (live[reversed] as Candidate).status = 'reversed';
    live = live.filter((_, k) => k !== reversed);
  }
}

/** @internal The whole fit on validated options: bin, select, regress, adjust, scale, report. */
export function runFit(rows: readonly FitRow[], o: ParsedFitOptions): FitOutcome {
  const bad = readOutcomes(rows, o.target, o.bad);
  let events = 0;
  for (let i = 0; i < bad.length; i++) events += bad[i] as number;
  const specs =
    o.characteristics?.map(specOf) ??
    columnIds(rows)
      .filter((id) => id !== o.target)
      .map(specOf);
  checkSpecs(specs, o.target);
  const minIv = o.selection?.minInformationValue ?? DEFAULT_FIT.minInformationValue;
  const candidates = binCandidates(rows, bad, specs, o, minIv);
  const chosen = candidates.filter((c) => c.status !== 'belowThreshold');
  if (chosen.length === 0) {
    const best = [...candidates].sort((a, b) => b.binning.informationValue - a.binning.informationValue)[0];
    throw new HezuoError(
      'INVALID_INPUT',
      `no characteristic reaches the information value ${minIv}` +
        (best ? ` (the best, "${best.spec.id}", has ${best.binning.informationValue.toFixed(4)})` : ''),
      { path: ['options', 'selection', 'minInformationValue'] },
    );
  }
  const { live, groups, woes, fit } = regressWoe(chosen, bad, o);
  const adjust = o.regression?.adjustBins ?? DEFAULT_FIT.adjustBins;
  const penalty = o.regression?.adjustmentPenalty ?? DEFAULT_FIT.adjustmentPenalty;
  const adjustment = adjust
    ? adjustBins(
        live.map((c, k) => ({
          binning: c.binning,
          groups: groups[k] as Int32Array,
          splits: c.splits,
          pseudoCount: c.pseudoCount,
          beta: (fit.coefficients[k] as { estimate: number }).estimate,
        })),
        bad,
        fit.intercept.estimate,
        {
          penalty,
          maxIterations: o.regression?.maxIterations ?? 50,
          tolerance: o.regression?.tolerance ?? 1e-10,
        },
      )
    : null;
  // Per live characteristic: its final binning, row groups and the WOE the model carries.
  const final: AdjustedTerm[] =
    adjustment?.terms.map((t) => t) ??
    live.map((c, k) => ({
      binning: c.binning,
      groups: groups[k] as Int32Array,
      adjustedWoe: woes[k] as Float64Array,
      merges: 0,
    }));
  const intercept = adjustment ? adjustment.intercept : fit.intercept.estimate;
  const label = (s: CharacteristicFitOptions): LocalizedText => s.label ?? { 'zh-CN': s.id, en: s.id };
  const terms: ModelTerm[] = live.map((c, k) => ({
    binning: (final[k] as AdjustedTerm).binning,
    woe: (final[k] as AdjustedTerm).adjustedWoe,
    coefficient: (fit.coefficients[k] as { estimate: number }).estimate,
    label: label(c.spec),
    reasonText: c.spec.reasonText ?? {
      'zh-CN': `${label(c.spec)['zh-CN']}（失分）`,
      en: `${label(c.spec).en} (points lost)`,
    },
    special: c.special,
  }));
  const s = o.scaling ?? {};
  const baseScore = s.baseScore ?? DEFAULT_FIT.baseScore;
  const pdo = s.pdo ?? DEFAULT_FIT.pdo;
  const recipe = {
    id: o.model?.id ?? DEFAULT_FIT.modelId,
    version: o.model?.version ?? DEFAULT_FIT.modelVersion,
    name: o.model?.name ?? { 'zh-CN': '拟合评分卡', en: 'Fitted scorecard' },
    gradeBands: o.model?.gradeBands ?? oddsGradeBands(baseScore, pdo),
    intercept,
    baseScore,
    baseOdds: s.baseOdds ?? DEFAULT_FIT.baseOdds,
    pdo,
    interceptPlacement: s.interceptPlacement ?? DEFAULT_FIT.interceptPlacement,
    integerPoints: s.integerPoints ?? DEFAULT_FIT.integerPoints,
    terms,
  };
  const model = buildModel(recipe);
  const exactModel = recipe.integerPoints ? buildModel({ ...recipe, integerPoints: false }) : model;
  const factor = pdo / Math.LN2;
  const offset = baseScore - factor * Math.log(recipe.baseOdds);
  const training = trainingMetrics(model, final, terms, intercept, bad, factor, offset);
  const liveIndex = new Map(live.map((c, k) => [c.spec.id, k]));
  const report: FitReport = {
    target: o.target,
    bad: o.bad,
    rows: rows.length,
    events,
    nonEvents: rows.length - events,
    minInformationValue: minIv,
    characteristics: candidates.map((c) => {
      const k = liveIndex.get(c.spec.id);
      const f = k === undefined ? undefined : final[k];
      const binning = f ? f.binning : c.binning;
      return {
        id: c.spec.id,
        informationValue: binning.informationValue,
        status: c.status,
        binning,
        adjustedWoe:
          f && adjustment
            ? {
                bins: Array.from(f.adjustedWoe.subarray(0, binning.bins.length)),
                missing: binning.missing ? (f.adjustedWoe[binning.bins.length] as number) : null,
                special: binning.special ? (f.adjustedWoe[binning.bins.length + 1] as number) : null,
                merges: f.merges,
              }
            : null,
      };
    }),
    regression: {
      intercept: fit.intercept,
      coefficients: fit.coefficients,
      converged: fit.converged,
      iterations: fit.iterations,
      logLikelihood: fit.logLikelihood,
      l2: fit.l2,
      separation: fit.separation,
      adjustment: adjustment
        ? {
            penalty,
            intercept: adjustment.intercept,
            converged: adjustment.converged,
            iterations: adjustment.iterations,
          }
        : null,
    },
    scaling: {
      factor,
      offset,
      pdo,
      baseScore,
      baseOdds: recipe.baseOdds,
      interceptPlacement: recipe.interceptPlacement,
      integerPoints: recipe.integerPoints,
      scoreRange: scoreRange(model, factor, offset),
    },
    training,
  };
  return { model, exactModel, report };
}

function basePointsOf(model: ScorecardModel, factor: number, offset: number): number {
  const s = model.logistic;
  return s && s.interceptPlacement === 'separate' ? offset - s.intercept * factor : 0;
}

function scoreRange(model: ScorecardModel, factor: number, offset: number): { min: number; max: number } {
  const base = basePointsOf(model, factor, offset);
  return model.characteristics.reduce(
    (r, c) => {
      const options = [
        ...c.bins.map((b) => b.points),
        ...[c.missing, c.type === 'numeric' ? c.special?.policy : c.unseen].flatMap((p) =>
          p && 'points' in p ? [p.points] : [],
        ),
      ];
      return { min: r.min + Math.min(...options), max: r.max + Math.max(...options) };
    },
    { min: base, max: base },
  );
}

/** Training discrimination from the groups the regression saw (`score()` finds the same bins). */
function trainingMetrics(
  model: ScorecardModel,
  final: readonly AdjustedTerm[],
  terms: readonly ModelTerm[],
  intercept: number,
  bad: Uint8Array,
  factor: number,
  offset: number,
): FitReport['training'] {
  const n = bad.length;
  const scores = new Float64Array(n).fill(basePointsOf(model, factor, offset));
  const linear = new Float64Array(n).fill(intercept);
  model.characteristics.forEach((c, k) => {
    const g = (final[k] as AdjustedTerm).groups;
    const bins = c.bins.length;
    const byGroup = Float64Array.from({ length: bins + 2 }, (_, j) => {
      if (j < bins) return (c.bins[j] as { points: number }).points;
      const policy = j === bins ? c.missing : c.type === 'numeric' ? c.special?.policy : undefined;
      return policy && 'points' in policy ? policy.points : 0;
    });
    const beta = (terms[k] as ModelTerm).coefficient;
    const w = (final[k] as AdjustedTerm).adjustedWoe;
    for (let i = 0; i < n; i++) {
      const j = g[i] as number;
      scores[i] = (scores[i] as number) + (byGroup[j] as number);
      linear[i] = (linear[i] as number) + beta * (w[j] as number);
    }
  });
  // Higher scores mean lower risk: the linear predictor of bad enters negated.
  for (let i = 0; i < n; i++) linear[i] = -(linear[i] as number);
  return { scores: metrics(scores, bad), linearPredictor: metrics(linear, bad) };
}
