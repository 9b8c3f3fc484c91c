import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { partitionArb } from '../ownership/__tests__/arbitraries';
import { type BenefitAgreementInput, defineBenefitAgreement } from './agreement';
import { settleBenefitAgreement } from './settlement';

/** A drying centre built by a village and a co-op, with two farmer investors (seed: Shandong 村社共建). */
const dryingCentre: BenefitAgreementInput = {
  id: 'gm-2024-drying',
  projectName: '某村粮食烘干中心共建项目',
  parties: [
    { partyId: 'village', role: 'villageCollective', stake: { bp: 2000 } },
    { partyId: 'coop', role: 'cooperative', stake: '0.5' },
    { partyId: 'f1', role: 'farmer', stake: 0.15 },
    { partyId: 'f2', role: 'farmer', stake: { numerator: 3, denominator: 20 } },
  ],
  rentFen: 3_000_000,
  serviceFeeShares: [
    { partyId: 'coop', share: { bp: 6000 } },
    { partyId: 'village', share: { bp: 4000 } },
  ],
  startYear: 2024,
  endYear: 2033,
};

describe('settleBenefitAgreement', () => {
  it('pays rent first, splits the rest by stake and the fees by their shares (golden, by hand)', () => {
    const result = settleBenefitAgreement(dryingCentre, {
      year: 2026,
      projectProfitFen: 12_345_679,
      serviceFeeIncomeFen: 500_001,
    });
    // Pool 9,345,679 by 20/50/15/15: floors 1,869,135 / 4,672,839 / 1,401,851 ×2 leave 3 fen,
    // which go to the remainders .85 (f1, then f2: equal weights, lower index first) and .8 (village).
    // Fees 500,001 by 60/40: 300,000.6 and 200,000.4; the last fen to the co-op.
    expect(
      result.lines.map((l) => [l.partyId, l.rentFen, l.dividendFen, l.serviceFeeFen, l.totalFen]),
    ).toEqual([
      ['village', 3_000_000, 1_869_136, 200_000, 5_069_136],
      ['coop', 0, 4_672_839, 300_001, 4_972_840],
      ['f1', 0, 1_401_852, 0, 1_401_852],
      ['f2', 0, 1_401_852, 0, 1_401_852],
    ]);
    expect(result).toMatchObject({
      agreementId: 'gm-2024-drying',
      year: 2026,
      rent: { partyId: 'village', dueFen: 3_000_000, paidFen: 3_000_000, shortfallFen: 0 },
      dividendPoolFen: 9_345_679,
      uncoveredLossFen: 0,
      totals: { rentFen: 3_000_000, dividendFen: 9_345_679, serviceFeeFen: 500_001, totalFen: 12_845_680 },
    });
    expect(result.lines[0]?.basis).toEqual({
      rent: {
        'zh-CN': '土地租金 ¥30,000.00，先从利润中支付',
        en: 'land rent of CN¥30,000.00, paid first out of profit',
      },
      dividend: {
        'zh-CN': '按股份 20.00 % 分配租后利润 ¥93,456.79',
        en: '20.00 % stake of the profit after rent, CN¥93,456.79',
      },
      serviceFee: {
        'zh-CN': '按服务费分成 40.00 % 分配服务费收入 ¥5,000.01',
        en: '40.00 % of the service-fee income, CN¥5,000.01',
      },
    });
    expect(result.lines[1]?.basis).not.toHaveProperty('rent');
    expect(result.lines[2]?.stake).toEqual({ share: 0.15, basisPoints: 1500, fraction: '3/20' });
    expect(result.lines[2]?.serviceFeeShare).toEqual({ share: 0, basisPoints: 0, fraction: '0/1' });
  });

  it('reports a rent shortfall when the profit does not cover the rent', () => {
    const result = settleBenefitAgreement(dryingCentre, {
      year: 2024,
      projectProfitFen: 2_000_000,
      serviceFeeIncomeFen: 0,
    });
    expect(result.rent).toEqual({
      partyId: 'village',
      dueFen: 3_000_000,
      paidFen: 2_000_000,
      shortfallFen: 1_000_000,
    });
    expect(result.dividendPoolFen).toBe(0);
    expect(result.lines.map((l) => l.totalFen)).toEqual([2_000_000, 0, 0, 0]);
    expect(result.lines[0]?.basis.rent?.en).toBe(
      'land rent of CN¥30,000.00; the profit covered CN¥20,000.00, CN¥10,000.00 short',
    );
  });

  it('reports a loss without splitting it, and still splits the fees', () => {
    const result = settleBenefitAgreement(dryingCentre, {
      year: 2033,
      projectProfitFen: -500_000,
      serviceFeeIncomeFen: 10,
    });
    expect(result).toMatchObject({
      rent: { paidFen: 0, shortfallFen: 3_000_000 },
      dividendPoolFen: 0,
      uncoveredLossFen: 500_000,
      totals: { totalFen: 10 },
    });
    expect(result.lines.map((l) => l.serviceFeeFen)).toEqual([4, 6, 0, 0]);
  });

  it('splits the fees by stake when the agreement names no fee shares; no rent, no rent line', () => {
    const { serviceFeeShares: _, rentFen: __, ...plain } = dryingCentre;
    const result = settleBenefitAgreement(plain, {
      year: 2030,
      projectProfitFen: 100,
      serviceFeeIncomeFen: 500_001,
    });
    expect(result.lines.map((l) => l.serviceFeeFen)).toEqual([100_000, 250_001, 75_000, 75_000]);
    expect(result.lines.map((l) => l.dividendFen)).toEqual([20, 50, 15, 15]);
    expect(result.rent).toEqual({ dueFen: 0, paidFen: 0, shortfallFen: 0 });
    expect(result.lines[0]?.basis).not.toHaveProperty('rent');
  });

  it('an open-ended agreement settles any year from its start', () => {
    const { endYear: _, ...open } = dryingCentre;
    expect(
      settleBenefitAgreement(open, { year: 2099, projectProfitFen: 0, serviceFeeIncomeFen: 0 }).year,
    ).toBe(2099);
  });

  it.each<[string, () => unknown, string, (string | number)[]]>([
    [
      'a year before the term',
      () => settleBenefitAgreement(dryingCentre, { year: 2023, projectProfitFen: 0, serviceFeeIncomeFen: 0 }),
      'DATE_ORDER',
      ['figures', 'year'],
    ],
    [
      'a year after the term',
      () => settleBenefitAgreement(dryingCentre, { year: 2034, projectProfitFen: 0, serviceFeeIncomeFen: 0 }),
      'DATE_ORDER',
      ['figures', 'year'],
    ],
    [
      'a term that ends before it starts',
      () =>
        settleBenefitAgreement(
          { ...dryingCentre, endYear: 2020 },
          { year: 2024, projectProfitFen: 0, serviceFeeIncomeFen: 0 },
        ),
      'DATE_ORDER',
      ['agreement', 'endYear'],
    ],
    [
      'fractional fen',
      () =>
        settleBenefitAgreement(dryingCentre, { year: 2025, projectProfitFen: 0.5, serviceFeeIncomeFen: 0 }),
      'INVALID_INPUT',
      ['figures', 'projectProfitFen'],
    ],
    [
      'a negative fee income',
      () =>
        settleBenefitAgreement(dryingCentre, { year: 2025, projectProfitFen: 0, serviceFeeIncomeFen: -1 }),
      'INVALID_INPUT',
      ['figures', 'serviceFeeIncomeFen'],
    ],
    [
      'amounts past 2^53 fen',
      () =>
        settleBenefitAgreement(dryingCentre, {
          year: 2025,
          projectProfitFen: Number.MAX_SAFE_INTEGER,
          serviceFeeIncomeFen: Number.MAX_SAFE_INTEGER,
        }),
      'AMOUNT_OVERFLOW',
      ['figures'],
    ],
  ])('refuses %s', (_name, call, code, path) => {
    expect(thrown(call)).toEqual({ code, path });
  });
});

describe('defineBenefitAgreement', () => {
  it('returns the agreement as validated', () => {
    expect(defineBenefitAgreement(dryingCentre)).toEqual(dryingCentre);
  });

  const parties = dryingCentre.parties;
  it.each<[string, BenefitAgreementInput, string, (string | number)[]]>([
    [
      'stakes of 99 %',
      {
        ...dryingCentre,
        parties: [...parties.slice(0, 3), { partyId: 'f2', role: 'farmer', stake: { bp: 1400 } }],
      },
      'INVALID_INPUT',
      ['parties'],
    ],
    [
      'stakes of 101 %',
      {
        ...dryingCentre,
        parties: [...parties.slice(0, 3), { partyId: 'f2', role: 'farmer', stake: { bp: 1600 } }],
      },
      'INVALID_INPUT',
      ['parties'],
    ],
    [
      'a party twice',
      { ...dryingCentre, parties: [...parties, parties[3] as never] },
      'INVALID_INPUT',
      ['parties', 4, 'partyId'],
    ],
    [
      'rent without a village collective',
      { ...dryingCentre, parties: parties.map((p) => ({ ...p, role: 'cooperative' as const })) },
      'INVALID_INPUT',
      ['rentFen'],
    ],
    [
      'a fee share for a stranger',
      { ...dryingCentre, serviceFeeShares: [{ partyId: 'bank', share: 1 }] },
      'INVALID_INPUT',
      ['serviceFeeShares', 0, 'partyId'],
    ],
    [
      'fee shares of 90 %',
      { ...dryingCentre, serviceFeeShares: [{ partyId: 'coop', share: 0.9 }] },
      'INVALID_INPUT',
      ['serviceFeeShares'],
    ],
    ['a term ending before it starts', { ...dryingCentre, endYear: 2023 }, 'DATE_ORDER', ['endYear']],
    ['no parties', { ...dryingCentre, parties: [] }, 'INVALID_INPUT', ['parties']],
    ['a negative rent', { ...dryingCentre, rentFen: -1 }, 'INVALID_INPUT', ['rentFen']],
  ])('refuses %s', (_name, agreement, code, path) => {
    expect(thrown(() => defineBenefitAgreement(agreement))).toEqual({ code, path });
  });

  it('accepts stakes in thirds (exact), a collective on stake 0 paid rent only', () => {
    const third = { numerator: 1, denominator: 3 };
    const agreement: BenefitAgreementInput = {
      id: 'thirds',
      projectName: '共建',
      parties: [
        { partyId: 'v', role: 'villageCollective', stake: 0 },
        { partyId: 'a', role: 'cooperative', stake: third },
        { partyId: 'b', role: 'farmer', stake: third },
        { partyId: 'c', role: 'other', stake: third },
      ],
      rentFen: 100,
      startYear: 2025,
    };
    const result = settleBenefitAgreement(agreement, {
      year: 2025,
      projectProfitFen: 200,
      serviceFeeIncomeFen: 0,
    });
    expect(result.lines.map((l) => l.totalFen)).toEqual([100, 34, 33, 33]);
  });
});

describe('settlement properties', () => {
  const agreementArb = fc
    .integer({ min: 1, max: 8 })
    .chain((n) =>
      fc.record({
        stakes: partitionArb(10_000, n),
        collective: fc.nat({ max: n - 1 }),
        rentFen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
        feeParties: fc.integer({ min: 1, max: n }),
        feeForm: fc.boolean(),
      }),
    )
    .chain((row) =>
      partitionArb(10_000, row.feeParties).map(
        (fees): BenefitAgreementInput => ({
          id: 'p',
          projectName: 'p',
          parties: row.stakes.map((bp, i) => ({
            partyId: `p${i}`,
            role: i === row.collective ? 'villageCollective' : 'farmer',
            stake: i % 2 === 0 ? { bp } : { numerator: bp, denominator: 10_000 },
          })),
          rentFen: row.rentFen,
          ...(row.feeForm
            ? { serviceFeeShares: fees.map((bp, i) => ({ partyId: `p${i}`, share: bp / 10_000 })) }
            : {}),
          startYear: 2020,
          endYear: 2040,
        }),
      ),
    );

  it('every amount adds up exactly: lines to totals, dividends to the pool, fees to the income', () => {
    fc.assert(
      fc.property(
        agreementArb,
        fc.integer({ min: -1e9, max: 1e12 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 2020, max: 2040 }),
        (agreement, profit, income, year) => {
          const r = settleBenefitAgreement(agreement, {
            year,
            projectProfitFen: profit,
            serviceFeeIncomeFen: income,
          });
          const sum = (pick: (l: (typeof r.lines)[number]) => number) =>
            r.lines.reduce((s, l) => s + pick(l), 0);
          const rent = agreement.rentFen ?? 0;
          expect(r.rent.paidFen + r.rent.shortfallFen).toBe(rent);
          expect(r.rent.paidFen).toBe(Math.min(Math.max(profit, 0), rent));
          expect(r.dividendPoolFen).toBe(Math.max(profit - rent, 0));
          expect(sum((l) => l.rentFen)).toBe(r.totals.rentFen);
          expect(sum((l) => l.dividendFen)).toBe(r.dividendPoolFen);
          expect(sum((l) => l.serviceFeeFen)).toBe(income);
          expect(sum((l) => l.totalFen)).toBe(r.totals.totalFen);
          expect(r.totals.totalFen).toBe(r.rent.paidFen + r.dividendPoolFen + income);
          for (const line of r.lines) {
            expect(line.totalFen).toBe(line.rentFen + line.dividendFen + line.serviceFeeFen);
            // Each dividend is within one fen of its exact share of the pool.
            expect(Math.abs(line.dividendFen - r.dividendPoolFen * line.stake.share)).toBeLessThan(1 + 1e-6);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
