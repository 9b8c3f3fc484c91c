import fc from 'fast-check';
import type { LoanTermsInput } from '../loanTerms';

/** A day from 2020-01-01, `YYYY-MM-DD`. */
const isoDay = (offset: number) =>
  new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Loan terms of every method, with or without grace, on both day counts. */
export const termsArbitrary: fc.Arbitrary<LoanTermsInput> = fc
  .record({
    principalFen: fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 1e11 })),
    annualRate: fc.integer({ min: 0, max: 3_600 }).map((n) => (n / 10_000).toFixed(4)),
    startDate: fc.integer({ min: 0, max: 3_650 }).map(isoDay),
    periods: fc.integer({ min: 1, max: 60 }),
    frequencyMonths: fc.constantFrom(1, 2, 3, 6, 12),
    method: fc.constantFrom('equalInstallment', 'equalPrincipal', 'interestOnly', 'seasonal'),
    dayCount: fc.constantFrom('ACT/360', 'ACT/365'),
    grace: fc.option(
      fc.record({
        periods: fc.integer({ min: 1, max: 5 }),
        kind: fc.constantFrom('principal', 'principalAndInterest'),
      }),
      { nil: undefined },
    ),
    harvestMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ harvestMonths, grace, ...terms }) => ({
    ...terms,
    ...(grace !== undefined && grace.periods < terms.periods ? { grace } : {}),
    ...(terms.method === 'seasonal' ? { cropCalendar: { crop: 'test', harvestMonths } } : {}),
  })) as fc.Arbitrary<LoanTermsInput>;
