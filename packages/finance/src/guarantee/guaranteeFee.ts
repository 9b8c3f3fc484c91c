import { type Fen, FenSchema, HezuoError, scaleFen } from '@hezuo/core';
import { z } from 'zod';
import { compareRatio, ratioOf } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { AnnualRateSchema } from '../schedule/annualRate';

/** Schema of {@link guaranteeFee}'s input. */
export const GuaranteeFeeInputSchema = z.strictObject({
  /** The amount guaranteed, in fen. */
  guaranteedFen: FenSchema,
  /** The yearly fee rate (担保费率), a decimal. */
  annualRate: AnnualRateSchema,
  /** The guarantee's term in whole months, 1 to 600. */
  termMonths: z.number().int().min(1).max(600),
  /** The highest yearly rate the scheme allows (government-backed guarantees for farmers often cap it at 1 %), if any. */
  maxAnnualRate: z.optional(AnnualRateSchema),
});

/**
 * The fee for a guarantee (担保费): `guaranteed × yearly rate × months ÷ 12`, half-up, as
 * guarantee companies quote a yearly rate pro rata by month.
 *
 * @param input - see {@link GuaranteeFeeInputSchema}
 * @throws HezuoError `INVALID_RATE` (path `input`, `annualRate`) for a rate above `maxAnnualRate` or
 * outside 0-0.36; `INVALID_AMOUNT` / `INVALID_INPUT` for other bad fields
 *
 * @example
 * ```ts
 * guaranteeFee({ guaranteedFen: 5_000_000, annualRate: '0.008', termMonths: 18 }); // 60_000
 * ```
 */
export function guaranteeFee(input: z.input<typeof GuaranteeFeeInputSchema>): Fen {
  const args = parseWithCodes(GuaranteeFeeInputSchema, input, ['input']);
  if (
    args.maxAnnualRate !== undefined &&
    compareRatio(ratioOf(args.annualRate), ratioOf(args.maxAnnualRate)) > 0
  ) {
    throw new HezuoError(
      'INVALID_RATE',
      `a guarantee fee rate of ${String(args.annualRate)} is above the scheme's cap of ${String(args.maxAnnualRate)}`,
      { path: ['input', 'annualRate'] },
    );
  }
  return scaleFen(args.guaranteedFen, { multiply: [args.annualRate, args.termMonths], divide: [12] });
}
