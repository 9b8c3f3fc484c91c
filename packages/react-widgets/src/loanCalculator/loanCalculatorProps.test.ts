import { safeParseInput } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { LoanCalculatorPropsSchema } from './loanCalculatorProps';

const firstPath = (value: unknown) => {
  const result = safeParseInput(LoanCalculatorPropsSchema, value);
  return result.success ? undefined : result.error.issues[0]?.path;
};

describe('LoanCalculatorPropsSchema', () => {
  it('takes starting values must be among the choices offered', () => {
    expect(firstPath({})).toBeUndefined();
    expect(
      firstPath({
        initial: { principalFen: 5_000_000, annualRate: '0.0435', termMonths: 12, startDate: '2026-03-10' },
      }),
    ).toBeUndefined();
    expect(firstPath({ initial: { principalFen: 12.5 } })).toEqual(['initial', 'principalFen']);
    expect(firstPath({ initial: { annualRate: '4.35' } })).toEqual(['initial', 'annualRate']);
    expect(firstPath({ methods: ['equalPrincipal'], initial: { method: 'seasonal' } })).toEqual([
      'initial',
      'method',
    ]);
    expect(firstPath({ initial: { frequencyMonths: 2 } })).toEqual(['initial', 'frequencyMonths']);
    expect(firstPath({ frequencies: [5] })).toEqual(['frequencies', 0]);
    expect(firstPath({ initial: { crop: 'banana' } })).toEqual(['initial', 'crop']);
    expect(firstPath({ cropCalendars: [] })).toEqual(['cropCalendars']);
    const wheat = { crop: 'wheat', harvestMonths: [6] };
    expect(firstPath({ cropCalendars: [wheat, wheat] })).toEqual(['cropCalendars', 1, 'crop']);
    expect(firstPath({ cropCalendars: [wheat], initial: { crop: 'wheat' } })).toBeUndefined();
    expect(firstPath({ onSchedule: 'save' })).toEqual(['onSchedule']);
  });
});
