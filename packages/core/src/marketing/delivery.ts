import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { type ErrorPath, HezuoError } from '../errors/HezuoError';
import { LocalizedTextSchema } from '../i18n/locale';
import { IsoDateSchema } from '../identity/residentId';
import { type Fen, FenSchema } from '../money/fen';
import { ProduceCodeSchema } from './produce';
import { PositiveQuantitySchema, priceOfMilli, QuantitySchema, toMilli } from './quantity';

/**
 * Why part of a delivery was deducted (扣杂、扣水): the host's own words, or a
 * {@link LocalizedText} when the reason is shown to members in more than one language.
 */
export const DeductionReasonSchema = z.union([
  z
    .string()
    .max(200, { error: 'a reason may be at most 200 characters' })
    .regex(/\S/, { error: 'a reason may not be blank' }),
  LocalizedTextSchema,
]);

/**
 * A deduction from one delivery: a weight (`kg`, for moisture or impurities above the grade's
 * allowance) that reduces the net weight paid for, a sum of money (`fen`, for sorting, bags,
 * transport) that reduces the amount, or both.
 */
export const DeductionSchema = z
  .strictObject({
    reason: DeductionReasonSchema,
    /** Kilograms taken off the gross weight, at most 3 decimals. */
    kg: QuantitySchema.optional(),
    /** Fen taken off the amount. */
    fen: z.optional(FenSchema),
  })
  .refine((d) => d.kg !== undefined || d.fen !== undefined, {
    error: 'a deduction needs kg, fen or both',
  });

/** A deduction; see {@link DeductionSchema}. */
export type Deduction = z.infer<typeof DeductionSchema>;

/**
 * 交售 — one delivery of produce by a member to the cooperative (DESIGN §3.5): what crop and
 * grade, how much, at what price, less what. It becomes a transaction in the member's account
 * (Art. 43) through {@link deliveryToTransaction}.
 */
export const DeliverySchema = z.strictObject({
  /** Unique among the cooperative's deliveries; also the id of the transaction it posts. */
  id: EntityIdSchema,
  cooperativeId: EntityIdSchema,
  memberId: EntityIdSchema,
  /** The crop, a host code such as `wheat`; see {@link ProduceCodeSchema}. */
  crop: ProduceCodeSchema,
  /** The grade, a host code such as `first`. */
  grade: ProduceCodeSchema,
  /** The day of delivery, `YYYY-MM-DD`. */
  deliveredOn: IsoDateSchema,
  /** Gross weight on the scale in kg, more than 0, at most 3 decimals (whole grams). */
  grossKg: PositiveQuantitySchema,
  /** The co-op's price in fen per kg of net weight (收购价). */
  unitPrice: FenSchema,
  /** Weight and money deductions, in the order they were made. */
  deductions: z.array(DeductionSchema).max(100, { error: 'at most 100 deductions' }).optional(),
});

/** A delivery; see {@link DeliverySchema}. */
export type Delivery = z.infer<typeof DeliverySchema>;

/** What {@link priceDelivery} returns: weights in thousandths of a kg (grams), money in fen. */
export interface PricedDelivery {
  /** The delivery priced. */
  readonly deliveryId: string;
  /** Gross weight in grams. */
  readonly grossMilli: number;
  /** Weight deducted in grams (moisture, impurities). */
  readonly deductedMilli: number;
  /** Net weight paid for in grams: gross less weight deductions. */
  readonly netMilli: number;
  /** `round_half_up(netMilli × unitPrice / 1000)` in fen. */
  readonly grossAmount: Fen;
  /** The money deductions in fen. */
  readonly deductionsFen: Fen;
  /** What the member is credited: gross amount less money deductions, never negative. */
  readonly amount: Fen;
}

/**
 * Prices a delivery that has passed {@link DeliverySchema}; `path` locates it in the caller's input.
 * @internal
 */
export function priceValidDelivery(delivery: Delivery, path: ErrorPath): PricedDelivery {
  const grossMilli = toMilli(delivery.grossKg);
  const deductions = delivery.deductions ?? [];
  let deductedMilli = 0;
  let deductionsFen = 0;
  for (let i = 0; i < deductions.length; i++) {
    const deduction = deductions[i] as Deduction;
    if (deduction.kg !== undefined) {
      deductedMilli += toMilli(deduction.kg);
      // Deducting more than was weighed would post a negative volume to the member account.
      if (deductedMilli > grossMilli) {
        throw new HezuoError(
          'LEDGER_RULE',
          `weight deductions (${deductedMilli} g so far) exceed the gross weight (${grossMilli} g)`,
          { path: [...path, 'deductions', i, 'kg'], details: { grossMilli, deductedMilli } },
        );
      }
    }
    if (deduction.fen !== undefined) deductionsFen += deduction.fen; // ≤ 100 safe amounts: exact in a double
  }
  const netMilli = grossMilli - deductedMilli;
  const grossAmount = priceOfMilli(netMilli, delivery.unitPrice, [...path, 'unitPrice']);
  if (deductionsFen > grossAmount) {
    // An amount is never negative (FenSchema); a member who owes the co-op is a separate posting.
    throw new HezuoError(
      'LEDGER_RULE',
      `money deductions (${deductionsFen} fen) exceed the delivery's gross amount (${grossAmount} fen)`,
      { path: [...path, 'deductions'], details: { grossAmount, deductionsFen } },
    );
  }
  return {
    deliveryId: delivery.id,
    grossMilli,
    deductedMilli,
    netMilli,
    grossAmount,
    deductionsFen,
    amount: grossAmount - deductionsFen,
  };
}

/**
 * Prices one delivery (交售): net weight = gross less weight deductions; gross amount =
 * `round_half_up(net grams × price per kg / 1000)`, rounded once; amount = gross amount less
 * money deductions. Weights are exact to the gram, money to the fen.
 *
 * @param delivery - a {@link Delivery}
 * @throws HezuoError `INVALID_INPUT` (path `delivery.…`) for a malformed delivery, including a
 *   weight with more than 3 decimals; `LEDGER_RULE` when weight deductions exceed the gross weight
 *   or money deductions exceed the gross amount; `AMOUNT_OVERFLOW` past 2^53 fen
 *
 * @example
 * ```ts
 * priceDelivery({
 *   id: 'd1', cooperativeId: 'c1', memberId: 'm1', crop: 'wheat', grade: 'first',
 *   deliveredOn: '2026-06-10', grossKg: '1020.5', unitPrice: 262,
 *   deductions: [{ reason: 'moisture', kg: '20.5' }, { reason: 'bags', fen: 500 }],
 * });
 * // { netMilli: 1000000, grossAmount: 262000, deductionsFen: 500, amount: 261500, … }
 * ```
 */
export function priceDelivery(delivery: Delivery): PricedDelivery {
  const valid = parseInput(DeliverySchema, delivery, { path: ['delivery'] });
  return priceValidDelivery(valid, ['delivery']);
}
