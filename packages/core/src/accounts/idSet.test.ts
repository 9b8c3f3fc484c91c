import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet } from './idSet';

describe('IdSet', () => {
  it('property: behaves as a Set<string> under adds and deletes', () => {
    const op = fc.tuple(fc.constantFrom('add', 'delete', 'has'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const ours = new IdSet();
        const reference = new Set<string>();
        for (const [kind, id] of ops) {
          if (kind === 'add') expect(ours.add(id)).toBe(!reference.has(id) && Boolean(reference.add(id)));
          else if (kind === 'delete') expect(ours.delete(id)).toBe(reference.delete(id));
          else expect(ours.has(id)).toBe(reference.has(id));
          expect(ours.size).toBe(reference.size);
        }
        expect([...ours.values()].sort()).toEqual([...reference].sort());
      }),
      { numRuns: 300 },
    );
  });
});
