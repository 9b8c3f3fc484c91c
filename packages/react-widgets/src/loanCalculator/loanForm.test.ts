import { PRACTICE_CROP_CALENDARS, REPAYMENT_METHODS } from '@hezuo/finance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fenToYuanText,
  initialLoanValues,
  isLoanFormFilled,
  type LoanFormValues,
  loanProductOf,
  readLoanTerms,
} from './loanForm';

const product = loanProductOf({});
const filled: LoanFormValues = {
  principal: '50000',
  annualRatePercent: '4.35',
  termMonths: '12',
  frequencyMonths: '1',
  method: 'equalInstallment',
  crop: 'winter-wheat-north-china-plain',
  startDate: '2026-03-10',
};

describe('the starting values', () => {
  it('show fen as yuan and the rate as a percentage', () => {
    expect(
      initialLoanValues(
        {
          principalFen: 5_000_000,
          annualRate: '0.0435',
          termMonths: 12,
          frequencyMonths: 3,
          method: 'interestOnly',
          startDate: '2026-03-10',
        },
        product,
      ),
    ).toEqual({ ...filled, frequencyMonths: '3', method: 'interestOnly' });
    expect(fenToYuanText(123_456)).toBe('1234.56');
    expect(fenToYuanText(5_000_050)).toBe('50000.50');
  });

  it("take the product's first method, interval and crop when none is given", () => {
    const values = initialLoanValues(
      undefined,
      loanProductOf({ methods: ['seasonal', 'equalPrincipal'], frequencies: [3, 1] }),
    );
    expect(values).toEqual({
      principal: '',
      annualRatePercent: '',
      termMonths: '',
      frequencyMonths: '3',
      method: 'seasonal',
      crop: 'winter-wheat-north-china-plain',
      startDate: '',
    });
    expect(isLoanFormFilled(values)).toBe(false);
    expect(isLoanFormFilled(filled)).toBe(true);
    expect(loanProductOf({}).methods).toEqual(REPAYMENT_METHODS);
  });
});

describe('reading the fields into loan terms', () => {
  it('reads yuan into fen through core, the percentage into a decimal rate, the term into periods', () => {
    expect(
      readLoanTerms({ ...filled, principal: '¥50,000.5', termMonths: '24', frequencyMonths: '3' }, product),
    ).toEqual({
      ok: true,
      terms: {
        principalFen: 5_000_050,
        annualRate: '0.0435',
        startDate: '2026-03-10',
        periods: 8,
        frequencyMonths: 3,
        method: 'equalInstallment',
      },
    });
  });

  it("adds the product's terms, and the crop calendar only for a seasonal loan", () => {
    const fees = [{ id: 'service', amountFen: 10_000 }];
    const withProduct = loanProductOf({ dayCount: 'ACT/365', fees, businessDayConvention: 'preceding' });
    const read = readLoanTerms({ ...filled, method: 'seasonal' }, withProduct);
    expect(read).toMatchObject({
      ok: true,
      terms: {
        dayCount: 'ACT/365',
        fees,
        businessDayConvention: 'preceding',
        cropCalendar: PRACTICE_CROP_CALENDARS.winterWheat,
      },
    });
    expect(readLoanTerms(filled, withProduct)).not.toHaveProperty('terms.cropCalendar');
  });

  it('names every field that cannot be read, and why', () => {
    expect(
      readLoanTerms(
        {
          ...filled,
          principal: '50000.123',
          annualRatePercent: 'four',
          termMonths: '10',
          frequencyMonths: '3',
        },
        product,
      ),
    ).toEqual({
      ok: false,
      errors: {
        principal: { problem: 'principal' },
        annualRatePercent: { problem: 'rate' },
        termMonths: { problem: 'termMultiple' },
      },
    });
    expect(
      readLoanTerms(
        { ...filled, principal: ' ', annualRatePercent: '', termMonths: '', startDate: '' },
        product,
      ),
    ).toEqual({
      ok: false,
      errors: {
        principal: { problem: 'required' },
        annualRatePercent: { problem: 'required' },
        termMonths: { problem: 'required' },
        startDate: { problem: 'required' },
      },
    });
    expect(readLoanTerms({ ...filled, termMonths: '0' }, product)).toEqual({
      ok: false,
      errors: { termMonths: { problem: 'term' } },
    });
    expect(readLoanTerms({ ...filled, termMonths: '1.5' }, product)).toEqual({
      ok: false,
      errors: { termMonths: { problem: 'term' } },
    });
  });

  it('any amount typed in yuan arrives in finance as the same number of fen (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000_000 }), (fen) => {
        const read = readLoanTerms({ ...filled, principal: fenToYuanText(fen) }, product);
        expect(read).toMatchObject({ ok: true, terms: { principalFen: fen } });
      }),
      { numRuns: 300 },
    );
  });
});
