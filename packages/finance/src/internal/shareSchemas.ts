import { NonNegativeDecimalSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { tryRatioOf } from './exactRatio';

/** A share as a decimal from 0 to 1 (`'0.25'`, `0.1`), read exactly. @internal */
export const ShareSchema = NonNegativeDecimalSchema.check(
  z.refine(
    (value) => {
      const r = tryRatioOf(value);
      return r !== undefined && r.num <= r.den;
    },
    { error: 'a share is a decimal from 0 to 1' },
  ),
);

/** A share as a decimal above 0 and at most 1, read exactly. @internal */
export const PositiveShareSchema = NonNegativeDecimalSchema.check(
  z.refine(
    (value) => {
      const r = tryRatioOf(value);
      return r !== undefined && r.num > 0n && r.num <= r.den;
    },
    { error: 'a share is a decimal above 0 and at most 1' },
  ),
);
