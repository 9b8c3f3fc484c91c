import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableExp, portableLn } from './portableMath';

/** Relative difference, the scale of a double's last bits (2.2e-16) being the unit. */
function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
}

describe('portable exp and ln', () => {
  it('agree with the engine’s Math.exp to a few units in the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(relative(portableExp(x), Math.exp(x))).toBeLessThan(1e-14);
      }),
      { numRuns: 5000 },
    );
    expect(portableExp(0)).toBe(1);
    expect(portableExp(800)).toBe(Number.POSITIVE_INFINITY);
    expect(portableExp(-800)).toBe(0);
  });

  it('agree with the engine’s Math.log to a few units in the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x);
        // Near x = 1 the logarithm is near 0: compare absolutely there.
        expect(Math.abs(portableLn(x) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)));
      }),
      { numRuns: 5000 },
    );
    expect(portableLn(1)).toBe(0);
    expect(portableLn(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(portableLn(-1)).toBeNaN();
  });

  it('invert each other', () => {
    for (const x of [-20, -1.5, 0.5, 3, 17.25])
      expect(relative(portableLn(portableExp(x)), x)).toBeLessThan(1e-13);
  });
});
