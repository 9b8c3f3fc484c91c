import { type Fen, formatFen, HezuoError, type LocalizedText, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AgriDateSchema, addDays } from '../agriDate';
import { throwInfeasible } from '../blend/blendInfeasibility';
import { availableBags, DEFAULT_BLEND_TOLERANCE } from '../blend/blendInput';
import { type BlendProgram, solveBlendProgram } from '../blend/blendProgram';
import { toProgramProducts } from '../blend/programProducts';
import { cheapestBagsForStages } from '../blend/wholeBagPlan';
import { FertilizerCatalogueSchema, type FertilizerProduct } from '../fertilizerProduct';
import { NUTRIENTS, type Nutrient } from '../nutrients';
import { ceilTo, decimalText, roundTo } from '../quantityRounding';
import type { CropNutrientTable } from '../recommendation/cropNutrientTable';
import { SplitScheduleSchema, type SplitStage } from '../recommendation/cropNutrientTable';
import { CROP_NUTRIENT_TABLE } from '../recommendation/defaultCropTable';
import { resolveCropTable } from '../recommendation/defineCropTable';
import { brandValues, type NutrientValues, NutrientValuesSchema, type PerNutrient } from '../units';
import type { FertilisingWorkRequest } from './fertilisingWorkRequest';

/** What {@link planSplitApplication} needs: one plot's season need and how to split it. */
export interface SplitApplicationInput {
  /** The crop, an id in the crop nutrient table; its split schedule is used unless `schedule` is given. */
  readonly crop: string;
  /** The member (farmer household) whose plot it is. */
  readonly memberId: string;
  /** The plot, if it has an id. */
  readonly plotId?: string | undefined;
  /** The sowing (or transplanting) date the stage windows count from, `YYYY-MM-DD`. */
  readonly sowingDate: string;
  /** The season's nutrient need for the plot, kg (a recommendation's `nutrientKgForPlot`). */
  readonly needKg: NutrientValues<'kg'>;
  /** The products on offer. */
  readonly products: readonly FertilizerProduct[];
  /** The service centre whose stock limits the products. */
  readonly serviceCenterId?: string | undefined;
  /** How far supply may exceed each stage's need; 0.1 by default. */
  readonly tolerance?: number | undefined;
  /** A split schedule overriding the crop's. */
  readonly schedule?: readonly SplitStage[] | undefined;
}

/** One product applied at one stage. */
export interface StageProduct {
  /** The product id. */
  readonly productId: string;
  /** The product name. */
  readonly name: LocalizedText;
  /** kg to apply, rounded up to 0.01 kg (never past the bags bought). */
  readonly kg: number;
}

/** One growth stage of the plan. */
export interface PlannedStage {
  /** The stage id. */
  readonly stage: string;
  /** The stage name. */
  readonly name: LocalizedText;
  /** The dates the work should fall in. */
  readonly window: { readonly from: string; readonly to: string };
  /** kg of each nutrient this stage needs: the season's need × the stage's share. */
  readonly needKg: NutrientValues<'kg'>;
  /** The products to apply. */
  readonly products: readonly StageProduct[];
  /** kg of each nutrient they supply (rounded to 0.01 kg). */
  readonly supplyKg: NutrientValues<'kg'>;
  /** Whether each nutrient's supply is within the tolerance. */
  readonly withinTolerance: PerNutrient<boolean>;
}

/** One product to buy for the season, in whole bags. */
export interface PurchaseLine {
  /** The product id. */
  readonly productId: string;
  /** The product name. */
  readonly name: LocalizedText;
  /** Whole bags: the cheapest from which every stage can take its need. */
  readonly bags: number;
  /** Their cost, exact: bags × price per bag. */
  readonly costFen: Fen;
  /** kg left in the bags after every stage (rounded to 0.01 kg). */
  readonly leftoverKg: number;
}

/** A plot's fertilising plan for the season: stages, purchase in whole bags, work requests. */
export interface FertilisingPlan {
  /** The crop id. */
  readonly crop: string;
  /** The member. */
  readonly memberId: string;
  /** The plot, if named. */
  readonly plotId: string | null;
  /** The sowing date the windows count from. */
  readonly sowingDate: string;
  /** The tolerance used. */
  readonly tolerance: number;
  /** The stages with something to apply, in schedule order. */
  readonly stages: readonly PlannedStage[];
  /** What to buy, in whole bags. */
  readonly purchase: readonly PurchaseLine[];
  /** The purchase's cost in fen. */
  readonly purchaseCostFen: Fen;
  /** One work request per stage, for a trusteeship service. */
  readonly workRequests: readonly FertilisingWorkRequest[];
  /** Each stage and the purchase in plain language. */
  readonly reasons: readonly LocalizedText[];
}

/** Schema of {@link SplitApplicationInput}. */
export const SplitApplicationInputSchema = z.strictObject({
  crop: z.string().min(1).max(64),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  plotId: z.optional(RecordIdSchema),
  sowingDate: AgriDateSchema,
  needKg: NutrientValuesSchema,
  products: FertilizerCatalogueSchema.check(
    z.refine((p) => p.length >= 1 && p.length <= 200, {
      error: 'a plan takes 1 to 200 products',
    }),
  ),
  serviceCenterId: z.optional(RecordIdSchema),
  tolerance: z.number().min(0).max(10).optional(),
  schedule: z.optional(SplitScheduleSchema),
});

function scheduleFor(parsed: z.output<typeof SplitApplicationInputSchema>, table: CropNutrientTable) {
  const crop = Object.hasOwn(table.crops, parsed.crop) ? table.crops[parsed.crop] : undefined;
  if (!crop) {
    throw new HezuoError('INVALID_INPUT', `unknown crop "${parsed.crop}" in table ${table.version}`, {
      path: ['input', 'crop'],
      details: {
        reasons: [
          {
            'zh-CN': `作物“${parsed.crop}”不在养分表 ${table.version} 中`,
            en: `The crop "${parsed.crop}" is not in nutrient table ${table.version}`,
          },
        ],
      },
    });
  }
  return parsed.schedule ?? crop.split;
}

const supplyOf = (products: readonly FertilizerProduct[], kg: readonly number[]) => {
  const supply: Record<Nutrient, number> = { N: 0, P2O5: 0, K2O: 0 };
  products.forEach((p, i) => {
    for (const n of NUTRIENTS) supply[n] += ((kg[i] ?? 0) * p.grade[n]) / 100;
  });
  return supply;
};

const rounded = (values: Record<Nutrient, number>) =>
  brandValues<'kg'>({ N: roundTo(values.N, 2), P2O5: roundTo(values.P2O5, 2), K2O: roundTo(values.K2O, 2) });

/**
 * Splits a plot's season need over the crop's growth stages (base and top dressings, 分次施肥)
 * and chooses products for every stage in one linear program, so stock shared between stages is
 * used where it is cheapest: each stage gets at least its share of each nutrient, within the
 * tolerance where the products allow. The season's purchase is the cheapest set of whole bags
 * the stages can all draw their needs from (a mixed integer program; if it gives up, each
 * product's total rounded up to whole bags), with the kg left over; the stage amounts are then
 * chosen from those bags and rounded up to 0.01 kg, never past them. (Only when the stock's last
 * bag is needed to the gram is that rounding taken back from the later stages: at most 0.01 kg
 * of product a stage.) Each stage becomes a {@link FertilisingWorkRequest} with the dates of its window.
 *
 * @param input - see {@link SplitApplicationInputSchema}
 * @param table - the crop nutrient table with the split schedules; {@link CROP_NUTRIENT_TABLE} by default
 * @throws HezuoError `INVALID_INPUT` for bad input, an unknown crop, or a need the stock cannot
 * meet (path `input`, `needKg`, nutrient)
 *
 * @example
 * ```ts
 * const plan = planSplitApplication({
 *   crop: 'winterWheat',
 *   memberId: 'M001',
 *   sowingDate: '2026-10-08',
 *   needKg: nutrientValues('kg', { N: 138, P2O5: 115, K2O: 47 }),
 *   products: EXAMPLE_FERTILIZERS,
 * });
 * plan.workRequests.map((w) => [w.stage, w.window.from, w.products.length]);
 * ```
 */
export function planSplitApplication(
  input: SplitApplicationInput,
  table: CropNutrientTable = CROP_NUTRIENT_TABLE,
): FertilisingPlan {
  const validTable = resolveCropTable(table);
  const parsed = parseInput(SplitApplicationInputSchema, input, { path: ['input'] });
  const products = parsed.products as readonly FertilizerProduct[];
  const tolerance = parsed.tolerance ?? DEFAULT_BLEND_TOLERANCE;
  const stages = scheduleFor(parsed, validTable).filter((stage) =>
    NUTRIENTS.some((n) => stage.shares[n] > 0 && parsed.needKg[n] > 0),
  );
  const stageNeeds = stages.map((stage) => {
    const need = {} as Record<Nutrient, number>;
    for (const n of NUTRIENTS) need[n] = parsed.needKg[n] * stage.shares[n];
    return need;
  });
  const programProducts = toProgramProducts(products, parsed.serviceCenterId, undefined);
  const program: BlendProgram = { products: programProducts, stages: stageNeeds, tolerance };
  const solved = stages.length === 0 ? { kg: [] } : solveBlendProgram(program);
  if (!solved) throwInfeasible(program, ['input', 'needKg']);
  const costOf = (bagCounts: readonly number[]) =>
    products.reduce((sum, p, i) => sum + (bagCounts[i] ?? 0) * p.priceFenPerBag, 0);

  // Buy the cheapest whole bags the stages can draw on, then choose the stage amounts from them.
  let stageSolution: readonly (readonly number[])[] = solved.kg;
  let bags: number[] = products.map((p, i) => {
    const total = solved.kg.reduce((sum, row) => sum + (row[i] ?? 0), 0);
    return Math.ceil(roundTo(total, 6) / p.bagKg - 1e-9);
  });
  if (stages.length > 0) {
    const bought = cheapestBagsForStages(
      products.map((p, i) => ({
        fraction: programProducts[i]?.fraction ?? { N: 0, P2O5: 0, K2O: 0 },
        bagKg: p.bagKg,
        priceFenPerBag: p.priceFenPerBag,
        maxBags: availableBags(p, parsed.serviceCenterId),
        minBags: 0,
      })),
      stageNeeds,
    );
    // Keep 0.01 kg a stage in each product's bags for rounding the stage amounts up, when the
    // bags allow it; otherwise draw on them to the gram.
    const fromBagsLess = (reserveKg: number) =>
      bought === null
        ? null
        : solveBlendProgram({
            ...program,
            products: programProducts.map((p, i) => ({
              ...p,
              maxKg: Math.max(0, (bought[i] ?? 0) * (products[i]?.bagKg ?? 0) - reserveKg),
            })),
          });
    const fromBags = fromBagsLess(0.01 * stages.length) ?? fromBagsLess(0);
    if (bought !== null && fromBags !== null && costOf(bought) <= costOf(bags)) {
      bags = [...bought];
      stageSolution = fromBags.kg;
    }
  }

  // Round each stage amount up to 0.01 kg, then take back any rounding that would pass the bags.
  const stageKg = stageSolution.map((row) => row.map((kg) => ceilTo(kg, 2)));
  products.forEach((p, i) => {
    const bagKg = (bags[i] ?? 0) * p.bagKg;
    let over = roundTo(stageKg.reduce((sum, row) => sum + (row[i] ?? 0), 0) - bagKg, 2);
    for (let s = stageKg.length - 1; s >= 0 && over > 0; s--) {
      const row = stageKg[s] as number[];
      const take = Math.min(over, row[i] ?? 0);
      row[i] = roundTo((row[i] ?? 0) - take, 2);
      over = roundTo(over - take, 2);
    }
  });

  const window = (stage: SplitStage) => ({
    from: addDays(parsed.sowingDate, stage.fromDay),
    to: addDays(parsed.sowingDate, stage.toDay),
  });
  const planned: PlannedStage[] = stages.map((stage, s) => {
    const kg = stageKg[s] ?? [];
    const supply = supplyOf(products, kg);
    const need = stageNeeds[s] as Record<Nutrient, number>;
    return {
      stage: stage.id,
      name: stage.name,
      window: window(stage),
      needKg: rounded(need),
      products: products.flatMap((p, i) =>
        (kg[i] ?? 0) > 0 ? [{ productId: p.id, name: p.name, kg: kg[i] ?? 0 }] : [],
      ),
      supplyKg: rounded(supply),
      withinTolerance: {
        N: supply.N <= need.N * (1 + tolerance) + 1e-6,
        P2O5: supply.P2O5 <= need.P2O5 * (1 + tolerance) + 1e-6,
        K2O: supply.K2O <= need.K2O * (1 + tolerance) + 1e-6,
      },
    };
  });

  const purchase: PurchaseLine[] = [];
  products.forEach((p, i) => {
    const count = bags[i] ?? 0;
    if (count <= 0) return;
    const applied = stageKg.reduce((sum, row) => sum + (row[i] ?? 0), 0);
    const costFen = count * p.priceFenPerBag;
    if (!Number.isSafeInteger(costFen)) {
      throw new HezuoError('AMOUNT_OVERFLOW', 'the cost of the bags leaves the safe integer range of fen', {
        path: ['input', 'products', i, 'priceFenPerBag'],
      });
    }
    purchase.push({
      productId: p.id,
      name: p.name,
      bags: count,
      costFen,
      leftoverKg: roundTo(count * p.bagKg - applied, 2),
    });
  });
  const purchaseCostFen = purchase.reduce((sum, line) => sum + line.costFen, 0);
  if (!Number.isSafeInteger(purchaseCostFen)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'the cost of the purchase leaves the safe integer range of fen', {
      path: ['input', 'products'],
    });
  }

  const workRequests: FertilisingWorkRequest[] = planned
    .filter((stage) => stage.products.length > 0)
    .map((stage) => ({
      ...(parsed.plotId === undefined ? {} : { plotId: parsed.plotId }),
      memberId: parsed.memberId,
      operation: 'soilTestFertilization' as const,
      stage: stage.stage,
      window: stage.window,
      products: stage.products.map((p) => ({ productId: p.productId, kg: p.kg })),
    }));

  const reasons: LocalizedText[] = planned.map((stage) => {
    const items = (l: 'zh-CN' | 'en') =>
      stage.products.map((p) => `${p.name[l]} ${decimalText(p.kg)} ${l === 'en' ? 'kg' : '公斤'}`);
    return {
      'zh-CN': `${stage.name['zh-CN']}（${stage.window.from} 至 ${stage.window.to}）：${items('zh-CN').join('、')}。`,
      en: `${stage.name.en} (${stage.window.from} to ${stage.window.to}): ${items('en').join(', ')}.`,
    };
  });
  const bagItems = (l: 'zh-CN' | 'en') =>
    purchase.map(
      (line) => `${line.name[l]} ${line.bags} ${l === 'en' ? (line.bags === 1 ? 'bag' : 'bags') : '袋'}`,
    );
  reasons.push({
    'zh-CN': `整袋购买：${bagItems('zh-CN').join('、') || '无'}，共 ${formatFen(purchaseCostFen)}。`,
    en: `Buy in whole bags: ${bagItems('en').join(', ') || 'nothing'}, ${formatFen(purchaseCostFen, { locale: 'en' })} in all.`,
  });

  return Object.freeze({
    crop: parsed.crop,
    memberId: parsed.memberId,
    plotId: parsed.plotId ?? null,
    sowingDate: parsed.sowingDate,
    tolerance,
    stages: planned,
    purchase,
    purchaseCostFen,
    workRequests,
    reasons,
  });
}
