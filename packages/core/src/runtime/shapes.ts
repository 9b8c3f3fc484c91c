import { z } from 'zod';

/** @internal An object with these methods (a store, a clock, an event bus), checked by shape. */
export const objectWith = (methods: readonly string[], what: string) =>
  z.custom<unknown>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      methods.every((m) => typeof (v as Record<string, unknown>)[m] === 'function'),
    { error: `must be a ${what} with ${methods.join(', ')}` },
  );

/** @internal A function, left as given. */
export const aFunction = (what: string) =>
  z.custom<unknown>((v) => typeof v === 'function', { error: `${what} must be a function` });
