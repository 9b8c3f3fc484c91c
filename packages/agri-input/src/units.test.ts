import { describe, expect, it } from 'vitest';
import { nutrientValues } from './units';

describe('nutrientValues', () => {
  it('brands three plain numbers, unchanged and frozen', () => {
    const soil = nutrientValues('mg/kg', { N: 60, P2O5: 30, K2O: 90 });
    expect(soil).toEqual({ N: 60, P2O5: 30, K2O: 90 });
    expect(Object.isFrozen(soil)).toBe(true);
  });

  it.each([
    ['a negative value', 'kg', { N: -1, P2O5: 0, K2O: 0 }, ['values', 'N']],
    ['an infinite value', 'kg', { N: 0, P2O5: Number.POSITIVE_INFINITY, K2O: 0 }, ['values', 'P2O5']],
    ['a missing nutrient', 'kg', { N: 0, P2O5: 0 }, ['values', 'K2O']],
    ['an unknown unit', 'lb', { N: 0, P2O5: 0, K2O: 0 }, ['unit']],
  ])('refuses %s', (_what, unit, values, path) => {
    expect(() => nutrientValues(unit as never, values as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
