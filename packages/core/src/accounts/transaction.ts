import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { IsoDateSchema } from '../identity/residentId';
import { FenSchema } from '../money/fen';

/**
 * What a transaction with the cooperative was (Art. 43 records each member's transaction volume
 * and amount; Art. 44 returns surplus by them): a produce delivery to the co-op (交售), a purchase
 * of agri-inputs from it (农资), a fee for a service it rendered (托管、机耕), or anything else
 * the charter counts.
 */
export const TRANSACTION_KINDS = ['produceDelivery', 'inputPurchase', 'serviceFee', 'other'] as const;

/** One of {@link TRANSACTION_KINDS}. */
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** Units a transaction volume is counted in. */
export const VOLUME_UNITS = ['kg', 'mu', 'bag', 'head', 'piece', 'service'] as const;

/** One of {@link VOLUME_UNITS}. */
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

/**
 * A quantity with at most 3 decimals (grams, 0.001 mu), kept exact as an integer number of
 * thousandths: `{ unit: 'kg', milli: 1_250_500 }` is 1,250.5 kg.
 */
export const VolumeSchema = z.strictObject({
  unit: z.enum(VOLUME_UNITS),
  milli: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** A transaction volume; see {@link VolumeSchema}. */
export type Volume = z.infer<typeof VolumeSchema>;

/** Who the co-op traded with: a member, or a non-member (kept apart by Art. 41). */
export const CounterpartySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('member'), memberId: EntityIdSchema }),
  z.strictObject({ type: z.literal('nonMember'), name: z.string().min(1).max(200) }),
]);

/** See {@link CounterpartySchema}. */
export type Counterparty = z.infer<typeof CounterpartySchema>;

/** A transaction between the cooperative and a member or non-member, in fen. */
export const TransactionSchema = z.strictObject({
  /** Unique within the cooperative. */
  id: EntityIdSchema,
  cooperativeId: EntityIdSchema,
  counterparty: CounterpartySchema,
  kind: z.enum(TRANSACTION_KINDS),
  /** The day of the transaction, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The transaction amount (交易额) in fen. */
  amount: FenSchema,
  /** The transaction volume (交易量), when the kind has one. */
  volume: VolumeSchema.optional(),
  /** What the transaction came from (a delivery, an order, a work order), for the audit trail. */
  sourceId: z.optional(EntityIdSchema),
});

/** A transaction; see {@link TransactionSchema}. */
export type Transaction = z.infer<typeof TransactionSchema>;
