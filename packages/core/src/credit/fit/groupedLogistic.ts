import { cholesky, choleskySolve } from './cholesky';

/** @internal A logistic regression whose every feature is a function of per-characteristic groups. */
export interface GroupedDesign {
  /** Per characteristic, each row's group. */
  readonly groups: readonly Int32Array[];
  /** Per characteristic, how many groups. */
  readonly groupCounts: readonly number[];
  /** Per characteristic, the WOE of each group. */
  readonly woe: readonly Float64Array[];
  /** Outcomes, 1 = bad. */
  readonly y: Uint8Array;
}

/** @internal Parameters of {@link fitGrouped}: intercept, WOE coefficients and per-group adjustments. */
export interface GroupedParameters {
  intercept: number;
  readonly beta: Float64Array;
  readonly delta: Float64Array[];
}

/** @internal Options of {@link fitGrouped}. */
export interface GroupedOptions {
  /** Ridge penalty on the adjustments (shrinking them to 0, the plain WOE model). */
  readonly penalty: number;
  /** Ridge penalty on the WOE coefficients, when they are fitted too. */
  readonly l2: number;
  /** Keep the WOE coefficients as given (true) or fit them with the adjustments. */
  readonly fixedBeta: boolean;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/** @internal The log-odds of bad of each row under the parameters (into `out` when given). */
export function groupedPredictor(d: GroupedDesign, p: GroupedParameters, out?: Float64Array): Float64Array {
  const n = d.y.length;
  const eta = (out ?? new Float64Array(n)).fill(p.intercept);
  d.groups.forEach((g, c) => {
    const effect = Float64Array.from(
      d.woe[c] as Float64Array,
      (w, j) => (p.beta[c] as number) * w + ((p.delta[c] as Float64Array)[j] as number),
    );
    for (let i = 0; i < n; i++) eta[i] = (eta[i] as number) + (effect[g[i] as number] as number);
  });
  return eta;
}

function objectiveOf(d: GroupedDesign, p: GroupedParameters, o: GroupedOptions, eta: Float64Array): number {
  groupedPredictor(d, p, eta);
  let ll = 0;
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i] as number;
    ll += (d.y[i] as number) * e - (Math.max(e, 0) + Math.log1p(Math.exp(-Math.abs(e))));
  }
  let pen = 0;
  for (const delta of p.delta) for (const v of delta) pen += v * v;
  let penBeta = 0;
  if (!o.fixedBeta) for (const b of p.beta) penBeta += b * b;
  return ll - 0.5 * o.penalty * pen - 0.5 * o.l2 * penBeta;
}

/**
 * @internal Newton's method for a logistic regression on per-group adjustments (and, unless
 * fixed, the WOE coefficients): every feature depends on a row only through its groups, so the
 * information matrix is assembled from weighted cross-tabulations of the groups, O(C² · n) per
 * step for C characteristics, instead of O(p² · n) for p one-hot columns. Starts from `start`.
 */
export function fitGrouped(
  d: GroupedDesign,
  start: GroupedParameters,
  o: GroupedOptions,
): { params: GroupedParameters; converged: boolean; iterations: number } {
  const C = d.groups.length;
  const n = d.y.length;
  // Parameter layout: intercept, then β (unless fixed), then each characteristic's groups.
  const betaAt = (c: number) => 1 + c;
  const firstDelta = o.fixedBeta ? 1 : 1 + C;
  const deltaStart: number[] = [];
  let p = firstDelta;
  for (let c = 0; c < C; c++) {
    deltaStart.push(p);
    p += d.groupCounts[c] as number;
  }
  let params: GroupedParameters = {
    intercept: start.intercept,
    beta: Float64Array.from(start.beta),
    delta: start.delta.map((x) => Float64Array.from(x)),
  };
  const eta = new Float64Array(n);
  let objective = objectiveOf(d, params, o, eta);
  let converged = false;
  let iterations = 0;
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  // One buffer per pair of characteristics, reused (zeroed) at every step.
  const crosses = new Map<number, Float64Array>();
  const crossOf = (c: number, e: number, size: number): Float64Array => {
    const key = c * C + e;
    let buffer = crosses.get(key);
    if (!buffer) {
      buffer = new Float64Array(size);
      crosses.set(key, buffer);
    } else buffer.fill(0);
    return buffer;
  };
  while (iterations < o.maxIterations && !converged) {
    iterations++;
    groupedPredictor(d, params, eta);
    let sw = 0;
    let sr = 0;
    for (let i = 0; i < n; i++) {
      const pr = 1 / (1 + Math.exp(-(eta[i] as number)));
      w[i] = pr * (1 - pr);
      r[i] = (d.y[i] as number) - pr;
      sw += w[i] as number;
      sr += r[i] as number;
    }
    const sumW = d.groups.map((g, c) => {
      const s = new Float64Array(d.groupCounts[c] as number);
      for (let i = 0; i < n; i++) s[g[i] as number] = (s[g[i] as number] as number) + (w[i] as number);
      return s;
    });
    const sumR = d.groups.map((g, c) => {
      const s = new Float64Array(d.groupCounts[c] as number);
      for (let i = 0; i < n; i++) s[g[i] as number] = (s[g[i] as number] as number) + (r[i] as number);
      return s;
    });
    const h = new Float64Array(p * p);
    const grad = new Float64Array(p);
    const add = (a: number, b: number, v: number) => {
      h[a * p + b] = (h[a * p + b] as number) + v;
      if (a !== b) h[b * p + a] = (h[b * p + a] as number) + v;
    };
    add(0, 0, sw);
    grad[0] = sr;
    for (let c = 0; c < C; c++) {
      const W = d.woe[c] as Float64Array;
      const sW = sumW[c] as Float64Array;
      const sR = sumR[c] as Float64Array;
      const k = d.groupCounts[c] as number;
      for (let j = 0; j < k; j++) {
        const at = (deltaStart[c] as number) + j;
        add(0, at, sW[j] as number);
        add(at, at, (sW[j] as number) + o.penalty);
        grad[at] = (sR[j] as number) - o.penalty * ((params.delta[c] as Float64Array)[j] as number);
        if (!o.fixedBeta) {
          add(betaAt(c), at, (W[j] as number) * (sW[j] as number));
          add(0, betaAt(c), (W[j] as number) * (sW[j] as number));
          add(betaAt(c), betaAt(c), (W[j] as number) ** 2 * (sW[j] as number));
          grad[betaAt(c)] = (grad[betaAt(c)] as number) + (W[j] as number) * (sR[j] as number);
        }
      }
      if (!o.fixedBeta) {
        add(betaAt(c), betaAt(c), o.l2);
        grad[betaAt(c)] = (grad[betaAt(c)] as number) - o.l2 * (params.beta[c] as number);
      }
      for (let e = c + 1; e < C; e++) {
        const ke = d.groupCounts[e] as number;
        const cross = crossOf(c, e, k * ke);
        const gc = d.groups[c] as Int32Array;
        const ge = d.groups[e] as Int32Array;
        for (let i = 0; i < n; i++) {
          const at = (gc[i] as number) * ke + (ge[i] as number);
          cross[at] = (cross[at] as number) + (w[i] as number);
        }
        const We = d.woe[e] as Float64Array;
        for (let j = 0; j < k; j++) {
          for (let m = 0; m < ke; m++) {
            const v = cross[j * ke + m] as number;
            if (v === 0) continue;
            add((deltaStart[c] as number) + j, (deltaStart[e] as number) + m, v);
            if (!o.fixedBeta) {
              add(betaAt(c), (deltaStart[e] as number) + m, (W[j] as number) * v);
              add((deltaStart[c] as number) + j, betaAt(e), (We[m] as number) * v);
              add(betaAt(c), betaAt(e), (W[j] as number) * (We[m] as number) * v);
            }
          }
        }
      }
    }
    const f = cholesky(h, p);
    if (!('factor' in f)) break;
    const step = choleskySolve(f.factor, p, grad);
    let scale = 1;
    let next = params;
    let nextObjective = objective;
    for (let halvings = 0; halvings < 40; halvings++) {
      next = {
        intercept: params.intercept + scale * (step[0] as number),
        beta: o.fixedBeta
          ? params.beta
          : Float64Array.from(params.beta, (b, c) => b + scale * (step[betaAt(c)] as number)),
        delta: params.delta.map((x, c) =>
          Float64Array.from(x, (v, j) => v + scale * (step[(deltaStart[c] as number) + j] as number)),
        ),
      };
      nextObjective = objectiveOf(d, next, o, eta);
      if (nextObjective >= objective - 1e-12 * Math.abs(objective)) break;
      scale /= 2;
    }
    converged = Math.abs(nextObjective - objective) / (Math.abs(2 * nextObjective) + 0.1) < o.tolerance;
    params = next;
    objective = nextObjective;
  }
  return { params, converged, iterations };
}
