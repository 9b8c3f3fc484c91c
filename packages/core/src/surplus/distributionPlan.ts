import * as z from 'zod/mini';
import { DecimalSchema, toExactDecimal } from '../money/decimal';

const RateSchema = DecimalSchema.check(
  z.refine(
    (r) => {
      const exact = toExactDecimal(r);
      return (
        exact !== undefined && exact.coefficient >= 0n && exact.coefficient <= 10n ** BigInt(exact.scale)
      );
    },
    { error: 'a rate is between 0 and 1' },
  ),
);

/** The patronage refund may not be less than 60 % of the distributable surplus (Art. 44). */
export const MIN_PATRONAGE_REFUND_RATE = '0.6';

/**
 * The charter's and the member meeting's choices for one year's distribution (Arts. 42, 44).
 * The reserve rate has no legal default and must be given; the patronage refund rate defaults
 * to the legal minimum of 60 %, and a plan below it is refused.
 */
export const DistributionPlanSchema = z.strictObject({
  /** Share of the surplus after loss cover drawn to the reserve fund (公积金); no default. */
  reserveRate: RateSchema,
  /** Share drawn to a welfare fund (公益金) when the charter has one; 0 by default. */
  welfareFundRate: z._default(RateSchema, 0),
  /**
   * How the year's reserve is quantified to members (Art. 42): by the year's transaction amount
   * (default), by capital, or a mix with the given weights.
   */
  reserveKey: z._default(
    z.union([
      z.enum(['transactions', 'capital']),
      z.strictObject({ transactions: RateSchema, capital: RateSchema }),
    ]),
    'transactions',
  ),
  /** Share of the distributable surplus returned by transactions (Art. 44): ≥ 0.6, 0.6 by default. */
  patronageRefundRate: z._default(RateSchema, MIN_PATRONAGE_REFUND_RATE),
  /**
   * Part of each member's distribution turned into capital by member-meeting vote (Art. 44):
   * the rate, and whether it applies to the dividend on capital only (default) or to everything.
   */
  conversion: z.optional(
    z.strictObject({ rate: RateSchema, appliesTo: z._default(z.enum(['dividend', 'all']), 'dividend') }),
  ),
});

/** A distribution plan as given; see {@link DistributionPlanSchema}. */
export type DistributionPlanInput = z.input<typeof DistributionPlanSchema>;

/** A distribution plan with defaults filled in. */
export type DistributionPlan = z.infer<typeof DistributionPlanSchema>;
