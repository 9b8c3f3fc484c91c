import { NUTRIENTS, type Nutrient } from '../nutrients';
import { type LinearRow, solveLinearProgram } from './linearProgram';

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
 * bound), `bestFound` (the best the search found within its node limit) or `roundedUp`
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

/** A fixed node limit keeps the search deterministic (a time limit would not be). */
const MAX_BRANCH_NODES = 4_096;

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
  const rows: LinearRow[] = [];
  for (const n of NUTRIENTS) {
    if (need[n] > 0) rows.push({ coefficients: products.map((p) => p.bagKg * p.fraction[n]), min: need[n] });
  }
  products.forEach((p, i) => {
    if (p.minBags <= 0 && p.maxBags === null) return;
    rows.push({
      coefficients: products.map((_, k) => (k === i ? 1 : 0)),
      ...(p.minBags > 0 ? { min: p.minBags } : {}),
      ...(p.maxBags === null ? {} : { max: p.maxBags }),
    });
  });
  const solution = solveLinearProgram(
    { cost: products.map((p) => p.priceFenPerBag), rows, integers: products.map(() => true) },
    MAX_BRANCH_NODES,
  );
  if (solution.status === 'optimal' || solution.status === 'bestFound') {
    const bags = solution.x.map((v) => Math.round(v));
    const acceptable = withinBounds(products, bags) && meetsNeed(products, bags, need);
    if (acceptable && costOf(products, bags) <= costOf(products, roundedUp)) {
      return { bags, method: solution.status };
    }
  }
  return { bags: roundedUp, method: 'roundedUp' };
}

/**
 * The cheapest whole bags from which every stage of a split application can take its need:
 * integer bag counts, continuous stage amounts drawn from them (a mixed integer program). Returns
 * the bags, or `null` when the search finds none within its node limit (the caller then
 * rounds the stage amounts up instead).
 * @internal
 */
export function cheapestBagsForStages(
  products: readonly BagProduct[],
  stages: readonly Readonly<Record<Nutrient, number>>[],
): readonly number[] | null {
  // Columns: each product's bags, then what each stage takes from it (kg).
  const bagColumn = (i: number) => i * (stages.length + 1);
  const takeColumn = (i: number, s: number) => bagColumn(i) + 1 + s;
  const width = products.length * (stages.length + 1);
  const row = (entries: readonly [number, number][]) => {
    const coefficients = new Array<number>(width).fill(0);
    for (const [column, a] of entries) coefficients[column] = a;
    return coefficients;
  };
  const rows: LinearRow[] = [];
  stages.forEach((need, s) => {
    for (const n of NUTRIENTS) {
      if (need[n] <= 0) continue;
      const supplied = products.map((p, i): [number, number] => [takeColumn(i, s), p.fraction[n]]);
      rows.push({ coefficients: row(supplied), min: need[n] });
    }
  });
  products.forEach((p, i) => {
    // What the stages take from product i may not exceed what its bags hold.
    const taken = stages.map((_, s): [number, number] => [takeColumn(i, s), 1]);
    rows.push({ coefficients: row([[bagColumn(i), -p.bagKg], ...taken]), max: 0 });
    if (p.maxBags !== null) rows.push({ coefficients: row([[bagColumn(i), 1]]), max: p.maxBags });
  });
  const solution = solveLinearProgram(
    {
      cost: row(products.map((p, i): [number, number] => [bagColumn(i), p.priceFenPerBag])),
      rows,
      integers: Array.from({ length: width }, (_, column) => column % (stages.length + 1) === 0),
    },
    MAX_BRANCH_NODES,
  );
  if (solution.status !== 'optimal' && solution.status !== 'bestFound') return null;
  const bags = products.map((_, i) => Math.round(solution.x[bagColumn(i)] ?? 0));
  return withinBounds(products, bags) ? bags : null;
}
