import { z } from 'zod';
import {
  CounterpartySchema,
  type Transaction,
  type TransactionKind,
  VOLUME_UNITS,
} from '../accounts/transaction';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { type ErrorPath, HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { FenSchema } from '../money/fen';
import { type Delivery, DeliverySchema, priceValidDelivery } from './delivery';
import { priceOfMilli, QuantitySchema, toMilli } from './quantity';

/**
 * Posts a delivery to the member account (Art. 43 records each member's transaction volume and
 * amount): a {@link Transaction} of kind `produceDelivery` with the member as counterparty, the
 * delivery's amount (after deductions) and its net weight in kg. The transaction takes the
 * delivery's id, and `sourceId` points back at it.
 *
 * @param delivery - a {@link Delivery}
 * @throws HezuoError as {@link priceDelivery}
 */
export function deliveryToTransaction(delivery: Delivery): Transaction {
  const valid = parseInput(DeliverySchema, delivery, { path: ['delivery'] });
  const priced = priceValidDelivery(valid, ['delivery']);
  return {
    id: valid.id,
    cooperativeId: valid.cooperativeId,
    counterparty: { type: 'member', memberId: valid.memberId },
    kind: 'produceDelivery',
    date: valid.deliveredOn,
    amount: priced.amount,
    volume: { unit: 'kg', milli: priced.netMilli },
    sourceId: valid.id,
  };
}

/** Fields shared by the purchase and fee builders. */
const PricedTransactionFields = {
  /** The transaction's id, unique within the cooperative. */
  id: EntityIdSchema,
  cooperativeId: EntityIdSchema,
  /**
   * A member (`{ type: 'member', memberId }`) or a non-member (`{ type: 'nonMember', name }`);
   * Art. 41 keeps the two apart in the accounts.
   */
  counterparty: CounterpartySchema,
  /** How much, at most 3 decimals, in `unit`. */
  quantity: QuantitySchema,
  /** What the quantity counts. */
  unit: z.enum(VOLUME_UNITS),
  /** Price in fen per unit. */
  unitPrice: FenSchema,
  /** A discount in fen off the priced amount (a member price, a subsidy passed on). */
  discountFen: z.optional(FenSchema),
  /** The record the transaction came from (a sales slip, a work order). */
  sourceId: z.optional(EntityIdSchema),
};

/** A purchase of agri-inputs (农资: seed, fertiliser, pesticide) from the co-op. */
export const InputPurchaseSchema = z.strictObject({
  ...PricedTransactionFields,
  /** The day of the purchase, `YYYY-MM-DD`. */
  purchasedOn: IsoDateSchema,
});

/** An agri-input purchase; see {@link InputPurchaseSchema}. */
export type InputPurchase = z.infer<typeof InputPurchaseSchema>;

/** A service the co-op rendered for a fee (托管、机耕、统防统治), counted in mu or per service. */
export const ServiceFeeSchema = z.strictObject({
  ...PricedTransactionFields,
  /** The day the service was rendered (or completed), `YYYY-MM-DD`. */
  renderedOn: IsoDateSchema,
});

/** A service fee; see {@link ServiceFeeSchema}. */
export type ServiceFee = z.infer<typeof ServiceFeeSchema>;

function pricedTransaction(
  valid: Omit<InputPurchase, 'purchasedOn'>,
  kind: TransactionKind,
  date: string,
  path: ErrorPath,
): Transaction {
  const milli = toMilli(valid.quantity);
  const priced = priceOfMilli(milli, valid.unitPrice, [...path, 'unitPrice']);
  const discount = valid.discountFen ?? 0;
  if (discount > priced) {
    throw new HezuoError('LEDGER_RULE', `the discount (${discount} fen) exceeds the amount (${priced} fen)`, {
      path: [...path, 'discountFen'],
      details: { amount: priced, discountFen: discount },
    });
  }
  return {
    id: valid.id,
    cooperativeId: valid.cooperativeId,
    counterparty: valid.counterparty,
    kind,
    date,
    amount: priced - discount,
    volume: { unit: valid.unit, milli },
    ...(valid.sourceId === undefined ? {} : { sourceId: valid.sourceId }),
  };
}

/**
 * Builds the {@link Transaction} for an agri-input purchase, member or non-member (Art. 41):
 * amount = `round_half_up(quantity × unitPrice)` less any discount, volume = the quantity.
 *
 * @param purchase - an {@link InputPurchase}
 * @throws HezuoError `INVALID_INPUT` (path `purchase.…`) for malformed input; `LEDGER_RULE`
 *   when the discount exceeds the amount; `AMOUNT_OVERFLOW` past 2^53 fen
 *
 * @example
 * ```ts
 * inputPurchaseTransaction({
 *   id: 't7', cooperativeId: 'c1', counterparty: { type: 'nonMember', name: '张三' },
 *   purchasedOn: '2026-03-02', quantity: 4, unit: 'bag', unitPrice: 16_500,
 * }); // amount 66000, volume { unit: 'bag', milli: 4000 }
 * ```
 */
export function inputPurchaseTransaction(purchase: InputPurchase): Transaction {
  const valid = parseInput(InputPurchaseSchema, purchase, { path: ['purchase'] });
  return pricedTransaction(valid, 'inputPurchase', valid.purchasedOn, ['purchase']);
}

/**
 * Builds the {@link Transaction} for a service fee, member or non-member (Art. 41):
 * amount = `round_half_up(quantity × unitPrice)` less any discount, volume = the quantity
 * (mu ploughed, services rendered).
 *
 * @param fee - a {@link ServiceFee}
 * @throws HezuoError `INVALID_INPUT` (path `fee.…`) for malformed input; `LEDGER_RULE` when the
 *   discount exceeds the amount; `AMOUNT_OVERFLOW` past 2^53 fen
 */
export function serviceFeeTransaction(fee: ServiceFee): Transaction {
  const valid = parseInput(ServiceFeeSchema, fee, { path: ['fee'] });
  return pricedTransaction(valid, 'serviceFee', valid.renderedOn, ['fee']);
}
