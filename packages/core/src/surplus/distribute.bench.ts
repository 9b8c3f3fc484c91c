import { bench, describe } from 'vitest';
import { type DistributionMember, distributeSurplus } from './distribute';

const N = 100_000;
let state = 11;
const next = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state;
};
/** A county-sized cooperative union's year: 100,000 member households, a fifth of them without trade. */
const members: DistributionMember[] = Array.from({ length: N }, (_, i) => ({
  memberId: `M${i}`,
  capital: 100_000 + (next() % 5_000_000),
  reserveShare: next() % 200_000,
  transactionAmount: i % 5 === 0 ? 0 : next() % 8_000_000,
}));

describe(`distribute a year's surplus among ${N.toLocaleString('en')} members`, () => {
  bench(
    'distributeSurplus (reserve, patronage, dividend with subsidy shares, conversion, statements)',
    () => {
      distributeSurplus({
        year: 2026,
        surplus: 9_876_543_210,
        lossCover: 123_456_789,
        subsidyProperty: 500_000_000,
        donatedProperty: 12_345_678,
        plan: {
          reserveRate: '0.12',
          welfareFundRate: '0.03',
          patronageRefundRate: '0.65',
          conversion: { rate: '0.3' },
        },
        members,
      });
    },
  );
});
