import * as z from 'zod/mini';

/**
 * A callback prop (`onPlan`, `onSubmit`, …): any function, left as given, anything else refused
 * with zod's own "expected function" issue. Not `z.function()`: it would wrap the callback, and
 * bring its argument-checking machinery (about 1 KB) into every widget's bundle.
 * @internal
 */
export function callbackSchema<F extends (...args: never[]) => unknown>() {
  return z.custom<F>().check(
    z.superRefine((value, ctx) => {
      if (typeof value !== 'function')
        ctx.addIssue({ code: 'invalid_type', expected: 'function', input: value });
    }),
  );
}
