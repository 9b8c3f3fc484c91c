import { type Fen, FenSchema, HezuoError, scaleFen } from '@hezuo/core';
import { z } from 'zod';
import { compareRatio, ratioOf } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { ShareSchema } from '../internal/shareSchemas';

/**
 * The least share of its asset company's yearly income a federation puts into the farmers'
 * cooperative fund (农民合作基金): 20 % (seed, Zhejiang). Practice, overridable.
 */
export const MIN_COOPERATIVE_FUND_SHARE = '0.2';

/** Schema of {@link cooperativeFundContribution}'s input. */
export const CooperativeFundInputSchema = z.strictObject({
  /** The asset company's income for the year, in fen (0 in a year without income). */
  assetCompanyIncomeFen: FenSchema,
  /** The share put into the fund; {@link MIN_COOPERATIVE_FUND_SHARE} by default. */
  share: z._default(ShareSchema, MIN_COOPERATIVE_FUND_SHARE),
  /** The least share allowed; {@link MIN_COOPERATIVE_FUND_SHARE} by default. */
  minimumShare: z._default(ShareSchema, MIN_COOPERATIVE_FUND_SHARE),
});

/**
 * What a federation's asset company puts into the farmers' cooperative fund for a year: its
 * income × the share, at least the minimum share (≥ 20 %, seed, Zhejiang), rounded **up** to
 * the fen so the contribution is never below the share.
 *
 * @param input - see {@link CooperativeFundInputSchema}
 * @throws HezuoError `INVALID_RATE` (path `input`, `share`) for a share below the minimum
 *
 * @example
 * ```ts
 * cooperativeFundContribution({ assetCompanyIncomeFen: 123_456_789 }); // 24_691_358
 * ```
 */
export function cooperativeFundContribution(input: z.input<typeof CooperativeFundInputSchema>): Fen {
  const args = parseWithCodes(CooperativeFundInputSchema, input, ['input']);
  if (compareRatio(ratioOf(args.share), ratioOf(args.minimumShare)) < 0) {
    throw new HezuoError(
      'INVALID_RATE',
      `the fund takes at least ${String(args.minimumShare)} of the asset company's income, not ${String(args.share)}`,
      { path: ['input', 'share'] },
    );
  }
  return scaleFen(args.assetCompanyIncomeFen, { multiply: [args.share], rounding: 'ceiling' });
}
