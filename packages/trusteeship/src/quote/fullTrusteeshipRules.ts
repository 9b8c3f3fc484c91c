import * as z from 'zod/mini';
import { deepFreeze } from '../internal/deepFreeze';

/**
 * Schema of a share such as the farmer's share of the gain: a decimal from 0 to 1 with at most
 * six decimals (so it splits money exactly, in millionths).
 */
export const ShareSchema = z.number({ error: 'a share must be a number from 0 to 1' }).check(
  z.gte(0, { error: 'a share may not be negative' }),
  z.lte(1, { error: 'a share may be at most 1' }),
  z.refine((share) => Math.abs(share * 1e6 - Math.round(share * 1e6)) < 1e-6, {
    error: 'a share may have at most six decimals',
  }),
);

/**
 * Schema of the rules of full trusteeship (全托管, 保姆式) a region sets: how low a guaranteed
 * yield may go, and how the gain above it is shared.
 */
export const FullTrusteeshipRulesSchema = z
  .strictObject({
    /**
     * `threeYearAverage` (the default, Shandong practice): a plot's guaranteed yield may not be
     * below its average yield of the previous three years, so those yields must be given; `none`:
     * any guaranteed yield the parties agree.
     */
    guaranteeFloor: z._default(z.enum(['threeYearAverage', 'none']), 'threeYearAverage'),
    /** The least share of the gain above the guarantee that stays with the farmer; 0.7 by default. */
    minFarmerGainShare: z._default(ShareSchema, 0.7),
    /** The farmer's share of the gain when a quote does not say; 0.7 by default. */
    defaultFarmerGainShare: z._default(ShareSchema, 0.7),
  })
  .check(
    z.refine((rules) => rules.defaultFarmerGainShare >= rules.minFarmerGainShare, {
      path: ['defaultFarmerGainShare'],
      error: "the default farmer's share of the gain may not be below the least share",
    }),
  );

/** Full trusteeship rules as written; see {@link FullTrusteeshipRulesSchema}. */
export type FullTrusteeshipRulesInput = z.input<typeof FullTrusteeshipRulesSchema>;

/** Full trusteeship rules with every default filled in; see {@link FullTrusteeshipRulesSchema}. */
export type FullTrusteeshipRules = z.output<typeof FullTrusteeshipRulesSchema>;

/**
 * The practice defaults of full trusteeship: a guaranteed yield not below the plot's previous
 * 3-year average (Shandong), and 70 % of the gain above it or more for the farmer (seed:
 * "70%以上的增产收益归农民"; 以上 includes the number, as in Chinese legal usage).
 */
export const DEFAULT_FULL_TRUSTEESHIP_RULES: FullTrusteeshipRules = deepFreeze({
  guaranteeFloor: 'threeYearAverage',
  minFarmerGainShare: 0.7,
  defaultFarmerGainShare: 0.7,
});
