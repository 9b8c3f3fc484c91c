import { isHezuoError } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsArbitrary } from './__tests__/termsArbitrary';
import { buildLoanSchedule } from './loanSchedule';
import type { LoanTermsInput } from './loanTerms';

/** Builds a schedule, or `undefined` for a seasonal loan whose last due date misses the harvest. */
function scheduleOrSkip(terms: LoanTermsInput) {
  try {
    return buildLoanSchedule(terms);
  } catch (error) {
    if (isHezuoError(error) && error.path.join('.') === 'terms.cropCalendar.harvestMonths') return undefined;
    throw error;
  }
}

describe('schedule invariants (property tests)', () => {
  it('principal repaid = principal lent; no installment, interest or balance below zero; ends at zero', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        const schedule = scheduleOrSkip(terms);
        if (schedule === undefined) return;
        let principal = 0;
        let previousBalance = terms.principalFen;
        for (const period of schedule.periods) {
          expect(period.principalFen).toBeGreaterThanOrEqual(0);
          expect(period.interestFen).toBeGreaterThanOrEqual(0);
          expect(period.paymentFen).toBe(period.principalFen + period.interestFen);
          expect(period.balanceFen).toBeGreaterThanOrEqual(0);
          expect(period.balanceFen).toBeLessThanOrEqual(previousBalance);
          expect(period.dueDate >= period.endDate).toBe(true);
          expect(period.endDate > period.startDate).toBe(true);
          principal += period.principalFen;
          previousBalance = period.balanceFen;
        }
        expect(principal).toBe(terms.principalFen);
        expect(schedule.totals.principalFen).toBe(terms.principalFen);
        expect(schedule.periods.at(-1)?.balanceFen).toBe(0);
        expect(schedule.totals.paymentFen).toBe(schedule.totals.principalFen + schedule.totals.interestFen);
      }),
      { numRuns: 500 },
    );
  });

  it('equal installment: every repayment installment but the last is the level payment', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        if (
          terms.method !== 'equalInstallment' ||
          terms.grace !== undefined ||
          terms.principalFen < 1_000_000
        )
          return;
        // Over decades at high rates a long period's interest can exceed the level payment; that
        // installment then pays its interest only (see the guide's choices). Up to six years it cannot.
        if ((terms.frequencyMonths ?? 1) * terms.periods > 72) return;
        const schedule = buildLoanSchedule(terms);
        for (const period of schedule.periods.slice(0, -1))
          expect(period.paymentFen).toBe(schedule.levelPaymentFen);
      }),
    );
  });

  it('is deterministic: the same terms give the same schedule', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        expect(scheduleOrSkip(terms)).toEqual(scheduleOrSkip(structuredClone(terms)));
      }),
      { numRuns: 100 },
    );
  });
});
