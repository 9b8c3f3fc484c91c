import { DecimalSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { tryRatioOf } from '../internal/exactRatio';

/** Schema of an area in mu (亩) as a decimal (`12.5` or `'12.5'`): above 0 and at most 100,000,000 mu. */
export const AreaMuSchema = DecimalSchema.check(
  z.refine(
    (value) => {
      const r = tryRatioOf(value);
      return r !== undefined && r.num > 0n && r.num <= 100_000_000n * r.den;
    },
    { error: 'an area is a decimal number of mu above 0 and at most 100,000,000' },
  ),
);

/** Schema of an area in mu that may be 0 (a damaged area). */
export const NonNegativeAreaMuSchema = DecimalSchema.check(
  z.refine(
    (value) => {
      const r = tryRatioOf(value);
      return r !== undefined && r.num >= 0n && r.num <= 100_000_000n * r.den;
    },
    { error: 'an area is a decimal number of mu from 0 to 100,000,000' },
  ),
);
