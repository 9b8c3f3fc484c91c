import { describe, expect, it } from 'vitest';
import { countyCsv } from './countyCsv';

describe('writing the county as CSV', () => {
  it('writes the columns in order, missing values as empty cells, and quotes only when needed', () => {
    const text = countyCsv(
      [
        {
          householdId: 'H00001',
          'finance.onTimeShare': 0.875,
          'trusteeship.contractStanding': 'good',
          bad: 0,
        },
        { householdId: 'H00002', 'finance.onTimeShare': null, 'trusteeship.contractStanding': 'a, "b"' },
      ],
      ['householdId', 'trusteeship.contractStanding', 'finance.onTimeShare'],
    );
    expect(text).toBe(
      [
        'householdId,trusteeship.contractStanding,finance.onTimeShare',
        'H00001,good,0.875',
        'H00002,"a, ""b""",',
        '',
      ].join('\n'),
    );
  });

  it('writes numbers in full and refuses one that is not finite', () => {
    expect(countyCsv([{ x: 1 / 3 }], ['x'])).toBe(`x\n${String(1 / 3)}\n`);
    expect(() => countyCsv([{ x: Number.NaN }], ['x'])).toThrow(RangeError);
  });
});
