import { HezuoError } from '@hezuo/core';
import { type Constraint, type Solution, solve } from 'yalps';
import { NUTRIENTS, type Nutrient } from '../nutrients';

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

const variable = (product: number, stage: number) => `p${product}s${stage}`;
const excessVariable = (n: Nutrient, stage: number) => `e${n}s${stage}`;

type Mode =
  | { readonly kind: 'withinTolerance' }
  | { readonly kind: 'leastExcess' }
  | { readonly kind: 'cheapestWithExcess'; readonly excessKg: number };

/**
 * Builds and solves one linear program. Rows: for every stage and nutrient, supply ≥ need and
 * supply − excess ≤ need × (1 + tolerance); for every product, its stage amounts within
 * [minKg, maxKg]. In `withinTolerance` mode excess is fixed at 0 (a hard upper bound); in
 * `leastExcess` mode the total excess is minimised; in `cheapestWithExcess` mode it is capped
 * at the least excess and cost is minimised.
 */
function solveMode(program: BlendProgram, mode: Mode, reversed = false): Solution {
  const { products, stages, tolerance } = program;
  const soft = mode.kind !== 'withinTolerance';
  const constraints: [string, Constraint][] = [];
  stages.forEach((need, s) => {
    for (const n of NUTRIENTS) {
      constraints.push([`${n}s${s}`, { min: need[n] }]);
      constraints.push([`${n}s${s}max`, { max: need[n] * (1 + tolerance) }]);
    }
  });
  products.forEach((p, i) => {
    const bound: { min?: number; max?: number } = {};
    if (p.minKg > 0) bound.min = p.minKg;
    if (p.maxKg !== null) bound.max = p.maxKg;
    if (bound.min !== undefined || bound.max !== undefined) constraints.push([`cap${i}`, bound]);
  });
  if (mode.kind === 'cheapestWithExcess') {
    // The least excess, with room for the solver's own rounding.
    constraints.push(['excess', { max: mode.excessKg * (1 + 1e-9) + 1e-7 }]);
  }
  const objective = mode.kind === 'leastExcess' ? 'excess' : 'cost';
  const variables: [string, [string, number][]][] = [];
  products.forEach((p, i) => {
    stages.forEach((_, s) => {
      const coefficients: [string, number][] = [['cost', p.fenPerKg]];
      for (const n of NUTRIENTS) {
        if (p.fraction[n] > 0) {
          coefficients.push([`${n}s${s}`, p.fraction[n]]);
          coefficients.push([`${n}s${s}max`, p.fraction[n]]);
        }
      }
      if (p.minKg > 0 || p.maxKg !== null) coefficients.push([`cap${i}`, 1]);
      variables.push([variable(i, s), coefficients]);
    });
  });
  if (soft) {
    stages.forEach((_, s) => {
      for (const n of NUTRIENTS) {
        variables.push([
          excessVariable(n, s),
          [
            [`${n}s${s}max`, -1],
            ['excess', 1],
          ],
        ]);
      }
    });
  }
  // A degenerate program (a zero tolerance makes each need an equality) can make the simplex
  // cycle; the retry gives it the columns in reverse order, so it takes another pivot path.
  const solution = solve({
    direction: 'minimize',
    objective,
    constraints,
    variables: reversed ? [...variables].reverse() : variables,
  });
  if (solution.status === 'cycled' && !reversed) return solveMode(program, mode, true);
  if (solution.status !== 'optimal' && solution.status !== 'infeasible') {
    // Costs and excess are non-negative, so the program is bounded; only a cycling simplex lands here.
    throw new HezuoError('NOT_CONVERGED', `the blend program could not be solved (${solution.status})`, {
      details: { status: solution.status },
    });
  }
  return solution;
}

function toSolution(program: BlendProgram, solution: Solution, withinTolerance: boolean): ProgramSolution {
  const values = new Map(solution.variables);
  const kg = program.stages.map((_, s) =>
    program.products.map((_, i) => snap(values.get(variable(i, s)) ?? 0)),
  );
  // The cost from the solver's own values (not the snapped ones): marginal costs difference it.
  let costFen = 0;
  for (const [key, amount] of solution.variables) {
    const product = program.products[Number(key.slice(1, key.indexOf('s')))];
    if (key.startsWith('p') && product) costFen += amount * product.fenPerKg;
  }
  return { kg, costFen, withinTolerance };
}

/**
 * Solves a blend program by the simplex method (yalps): the cheapest blend that meets every
 * need and stays within the tolerance; when the products on offer cannot stay within it, the
 * cheapest of the blends that exceed it least (in total kg beyond the tolerance), flagged
 * `withinTolerance: false`. Needs are hard: returns `null` when stock cannot meet them.
 * Throws `NOT_CONVERGED` if the simplex method cycles.
 * @internal
 */
export function solveBlendProgram(program: BlendProgram): ProgramSolution | null {
  const within = solveMode(program, { kind: 'withinTolerance' });
  if (within.status === 'optimal') return toSolution(program, within, true);
  const least = solveMode(program, { kind: 'leastExcess' });
  if (least.status !== 'optimal') return null;
  const cheapest = solveMode(program, { kind: 'cheapestWithExcess', excessKg: least.result });
  return toSolution(program, cheapest.status === 'optimal' ? cheapest : least, false);
}
