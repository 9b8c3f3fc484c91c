import { PRACTICE_CREDIT_LINE_POLICY } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { drawOnCreditLine, repayCreditLine } from './creditLineMovements';
import { grantCreditLine } from './grantCreditLine';

const grant = (grade: string, rated = true) =>
  grantCreditLine({
    lineId: `CL-${grade}`,
    policy: { ...PRACTICE_CREDIT_LINE_POLICY, incomeMultiple: '1.5' },
    applicant: { memberId: 'M001', annualIncome: 1_850_050, grantedOn: '2026-07-01' },
    score: { grade, rated, score: 74.5, modelId: 'three-in-one', modelHash: 'abc' },
  });

describe('revolving credit lines', () => {
  it('grants core’s line with its derivation, valid two years', () => {
    const account = grant('AA');
    expect(account.line.derivation.map((s) => [s.step, s.amount])).toEqual([
      ['gradeCap', 3_000_000],
      ['incomeTerm', 2_775_075],
      ['rounding', 2_700_000],
    ]);
    expect(account).toMatchObject({
      availableFen: 2_700_000,
      drawnFen: 0,
      line: { validUntil: '2028-06-30' },
    });
    expect(grant('unrated', false).availableFen).toBe(0);
  });

  it('draws, repays and draws again within the line (周转使用)', () => {
    let account = grant('AA');
    account = drawOnCreditLine(account, { date: '2026-07-10', amountFen: 2_000_000, reference: 'L-1' });
    expect(account.availableFen).toBe(700_000);
    expect(() => drawOnCreditLine(account, { date: '2026-07-11', amountFen: 700_001 })).toThrow(
      expect.objectContaining({ code: 'FINANCE_RULE', path: ['movement', 'amountFen'] }),
    );
    account = repayCreditLine(account, { date: '2026-12-10', amountFen: 1_500_000 });
    account = drawOnCreditLine(account, { date: '2027-01-05', amountFen: 2_200_000 });
    expect([account.drawnFen, account.availableFen]).toEqual([2_700_000, 0]);
    expect(account.entries.map((e) => [e.kind, e.drawnAfterFen])).toEqual([
      ['draw', 2_000_000],
      ['repayment', 500_000],
      ['draw', 2_700_000],
    ]);
  });

  it('refuses draws outside the validity, backdated movements and repaying more than drawn', () => {
    const account = drawOnCreditLine(grant('AA'), { date: '2026-07-10', amountFen: 100_000 });
    expect(() => drawOnCreditLine(account, { date: '2028-07-01', amountFen: 1 })).toThrow(
      expect.objectContaining({ code: 'FINANCE_RULE', path: ['movement', 'date'] }),
    );
    expect(() => drawOnCreditLine(account, { date: '2026-07-09', amountFen: 1 })).toThrow(
      expect.objectContaining({ code: 'DATE_ORDER' }),
    );
    expect(() => repayCreditLine(account, { date: '2026-08-01', amountFen: 100_001 })).toThrow(
      expect.objectContaining({ code: 'FINANCE_RULE', path: ['movement', 'amountFen'] }),
    );
    // Repaying after the line expires is fine.
    expect(repayCreditLine(account, { date: '2029-01-01', amountFen: 100_000 }).availableFen).toBe(2_700_000);
  });

  it('refuses a tampered account', () => {
    const account = grant('AA');
    expect(() =>
      drawOnCreditLine({ ...account, availableFen: 9_000_000 }, { date: '2026-07-10', amountFen: 1 }),
    ).toThrow(expect.objectContaining({ code: 'FINANCE_RULE', path: ['account', 'availableFen'] }));
  });
});
