import { type Fen, formatFen, HezuoError, type LocalizedText, parseInput } from '@hezuo/core';
import type { FertilizerProduct } from '../fertilizerProduct';
import { NUTRIENT_LABELS, NUTRIENTS, type Nutrient } from '../nutrients';
import { ceilTo, decimalText, percentText, roundTo } from '../quantityRounding';
import { brandValues, type NutrientValues, type PerNutrient } from '../units';
import { throwInfeasible } from './blendInfeasibility';
import {
  availableBags,
  DEFAULT_BLEND_TOLERANCE,
  type LeastCostBlendInput,
  LeastCostBlendInputSchema,
} from './blendInput';
import { type BlendProgram, solveBlendProgram } from './blendProgram';
import { toProgramProducts } from './programProducts';
import { cheapestWholeBags, type WholeBagMethod } from './wholeBagPlan';

/** One product of the continuous (least-cost) blend. */
export interface BlendLine {
  /** The product id. */
  readonly productId: string;
  /** The product name. */
  readonly name: LocalizedText;
  /** kg of product, rounded up to 0.01 kg. */
  readonly kg: number;
  /** Its cost, rounded half-up to whole fen. */
  readonly costFen: Fen;
}

/** One product of the whole-bag plan. */
export interface BagLine {
  /** The product id. */
  readonly productId: string;
  /** The product name. */
  readonly name: LocalizedText;
  /** Whole bags to buy. */
  readonly bags: number;
  /** kg of product in them: `bags × bag mass`. */
  readonly kg: number;
  /** Their cost, exact: `bags × price per bag`. */
  readonly costFen: Fen;
}

/**
 * A least-cost blend: the continuous optimum within the tolerance, the cheapest whole-bag
 * plan that never falls short, the marginal cost of each nutrient, and the reasons.
 */
export interface LeastCostBlend {
  /** The need, kg of each nutrient. */
  readonly need: NutrientValues<'kg'>;
  /** The tolerance used (supply ≤ need × (1 + tolerance)). */
  readonly tolerance: number;
  /**
   * The continuous optimum: each nutrient from its need to need × (1 + tolerance), at least
   * cost. When the products on offer cannot stay within the tolerance (say, the only phosphate
   * is DAP and little nitrogen is needed), the cheapest blend exceeding it least, flagged.
   */
  readonly blend: {
    /** The products used, in catalogue order. */
    readonly lines: readonly BlendLine[];
    /** kg of each nutrient the blend supplies (rounded to 0.01 kg); never below the need. */
    readonly supplyKg: NutrientValues<'kg'>;
    /** Whether each nutrient's supply is within the tolerance. */
    readonly withinTolerance: PerNutrient<boolean>;
    /** The blend's cost, rounded half-up to whole fen. */
    readonly costFen: Fen;
  };
  /** What to buy: whole bags, at least every need, within stock and minimum doses, at least cost. */
  readonly wholeBags: {
    /** The products bought, in catalogue order. */
    readonly lines: readonly BagLine[];
    /** kg of each nutrient the bags hold (rounded to 0.01 kg); never below the need. */
    readonly supplyKg: NutrientValues<'kg'>;
    /** `supply − need` per nutrient (rounded to 0.01 kg). */
    readonly excessKg: NutrientValues<'kg'>;
    /** Whether each nutrient's supply is within the tolerance (whole bags may go beyond it). */
    readonly withinTolerance: PerNutrient<boolean>;
    /** The exact cost of the bags in fen. */
    readonly costFen: Fen;
    /** How the plan was found; see {@link WholeBagMethod}. */
    readonly method: WholeBagMethod;
  };
  /**
   * What one more kg of each nutrient's need adds to the blend's cost, in fen per kg (the
   * right-hand derivative, by re-solving with the need raised by 0.1 %; rounded to 0.01 fen).
   * `0` when the nutrient comes free with others; `null` when stock cannot supply more.
   */
  readonly marginalCostFenPerKg: PerNutrient<number | null>;
  /** The blend, the bags and the marginal costs in plain language. */
  readonly reasons: readonly LocalizedText[];
}

/** The need step for marginal costs: 0.1 % of the need, at least 10 g. */
const marginalStep = (need: number) => Math.max(need * 1e-3, 1e-2);

function supplyOf(products: readonly FertilizerProduct[], kg: readonly number[]): Record<Nutrient, number> {
  const supply = { N: 0, P2O5: 0, K2O: 0 };
  products.forEach((p, i) => {
    for (const n of NUTRIENTS) supply[n] += ((kg[i] ?? 0) * p.grade[n]) / 100;
  });
  return supply;
}

function withinTolerance(
  supply: Record<Nutrient, number>,
  need: Record<Nutrient, number>,
  tolerance: number,
) {
  const within = (n: Nutrient) => supply[n] <= need[n] * (1 + tolerance) + 1e-6;
  return { N: within('N'), P2O5: within('P2O5'), K2O: within('K2O') };
}

/**
 * The solver's answer, checked by nutrient arithmetic before anyone sees it: every need met
 * (to 1 mg). A failure here is a solver fault, reported rather than passed on.
 */
function checkSupply(supply: Record<Nutrient, number>, need: Record<Nutrient, number>): void {
  for (const n of NUTRIENTS) {
    if (supply[n] < need[n] - 1e-6) {
      throw new HezuoError(
        'NOT_CONVERGED',
        `the blend found supplies ${supply[n]} kg of ${n}, below the ${need[n]} kg needed`,
        {
          path: ['input', 'need', n],
        },
      );
    }
  }
}

const roundedValues = (values: Record<Nutrient, number>) =>
  brandValues<'kg'>({ N: roundTo(values.N, 2), P2O5: roundTo(values.P2O5, 2), K2O: roundTo(values.K2O, 2) });

function safeFen(value: number, what: string): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new HezuoError('AMOUNT_OVERFLOW', `the ${what} leaves the safe integer range of fen`, {
      path: ['input', 'products'],
    });
  }
  return value;
}

function listText(items: readonly string[], locale: 'zh-CN' | 'en'): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

function describe(result: Omit<LeastCostBlend, 'reasons'>): LocalizedText[] {
  const limit = percentText(1 + result.tolerance);
  const blendItems = (l: 'zh-CN' | 'en') =>
    result.blend.lines.map((line) => `${line.name[l]} ${decimalText(line.kg)} ${l === 'en' ? 'kg' : '公斤'}`);
  const over = NUTRIENTS.filter((n) => !result.blend.withinTolerance[n]);
  const overText = (l: 'zh-CN' | 'en') =>
    listText(
      over.map((n) => NUTRIENT_LABELS[n][l]),
      l,
    );
  const blend: LocalizedText = {
    'zh-CN': `最低成本配方（各养分不少于需求、不超过需求的 ${limit}）：${listText(blendItems('zh-CN'), 'zh-CN') || '无需施肥'}，约 ${formatFen(result.blend.costFen)}${over.length > 0 ? `；现有产品无法使${overText('zh-CN')}保持在容差内，已取超出最少的方案` : ''}。`,
    en: `Least-cost blend (each nutrient at least its need and at most ${limit} of it): ${listText(blendItems('en'), 'en') || 'nothing needed'}, about ${formatFen(result.blend.costFen, { locale: 'en' })}${over.length > 0 ? `; the products on offer cannot keep ${overText('en')} within the tolerance, so this blend exceeds it least` : ''}.`,
  };
  const bagItems = (l: 'zh-CN' | 'en') =>
    result.wholeBags.lines.map(
      (line) => `${line.name[l]} ${line.bags} ${l === 'en' ? (line.bags === 1 ? 'bag' : 'bags') : '袋'}`,
    );
  const beyond = NUTRIENTS.filter((n) => !result.wholeBags.withinTolerance[n]);
  const beyondText = (l: 'zh-CN' | 'en') =>
    beyond.map(
      (n) =>
        `${NUTRIENT_LABELS[n][l]} +${decimalText(result.wholeBags.excessKg[n])} ${l === 'en' ? 'kg' : '公斤'}`,
    );
  const bags: LocalizedText = {
    'zh-CN': `整袋购买：${listText(bagItems('zh-CN'), 'zh-CN') || '无'}，共 ${formatFen(result.wholeBags.costFen)}，各养分均不少于需求${beyond.length > 0 ? `；整袋取整后超出容差：${listText(beyondText('zh-CN'), 'zh-CN')}` : ''}。`,
    en: `Whole bags: ${listText(bagItems('en'), 'en') || 'none'}, ${formatFen(result.wholeBags.costFen, { locale: 'en' })} in all, no nutrient short of its need${beyond.length > 0 ? `; rounding to whole bags goes beyond the tolerance for ${listText(beyondText('en'), 'en')}` : ''}.`,
  };
  const marginalItems = (l: 'zh-CN' | 'en') =>
    NUTRIENTS.map((n) => {
      const cost = result.marginalCostFenPerKg[n];
      const label = NUTRIENT_LABELS[n][l];
      if (cost === null) return l === 'en' ? `${label}: no more in stock` : `${label}库存已无法再增加`;
      const yuan = formatFen(Math.round(cost), l === 'en' ? { locale: 'en' } : {});
      return l === 'en' ? `${label} ${yuan}/kg` : `${label}每公斤 ${yuan}`;
    });
  const marginal: LocalizedText = {
    'zh-CN': `边际成本：${listText(marginalItems('zh-CN'), 'zh-CN')}。`,
    en: `Marginal cost: ${listText(marginalItems('en'), 'en')}.`,
  };
  return [blend, bags, marginal];
}

/**
 * The least-cost blend of fertilisers for a nutrient need (最低成本配方): a linear program
 * over the products on offer that meets each nutrient's need, without exceeding it by more than
 * the tolerance, at least cost, within stock and minimum doses; then the cheapest whole bags that
 * never fall short (an integer program); and the marginal cost of each nutrient by re-solving
 * with its need raised. Both answers are checked by nutrient arithmetic.
 *
 * Needs are hard, the tolerance is not: when the products cannot stay within it (a nutrient
 * that comes with another, a minimum dose, whole bags), the answer exceeds it least and says for
 * which nutrients (`withinTolerance`, and the reasons).
 *
 * Blend kg are rounded up to 0.01 kg so the need is still met; bag costs are exact fen, the
 * blend's cost is rounded half-up to whole fen. Prices per kg are bag price ÷ bag mass.
 *
 * @param input - see {@link LeastCostBlendInputSchema}
 * @throws HezuoError `INVALID_INPUT` for bad input, or when the products in stock cannot meet
 * the need (path `input`, `need`, nutrient; `details.nutrients` and `details.reasons` say which
 * nutrient, how much is needed and how much stock can supply); `AMOUNT_OVERFLOW` for a cost
 * beyond safe integers
 *
 * @example
 * ```ts
 * const plan = leastCostBlend({
 *   need: nutrientValues('kg', { N: 60, P2O5: 30, K2O: 30 }),
 *   products: EXAMPLE_FERTILIZERS,
 * });
 * plan.wholeBags.lines.map((l) => `${l.productId} × ${l.bags}`);
 * plan.marginalCostFenPerKg.N; // fen per extra kg of N
 * ```
 */
export function leastCostBlend(input: LeastCostBlendInput): LeastCostBlend {
  const parsed = parseInput(LeastCostBlendInputSchema, input, { path: ['input'] });
  const products = parsed.products as readonly FertilizerProduct[];
  const tolerance = parsed.tolerance ?? DEFAULT_BLEND_TOLERANCE;
  const need = parsed.need;

  const programProducts = toProgramProducts(products, parsed.serviceCenterId, parsed.minimumKg);
  const program: BlendProgram = { products: programProducts, stages: [need], tolerance };
  const solved = solveBlendProgram(program);
  if (!solved) throwInfeasible(program, ['input', 'need']);

  const optimumKg = solved.kg[0] ?? [];
  const blendKg = optimumKg.map((kg) => ceilTo(kg, 2));
  checkSupply(supplyOf(products, blendKg), need);
  const blendLines: BlendLine[] = [];
  products.forEach((p, i) => {
    const kg = blendKg[i] ?? 0;
    if (kg > 0) {
      blendLines.push({
        productId: p.id,
        name: p.name,
        kg,
        costFen: roundTo((kg * p.priceFenPerBag) / p.bagKg, 0),
      });
    }
  });

  const choice = cheapestWholeBags(
    products.map((p, i) => ({
      fraction: programProducts[i]?.fraction ?? { N: 0, P2O5: 0, K2O: 0 },
      bagKg: p.bagKg,
      priceFenPerBag: p.priceFenPerBag,
      maxBags: availableBags(p, parsed.serviceCenterId),
      minBags: Math.ceil((programProducts[i]?.minKg ?? 0) / p.bagKg - 1e-9),
    })),
    need,
    optimumKg,
  );
  const bagKg = products.map((p, i) => (choice.bags[i] ?? 0) * p.bagKg);
  const bagSupply = supplyOf(products, bagKg);
  const bagLines: BagLine[] = [];
  products.forEach((p, i) => {
    const bags = choice.bags[i] ?? 0;
    if (bags > 0) {
      bagLines.push({
        productId: p.id,
        name: p.name,
        bags,
        kg: roundTo(bags * p.bagKg, 6),
        costFen: safeFen(bags * p.priceFenPerBag, 'cost of the bags'),
      });
    }
  });

  const marginal = {} as Record<Nutrient, number | null>;
  for (const n of NUTRIENTS) {
    const step = marginalStep(need[n]);
    const raised = solveBlendProgram({ ...program, stages: [{ ...need, [n]: need[n] + step }] });
    marginal[n] = raised === null ? null : roundTo(Math.max(0, raised.costFen - solved.costFen) / step, 2);
  }

  const blendSupply = supplyOf(products, blendKg);
  const withoutReasons: Omit<LeastCostBlend, 'reasons'> = {
    need: brandValues<'kg'>(need),
    tolerance,
    blend: {
      lines: blendLines,
      supplyKg: roundedValues(blendSupply),
      withinTolerance: withinTolerance(blendSupply, need, tolerance),
      costFen: safeFen(
        blendLines.reduce((sum, line) => sum + line.costFen, 0),
        'cost of the blend',
      ),
    },
    wholeBags: {
      lines: bagLines,
      supplyKg: roundedValues(bagSupply),
      excessKg: roundedValues({
        N: bagSupply.N - need.N,
        P2O5: bagSupply.P2O5 - need.P2O5,
        K2O: bagSupply.K2O - need.K2O,
      }),
      withinTolerance: withinTolerance(bagSupply, need, tolerance),
      costFen: safeFen(
        bagLines.reduce((sum, line) => sum + line.costFen, 0),
        'cost of the bags',
      ),
      method: choice.method,
    },
    marginalCostFenPerKg: marginal,
  };
  return Object.freeze({ ...withoutReasons, reasons: describe(withoutReasons) });
}
