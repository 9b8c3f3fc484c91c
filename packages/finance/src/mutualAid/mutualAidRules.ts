import { FenSchema } from '@hezuo/core';
import { z } from 'zod';
import { DayCountSchema } from '../dayCount';
import { PositiveShareSchema } from '../internal/shareSchemas';
import { AnnualRateSchema } from '../schedule/annualRate';

/**
 * Schema of a mutual-aid fund's rules (资金互助规则) as data. The defaults are practice from the
 * pilot rules for rural mutual-aid cooperatives (e.g. Shandong's 2015 pilot measures): one holder
 * at most 10 % of the shares, single loans of 30,000-100,000 yuan (50,000 here), one member's
 * borrowing at most 15 % of the fund's net capital, and a usage fee (资金占用费) not above the
 * local rural credit co-op's loan rate, which has no default: give the rate in force.
 */
export const MutualAidRulesSchema = z.strictObject({
  /** The most one holder may hold of all shares; `'0.1'` by default. */
  maxHolderShare: z._default(PositiveShareSchema, '0.1'),
  /** The largest single loan, in fen; 5,000,000 (50,000 yuan) by default. */
  singleLoanCapFen: z._default(FenSchema.check(z.gte(1)), 5_000_000),
  /** The most one member may owe, as a share of the fund's net capital; `'0.15'` by default. */
  memberBorrowingCapShare: z._default(PositiveShareSchema, '0.15'),
  /** The local rural credit co-op's loan rate: no usage fee rate may be higher. */
  maxUsageFeeRate: AnnualRateSchema,
  /** The day count of usage fees; `ACT/360` by default. */
  dayCount: z._default(DayCountSchema, 'ACT/360'),
});

/** Rules as given; see {@link MutualAidRulesSchema}. */
export type MutualAidRulesInput = z.input<typeof MutualAidRulesSchema>;

/** Rules with defaults filled in. */
export type MutualAidRules = z.output<typeof MutualAidRulesSchema>;
