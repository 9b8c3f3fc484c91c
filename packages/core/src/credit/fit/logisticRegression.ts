import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { type OutcomeSample, OutcomeSampleSchema, toBadFlags } from '../monitoring/samples';
import { cholesky, choleskySolve, inverseDiagonal } from './cholesky';
import { twoSidedPValue } from './normalTail';
import { varianceInflation } from './varianceInflation';

/** Options of {@link logisticRegression}. */
export const RegressionOptionsSchema = z.strictObject({
  /**
   * Ridge penalty: `½ · l2 · Σ βⱼ²` (intercept not penalised) is subtracted from the log-likelihood
   * summed over rows, so its weight relative to the data shrinks as rows grow. 0 unless told.
   */
  l2: z.number().min(0).max(1e9).optional(),
  /** Newton steps at most; 50 unless told. */
  maxIterations: z.int().min(1).max(1000).optional(),
  /** Converged when the deviance changes by less than this share, `|ΔD| / (|D| + 0.1)`; 1e-10 unless told. */
  tolerance: z.number().min(1e-15).max(0.1).optional(),
});

/** See {@link RegressionOptionsSchema}. */
export type RegressionOptions = z.infer<typeof RegressionOptionsSchema>;

/** Options of {@link logisticRegression}: the regression options and the columns' names. */
export const LogisticRegressionOptionsSchema = RegressionOptionsSchema.extend({
  /** A name per column, for messages; `x0`, `x1`, … unless told. */
  names: z.array(z.string().max(128)).max(1000).optional(),
});

/** See {@link LogisticRegressionOptionsSchema}. */
export type LogisticRegressionOptions = z.infer<typeof LogisticRegressionOptionsSchema>;

/** One term of a fitted logistic regression. */
export interface LogisticTerm {
  /** The column's name (`(intercept)` for the intercept). */
  readonly name: string;
  /** The coefficient, on the log-odds of the event (bad). */
  readonly estimate: number;
  /** Its standard error, from the inverse of the (penalised) information matrix. */
  readonly standardError: number;
  /** `estimate / standardError` (Wald). */
  readonly z: number;
  /** Two-sided p-value of `z` under the standard normal. */
  readonly pValue: number;
  /** Variance inflation factor of the column (`null` for the intercept or when infinite). */
  readonly varianceInflation: number | null;
}

/** The result of {@link logisticRegression}. */
export interface LogisticFit {
  /** The intercept term. */
  readonly intercept: LogisticTerm;
  /** One term per column, in order. */
  readonly coefficients: readonly LogisticTerm[];
  /** Whether the deviance settled within the tolerance before `maxIterations`. */
  readonly converged: boolean;
  /** Newton steps taken. */
  readonly iterations: number;
  /** Log-likelihood at the estimate (without the penalty). */
  readonly logLikelihood: number;
  /** `−2 · logLikelihood`. */
  readonly deviance: number;
  /** The ridge penalty used. */
  readonly l2: number;
  /**
   * True when some fitted probabilities are numerically 0 or 1: the outcomes are (quasi-)separated
   * by the columns, the maximum-likelihood estimate does not exist, and the coefficients only
   * mean "very large". Add `l2` or drop the separating column.
   */
  readonly separation: boolean;
}

/** Most rows and columns one regression takes. */
const MAX_ROWS = 10_000_000;
const MAX_COLUMNS = 1000;

const ColumnsSchema = z.custom<readonly (Float64Array | readonly number[])[]>(
  (v) => {
    if (!Array.isArray(v) || v.length > MAX_COLUMNS) return false;
    // An index loop, not `every`: a hole in a sparse array is not a column.
    for (let j = 0; j < v.length; j++)
      if (!(v[j] instanceof Float64Array || Array.isArray(v[j]))) return false;
    return true;
  },
  { message: `expected an array of at most ${MAX_COLUMNS} columns (Float64Array or number arrays)` },
);

function logLikelihoodOf(eta: Float64Array, y: Uint8Array): number {
  let ll = 0;
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i] as number;
    // y·η − ln(1 + e^η), written so neither term overflows.
    ll += (y[i] as number) * e - (Math.max(e, 0) + Math.log1p(Math.exp(-Math.abs(e))));
  }
  return ll;
}

/** @internal The regression on checked columns; `names` for messages. */
export function fitLogistic(
  xs: readonly Float64Array[],
  y: Uint8Array,
  names: readonly string[],
  options: RegressionOptions,
): LogisticFit {
  const n = y.length;
  const p = xs.length + 1;
  const l2 = options.l2 ?? 0;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  const col = (j: number): Float64Array | null => (j === 0 ? null : (xs[j - 1] as Float64Array));
  let events = 0;
  for (let i = 0; i < n; i++) events += y[i] as number;
  const beta = new Float64Array(p);
  beta[0] = Math.log(events / (n - events));
  const eta = new Float64Array(n);
  const w = new Float64Array(n);
  const resid = new Float64Array(n);
  const predict = (b: Float64Array, out: Float64Array) => {
    out.fill(b[0] as number);
    for (let j = 1; j < p; j++) {
      const x = col(j) as Float64Array;
      const bj = b[j] as number;
      if (bj !== 0) for (let i = 0; i < n; i++) out[i] = (out[i] as number) + bj * (x[i] as number);
    }
  };
  const penalty = (b: Float64Array) => {
    let s = 0;
    for (let j = 1; j < p; j++) s += (b[j] as number) ** 2;
    return 0.5 * l2 * s;
  };
  const information = (): Float64Array => {
    const h = new Float64Array(p * p);
    const wx = new Float64Array(n);
    for (let a = 0; a < p; a++) {
      const xa = col(a);
      if (xa) for (let i = 0; i < n; i++) wx[i] = (w[i] as number) * (xa[i] as number);
      else wx.set(w);
      for (let b = a; b < p; b++) {
        const xb = col(b);
        let s = 0;
        if (xb) for (let i = 0; i < n; i++) s += (wx[i] as number) * (xb[i] as number);
        else for (let i = 0; i < n; i++) s += wx[i] as number;
        h[a * p + b] = s;
        h[b * p + a] = s;
      }
      if (a > 0) h[a * p + a] = (h[a * p + a] as number) + l2;
    }
    return h;
  };
  const weigh = () => {
    for (let i = 0; i < n; i++) {
      const pr = 1 / (1 + Math.exp(-(eta[i] as number)));
      w[i] = pr * (1 - pr);
      resid[i] = (y[i] as number) - pr;
    }
  };
  const factorOrThrow = (h: Float64Array): Float64Array => {
    const f = cholesky(h, p);
    if ('factor' in f) return f.factor;
    const name = f.singularAt === 0 ? '(intercept)' : (names[f.singularAt - 1] as string);
    throw new HezuoError(
      'INVALID_INPUT',
      `column "${name}" is a linear combination of the columns before it (or constant): ` +
        'drop one of them or set l2 above 0',
      { path: ['columns', Math.max(0, f.singularAt - 1)], details: { column: name } },
    );
  };
  predict(beta, eta);
  let objective = logLikelihoodOf(eta, y) - penalty(beta);
  let converged = false;
  let iterations = 0;
  const trial = new Float64Array(p);
  const trialEta = new Float64Array(n);
  while (iterations < maxIterations && !converged) {
    iterations++;
    weigh();
    const g = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      const x = col(j);
      let s = 0;
      if (!x) for (let i = 0; i < n; i++) s += resid[i] as number;
      else for (let i = 0; i < n; i++) s += (resid[i] as number) * (x[i] as number);
      g[j] = s - (j > 0 ? l2 * (beta[j] as number) : 0);
    }
    const step = choleskySolve(factorOrThrow(information()), p, g);
    // Step halving keeps every step uphill; the Newton step nearly always passes at once.
    let scale = 1;
    let next = objective;
    for (let halvings = 0; halvings < 40; halvings++) {
      for (let j = 0; j < p; j++) trial[j] = (beta[j] as number) + scale * (step[j] as number);
      predict(trial, trialEta);
      next = logLikelihoodOf(trialEta, y) - penalty(trial);
      if (next >= objective - 1e-12 * Math.abs(objective)) break;
      scale /= 2;
    }
    beta.set(trial);
    eta.set(trialEta);
    converged = Math.abs(next - objective) / (Math.abs(2 * next) + 0.1) < tolerance;
    objective = next;
  }
  weigh();
  const se = inverseDiagonal(factorOrThrow(information()), p);
  let extreme = false;
  for (let i = 0; i < n && !extreme; i++) {
    const pr = 1 / (1 + Math.exp(-(eta[i] as number)));
    extreme = pr < 1e-10 || pr > 1 - 1e-10;
  }
  const vif = varianceInflation(xs);
  const term = (j: number): LogisticTerm => {
    const estimate = beta[j] as number;
    const standardError = Math.sqrt(Math.max(0, se[j] as number));
    const z = standardError > 0 ? estimate / standardError : 0;
    return {
      name: j === 0 ? '(intercept)' : (names[j - 1] as string),
      estimate,
      standardError,
      z,
      pValue: twoSidedPValue(z),
      varianceInflation: j === 0 ? null : (vif[j - 1] ?? null),
    };
  };
  const logLikelihood = logLikelihoodOf(eta, y);
  if (!beta.every(Number.isFinite) || !Number.isFinite(logLikelihood)) {
    throw new HezuoError(
      'NOT_CONVERGED',
      'the logistic regression diverged: the coefficients left the range of numbers',
      {
        path: ['columns'],
      },
    );
  }
  return {
    intercept: term(0),
    coefficients: Array.from({ length: p - 1 }, (_, j) => term(j + 1)),
    converged,
    iterations,
    logLikelihood,
    deviance: -2 * logLikelihood,
    l2,
    separation: extreme,
  };
}

/**
 * Logistic regression of a 0/1 outcome (1 = the event, bad) on columns, by Newton's method
 * (iteratively reweighted least squares) with an optional ridge penalty: estimates, standard
 * errors, Wald z and p-values, variance inflation factors, and whether it converged. Separation
 * is flagged (`separation`), never hidden behind huge coefficients. Deterministic.
 *
 * @param columns - the predictors, one `Float64Array` (or number array) per column, finite.
 * @param outcomes - one outcome per row: `true`/`1` = event (bad); both must occur.
 * @throws HezuoError `INVALID_INPUT` for columns of another length, a value that is not finite,
 * outcomes of one kind only, or a column that is a combination of the others (with `l2` 0);
 * `NOT_CONVERGED` when the coefficients overflow.
 *
 * @example
 * ```ts
 * const fit = logisticRegression([Float64Array.of(1, 2, 3, 4, 5, 6)], Uint8Array.of(0, 0, 1, 0, 1, 1));
 * ```
 */
export function logisticRegression(
  columns: readonly (Float64Array | readonly number[])[],
  outcomes: OutcomeSample,
  options: LogisticRegressionOptions = {},
): LogisticFit {
  const o = parseInput(LogisticRegressionOptionsSchema, options, { path: ['options'] });
  const cols = parseInput(ColumnsSchema, columns, { path: ['columns'] });
  const y = toBadFlags(parseInput(OutcomeSampleSchema, outcomes, { path: ['outcomes'] }));
  const n = y.length;
  if (n > MAX_ROWS) throw new HezuoError('INVALID_INPUT', `at most ${MAX_ROWS} rows`, { path: ['outcomes'] });
  let events = 0;
  for (let i = 0; i < n; i++) events += y[i] as number;
  if (events === 0 || events === n) {
    throw new HezuoError('INVALID_INPUT', 'outcomes need at least one event (1) and one non-event (0)', {
      path: ['outcomes'],
    });
  }
  if (o.names && o.names.length !== cols.length) {
    throw new HezuoError('INVALID_INPUT', `${o.names.length} names for ${cols.length} columns`, {
      path: ['options', 'names'],
    });
  }
  const names = o.names ?? cols.map((_, j) => `x${j}`);
  const xs = cols.map((c, j) => {
    if (c.length !== n) {
      throw new HezuoError('INVALID_INPUT', `column "${names[j]}" has ${c.length} rows, outcomes ${n}`, {
        path: ['columns', j],
      });
    }
    const x = c instanceof Float64Array ? c : new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = c[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new HezuoError(
          'INVALID_INPUT',
          `column "${names[j]}", row ${i}: ${String(v)} is not a finite number`,
          {
            path: ['columns', j, i],
          },
        );
      }
      x[i] = v;
    }
    return x;
  });
  return fitLogistic(xs, y, names, o);
}
