import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { CN_2025_BUSINESS_CALENDAR } from '../calendar/cnCalendar2025';
import { type ReferenceTerms, referenceSchedule } from './__tests__/referenceSchedule';
import { buildLoanSchedule, type LoanSchedule } from './loanSchedule';
import type { LoanTermsInput } from './loanTerms';

type Row = [date: string, days: number, principal: number, interest: number, balance: number];

function rows(schedule: LoanSchedule): Row[] {
  return schedule.periods.map((p) => [p.endDate, p.days, p.principalFen, p.interestFen, p.balanceFen]);
}

function referenceRows(terms: ReferenceTerms): Row[] {
  return referenceSchedule(terms).map((r) => [
    r.date,
    r.days,
    Number(r.principal),
    Number(r.interest),
    Number(r.balance),
  ]);
}

function errorOf(run: () => unknown): HezuoError {
  try {
    run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

/** 100,000 yuan at 4.35 % from 31 January 2025: due dates stay on month ends. */
const BASE = { principalFen: 10_000_000, annualRate: '0.0435', startDate: '2025-01-31' } as const;
const REF = { principal: 10_000_000n, rate: '0.0435', start: '2025-01-31' } as const;

describe('golden schedules, checked to the fen against an exact bigint reference', () => {
  it('equal installment (等额本息), 12 months, ACT/360', () => {
    const schedule = buildLoanSchedule({ ...BASE, periods: 12, method: 'equalInstallment' });
    // By hand: row 2 interest 9,180,600 × 0.0435 × 31 ÷ 360 = 34,388.8 → 34,389; principal 853,233 − 34,389.
    expect(rows(schedule)).toEqual([
      ['2025-02-28', 28, 819_400, 33_833, 9_180_600],
      ['2025-03-31', 31, 818_844, 34_389, 8_361_756],
      ['2025-04-30', 30, 822_922, 30_311, 7_538_834],
      ['2025-05-31', 31, 824_994, 28_239, 6_713_840],
      ['2025-06-30', 30, 828_895, 24_338, 5_884_945],
      ['2025-07-31', 31, 831_189, 22_044, 5_053_756],
      ['2025-08-31', 31, 834_302, 18_931, 4_219_454],
      ['2025-09-30', 30, 837_937, 15_296, 3_381_517],
      ['2025-10-31', 31, 840_566, 12_667, 2_540_951],
      ['2025-11-30', 30, 844_022, 9_211, 1_696_929],
      ['2025-12-31', 31, 846_877, 6_356, 850_052],
      ['2026-01-31', 31, 850_052, 3_184, 0],
    ]);
    expect(schedule.levelPaymentFen).toBe(853_233);
    expect(schedule.periods.slice(0, 11).every((p) => p.paymentFen === 853_233)).toBe(true);
    expect(schedule.periods[11]?.paymentFen).toBe(853_236); // the last absorbs 3 fen of rounding
    expect(schedule.totals).toEqual({
      principalFen: 10_000_000,
      interestFen: 238_799,
      paymentFen: 10_238_799,
      feesFen: 0,
    });
    expect(rows(schedule)).toEqual(referenceRows({ ...REF, periods: 12, method: 'equalInstallment' }));
  });

  it('equal principal (等额本金), 12 months, ACT/360', () => {
    const schedule = buildLoanSchedule({ ...BASE, periods: 12, method: 'equalPrincipal' });
    // By hand: row 1 interest 10,000,000 × 0.0435 × 28 ÷ 360 = 33,833.3 → 33,833; principal ⌊10,000,000 ÷ 12⌋.
    expect(rows(schedule)).toEqual([
      ['2025-02-28', 28, 833_333, 33_833, 9_166_667],
      ['2025-03-31', 31, 833_333, 34_337, 8_333_334],
      ['2025-04-30', 30, 833_333, 30_208, 7_500_001],
      ['2025-05-31', 31, 833_333, 28_094, 6_666_668],
      ['2025-06-30', 30, 833_333, 24_167, 5_833_335],
      ['2025-07-31', 31, 833_333, 21_851, 5_000_002],
      ['2025-08-31', 31, 833_333, 18_729, 4_166_669],
      ['2025-09-30', 30, 833_333, 15_104, 3_333_336],
      ['2025-10-31', 31, 833_333, 12_486, 2_500_003],
      ['2025-11-30', 30, 833_333, 9_063, 1_666_670],
      ['2025-12-31', 31, 833_333, 6_243, 833_337],
      ['2026-01-31', 31, 833_337, 3_122, 0],
    ]);
    expect(schedule.totals).toEqual({
      principalFen: 10_000_000,
      interestFen: 237_237,
      paymentFen: 10_237_237,
      feesFen: 0,
    });
    expect(rows(schedule)).toEqual(referenceRows({ ...REF, periods: 12, method: 'equalPrincipal' }));
  });

  it.each([
    ['equalInstallment', 'ACT/360', 360],
    ['equalInstallment', 'ACT/365', 365],
    ['equalPrincipal', 'ACT/360', 360],
    ['equalPrincipal', 'ACT/365', 365],
  ] as const)('%s, 36 months, %s', (method, dayCount, basis) => {
    const schedule = buildLoanSchedule({ ...BASE, annualRate: '0.0615', periods: 36, method, dayCount });
    const reference = referenceRows({ ...REF, rate: '0.0615', periods: 36, method, basis });
    expect(rows(schedule)).toEqual(reference);
    expect(schedule.totals.principalFen).toBe(10_000_000);
    expect(schedule.totals.interestFen).toBe(reference.reduce((sum, r) => sum + r[3], 0));
    expect(schedule.totals.paymentFen).toBe(10_000_000 + schedule.totals.interestFen);
  });

  it('36-month totals (pinned)', () => {
    const installment = buildLoanSchedule({
      ...BASE,
      annualRate: '0.0615',
      periods: 36,
      method: 'equalInstallment',
    });
    const principal = buildLoanSchedule({
      ...BASE,
      annualRate: '0.0615',
      periods: 36,
      method: 'equalPrincipal',
    });
    // The textbook annuity at 6.15 % ÷ 12 gives 305,113; ACT/360 counts 365/360 of a year's interest.
    expect([
      installment.levelPaymentFen,
      installment.totals.interestFen,
      principal.totals.interestFen,
    ]).toEqual([305_215, 987_746, 958_948]);
    // Equal principal pays less interest than equal installment: principal comes back sooner.
    expect(principal.totals.interestFen).toBeLessThan(installment.totals.interestFen);
  });

  it('a seasonal loan: interest quarterly, principal only in the maize harvest months', () => {
    const terms: LoanTermsInput = {
      principalFen: 3_000_000,
      annualRate: '0.055',
      startDate: '2025-04-20',
      periods: 6,
      frequencyMonths: 3,
      method: 'seasonal',
      cropCalendar: { crop: 'summer-maize', harvestMonths: [9, 10] },
    };
    const schedule = buildLoanSchedule(terms);
    // Due 20 Jul, 20 Oct (harvest), 20 Jan, 20 Apr, 20 Jul, 20 Oct (harvest): principal split in two.
    expect(rows(schedule)).toEqual(
      referenceRows({
        principal: 3_000_000n,
        rate: '0.055',
        start: '2025-04-20',
        periods: 6,
        frequencyMonths: 3,
        method: 'seasonal',
        harvestMonths: [9, 10],
      }),
    );
    expect(rows(schedule)).toEqual([
      ['2025-07-20', 91, 0, 41_708, 3_000_000],
      ['2025-10-20', 92, 1_500_000, 42_167, 1_500_000],
      ['2026-01-20', 92, 0, 21_083, 1_500_000],
      ['2026-04-20', 90, 0, 20_625, 1_500_000],
      ['2026-07-20', 91, 0, 20_854, 1_500_000],
      ['2026-10-20', 92, 1_500_000, 21_083, 0],
    ]);
    expect(schedule.totals).toEqual({
      principalFen: 3_000_000,
      interestFen: 167_520,
      paymentFen: 3_167_520,
      feesFen: 0,
    });
  });

  it('a grace period on principal and interest: interest deferred, not compounded', () => {
    const schedule = buildLoanSchedule({
      ...BASE,
      periods: 12,
      method: 'equalInstallment',
      grace: { periods: 3, kind: 'principalAndInterest' },
    });
    const reference = referenceRows({
      ...REF,
      periods: 12,
      method: 'equalInstallment',
      grace: { periods: 3, kind: 'principalAndInterest' },
    });
    expect(rows(schedule)).toEqual(reference);
    const [first, second, third, fourth] = schedule.periods;
    expect([first?.paymentFen, second?.paymentFen, third?.paymentFen]).toEqual([0, 0, 0]);
    // The fourth installment pays the three deferred months (33,833 + 37,458 + 36,250) with its own.
    expect(fourth?.interestFen).toBe(33_833 + 37_458 + 36_250 + (fourth?.accruedInterestFen ?? 0));
    expect(schedule.totals.principalFen).toBe(10_000_000);
  });

  it('a grace period on principal only: interest paid, principal amortised after', () => {
    const schedule = buildLoanSchedule({
      ...BASE,
      periods: 12,
      method: 'equalPrincipal',
      grace: { periods: 2, kind: 'principal' },
    });
    expect(rows(schedule)).toEqual(
      referenceRows({
        ...REF,
        periods: 12,
        method: 'equalPrincipal',
        grace: { periods: 2, kind: 'principal' },
      }),
    );
    expect(schedule.periods.slice(0, 2).map((p) => [p.principalFen, p.interestFen])).toEqual([
      [0, 33_833],
      [0, 37_458],
    ]);
    expect(schedule.periods[2]?.principalFen).toBe(1_000_000);
  });

  it('interest only with a bullet', () => {
    const schedule = buildLoanSchedule({ ...BASE, periods: 4, frequencyMonths: 3, method: 'interestOnly' });
    expect(rows(schedule)).toEqual(
      referenceRows({ ...REF, periods: 4, frequencyMonths: 3, method: 'interestOnly' }),
    );
    expect(schedule.periods.map((p) => p.principalFen)).toEqual([0, 0, 0, 10_000_000]);
  });
});

describe('calendars, tranches and fees', () => {
  it('moves due dates off weekends and holidays, interest still runs to the contract date', () => {
    const plain = buildLoanSchedule({
      principalFen: 1_200_000,
      annualRate: '0.05',
      startDate: '2025-01-01',
      periods: 12,
      method: 'equalPrincipal',
    });
    const moved = buildLoanSchedule({
      principalFen: 1_200_000,
      annualRate: '0.05',
      startDate: '2025-01-01',
      periods: 12,
      method: 'equalPrincipal',
      calendar: CN_2025_BUSINESS_CALENDAR,
    });
    expect(moved.periods.map((p) => p.dueDate)).toEqual([
      '2025-02-05', // 1 Feb: Spring Festival holiday to 4 Feb
      '2025-03-03', // 1 Mar: Saturday
      '2025-04-01',
      '2025-05-06', // 1 May: Labour Day holiday to 5 May
      '2025-06-03', // 1 Jun: Dragon Boat holiday to 2 Jun
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-09', // 1 Oct: National Day holiday to 8 Oct
      '2025-11-03', // 1 Nov: Saturday
      '2025-12-01',
      '2026-01-01', // beyond the 2025 calendar's holidays: weekends only
    ]);
    expect(rows(moved)).toEqual(rows(plain));
  });

  it('pays tranches out and counts interest from the day each is paid', () => {
    const schedule = buildLoanSchedule({
      principalFen: 1_000_000,
      annualRate: '0.06',
      startDate: '2025-03-10',
      periods: 6,
      method: 'equalPrincipal',
      grace: { periods: 2, kind: 'principal' },
      tranches: [
        { date: '2025-03-10', amountFen: 600_000 },
        { date: '2025-04-20', amountFen: 400_000 },
      ],
    });
    // Period 1: 600,000 × 31 days × 6 % ÷ 360 = 3,100. Period 2 (10 Apr to 10 May): 600,000 × 10 days
    // + 1,000,000 × 20 days (the second tranche from 20 April) = 26,000,000 × 6 % ÷ 360 = 4,333.3 → 4,333.
    expect(schedule.periods.slice(0, 2).map((p) => p.interestFen)).toEqual([3_100, 4_333]);
    expect(schedule.periods.map((p) => p.disbursedFen)).toEqual([600_000, 400_000, 0, 0, 0, 0]);
    expect(schedule.totals.principalFen).toBe(1_000_000);
  });

  it('refuses a tranche paid out after principal repayment starts', () => {
    const error = errorOf(() =>
      buildLoanSchedule({
        principalFen: 1_000_000,
        annualRate: '0.06',
        startDate: '2025-03-10',
        periods: 6,
        method: 'equalPrincipal',
        tranches: [
          { date: '2025-03-10', amountFen: 600_000 },
          { date: '2025-04-20', amountFen: 400_000 },
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'DATE_ORDER', path: ['terms', 'tranches', 1, 'date'] });
  });

  it('lists fees and nets those kept out of the payout', () => {
    const schedule = buildLoanSchedule({
      ...BASE,
      periods: 12,
      method: 'equalInstallment',
      fees: [
        { id: 'service', amountFen: 50_000, deductedFromDisbursement: true },
        { id: 'guarantee', amountFen: 80_000, date: '2025-02-05' },
      ],
    });
    expect(schedule.disbursements).toEqual([
      { date: '2025-01-31', amountFen: 10_000_000, netFen: 9_950_000 },
    ]);
    expect(schedule.totals.feesFen).toBe(130_000);
  });
});

describe('bad terms', () => {
  it.each([
    [{ annualRate: '4.35' }, 'INVALID_RATE', ['terms', 'annualRate']],
    [{ annualRate: -0.01 }, 'INVALID_RATE', ['terms', 'annualRate']],
    [{ principalFen: 0 }, 'INVALID_AMOUNT', ['terms', 'principalFen']],
    [{ principalFen: 1.5 }, 'INVALID_AMOUNT', ['terms', 'principalFen']],
    [{ periods: 0 }, 'INVALID_INPUT', ['terms', 'periods']],
    [{ frequencyMonths: 5 }, 'INVALID_INPUT', ['terms', 'frequencyMonths']],
    [{ firstDueDate: '2025-01-31' }, 'DATE_ORDER', ['terms', 'firstDueDate']],
    [{ dueDates: ['2025-03-31', '2025-02-28'], periods: 2 }, 'DATE_ORDER', ['terms', 'dueDates', 1]],
    [{ dueDates: ['2025-02-28'], periods: 2 }, 'INVALID_INPUT', ['terms', 'dueDates']],
    [{ grace: { periods: 12 } }, 'INVALID_INPUT', ['terms', 'grace', 'periods']],
    [{ method: 'seasonal' }, 'INVALID_INPUT', ['terms', 'cropCalendar']],
    [
      { method: 'seasonal', cropCalendar: { crop: 'wheat', harvestMonths: [6] } },
      'INVALID_INPUT',
      ['terms', 'cropCalendar', 'harvestMonths'],
    ],
    [{ tranches: [{ date: '2025-01-31', amountFen: 1 }] }, 'INVALID_AMOUNT', ['terms', 'tranches']],
    [{ startDate: '2025-02-30' }, 'INVALID_INPUT', ['terms', 'startDate']],
    [{ extra: 1 }, 'INVALID_INPUT', ['terms']],
  ] as const)('%j → %s at %j', (change, code, path) => {
    const error = errorOf(() =>
      buildLoanSchedule({ ...BASE, periods: 12, method: 'equalInstallment', ...change } as LoanTermsInput),
    );
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});
