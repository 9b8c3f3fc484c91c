import { z } from 'zod';

/** A numeric sample: scores or a numeric characteristic, as a `Float64Array` or a plain array. */
export type NumericSample = Float64Array | readonly number[];

/** A categorical sample: one category label per observation. */
export type CategoricalSample = readonly string[];

/** Observed outcomes: `true`/`1` = bad (default or 90+ days past due), `false`/`0` = good. */
export type OutcomeSample = Uint8Array | readonly boolean[] | readonly number[];

/** Longest category label accepted; labels are attribute names, not free text. */
const MAX_LABEL = 200;

/**
 * A schema for a non-empty sample checked in one tight loop rather than element by element
 * through zod (a county's million scores); the path of the first bad element is reported.
 */
function sampleSchema<T extends ArrayLike<unknown>>(
  isContainer: (v: unknown) => boolean,
  containerMessage: string,
  isElement: (x: unknown) => boolean,
  elementMessage: string,
) {
  return z.custom<T>(isContainer, { message: containerMessage }).superRefine((v, ctx) => {
    if (v.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'the sample is empty' });
      return;
    }
    for (let i = 0; i < v.length; i++) {
      if (!isElement(v[i])) {
        ctx.addIssue({ code: 'custom', message: `element ${i} ${elementMessage}`, path: [i] });
        return;
      }
    }
  });
}

/** A non-empty sample of finite numbers (a `Float64Array` or an array). */
export const NumericSampleSchema = sampleSchema<NumericSample>(
  (v) => v instanceof Float64Array || Array.isArray(v),
  'expected a Float64Array or an array of finite numbers',
  (x) => typeof x === 'number' && Number.isFinite(x),
  'is not a finite number',
);

/** A non-empty sample of category labels (non-empty strings of at most 200 characters). */
export const CategoricalSampleSchema = sampleSchema<CategoricalSample>(
  (v) => Array.isArray(v),
  'expected an array of category labels',
  (x) => typeof x === 'string' && x.length > 0 && x.length <= MAX_LABEL,
  'is not a category label',
);

/** Outcomes as booleans, 0/1 numbers or a `Uint8Array` of 0/1; at least one observation. */
export const OutcomeSampleSchema = sampleSchema<OutcomeSample>(
  (v) => v instanceof Uint8Array || Array.isArray(v),
  'expected an array of booleans or 0/1',
  (x) => x === true || x === false || x === 0 || x === 1,
  'is not a boolean or 0/1',
);

/** Outcomes as a `Uint8Array` of 0 (good) / 1 (bad); input already validated. */
export function toBadFlags(bad: OutcomeSample): Uint8Array {
  if (bad instanceof Uint8Array) return bad;
  const flags = new Uint8Array(bad.length);
  for (let i = 0; i < bad.length; i++) flags[i] = bad[i] === true || bad[i] === 1 ? 1 : 0;
  return flags;
}
