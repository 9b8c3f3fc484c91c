import { bench, describe } from 'vitest';
import { CN_2025_BUSINESS_CALENDAR } from './calendar/cnCalendar2025';
import { annualisedCost } from './cost/annualisedCost';
import { xirr } from './cost/xirr';
import { buildLoanSchedule } from './schedule/loanSchedule';
import type { LoanTermsInput } from './schedule/loanTerms';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same loans. */
function seededLoans(count: number, seed: number): LoanTermsInput[] {
  let state = seed >>> 0;
  const next = (modulo: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % modulo;
  };
  const methods = ['equalInstallment', 'equalPrincipal', 'interestOnly'] as const;
  return Array.from({ length: count }, () => ({
    principalFen: 100_000 + next(10_000_000), // 1,000 to 101,000 yuan
    annualRate: (0.03 + next(500) / 10_000).toFixed(4),
    startDate: `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
    periods: 6 + next(31),
    method: methods[next(3)] as (typeof methods)[number],
  }));
}

const mortgageLike: LoanTermsInput = {
  principalFen: 50_000_000,
  annualRate: '0.0435',
  startDate: '2025-01-31',
  periods: 360,
  method: 'equalInstallment',
};
const loans = seededLoans(10_000, 7);
const flows = annualisedCost({
  ...mortgageLike,
  periods: 36,
  fees: [{ id: 'service', amountFen: 100_000 }],
}).cashFlows;

describe('loan schedules', () => {
  bench('one 360-period equal-installment schedule (target ≤ 0.2 ms)', () => {
    buildLoanSchedule(mortgageLike);
  });
  bench('one 360-period schedule with a holiday calendar', () => {
    buildLoanSchedule({ ...mortgageLike, calendar: CN_2025_BUSINESS_CALENDAR });
  });
  bench(
    '10,000 schedules of 6-36 periods (a county’s loan book)',
    () => {
      for (const terms of loans) buildLoanSchedule(terms);
    },
    { iterations: 5 },
  );
});

describe('annualised cost', () => {
  bench('XIRR of a 36-installment loan with a fee (37 flows)', () => {
    xirr(flows);
  });
  bench('annualisedCost of a 360-period loan (schedule + XIRR)', () => {
    annualisedCost(mortgageLike);
  });
});
