import { type Constraint, solve } from 'yalps';
import { NUTRIENTS, type Nutrient } from '../nutrients';

/**
 * One product as the whole-bag program sees it.
 * @internal
 */
export interface BagProduct {
  /** kg of each nutrient per kg of product (grade ÷ 100). */
  readonly fraction: Readonly<Record<Nutrient, number>>;
  /** Net kg in one bag. */
  readonly bagKg: number;
  /** fen per bag. */
  readonly priceFenPerBag: number;
  /** Bags in stock, or `null` for no limit. */
  readonly maxBags: number | null;
  /** The fewest bags a minimum dose needs (0 when none). */
  readonly minBags: number;
}

/**
 * How a whole-bag plan was found: `optimal` (the cheapest whole-bag plan, by branch and
 * bound), `bestFound` (the best the search found within its iteration limit) or `roundedUp`
 * (each product of the continuous blend rounded up to whole bags, when the search found nothing
 * cheaper).
 */
export type WholeBagMethod = 'optimal' | 'bestFound' | 'roundedUp';

/**
 * Bags of each product, and how they were found.
 * @internal
 */
export interface WholeBagChoice {
  readonly bags: readonly number[];
  readonly method: WholeBagMethod;
}

/** A fixed iteration limit keeps the search deterministic (a time limit would not be). */
const MAX_BRANCH_ITERATIONS = 4_096;

/** A bag plan meets the need when every nutrient's supply is at least the need (to 1 mg). */
function meetsNeed(products: readonly BagProduct[], bags: readonly number[], need: Record<Nutrient, number>) {
  return NUTRIENTS.every((n) => {
    let supply = 0;
    for (const [i, p] of products.entries()) supply += (bags[i] ?? 0) * p.bagKg * p.fraction[n];
    return supply >= need[n] - 1e-6;
  });
}

function withinBounds(products: readonly BagProduct[], bags: readonly number[]) {
  return products.every((p, i) => {
    const b = bags[i] ?? 0;
    return Number.isSafeInteger(b) && b >= p.minBags && (p.maxBags === null || b <= p.maxBags);
  });
}

const costOf = (products: readonly BagProduct[], bags: readonly number[]) =>
  products.reduce((sum, p, i) => sum + (bags[i] ?? 0) * p.priceFenPerBag, 0);

/**
 * The cheapest whole bags that supply at least each nutrient's need, within stock and minimum
 * doses: an integer program over bag counts. Whole bags are allowed to exceed the tolerance
 * (a plot rarely needs an exact number of bags); they never fall short. Every candidate is
 * checked by nutrient arithmetic before it is accepted; if the search gives up, the continuous
 * blend `fallbackKg` rounded up to whole bags is used (it meets the need too, since rounding up
 * only adds nutrient).
 * @internal
 */
export function cheapestWholeBags(
  products: readonly BagProduct[],
  need: Record<Nutrient, number>,
  fallbackKg: readonly number[],
): WholeBagChoice {
  const roundedUp = products.map((p, i) =>
    Math.max(p.minBags, Math.ceil((fallbackKg[i] ?? 0) / p.bagKg - 1e-9)),
  );
  const constraints: [string, Constraint][] = [];
  for (const n of NUTRIENTS) if (need[n] > 0) constraints.push([n, { min: need[n] }]);
  const variables: [string, [string, number][]][] = products.map((p, i) => {
    const coefficients: [string, number][] = [['cost', p.priceFenPerBag]];
    for (const n of NUTRIENTS) if (p.fraction[n] > 0) coefficients.push([n, p.bagKg * p.fraction[n]]);
    if (p.minBags > 0 || p.maxBags !== null) {
      const bound: { min?: number; max?: number } = {};
      if (p.minBags > 0) bound.min = p.minBags;
      if (p.maxBags !== null) bound.max = p.maxBags;
      constraints.push([`cap${i}`, bound]);
      coefficients.push([`cap${i}`, 1]);
    }
    return [`p${i}`, coefficients];
  });
  const solution = solve(
    { direction: 'minimize', objective: 'cost', constraints, variables, integers: true },
    { maxIterations: MAX_BRANCH_ITERATIONS },
  );
  if (solution.status === 'optimal' || solution.status === 'timedout') {
    const values = new Map(solution.variables);
    const bags = products.map((_, i) => Math.round(values.get(`p${i}`) ?? 0));
    const acceptable = withinBounds(products, bags) && meetsNeed(products, bags, need);
    if (acceptable && costOf(products, bags) <= costOf(products, roundedUp)) {
      return { bags, method: solution.status === 'optimal' ? 'optimal' : 'bestFound' };
    }
  }
  return { bags: roundedUp, method: 'roundedUp' };
}

/**
 * The cheapest whole bags from which every stage of a split application can take its need:
 * integer bag counts, continuous stage amounts drawn from them (a mixed integer program). Returns
 * the bags, or `null` when the search finds none within its iteration limit (the caller then
 * rounds the stage amounts up instead).
 * @internal
 */
export function cheapestBagsForStages(
  products: readonly BagProduct[],
  stages: readonly Readonly<Record<Nutrient, number>>[],
): readonly number[] | null {
  const constraints: [string, Constraint][] = [];
  stages.forEach((need, s) => {
    for (const n of NUTRIENTS) if (need[n] > 0) constraints.push([`${n}s${s}`, { min: need[n] }]);
  });
  const variables: [string, [string, number][]][] = [];
  products.forEach((p, i) => {
    const bag: [string, number][] = [
      ['cost', p.priceFenPerBag],
      [`bag${i}`, -p.bagKg],
    ];
    if (p.maxBags !== null) {
      constraints.push([`cap${i}`, { max: p.maxBags }]);
      bag.push([`cap${i}`, 1]);
    }
    // What the stages take from product i may not exceed what its bags hold.
    constraints.push([`bag${i}`, { max: 0 }]);
    variables.push([`b${i}`, bag]);
    stages.forEach((_, s) => {
      const take: [string, number][] = [[`bag${i}`, 1]];
      for (const n of NUTRIENTS) if (p.fraction[n] > 0) take.push([`${n}s${s}`, p.fraction[n]]);
      variables.push([`x${i}s${s}`, take]);
    });
  });
  const solution = solve(
    {
      direction: 'minimize',
      objective: 'cost',
      constraints,
      variables,
      integers: products.map((_, i) => `b${i}`),
    },
    { maxIterations: MAX_BRANCH_ITERATIONS },
  );
  if (solution.status !== 'optimal' && solution.status !== 'timedout') return null;
  if (!Number.isFinite(solution.result)) return null;
  const values = new Map(solution.variables);
  const bags = products.map((_, i) => Math.round(values.get(`b${i}`) ?? 0));
  return withinBounds(products, bags) ? bags : null;
}
