import { describe, expect, it } from 'vitest';
import { divideRounded, ROUNDING_MODES, type RoundingMode } from './rounding';

/** The classic table: value → result per mode (IEEE 754 / Java RoundingMode examples). */
const TABLE: [number, Record<RoundingMode, number>][] = [
  [5.5, { up: 6, down: 5, ceiling: 6, floor: 5, halfUp: 6, halfDown: 5, halfEven: 6 }],
  [2.5, { up: 3, down: 2, ceiling: 3, floor: 2, halfUp: 3, halfDown: 2, halfEven: 2 }],
  [1.6, { up: 2, down: 1, ceiling: 2, floor: 1, halfUp: 2, halfDown: 2, halfEven: 2 }],
  [1.1, { up: 2, down: 1, ceiling: 2, floor: 1, halfUp: 1, halfDown: 1, halfEven: 1 }],
  [1.0, { up: 1, down: 1, ceiling: 1, floor: 1, halfUp: 1, halfDown: 1, halfEven: 1 }],
  [-1.0, { up: -1, down: -1, ceiling: -1, floor: -1, halfUp: -1, halfDown: -1, halfEven: -1 }],
  [-1.1, { up: -2, down: -1, ceiling: -1, floor: -2, halfUp: -1, halfDown: -1, halfEven: -1 }],
  [-1.6, { up: -2, down: -1, ceiling: -1, floor: -2, halfUp: -2, halfDown: -2, halfEven: -2 }],
  [-2.5, { up: -3, down: -2, ceiling: -2, floor: -3, halfUp: -3, halfDown: -2, halfEven: -2 }],
  [-5.5, { up: -6, down: -5, ceiling: -5, floor: -6, halfUp: -6, halfDown: -5, halfEven: -6 }],
];

describe('divideRounded', () => {
  it.each(TABLE)('rounds %d as the standard table says', (value, expected) => {
    for (const mode of ROUNDING_MODES) {
      expect(divideRounded(BigInt(Math.round(value * 10)), 10n, mode)).toBe(BigInt(expected[mode]));
      // A negative denominator gives the same result.
      expect(divideRounded(BigInt(-Math.round(value * 10)), -10n, mode)).toBe(BigInt(expected[mode]));
    }
  });
});
