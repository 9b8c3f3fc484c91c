import { describe, expect, it } from 'vitest';
import type { MutualAidFund } from './mutualAidFund';
import {
  checkMutualAidFund,
  lendFromMutualAidFund,
  repayMutualAidLoan,
  subscribeMutualAidShares,
} from './mutualAidOperations';

const members = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);
const FUND: MutualAidFund = {
  id: 'F1',
  memberIds: members,
  holdings: members.slice(0, 10).map((memberId) => ({ memberId, sharesFen: 2_000_000 })),
  netCapitalFen: 20_000_000,
  cashFen: 20_000_000,
  loans: [],
};
const RULES = { maxUsageFeeRate: '0.0612' } as const;
const REQUEST = {
  loanId: 'MA-001',
  memberId: 'M003',
  amountFen: 3_000_000,
  usageFeeRate: '0.06',
  startDate: '2026-03-01',
  dueDate: '2026-09-01',
} as const;

describe('mutual aid (资金互助)', () => {
  it('lends to a member within every cap, with the usage fee on actual days', () => {
    const { fund, loan } = lendFromMutualAidFund(FUND, RULES, REQUEST);
    // 3,000,000 × 6 % × 184 days ÷ 360 = 92,000.
    expect(loan).toMatchObject({ outstandingFen: 3_000_000, usageFeeFen: 92_000 });
    expect(fund.cashFen).toBe(17_000_000);
    const repaid = repayMutualAidLoan(fund, {
      loanId: 'MA-001',
      principalFen: 3_000_000,
      usageFeeFen: 92_000,
    });
    expect(repaid).toMatchObject({ cashFen: 20_092_000, loans: [] });
  });

  it.each([
    [{ memberId: 'X999' }, 'NOT_A_MEMBER', ['request', 'memberId']],
    [{ usageFeeRate: '0.07' }, 'INVALID_RATE', ['request', 'usageFeeRate']],
    [{ amountFen: 5_000_001 }, 'FINANCE_RULE', ['request', 'amountFen']], // single-loan cap 50,000 yuan
    [{ amountFen: 3_000_001 }, 'FINANCE_RULE', ['request', 'amountFen']], // 15 % of 20,000,000 net capital
    [{ dueDate: '2026-03-01' }, 'DATE_ORDER', ['request', 'dueDate']],
  ] as const)('refuses %j with %s', (change, code, path) => {
    expect(() => lendFromMutualAidFund(FUND, RULES, { ...REQUEST, ...change })).toThrow(
      expect.objectContaining({ code, path }),
    );
  });

  it('counts what the member already owes against the 15 % cap', () => {
    const { fund } = lendFromMutualAidFund(FUND, RULES, { ...REQUEST, amountFen: 2_000_000 });
    expect(() =>
      lendFromMutualAidFund(fund, RULES, { ...REQUEST, loanId: 'MA-002', amountFen: 1_000_001 }),
    ).toThrow(
      expect.objectContaining({
        code: 'FINANCE_RULE',
        details: expect.objectContaining({ owedFen: 2_000_000 }),
      }),
    );
  });

  it('keeps one holder at or below 10 % of the shares; members only', () => {
    expect(checkMutualAidFund(FUND, RULES)).toEqual(FUND);
    // M011 subscribing 2,000,000 makes 2,000,000 of 22,000,000: 9.1 %.
    const after = subscribeMutualAidShares(FUND, RULES, { memberId: 'M011', amountFen: 2_000_000 });
    expect(after.holdings).toHaveLength(11);
    expect(() => subscribeMutualAidShares(FUND, RULES, { memberId: 'M001', amountFen: 300_000 })).toThrow(
      expect.objectContaining({ code: 'SHARE_LEDGER_RULE', path: ['subscription', 'amountFen'] }),
    );
    expect(() => subscribeMutualAidShares(FUND, RULES, { memberId: 'outsider', amountFen: 1 })).toThrow(
      expect.objectContaining({ code: 'NOT_A_MEMBER' }),
    );
    expect(() =>
      checkMutualAidFund({ ...FUND, holdings: [{ memberId: 'M001', sharesFen: 1 }] }, RULES),
    ).toThrow(
      expect.objectContaining({ code: 'SHARE_LEDGER_RULE', path: ['fund', 'holdings', 0, 'sharesFen'] }),
    );
  });

  it('refuses repaying more than is outstanding, or an unknown loan', () => {
    const { fund } = lendFromMutualAidFund(FUND, RULES, REQUEST);
    expect(() =>
      repayMutualAidLoan(fund, { loanId: 'MA-001', principalFen: 3_000_001, usageFeeFen: 0 }),
    ).toThrow(expect.objectContaining({ code: 'FINANCE_RULE' }));
    expect(() => repayMutualAidLoan(fund, { loanId: 'nope', principalFen: 1, usageFeeFen: 0 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
