import { FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** The store kind of members' input purchases: `agriInput.purchase`. */
export const AGRI_INPUT_PURCHASE_KIND = 'agriInput.purchase';

/**
 * Schema of a member's purchase of farm inputs (农资) through the cooperative, as stored under
 * {@link AGRI_INPUT_PURCHASE_KIND}. `productId` may name a catalogue product, but is not
 * checked against the catalogue: a purchase of seed or pesticide outside it is still a purchase.
 */
export const AgriInputPurchaseRecordSchema = z.strictObject({
  /** The purchase id, unique within the kind. */
  id: RecordIdSchema,
  /** The member (farmer household) who bought. */
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  /** The day of the purchase, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The amount paid, in fen: a whole number greater than zero. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a purchase amount must be at least 1 fen' })),
  /** The product bought, when known. */
  productId: z.string().min(1, { error: 'a product id may not be empty' }).max(256).optional(),
});

/** A member's input purchase record; see {@link AgriInputPurchaseRecordSchema}. */
export interface AgriInputPurchaseRecord {
  /** The purchase id, unique within {@link AGRI_INPUT_PURCHASE_KIND}. */
  readonly id: string;
  /** The member (farmer household) who bought. */
  readonly memberId: string;
  /** The day of the purchase, `YYYY-MM-DD`. */
  readonly date: string;
  /** The amount paid, in fen, greater than zero. */
  readonly amountFen: number;
  /** The product bought, when known. */
  readonly productId?: string | undefined;
}
