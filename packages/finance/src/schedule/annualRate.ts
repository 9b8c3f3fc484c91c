import { NonNegativeDecimalSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { compareRatio, ratioOf, tryRatioOf } from '../internal/exactRatio';

/**
 * The highest contract rate a schedule accepts: 36 % a year, above which the Supreme People's
 * Court's 2015 rules on private lending held interest void. A bound against typing a percent
 * as a decimal (`4.35` for 4.35 %), not a legal ceiling for any product: set your own lower.
 */
export const MAX_ANNUAL_RATE = '0.36';

const MAX = ratioOf(MAX_ANNUAL_RATE);

/** Schema of an annual contract rate: a decimal from 0 to {@link MAX_ANNUAL_RATE} (`0.0435` for 4.35 %). */
export const AnnualRateSchema = NonNegativeDecimalSchema.check(
  z.refine(
    (rate) => {
      const r = tryRatioOf(rate);
      return r !== undefined && compareRatio(r, MAX) <= 0;
    },
    {
      error: 'an annual rate is a decimal from 0 to 0.36 (write 4.35 % as 0.0435)',
    },
  ),
);
