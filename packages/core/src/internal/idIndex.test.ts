import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('property: behaves as a Map<string, number> under adds and deletes', () => {
    const op = fc.tuple(
      fc.constantFrom('add', 'delete', 'get'),
      fc.string({ maxLength: 6 }),
      fc.nat({ max: 1000 }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const ours = new IdIndex();
        const reference = new Map<string, number>();
        for (const [kind, id, value] of ops) {
          if (kind === 'add') {
            const fresh = !reference.has(id);
            if (fresh) reference.set(id, value);
            expect(ours.add(id, value)).toBe(fresh);
          } else if (kind === 'delete') expect(ours.delete(id)).toBe(reference.delete(id));
          else expect(ours.get(id)).toBe(reference.get(id));
          expect(ours.size).toBe(reference.size);
        }
        expect([...ours.keys()].sort()).toEqual([...reference.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });
});
