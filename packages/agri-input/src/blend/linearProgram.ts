import { HezuoError } from '@hezuo/core';

/**
 * One constraint of a linear program: `Σ coefficients[j] · x[j]` at least `min` and at most
 * `max` (either may be left out).
 * @internal
 */
export interface LinearRow {
  readonly coefficients: readonly number[];
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * Minimise `Σ cost[j] · x[j]` over `x ≥ 0` within the rows; the variables marked in `integers`
 * must take whole values.
 * @internal
 */
export interface LinearProgram {
  readonly cost: readonly number[];
  readonly rows: readonly LinearRow[];
  readonly integers?: readonly boolean[];
}

/**
 * The answer: `optimal`; `bestFound` when the branch-and-bound search reached its node limit
 * with a whole-valued answer in hand (the best it found); `gaveUp` when it reached the limit
 * without one; `infeasible`; `unbounded`.
 * @internal
 */
export type LinearSolution =
  | { readonly status: 'optimal' | 'bestFound'; readonly x: readonly number[]; readonly value: number }
  | { readonly status: 'infeasible' | 'unbounded' | 'gaveUp' };

/** Entries smaller than this are zero: the programs here are kg, fen and shares of a kg. */
const EPS = 1e-9;
/** Degenerate pivots in a row before switching to Bland's rule (lowest variable first), which cannot cycle. */
const DEGENERATE_RUN = 32;
/** Bland's rule always ends; this only guards against floating point pretending otherwise. */
const MAX_PIVOTS = 100_000;

/**
 * A simplex dictionary: each basic variable as `rhs − Σ coefficient × nonbasic`, one row per
 * basic variable over the `n` nonbasic columns, with the objective kept the same way
 * (`value − Σ (−reduced cost) × nonbasic`). The program's variables are numbered first, then a
 * slack per inequality; adding a bound adds a row and nothing else.
 */
interface Tableau {
  readonly n: number;
  /** Rows of `n + 1` entries: coefficients, then the right-hand side. */
  readonly matrix: Float64Array;
  readonly objective: Float64Array;
  readonly basic: number[];
  readonly nonbasic: number[];
}

const rowsOf = (t: Tableau) => t.basic.length;

function pivot(t: Tableau, r: number, k: number): void {
  const stride = t.n + 1;
  const m = t.matrix;
  const ro = r * stride;
  const p = m[ro + k] as number;
  for (let j = 0; j < stride; j++) if (j !== k) m[ro + j] = (m[ro + j] as number) / p;
  m[ro + k] = 1 / p;
  const eliminate = (row: Float64Array, offset: number) => {
    const f = row[offset + k] as number;
    if (f === 0) return;
    for (let j = 0; j < stride; j++)
      if (j !== k) row[offset + j] = (row[offset + j] as number) - f * (m[ro + j] as number);
    row[offset + k] = -f / p;
  };
  for (let i = 0; i < rowsOf(t); i++) if (i !== r) eliminate(m, i * stride);
  eliminate(t.objective, 0);
  const entering = t.nonbasic[k] as number;
  t.nonbasic[k] = t.basic[r] as number;
  t.basic[r] = entering;
}

const notConverged = () => new HezuoError('NOT_CONVERGED', 'the linear program did not converge');

/**
 * The candidate (row or column) with the lowest ratio, `null` for those that cannot pivot;
 * within rounding of the lowest, the lowest-numbered variable (Bland's tie rule). Index −1 if none.
 */
function lowestRatio(
  count: number,
  ratioOf: (index: number) => number | null,
  variableOf: (index: number) => number,
): { index: number; ratio: number } {
  let index = -1;
  let ratio = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const r = ratioOf(i);
    if (r === null) continue;
    const tie = index >= 0 && Math.abs(r - ratio) <= EPS * Math.max(1, ratio);
    if ((r < ratio && !tie) || (tie && variableOf(i) < variableOf(index))) {
      index = i;
      ratio = Math.min(r, ratio);
    }
  }
  return { index, ratio };
}

/**
 * Primal simplex, from a feasible dictionary: the most negative reduced cost enters while pivots
 * make progress; after a run of degenerate pivots, Bland's rule for the rest.
 */
function primalSimplex(t: Tableau): 'optimal' | 'unbounded' {
  const stride = t.n + 1;
  let degenerate = 0;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    const bland = degenerate >= DEGENERATE_RUN;
    let enter = -1;
    for (let k = 0; k < t.n; k++) {
      const gain = t.objective[k] as number;
      if (gain <= EPS) continue;
      if (
        enter < 0 ||
        (bland
          ? (t.nonbasic[k] as number) < (t.nonbasic[enter] as number)
          : gain > (t.objective[enter] as number))
      )
        enter = k;
    }
    if (enter < 0) return 'optimal';
    const { index: leave, ratio } = lowestRatio(
      rowsOf(t),
      (i) => {
        const a = t.matrix[i * stride + enter] as number;
        return a > EPS ? Math.max(0, t.matrix[i * stride + t.n] as number) / a : null;
      },
      (i) => t.basic[i] as number,
    );
    if (leave < 0) return 'unbounded';
    degenerate = ratio <= EPS ? degenerate + 1 : 0;
    pivot(t, leave, enter);
  }
  throw notConverged();
}

/**
 * Dual simplex, from a dictionary whose reduced costs are all non-negative: the most negative
 * basic variable leaves (Bland's rule after a run of degenerate pivots) until none is negative,
 * which is the optimum, or a row shows that no answer exists.
 */
function dualSimplex(t: Tableau): 'optimal' | 'infeasible' {
  const stride = t.n + 1;
  let degenerate = 0;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    const bland = degenerate >= DEGENERATE_RUN;
    let leave = -1;
    for (let i = 0; i < rowsOf(t); i++) {
      const b = t.matrix[i * stride + t.n] as number;
      if (b >= -EPS) continue;
      if (
        leave < 0 ||
        (bland
          ? (t.basic[i] as number) < (t.basic[leave] as number)
          : b < (t.matrix[leave * stride + t.n] as number))
      )
        leave = i;
    }
    if (leave < 0) return 'optimal';
    const { index: enter, ratio } = lowestRatio(
      t.n,
      (k) => {
        const a = t.matrix[leave * stride + k] as number;
        return a < -EPS ? Math.max(0, -(t.objective[k] as number)) / -a : null;
      },
      (k) => t.nonbasic[k] as number,
    );
    if (enter < 0) return 'infeasible';
    degenerate = ratio <= EPS ? degenerate + 1 : 0;
    pivot(t, leave, enter);
  }
  throw notConverged();
}

/** The objective row for `cost` in the dictionary's current basis (slacks cost nothing). */
function priceOut(t: Tableau, cost: readonly number[]): void {
  const stride = t.n + 1;
  const c = (variable: number) => cost[variable] ?? 0;
  t.objective.fill(0);
  for (let k = 0; k < t.n; k++) t.objective[k] = -c(t.nonbasic[k] as number);
  for (let i = 0; i < rowsOf(t); i++) {
    const ci = c(t.basic[i] as number);
    if (ci === 0) continue;
    for (let j = 0; j < stride; j++)
      t.objective[j] = (t.objective[j] as number) + ci * (t.matrix[i * stride + j] as number);
  }
}

/** One more row: a new slack, basic, as `rhs − Σ coefficient × nonbasic`. */
function addRow(t: Tableau, coefficients: ArrayLike<number>, rhs: number, slack: number): Tableau {
  const stride = t.n + 1;
  const matrix = new Float64Array(t.matrix.length + stride);
  matrix.set(t.matrix);
  const o = t.matrix.length;
  for (let k = 0; k < t.n; k++) matrix[o + k] = coefficients[k] ?? 0;
  matrix[o + t.n] = rhs;
  return {
    n: t.n,
    matrix,
    objective: t.objective.slice(),
    basic: [...t.basic, slack],
    nonbasic: [...t.nonbasic],
  };
}

/**
 * A copy of the dictionary with `x[j] ≤ bound` (or `≥ bound`) added, written in its nonbasic
 * variables: a new slack `bound − x[j]` (or `x[j] − bound`), basic and perhaps negative.
 */
function withBound(t: Tableau, j: number, atMost: boolean, bound: number): Tableau {
  const stride = t.n + 1;
  const sign = atMost ? 1 : -1;
  const slack = t.n + rowsOf(t);
  const r = t.basic.indexOf(j);
  const coefficients = new Float64Array(t.n);
  let rhs: number;
  if (r >= 0) {
    // x[j] = b − Σ a·x_N, so bound − x[j] = (bound − b) + Σ a·x_N.
    const b = t.matrix[r * stride + t.n] as number;
    for (let k = 0; k < t.n; k++) coefficients[k] = -sign * (t.matrix[r * stride + k] as number);
    rhs = sign * (bound - b);
  } else {
    coefficients[t.nonbasic.indexOf(j)] = sign;
    rhs = sign * bound;
  }
  return addRow(t, coefficients, rhs, slack);
}

type Relaxation =
  | { readonly status: 'optimal'; readonly t: Tableau }
  | { readonly status: 'infeasible' | 'unbounded' };

/**
 * The linear relaxation. Every inequality gets a slack that starts in the basis, perhaps
 * negative. With no negative cost the starting dictionary is dual feasible and the dual simplex
 * goes straight to the optimum; otherwise a first pass finds a feasible basis (the dual simplex
 * on a zero objective) and the primal simplex then minimises the cost.
 */
function solveRelaxation(cost: readonly number[], rows: readonly LinearRow[]): Relaxation {
  const n = cost.length;
  let t: Tableau = {
    n,
    matrix: new Float64Array(0),
    objective: new Float64Array(n + 1),
    basic: [],
    nonbasic: Array.from({ length: n }, (_, j) => j),
  };
  for (const { coefficients, min, max } of rows) {
    // a·x ≤ max is the slack max − a·x ≥ 0; a·x ≥ min is a·x − min = −min − (−a)·x ≥ 0.
    if (max !== undefined) t = addRow(t, coefficients, max, n + rowsOf(t));
    if (min !== undefined)
      t = addRow(
        t,
        coefficients.map((a) => -a),
        -min,
        n + rowsOf(t),
      );
  }
  if (cost.every((c) => c >= 0)) {
    priceOut(t, cost);
    return dualSimplex(t) === 'optimal' ? { status: 'optimal', t } : { status: 'infeasible' };
  }
  if (dualSimplex(t) === 'infeasible') return { status: 'infeasible' };
  priceOut(t, cost);
  return primalSimplex(t) === 'optimal' ? { status: 'optimal', t } : { status: 'unbounded' };
}

/** The program's variables at the dictionary's basic solution. */
function valuesOf(t: Tableau, n: number): number[] {
  const x = new Array<number>(n).fill(0);
  t.basic.forEach((variable, i) => {
    if (variable < n) x[variable] = Math.max(0, t.matrix[i * (t.n + 1) + t.n] as number);
  });
  return x;
}

const costAt = (cost: readonly number[], x: readonly number[]) =>
  cost.reduce((sum, c, j) => sum + c * (x[j] ?? 0), 0);

/** Whether `x` meets every row, to the simplex's own tolerance. */
function feasible(rows: readonly LinearRow[], x: readonly number[]): boolean {
  return rows.every(({ coefficients, min, max }) => {
    const lhs = coefficients.reduce((sum, a, j) => sum + a * (x[j] ?? 0), 0);
    const slack = 1e-9 * Math.max(1, Math.abs(lhs));
    return (min === undefined || lhs >= min - slack) && (max === undefined || lhs <= max + slack);
  });
}

/** A branch waiting to be solved: its parent's optimum, the bound it adds, and the parent's value. */
interface Branch {
  readonly parent: Tableau;
  readonly variable: number;
  readonly atMost: boolean;
  readonly bound: number;
  readonly parentValue: number;
}

type Incumbent = { readonly x: number[]; readonly value: number };

/** The waiting branch with the lowest bound (ties: the latest), so the search goes best first. */
function takeBest(branches: Branch[]): Branch {
  let pick = branches.length - 1;
  branches.forEach((b, i) => {
    if (b.parentValue < (branches[pick] as Branch).parentValue) pick = i;
  });
  return branches.splice(pick, 1)[0] as Branch;
}

/**
 * Solves a linear program by the simplex method, and an integer or mixed-integer one by branch
 * and bound: best bound first, on the most fractional variable, each branch solved by the dual
 * simplex from its parent's optimum, and pruned by the best whole-valued answer so far (seeded by
 * rounding up). `maxNodes` bounds the search so it stays deterministic (a time limit would not be).
 * @internal
 */
export function solveLinearProgram(program: LinearProgram, maxNodes = 4_096): LinearSolution {
  const { cost, integers = [] } = program;
  const n = cost.length;
  const root = solveRelaxation(cost, program.rows);
  if (root.status !== 'optimal') return root;
  if (!integers.some(Boolean)) {
    const x = valuesOf(root.t, n);
    return { status: 'optimal', x, value: costAt(cost, x) };
  }

  // With whole-fen costs on whole variables only, every answer costs a whole number: a branch
  // whose bound rounds up to the best so far cannot beat it.
  const wholeValued = cost.every((c, j) => c === 0 || (integers[j] === true && Number.isInteger(c)));
  const cannotBeat = (value: number, best: Incumbent | null) =>
    best !== null && (wholeValued ? Math.ceil(value - 1e-6) : value) >= best.value - 1e-9;
  let best: Incumbent | null = null;
  const better = (x: number[]): Incumbent | null => {
    const value = costAt(cost, x);
    return (best === null || value < best.value - 1e-9) && feasible(program.rows, x) ? { x, value } : null;
  };
  const branches: Branch[] = [];
  let nodes = 0;
  let t: Tableau | null = root.t;
  while (t !== null || branches.length > 0) {
    if (t === null) {
      const branch = takeBest(branches);
      if (cannotBeat(branch.parentValue, best)) continue;
      if (nodes >= maxNodes) return best ? { status: 'bestFound', ...best } : { status: 'gaveUp' };
      t = withBound(branch.parent, branch.variable, branch.atMost, branch.bound);
      if (dualSimplex(t) === 'infeasible') {
        t = null;
        continue;
      }
    }
    nodes++;
    const x = valuesOf(t, n);
    const value = costAt(cost, x);
    const parent: Tableau = t;
    t = null;
    if (cannotBeat(value, best)) continue;
    // Whole to within the simplex's own noise: a need of a fraction of a gram still takes a bag.
    let split = -1;
    let distance = 1e-9;
    x.forEach((v, j) => {
      const off = Math.abs(v - Math.round(v));
      if (integers[j] && off > distance) {
        split = j;
        distance = off;
      }
    });
    // Rounding every whole variable up keeps a covering program feasible more often than not:
    // a cheap incumbent that prunes much of the search.
    best =
      better(x.map((v, j) => (integers[j] ? (split < 0 ? Math.round(v) : Math.ceil(v - 1e-9)) : v))) ?? best;
    if (split < 0) continue;
    const v = x[split] as number;
    branches.push(
      { parent, variable: split, atMost: true, bound: Math.floor(v), parentValue: value },
      { parent, variable: split, atMost: false, bound: Math.ceil(v), parentValue: value },
    );
  }
  return best ? { status: 'optimal', ...(best as Incumbent) } : { status: 'infeasible' };
}
