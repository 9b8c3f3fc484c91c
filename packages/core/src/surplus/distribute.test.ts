import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DistributionInput, type DistributionMember, distributeSurplus } from './distribute';

/** The hand-computed example of docs/guides/surplus.md: five members, a loss, a reserve, subsidy property, conversion. */
const example: DistributionInput = {
  year: 2026,
  surplus: 5_000_000,
  lossCover: 200_000,
  subsidyProperty: 250_000,
  plan: { reserveRate: '0.10', patronageRefundRate: '0.6', conversion: { rate: '0.5' } },
  members: [
    { memberId: 'A', capital: 1_000_000, reserveShare: 0, transactionAmount: 3_000_000 },
    { memberId: 'B', capital: 500_000, reserveShare: 0, transactionAmount: 2_000_000 },
    { memberId: 'C', capital: 500_000, reserveShare: 0, transactionAmount: 1_000_000 },
    { memberId: 'D', capital: 200_000, reserveShare: 0, transactionAmount: 0 },
    { memberId: 'E', capital: 300_000, reserveShare: 0, transactionAmount: 4_000_000 },
  ],
};

const amounts = (s: { lines: readonly { item: string; amount: number }[] }) =>
  Object.fromEntries(s.lines.map((l) => [l.item, l.amount]));

describe('distributeSurplus (Arts. 42, 44): the hand-computed example', () => {
  const result = distributeSurplus(example);

  it('draws the totals in the order of the law', () => {
    expect(result.totals).toEqual({
      surplus: 5_000_000,
      lossCover: 200_000,
      afterLossCover: 4_800_000,
      reserve: 480_000, // 10 %
      welfareFund: 0,
      distributable: 4_320_000,
      patronageRefund: 2_592_000, // 60 %
      patronagePercent: '60.00',
      dividend: 1_728_000,
      subsidyAndDonatedProperty: 250_000,
      convertedToCapital: 863_999,
      cashPayment: 3_456_001,
    });
  });

  it('matches every statement line to the fen', () => {
    expect(result.statements.map(amounts)).toEqual([
      {
        reserveQuantified: 144_000,
        patronageRefund: 777_600,
        dividend: 638_771,
        convertedToCapital: 319_385,
        cashPayment: 1_096_986,
      },
      {
        reserveQuantified: 96_000,
        patronageRefund: 518_400,
        dividend: 345_600,
        convertedToCapital: 172_800,
        cashPayment: 691_200,
      },
      {
        reserveQuantified: 48_000,
        patronageRefund: 259_200,
        dividend: 319_921,
        convertedToCapital: 159_960,
        cashPayment: 419_161,
      },
      {
        reserveQuantified: 0,
        patronageRefund: 0,
        dividend: 133_746,
        convertedToCapital: 66_873,
        cashPayment: 66_873,
      },
      {
        reserveQuantified: 192_000,
        patronageRefund: 1_036_800,
        dividend: 289_962,
        convertedToCapital: 144_981,
        cashPayment: 1_181_781,
      },
    ]);
    expect(result.statements[0]).toMatchObject({
      subsidyShare: 50_000,
      capitalAfter: 1_319_385,
      reserveShareAfter: 144_000,
      distributed: 1_416_371,
    });
    expect(result.statements[0]?.lines[2]?.basis).toEqual({
      key: 'capitalReserveAndSubsidy',
      member: 1_194_000,
      total: 3_230_000,
    });
  });
});

describe('distributeSurplus: refused plans', () => {
  it.each([
    [
      'no reserve rate',
      { ...example, plan: { patronageRefundRate: '0.6' } },
      'DISTRIBUTION_RULE',
      ['plan', 'reserveRate'],
    ],
    [
      'patronage below 60 %',
      { ...example, plan: { reserveRate: '0.1', patronageRefundRate: '0.59' } },
      'DISTRIBUTION_RULE',
      ['plan', 'patronageRefundRate'],
    ],
    [
      'loss cover above the surplus',
      { ...example, lossCover: 5_000_001 },
      'DISTRIBUTION_RULE',
      ['lossCover'],
    ],
    [
      'a negative capital',
      { ...example, members: [{ ...example.members[0], capital: -1 }] },
      'INVALID_INPUT',
      ['members', 0, 'capital'],
    ],
    [
      'a reserve rate above 1',
      { ...example, plan: { reserveRate: '1.2' } },
      'INVALID_INPUT',
      ['plan', 'reserveRate'],
    ],
  ])('refuses %s', (_label, input, code, path) => {
    expect(() => distributeSurplus(input as DistributionInput)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });

  it('accepts more than 60 % and rounds the refund up so the floor holds to the fen', () => {
    const odd = distributeSurplus({
      ...example,
      surplus: 7,
      lossCover: 0,
      subsidyProperty: 0,
      plan: { reserveRate: 0 },
    });
    expect(odd.totals).toMatchObject({ distributable: 7, patronageRefund: 5 }); // 4.2 → 5, never 4 (57 %)
    expect(
      distributeSurplus({ ...example, plan: { reserveRate: '0.1', patronageRefundRate: '0.75' } }).totals
        .patronagePercent,
    ).toBe('75.00');
  });
});

const member = fc.record({
  memberId: fc.string({ minLength: 1, maxLength: 4 }),
  capital: fc.nat({ max: 10_000_000 }),
  reserveShare: fc.nat({ max: 1_000_000 }),
  transactionAmount: fc.oneof(fc.constant(0), fc.nat({ max: 50_000_000 })),
});
const members = fc
  .uniqueArray(member, { minLength: 1, maxLength: 40, selector: (m) => m.memberId })
  .filter((ms) => ms.some((m) => m.transactionAmount > 0) && ms.some((m) => m.capital > 0));
const plan = fc.record({
  reserveRate: fc.integer({ min: 0, max: 30 }).map((p) => (p / 100).toFixed(2)),
  patronageRefundRate: fc.integer({ min: 60, max: 100 }).map((p) => (p / 100).toFixed(2)),
  conversion: fc.option(
    fc.record({
      rate: fc.integer({ min: 0, max: 100 }).map((p) => (p / 100).toFixed(2)),
      appliesTo: fc.constantFrom('dividend', 'all'),
    }),
    { nil: undefined },
  ),
});

describe('distributeSurplus: properties', () => {
  it('property: parts sum exactly; patronage ≥ 60 %; no transactions, no refund; cash + conversion = distribution', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000_000 }),
        plan,
        members,
        fc.nat({ max: 5_000_000 }),
        (surplus, p, ms, subsidy) => {
          const cleanPlan =
            p.conversion === undefined
              ? { reserveRate: p.reserveRate, patronageRefundRate: p.patronageRefundRate }
              : p;
          const r = distributeSurplus({
            year: 2026,
            surplus,
            plan: cleanPlan,
            members: ms as DistributionMember[],
            subsidyProperty: subsidy,
          });
          const sum = (item: string) => r.statements.reduce((s, st) => s + (amounts(st)[item] ?? 0), 0);
          expect(sum('reserveQuantified')).toBe(r.totals.reserve);
          expect(sum('patronageRefund')).toBe(r.totals.patronageRefund);
          expect(sum('dividend')).toBe(r.totals.dividend);
          expect(r.totals.patronageRefund + r.totals.dividend).toBe(r.totals.distributable);
          expect(r.totals.reserve + r.totals.welfareFund + r.totals.distributable).toBe(surplus);
          expect(sum('convertedToCapital') + sum('cashPayment')).toBe(r.totals.distributable);
          expect(r.totals.patronageRefund * 10).toBeGreaterThanOrEqual(r.totals.distributable * 6);
          r.statements.forEach((st, i) => {
            if ((ms[i] as DistributionMember).transactionAmount === 0)
              expect(amounts(st).patronageRefund).toBe(0);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
