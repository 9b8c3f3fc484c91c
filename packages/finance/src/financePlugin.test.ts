import { createHezuo, fixedClock, HezuoError, PRACTICE_CREDIT_LINE_POLICY } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { DEFAULTS_3Y_FEATURE_ID } from './defaults3yFeature';
import { finance } from './finance';
import { FINANCE_INSTALLMENT_KIND } from './installmentRecord';
import { MAX_DAYS_OVERDUE_FEATURE_ID } from './maxDaysOverdueFeature';
import { ON_TIME_SHARE_FEATURE_ID } from './onTimeShareFeature';

const clock = fixedClock('2025-06-30T09:00:00+08:00');
const IDS = [ON_TIME_SHARE_FEATURE_ID, MAX_DAYS_OVERDUE_FEATURE_ID, DEFAULTS_3Y_FEATURE_ID];
const TERMS = {
  principalFen: 1_200_000,
  annualRate: '0.0435',
  startDate: '2025-01-15',
  periods: 12,
  method: 'equalPrincipal',
} as const;

async function errorOf(run: () => Promise<unknown>): Promise<HezuoError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

async function snapshot(hz: { store: { list(kind: string): Promise<unknown[]> } }) {
  return {
    loans: await hz.store.list('finance.loan'),
    lines: await hz.store.list('finance.creditLine'),
    installments: await hz.store.list(FINANCE_INSTALLMENT_KIND),
  };
}

describe('finance plugin: loans', () => {
  it('schedules with the plugin day count unless the terms name one', () => {
    const hz = createHezuo({ plugins: [finance({ dayCount: 'ACT/365' })] });
    expect(hz.finance.schedule(TERMS).dayCount).toBe('ACT/365');
    expect(hz.finance.schedule({ ...TERMS, dayCount: 'ACT/360' }).dayCount).toBe('ACT/360');
    expect(hz.finance.annualisedCost(TERMS).annualRate).toBeGreaterThan(0.0435);
  });

  it('opens a loan, writes its installments, and the credit record follows the repayments', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    const account = await hz.finance.openLoan({ loanId: 'L-001', memberId: 'M001', terms: TERMS });
    expect(account.rules.penaltySurchargeRate).toBe('0.5');
    expect(await hz.store.list(FINANCE_INSTALLMENT_KIND)).toHaveLength(12);
    // Five installments fell due by 30 June; pay the first four on time and the fifth 10 days late.
    for (const inst of account.installments.slice(0, 4)) {
      await hz.finance.repay('L-001', {
        date: inst.dueDate,
        amountFen: inst.principalDueFen + inst.interestDueFen,
      });
    }
    const fifth = account.installments[4];
    if (fifth === undefined) throw new Error('no fifth installment');
    await hz.finance.repay('L-001', {
      date: '2025-05-25',
      amountFen: fifth.principalDueFen + fifth.interestDueFen + 100,
    });
    const features = await hz.credit.compute('M001', '2025-06-30', IDS);
    expect(features[MAX_DAYS_OVERDUE_FEATURE_ID]).toBe(15); // the sixth (due 15 June) is 15 days overdue
    expect(features[DEFAULTS_3Y_FEATURE_ID]).toBe(0);
    const statement = await hz.finance.loanStatement('L-001');
    expect(statement.asOf).toBe('2025-06-30');
    expect(statement.daysOverdue).toBe(15);
  });

  it('pays off early, deleting the installments the schedule no longer has', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    await hz.finance.openLoan({
      loanId: 'L-002',
      memberId: 'M001',
      terms: TERMS,
      rules: { prepayment: 'shorten' },
    });
    const payoff = (await hz.finance.loanStatement('L-002', '2025-02-01')).payoffFen;
    const result = await hz.finance.repay('L-002', { date: '2025-02-01', amountFen: payoff });
    expect(result.account.status).toBe('paidOff');
    expect(result.removedInstallments).toHaveLength(11);
    const records = await hz.store.list(FINANCE_INSTALLMENT_KIND);
    expect(records.map((r) => r.id)).toEqual(['L-002#1']);
    expect(await hz.credit.compute('M001', '2025-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 1,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: 0,
      [DEFAULTS_3Y_FEATURE_ID]: 0,
    });
  });

  it('changes nothing when an operation fails', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    await hz.finance.openLoan({ loanId: 'L-003', memberId: 'M001', terms: TERMS });
    const before = await snapshot(hz);
    expect(
      await errorOf(() => hz.finance.repay('L-003', { date: '2025-02-15', amountFen: 99_999_999 })),
    ).toMatchObject({
      code: 'FINANCE_RULE',
    });
    expect(
      await errorOf(() => hz.finance.openLoan({ loanId: 'L-003', memberId: 'M001', terms: TERMS })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['input', 'loanId'],
    });
    expect(await errorOf(() => hz.finance.repay('nope', { date: '2025-02-15', amountFen: 1 }))).toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    expect(await snapshot(hz)).toEqual(before);
  });
});

describe('finance plugin: credit lines', () => {
  it('draws a loan on a line and gives the principal back as it is repaid', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    await hz.finance.grantCreditLine({
      lineId: 'CL-M001',
      policy: PRACTICE_CREDIT_LINE_POLICY,
      applicant: { memberId: 'M001', grantedOn: '2025-01-01' },
      score: { grade: 'AA', score: 75 },
    });
    const account = await hz.finance.openLoan({
      loanId: 'L-010',
      memberId: 'M001',
      creditLineId: 'CL-M001',
      terms: TERMS,
    });
    expect((await hz.finance.creditLine('CL-M001'))?.availableFen).toBe(3_000_000 - 1_200_000);
    const first = account.installments[0];
    if (first === undefined) throw new Error('no installment');
    await hz.finance.repay('L-010', {
      date: first.dueDate,
      amountFen: first.principalDueFen + first.interestDueFen,
    });
    expect((await hz.finance.creditLine('CL-M001'))?.availableFen).toBe(1_800_000 + first.principalDueFen);

    const before = await snapshot(hz);
    // Too large for what is left on the line: neither the loan nor its installments are written.
    expect(
      await errorOf(() =>
        hz.finance.openLoan({
          loanId: 'L-011',
          memberId: 'M001',
          creditLineId: 'CL-M001',
          terms: { ...TERMS, startDate: '2025-03-01', principalFen: 2_000_000 },
        }),
      ),
    ).toMatchObject({ code: 'FINANCE_RULE' });
    expect(
      await errorOf(() =>
        hz.finance.openLoan({ loanId: 'L-012', memberId: 'M002', creditLineId: 'CL-M001', terms: TERMS }),
      ),
    ).toMatchObject({ code: 'FINANCE_RULE', path: ['input', 'creditLineId'] });
    expect(await snapshot(hz)).toEqual(before);
  });
});

describe('finance plugin: insurance quotes', () => {
  it('checks the insured area against the member’s trusteeship contracts in the store', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    await hz.store.put('trusteeship.contract', 'T1', {
      id: 'T1',
      memberId: 'M001',
      areaMu: 12.5,
      status: 'active',
      startDate: '2025-01-01',
      plots: [{ id: 'P1', areaMu: 12.5 }],
    });
    await hz.store.put('trusteeship.contract', 'T2', { id: 'T2', memberId: 'M002', broken: true });
    const quote = {
      memberId: 'M001',
      asOf: '2025-03-01',
      premium: {
        sumInsuredPerMuFen: 45_000,
        premiumRate: '0.06',
        areaMu: '12.5',
        outputValuePerMuFen: 60_000,
      },
      subsidy: { kind: 'crop', region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' },
    } as const;
    const result = await hz.finance.quoteInsurance(quote);
    expect(result.premium.premiumFen).toBe(33_750);
    expect(result.subsidy.farmerFen).toBe(6_750);
    expect(result.areaCheck).toEqual({ result: 'within', contractedAreaMu: '12.5', contractIds: ['T1'] });
    await expect(
      hz.finance.quoteInsurance({ ...quote, premium: { ...quote.premium, areaMu: '13' } }),
    ).rejects.toMatchObject({ code: 'FINANCE_RULE', path: ['input', 'insuredAreaMu'] });
    expect((await hz.finance.quoteInsurance({ ...quote, memberId: 'M404' })).areaCheck.result).toBe(
      'noContracts',
    );
  });
});
