import { type Fen, FenSchema, HezuoError, multiplyFen, scaleFen } from '@hezuo/core';
import * as z from 'zod/mini';
import { compareRatio, multiplyRatio, ratioOf } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { PositiveShareSchema } from '../internal/shareSchemas';
import { AreaMuSchema } from './areaMu';

/** The most of a crop's output value agricultural insurance may cover: 80 % (DESIGN §3.9). */
export const MAX_COVER_SHARE = '0.8';

/** Schema of {@link insurancePremium}'s input. */
export const InsurancePremiumInputSchema = z.strictObject({
  /** Sum insured per mu (每亩保险金额), in fen. */
  sumInsuredPerMuFen: FenSchema.check(z.gte(1, { error: 'a sum insured is at least 1 fen per mu' })),
  /** The premium rate (保险费率), a decimal above 0 and at most 1. */
  premiumRate: PositiveShareSchema,
  /** The insured area, mu. */
  areaMu: AreaMuSchema,
  /** The crop's output value per mu (每亩产值), in fen: the sum insured may cover at most `maxCoverShare` of it. */
  outputValuePerMuFen: FenSchema.check(z.gte(1)),
  /** The most of the output value the sum insured may cover; {@link MAX_COVER_SHARE} by default. */
  maxCoverShare: z._default(PositiveShareSchema, MAX_COVER_SHARE),
});

/** A premium and the sums it is computed from. */
export interface InsurancePremium {
  /** Sum insured for the whole area (`per mu × area`, half-up), in fen. */
  readonly sumInsuredFen: Fen;
  /** The premium (`per mu × rate × area`, computed exactly and rounded half-up once), in fen. */
  readonly premiumFen: Fen;
  /** Premium per mu (`per mu × rate`, half-up), in fen, for display. */
  readonly premiumPerMuFen: Fen;
}

/**
 * The premium of an agricultural insurance policy (农业保险保费): sum insured per mu × premium
 * rate × area, computed exactly and rounded half-up once. The sum insured per mu may not exceed
 * 80 % of the crop's output value per mu (the cover cap, DESIGN §3.9).
 *
 * @param input - see {@link InsurancePremiumInputSchema}
 * @throws HezuoError `INVALID_AMOUNT` (path `input`, `sumInsuredPerMuFen`) for cover above the cap
 * of output value; `INVALID_RATE` / `INVALID_INPUT` for other bad fields
 *
 * @example
 * ```ts
 * insurancePremium({ sumInsuredPerMuFen: 45_000, premiumRate: '0.06', areaMu: '12.5', outputValuePerMuFen: 60_000 });
 * // { sumInsuredFen: 562_500, premiumFen: 33_750, premiumPerMuFen: 2_700 }
 * ```
 */
export function insurancePremium(input: z.input<typeof InsurancePremiumInputSchema>): InsurancePremium {
  const args = parseWithCodes(InsurancePremiumInputSchema, input, ['input']);
  const cap = multiplyRatio(ratioOf(args.maxCoverShare), { num: BigInt(args.outputValuePerMuFen), den: 1n });
  if (compareRatio({ num: BigInt(args.sumInsuredPerMuFen), den: 1n }, cap) > 0) {
    throw new HezuoError(
      'INVALID_AMOUNT',
      `a sum insured of ${args.sumInsuredPerMuFen} fen per mu is above ${String(args.maxCoverShare)} of the output value of ${args.outputValuePerMuFen} fen per mu`,
      { path: ['input', 'sumInsuredPerMuFen'] },
    );
  }
  return {
    sumInsuredFen: scaleFen(args.sumInsuredPerMuFen, { multiply: [args.areaMu] }),
    premiumFen: scaleFen(args.sumInsuredPerMuFen, { multiply: [args.premiumRate, args.areaMu] }),
    premiumPerMuFen: multiplyFen(args.sumInsuredPerMuFen, args.premiumRate),
  };
}
