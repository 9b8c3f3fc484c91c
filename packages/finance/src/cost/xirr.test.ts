import { describe, expect, it } from 'vitest';
import { annualisedCost } from './annualisedCost';
import { xirr } from './xirr';

describe('xirr', () => {
  it('matches known values', () => {
    expect(
      xirr([
        { date: '2025-01-01', amountFen: -1_000_000 },
        { date: '2026-01-01', amountFen: 1_050_000 },
      ]),
    ).toBeCloseTo(0.05, 12);
    // The spreadsheet documentation's XIRR example: 0.373362535.
    expect(
      xirr([
        { date: '2008-01-01', amountFen: -1_000_000 },
        { date: '2008-03-01', amountFen: 275_000 },
        { date: '2008-10-30', amountFen: 425_000 },
        { date: '2009-02-15', amountFen: 325_000 },
        { date: '2009-04-01', amountFen: 275_000 },
      ]),
    ).toBeCloseTo(0.373362535, 8);
  });

  it('does not depend on the order of the flows', () => {
    const flows = [
      { date: '2025-06-01', amountFen: 600_000 },
      { date: '2025-01-01', amountFen: -1_000_000 },
      { date: '2025-12-01', amountFen: 500_000 },
    ];
    expect(xirr(flows)).toBe(xirr([...flows].reverse()));
  });

  it('refuses flows all one way', () => {
    expect(() =>
      xirr([
        { date: '2025-01-01', amountFen: 1 },
        { date: '2025-02-01', amountFen: 2 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['cashFlows'] }));
  });
});

describe('annualisedCost', () => {
  const terms = {
    principalFen: 1_000_000,
    annualRate: '0.0435',
    startDate: '2025-01-15',
    periods: 12,
    method: 'equalInstallment',
  } as const;

  it('is above the contract rate for monthly installments on ACT/360', () => {
    const cost = annualisedCost(terms);
    // 4.35 % a year paid monthly compounds to about 4.44 %; ACT/360 adds 365/360.
    expect(cost.annualRate).toBeGreaterThan(0.0444);
    expect(cost.annualRate).toBeLessThan(0.0452);
    expect(cost.cashFlows[0]).toEqual({ date: '2025-01-15', amountFen: 1_000_000 });
  });

  it('counts fees, on the day they are paid, and payment dates moved by the calendar', () => {
    const withFee = annualisedCost({
      ...terms,
      fees: [{ id: 'service', amountFen: 10_000, deductedFromDisbursement: true }],
    });
    expect(withFee.cashFlows[0]).toEqual({ date: '2025-01-15', amountFen: 990_000 });
    expect(withFee.annualRate).toBeGreaterThan(annualisedCost(terms).annualRate + 0.015);
    expect(withFee.percent).toMatch(/^\d+\.\d{2}%$/);
  });
});
