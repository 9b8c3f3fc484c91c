import type * as z from 'zod/mini';

/**
 * Adds an issue for each item whose id was already given (`plot "P1" is given twice`), at
 * `[...path, index, field]`.
 * @internal
 */
export function checkUniqueIds<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  ctx: z.core.$RefinementCtx,
  path: readonly (string | number)[],
  field: string,
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = idOf(item);
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, field],
        message: `${what} "${id}" is given twice`,
      });
    }
    seen.add(id);
  });
}
