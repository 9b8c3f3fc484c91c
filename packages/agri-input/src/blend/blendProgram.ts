import { HezuoError } from '@hezuo/core';
import { NUTRIENTS, type Nutrient } from '../nutrients';
import { type LinearRow, type LinearSolution, solveLinearProgram } from './linearProgram';

/**
 * One product as the linear program sees it: nutrient fractions, cost per kg, and the kg
 * bounds that stock and a minimum dose set.
 * @internal
 */
export interface ProgramProduct {
  /** kg of each nutrient per kg of product (grade ÷ 100). */
  readonly fraction: Readonly<Record<Nutrient, number>>;
  /** fen per kg of product (bag price ÷ bag mass). */
  readonly fenPerKg: number;
  /** The most kg available (stock × bag mass), or `null` for no limit. */
  readonly maxKg: number | null;
  /** The least kg to use over all stages (a minimum dose), 0 when none. */
  readonly minKg: number;
}

/**
 * A blend program: products, the nutrient need of each stage (one stage for a single
 * application), and the tolerance above the need.
 * @internal
 */
export interface BlendProgram {
  readonly products: readonly ProgramProduct[];
  readonly stages: readonly Readonly<Record<Nutrient, number>>[];
  /** Supply should exceed each need by at most this share (0.1 = 10 %), and never fall below it. */
  readonly tolerance: number;
}

/** A solved program. */
export interface ProgramSolution {
  /** `kg[stage][product]`, snapped to 1e-6 kg. */
  readonly kg: readonly (readonly number[])[];
  /** Σ kg × fen per kg from the solver's values, unrounded. */
  readonly costFen: number;
  /** Whether every stage's supply stays within the tolerance. */
  readonly withinTolerance: boolean;
}

/** Solver values carry 1e-8 noise; a micro-gram grid removes it without moving any real amount. */
const snap = (kg: number) => {
  const value = Math.round(kg * 1e6) / 1e6;
  return Math.max(0, value);
};

type Mode =
  | { readonly kind: 'withinTolerance' }
  | { readonly kind: 'leastExcess' }
  | { readonly kind: 'cheapestWithExcess'; readonly excessKg: number };

/** Where each variable sits: product i at stage s, then (in the soft modes) each excess. */
const productColumn = (program: BlendProgram, product: number, stage: number) =>
  product * program.stages.length + stage;

/**
 * Builds and solves one linear program. Rows: for every stage and nutrient, supply ≥ need and
 * supply − excess ≤ need × (1 + tolerance); for every product, its stage amounts within
 * [minKg, maxKg]. In `withinTolerance` mode there is no excess (a hard upper bound); in
 * `leastExcess` mode the total excess is minimised; in `cheapestWithExcess` mode it is capped
 * at the least excess and cost is minimised.
 */
function solveMode(program: BlendProgram, mode: Mode): LinearSolution {
  const { products, stages, tolerance } = program;
  const soft = mode.kind !== 'withinTolerance';
  const productColumns = products.length * stages.length;
  const width = productColumns + (soft ? stages.length * NUTRIENTS.length : 0);
  const excessColumn = (stage: number, k: number) => productColumns + stage * NUTRIENTS.length + k;
  const row = (entries: Iterable<[number, number]>) => {
    const coefficients = new Array<number>(width).fill(0);
    for (const [column, a] of entries) coefficients[column] = a;
    return coefficients;
  };
  const supplied = (n: Nutrient, s: number) =>
    products.map((p, i): [number, number] => [productColumn(program, i, s), p.fraction[n]]);

  const rows: LinearRow[] = [];
  stages.forEach((need, s) => {
    NUTRIENTS.forEach((n, k) => {
      const max = need[n] * (1 + tolerance);
      if (soft) {
        rows.push({ coefficients: row(supplied(n, s)), min: need[n] });
        rows.push({ coefficients: row([...supplied(n, s), [excessColumn(s, k), -1]]), max });
      } else {
        rows.push({ coefficients: row(supplied(n, s)), min: need[n], max });
      }
    });
  });
  products.forEach((p, i) => {
    if (p.minKg <= 0 && p.maxKg === null) return;
    rows.push({
      coefficients: row(stages.map((_, s): [number, number] => [productColumn(program, i, s), 1])),
      ...(p.minKg > 0 ? { min: p.minKg } : {}),
      ...(p.maxKg === null ? {} : { max: p.maxKg }),
    });
  });
  const excess = row(
    stages.flatMap((_, s) => NUTRIENTS.map((_, k): [number, number] => [excessColumn(s, k), 1])),
  );
  if (mode.kind === 'cheapestWithExcess') {
    // The least excess, with room for the solver's own rounding.
    rows.push({ coefficients: excess, max: mode.excessKg * (1 + 1e-9) + 1e-7 });
  }
  const cost = row(
    products.flatMap((p, i) =>
      stages.map((_, s): [number, number] => [productColumn(program, i, s), p.fenPerKg]),
    ),
  );
  const solution = solveLinearProgram({ cost: mode.kind === 'leastExcess' ? excess : cost, rows });
  if (solution.status === 'unbounded') {
    // Costs and excess are non-negative, so the program is bounded: this is a solver fault.
    throw new HezuoError('NOT_CONVERGED', 'the blend program could not be solved (unbounded)', {
      details: { status: solution.status },
    });
  }
  return solution;
}

function toSolution(
  program: BlendProgram,
  solution: LinearSolution,
  withinTolerance: boolean,
): ProgramSolution {
  const x = 'x' in solution ? solution.x : [];
  const kg = program.stages.map((_, s) =>
    program.products.map((_, i) => snap(x[productColumn(program, i, s)] ?? 0)),
  );
  // The cost from the solver's own values (not the snapped ones): marginal costs difference it.
  let costFen = 0;
  program.products.forEach((p, i) => {
    program.stages.forEach((_, s) => {
      costFen += (x[productColumn(program, i, s)] ?? 0) * p.fenPerKg;
    });
  });
  return { kg, costFen, withinTolerance };
}

/**
 * Solves a blend program by the simplex method: the cheapest blend that meets every
 * need and stays within the tolerance; when the products on offer cannot stay within it, the
 * cheapest of the blends that exceed it least (in total kg beyond the tolerance), flagged
 * `withinTolerance: false`. Needs are hard: returns `null` when stock cannot meet them.
 * @internal
 */
export function solveBlendProgram(program: BlendProgram): ProgramSolution | null {
  const within = solveMode(program, { kind: 'withinTolerance' });
  if (within.status === 'optimal') return toSolution(program, within, true);
  const least = solveMode(program, { kind: 'leastExcess' });
  if (least.status !== 'optimal') return null;
  const cheapest = solveMode(program, { kind: 'cheapestWithExcess', excessKg: least.value });
  return toSolution(program, cheapest.status === 'optimal' ? cheapest : least, false);
}
