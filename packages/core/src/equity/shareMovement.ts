import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { IsoDateSchema } from '../identity/residentId';
import { FenSchema } from '../money/fen';

const Positive = FenSchema.check(
  z.refine((fen) => fen > 0, { error: 'an amount here must be more than zero' }),
);

/**
 * What was contributed in kind (Art. 13: 货币、实物、知识产权、土地经营权、林权 and other
 * property that can be valued in money and transferred), with its valuation.
 */
export const InKindContributionSchema = z.strictObject({
  kind: z.enum([
    'landUseRight',
    'forestRight',
    'machinery',
    'building',
    'livestock',
    'intellectualProperty',
    'other',
  ]),
  description: z.string().min(1).max(500),
  /** How the money value was set: agreed by the members, or by an appraiser. */
  valuation: z.strictObject({
    method: z.enum(['memberAgreement', 'appraisal']),
    valuedOn: IsoDateSchema,
    appraiser: z.string().min(1).max(200).optional(),
  }),
});

/** See {@link InKindContributionSchema}. */
export type InKindContribution = z.infer<typeof InKindContributionSchema>;

/**
 * One movement on the share ledger (股金台账), in fen:
 * - `subscription`: capital a member undertakes to contribute (认缴);
 * - `payment`: capital paid in (实缴), in cash or in kind valued in money; never more than subscribed;
 * - `transfer`: paid-in capital passed from one member to another (with its subscription);
 * - `refund`: capital paid back on exit (Art. 28), with its subscription;
 * - `conversion`: surplus turned into capital by member-meeting vote (Art. 44), subscribed and paid at once.
 */
export const ShareMovementSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscription'),
    id: EntityIdSchema,
    memberId: EntityIdSchema,
    date: IsoDateSchema,
    amount: Positive,
  }),
  z.strictObject({
    type: z.literal('payment'),
    id: EntityIdSchema,
    memberId: EntityIdSchema,
    date: IsoDateSchema,
    amount: Positive,
    inKind: InKindContributionSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('transfer'),
    id: EntityIdSchema,
    fromMemberId: EntityIdSchema,
    toMemberId: EntityIdSchema,
    date: IsoDateSchema,
    amount: Positive,
  }),
  z.strictObject({
    type: z.literal('refund'),
    id: EntityIdSchema,
    memberId: EntityIdSchema,
    date: IsoDateSchema,
    amount: Positive,
  }),
  z.strictObject({
    type: z.literal('conversion'),
    id: EntityIdSchema,
    memberId: EntityIdSchema,
    date: IsoDateSchema,
    amount: Positive,
    /** The distribution the converted surplus came from, e.g. `2026`. */
    distributionId: EntityIdSchema,
  }),
]);

/** See {@link ShareMovementSchema}. */
export type ShareMovement = z.infer<typeof ShareMovementSchema>;
