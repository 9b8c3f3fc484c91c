import { HezuoError } from '@hezuo/core';
import { buildLoanSchedule } from '@hezuo/finance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateLoan, loanErrorField } from './calculateLoan';
import { fenToYuanText, type LoanFormValues, loanProductOf } from './loanForm';

const product = loanProductOf({});
// 50,000 yuan for a year at 4.35 %, monthly equal installments from 10 March 2026.
const values: LoanFormValues = {
  principal: '50000',
  annualRatePercent: '4.35',
  termMonths: '12',
  frequencyMonths: '1',
  method: 'equalInstallment',
  crop: 'winter-wheat-north-china-plain',
  startDate: '2026-03-10',
};

describe('calculateLoan', () => {
  it("shows finance's schedule and annualised cost for 50,000 yuan at 4.35 % over a year", () => {
    const outcome = calculateLoan(values, product);
    if (outcome.status !== 'calculated') throw new Error(`not calculated: ${JSON.stringify(outcome)}`);
    const { schedule, cost } = outcome;
    // ACT/360 on actual days: a little above the 30/360 textbook payment of 4,265.66 yuan.
    expect(schedule.levelPaymentFen).toBe(426_741);
    expect(schedule.periods).toHaveLength(12);
    expect(schedule.periods[0]).toMatchObject({
      dueDate: '2026-04-10',
      principalFen: 408_012,
      interestFen: 18_729,
    });
    expect(schedule.totals).toEqual({
      principalFen: 5_000_000,
      interestFen: 120_893,
      paymentFen: 5_120_893,
      feesFen: 0,
    });
    // Monthly payments compound 4.35 % to about 4.44 %; ACT/360 adds 365/360.
    expect(cost?.percent).toBe('4.50%');
  });

  it('offers every method: equal principal, interest only with the principal at the end, seasonal', () => {
    const equalPrincipal = calculateLoan({ ...values, method: 'equalPrincipal' }, product);
    expect(equalPrincipal).toMatchObject({
      status: 'calculated',
      schedule: { totals: { interestFen: 120_080 } },
    });
    // Quarterly interest, the principal with the fourth: 50,000 × 4.35 % × 365/360 = 2,205.20 yuan.
    const bullet = calculateLoan({ ...values, method: 'interestOnly', frequencyMonths: '3' }, product);
    if (bullet.status !== 'calculated') throw new Error('not calculated');
    expect(bullet.schedule.totals.interestFen).toBe(220_520);
    expect(bullet.schedule.periods.map((p) => p.principalFen)).toEqual([0, 0, 0, 5_000_000]);
    // Winter wheat is harvested in June: principal falls due only then.
    const seasonal = calculateLoan({ ...values, method: 'seasonal', termMonths: '15' }, product);
    if (seasonal.status !== 'calculated') throw new Error('not calculated');
    const principalMonths = seasonal.schedule.periods
      .filter((p) => p.principalFen > 0)
      .map((p) => p.dueDate.slice(0, 7));
    expect(principalMonths).toEqual(['2026-06', '2027-06']);
  });

  it('counts fees in the annualised cost', () => {
    const withFee = loanProductOf({
      fees: [{ id: 'service', amountFen: 50_000, deductedFromDisbursement: true }],
    });
    const outcome = calculateLoan(values, withFee);
    if (outcome.status !== 'calculated') throw new Error('not calculated');
    expect(outcome.schedule.totals.feesFen).toBe(50_000);
    expect(outcome.cost?.cashFlows[0]).toEqual({ date: '2026-03-10', amountFen: 4_950_000 });
    expect(outcome.cost?.annualRate).toBeGreaterThan(0.06);
  });

  it("marks the field a HezuoError's path points at", () => {
    expect(calculateLoan({ ...values, annualRatePercent: '40' }, product)).toEqual({
      status: 'invalid',
      errors: { annualRatePercent: { problem: 'rate' } },
    });
    expect(calculateLoan({ ...values, principal: '0' }, product)).toEqual({
      status: 'invalid',
      errors: { principal: { problem: 'principal' } },
    });
    // 10 trillion yuan: its interest leaves the safe integer range of fen.
    expect(calculateLoan({ ...values, principal: '10000000000000' }, product)).toEqual({
      status: 'invalid',
      errors: { principal: { problem: 'tooLarge' } },
    });
    expect(calculateLoan({ ...values, termMonths: '601' }, product)).toEqual({
      status: 'invalid',
      errors: { termMonths: { problem: 'term' } },
    });
    expect(calculateLoan({ ...values, startDate: '2026-02-30' }, product)).toEqual({
      status: 'invalid',
      errors: { startDate: { problem: 'date' } },
    });
    // A year from March ends in March: no wheat harvest to repay from.
    expect(calculateLoan({ ...values, method: 'seasonal' }, product)).toEqual({
      status: 'invalid',
      errors: { termMonths: { problem: 'harvest', harvestMonths: [6] } },
    });
  });

  it("reports an error of the product's own terms as a failure, not as a field", () => {
    const lateFee = loanProductOf({ fees: [{ id: 'service', amountFen: 100, date: '2020-01-01' }] });
    const outcome = calculateLoan(values, lateFee);
    expect(outcome).toMatchObject({ status: 'invalid', errors: {}, failure: { code: 'DATE_ORDER' } });
    const terms = { ...values } as never;
    expect(loanErrorField(new HezuoError('INVALID_INPUT', 'x', { path: ['terms', 'fees', 0] }), terms)).toBe(
      undefined,
    );
    expect(loanErrorField(new HezuoError('INVALID_INPUT', 'x', { path: ['other'] }), terms)).toBe(undefined);
  });

  it('equals a direct buildLoanSchedule of the amount typed, for any amount, rate and term (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 3_600 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('equalInstallment', 'equalPrincipal', 'interestOnly'),
        (fen, basisPoints, months, method) => {
          const rate = (basisPoints / 10_000).toFixed(4);
          const outcome = calculateLoan(
            {
              ...values,
              principal: fenToYuanText(fen),
              annualRatePercent: (basisPoints / 100).toFixed(2),
              termMonths: String(months),
              method,
            },
            product,
          );
          if (outcome.status !== 'calculated') throw new Error(JSON.stringify(outcome));
          const direct = buildLoanSchedule({
            principalFen: fen,
            annualRate: rate,
            startDate: values.startDate,
            periods: months,
            method,
          });
          // The rate is echoed as given: '0.043' from '4.30' %, '0.0430' here; the same number.
          expect(Number(outcome.schedule.annualRate)).toBe(Number(direct.annualRate));
          expect({ ...outcome.schedule, annualRate: rate }).toEqual(direct);
          expect(outcome.schedule.periods.reduce((sum, p) => sum + p.principalFen, 0)).toBe(fen);
        },
      ),
      { numRuns: 100 },
    );
  });
});
